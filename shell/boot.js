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

  window.rotsAutomation = {
    ready: false,
    whenReady: function () { return readyPromise; },
    items: function () {
      if (!window.Module || !Module._rots_automation_json) return [];
      return JSON.parse(Module.UTF8ToString(Module._rots_automation_json()));
    },
    find: function (id) {
      var all = this.items();
      for (var i = 0; i < all.length; i++) if (all[i].id === id) return all[i];
      return null;
    },
    framesDrawn: function () {
      return window.Module && Module._rots_frames_drawn ? Module._rots_frames_drawn() : 0;
    },
    _markReady: function () {
      this.ready = true;
      boot.classList.add('hidden');
      document.documentElement.dataset.ready = '1';
      readyResolve();
    },
  };

  window.Module = {
    canvas: document.getElementById('canvas'),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function () {
      showFatal('De Werkmap is onverwacht gestopt. Herlaad de pagina; wat opgeslagen was, blijft bewaard.');
    },
  };

  window.addEventListener('error', function (e) {
    if (e.target && e.target.tagName === 'SCRIPT') {
      showFatal('De Werkmap kon niet geladen worden. Controleer de verbinding en herlaad de pagina.');
    }
  }, true);
})();
