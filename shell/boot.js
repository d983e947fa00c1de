// Page glue loaded before app.js: the Emscripten Module configuration, the start-up and fatal
// error messages, and window.rotsAutomation, the read-only view that browser tests use to find
// widgets (they then act with real pointer, touch and keyboard events).
(function () {
  'use strict';

  var boot = document.getElementById('boot');
  var bootMessage = document.getElementById('boot-message');

  function showFatal(message) {
    boot.classList.remove('hidden');
    boot.classList.add('fatal');
    bootMessage.textContent = message;
  }
  window.rotsShowFatal = showFatal;

  var readyResolve;
  var readyPromise = new Promise(function (resolve) { readyResolve = resolve; });

  // An export may be called once the runtime runs (app.js defines its wrappers before the
  // module has arrived, and forever if it never does).
  function running(name) { return !!(window.Module && Module.calledRun && Module[name]); }

  window.rotsAutomation = {
    ready: false,
    whenReady: function () { return readyPromise; },
    items: function () {
      if (!running('_rots_automation_json')) return [];
      return JSON.parse(Module.UTF8ToString(Module._rots_automation_json()));
    },
    find: function (id) {
      var all = this.items();
      for (var i = 0; i < all.length; i++) if (all[i].id === id) return all[i];
      return null;
    },
    // The plain text of a value read from IndexedDB, opened with this window's data key: only
    // while unlocked (then the screen shows the same data anyway); '' otherwise. For tests that
    // check what is really stored.
    openStored: function (key, value) {
      if (!running('_rots_open_stored')) return '';
      return Module.ccall('rots_open_stored', 'string', ['string', 'string'], [key, value]);
    },
    // Cheap presence check (no JSON of the whole table): is widget `id` drawn in the last frame?
    has: function (id) {
      if (!running('_rots_automation_has')) return false;
      return Module.ccall('rots_automation_has', 'number', ['string'], [id]) === 1;
    },
    // For the benchmarks (docs/BENCHMARKS.md): the wasm CPU time of every frame drawn since the
    // last call (ms), the last commit's duration (ms) and the wasm heap size (bytes).
    frameTimes: function () {
      if (!running('_rots_frame_times')) return [];
      return JSON.parse(Module.UTF8ToString(Module._rots_frame_times()));
    },
    lastSaveMs: function () {
      return running('_rots_last_save_ms') ? Module._rots_last_save_ms() : 0;
    },
    heapBytes: function () {
      return running('_rots_heap_bytes') ? Module._rots_heap_bytes() : 0;
    },
    // Grows each time a frame's table differs from the one before (the mirror's cue).
    version: function () {
      return running('_rots_automation_version') ? Module._rots_automation_version() : 0;
    },
    // Frames the UI ran, and those of them handed to WebGL (a frame that would show the same
    // picture as the last one is not drawn again).
    framesDrawn: function () {
      return running('_rots_frames_drawn') ? Module._rots_frames_drawn() : 0;
    },
    framesPresented: function () {
      return running('_rots_frames_presented') ? Module._rots_frames_presented() : 0;
    },
    _markReady: function () {
      this.ready = true;
      this.readyAt = performance.now();  // ms since navigation (benchmarks)
      boot.classList.add('hidden');
      document.documentElement.dataset.ready = '1';
      readyResolve();
    },
  };

  // app.wasm is fetched and compiled from here, while the scripts after this one still load:
  // app.js would ask for it only once it runs. Where streaming compilation is missing (or the
  // server sends another type), the bytes are compiled as a whole.
  function compileApp() {
    var fetchApp = function () { return fetch('app.wasm', { credentials: 'same-origin' }); };
    var whole = function () {
      return fetchApp().then(function (response) {
        if (!response.ok) throw new Error('app.wasm: HTTP ' + response.status);
        return response.arrayBuffer();
      }).then(function (bytes) { return WebAssembly.compile(bytes); });
    };
    if (typeof WebAssembly !== 'object') return Promise.reject(new Error('no WebAssembly'));
    if (!WebAssembly.compileStreaming) return whole();
    return WebAssembly.compileStreaming(fetchApp()).catch(whole);
  }
  var compiledApp = compileApp();
  compiledApp.catch(function () {});  // reported when app.js asks for it (instantiateWasm below)
  // The fonts (app.data) likewise; app.js takes them if they are here when it runs, and
  // otherwise fetches them itself.
  var earlyFonts = null;
  fetch('app.data', { credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.arrayBuffer() : null; })
    .then(function (bytes) { earlyFonts = bytes; }, function () {});

  window.Module = {
    canvas: document.getElementById('canvas'),
    instantiateWasm: function (imports, receiveInstance) {
      compiledApp.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receiveInstance(instance, module); });
      }).catch(function (error) {
        console.error('app.wasm:', error);
        showFatal('De Werkmap kon niet geladen worden. Controleer de verbinding en herlaad de pagina.');
      });
      return {};  // the exports come later, through receiveInstance
    },
    getPreloadedPackage: function (name, size) {
      var bytes = earlyFonts;
      earlyFonts = null;
      return name === 'app.data' && bytes && bytes.byteLength === size ? bytes : null;
    },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function () {
      showFatal('De Werkmap is onverwacht gestopt. Herlaad de pagina; wat opgeslagen was, blijft bewaard.');
    },
  };

  // Print preview: the app's printable HTML in a frame over the app, with the browser's print
  // dialog one tap away (which also saves as PDF). The frame inherits the page's CSP.
  window.rotsPrint = {
    show: function (html, printLabel, closeLabel) {
      this.close();
      var overlay = document.createElement('div');
      overlay.id = 'print-preview';
      overlay.setAttribute('role', 'dialog');
      var bar = document.createElement('div');
      bar.className = 'print-bar';
      var print = document.createElement('button');
      print.id = 'print-preview-print';
      print.textContent = printLabel;
      var close = document.createElement('button');
      close.id = 'print-preview-close';
      close.textContent = closeLabel;
      var frame = document.createElement('iframe');
      frame.id = 'print-preview-frame';
      frame.title = printLabel;
      frame.srcdoc = html;
      print.addEventListener('click', function () { frame.contentWindow.print(); });
      close.addEventListener('click', function () { window.rotsPrint.close(); });
      bar.appendChild(print);
      bar.appendChild(close);
      overlay.appendChild(bar);
      overlay.appendChild(frame);
      document.body.appendChild(overlay);
    },
    close: function () {
      var existing = document.getElementById('print-preview');
      if (existing) existing.remove();
    },
  };

  window.addEventListener('error', function (e) {
    if (e.target && e.target.tagName === 'SCRIPT') {
      showFatal('De Werkmap kon niet geladen worden. Controleer de verbinding en herlaad de pagina.');
    }
  }, true);
})();
