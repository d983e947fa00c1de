// Storage health and file downloads (JS half of rots::WebDeviceStorage).

mergeInto(LibraryManager.library, {
  // Answers through _rots_storage_on_health(requestId, persistence, estimateKnown, usage,
  // quota, suggestHomeScreen); persistence: 0 unknown, 1 persistent, 2 best effort, 3 unsupported.
  rots_storage_check: function (requestId, askPersistence) {
    var storage = typeof navigator !== 'undefined' ? navigator.storage : null;
    var ua = navigator.userAgent || '';
    var appleTouch = /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
    var standalone = navigator.standalone === true ||
        (window.matchMedia && window.matchMedia('(display-mode: standalone)').matches);
    var suggestHome = appleTouch && !standalone ? 1 : 0;
    var answer = function (persistence, estimate) {
      _rots_storage_on_health(requestId, persistence, estimate ? 1 : 0, estimate ? (estimate.usage || 0) : 0,
                              estimate ? (estimate.quota || 0) : 0, suggestHome);
    };
    if (!storage || !storage.persisted) { answer(3, null); return; }
    var persistence = storage.persisted().then(function (already) {
      if (already || !askPersistence || !storage.persist) return already;
      return storage.persist();
    }).then(function (granted) { return granted ? 1 : 2; }, function () { return 0; });
    var estimate = storage.estimate ? storage.estimate().catch(function () { return null; }) : Promise.resolve(null);
    Promise.all([persistence, estimate]).then(function (results) { answer(results[0], results[1]); });
  },

  rots_save_file: function (namePtr, mimePtr, contentPtr, length) {
    var bytes = HEAPU8.slice(contentPtr, contentPtr + length);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePtr) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(namePtr);
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },

  rots_can_share_files: function () {
    try {
      if (typeof navigator === 'undefined' || !navigator.canShare || !navigator.share) return 0;
      var probe = new File([new Uint8Array(1)], 'probe.rotsbundle', { type: 'application/octet-stream' });
      return navigator.canShare({ files: [probe] }) ? 1 : 0;
    } catch (e) {
      return 0;
    }
  },

  // The share sheet; if it fails for another reason than the user closing it, a download instead.
  rots_share_file__deps: ['rots_save_file'],
  rots_share_file: function (namePtr, mimePtr, contentPtr, length) {
    var name = UTF8ToString(namePtr), mime = UTF8ToString(mimePtr);
    var file = new File([HEAPU8.slice(contentPtr, contentPtr + length)], name, { type: mime });
    var fallback = HEAPU8.slice(contentPtr, contentPtr + length);
    navigator.share({ files: [file], title: name }).catch(function (error) {
      if (error && error.name === 'AbortError') return;
      var blob = new Blob([fallback], { type: mime });
      var url = URL.createObjectURL(blob);
      var link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    });
  },

  // The browser's file chooser. Answers once through _rots_file_on_open(requestId, status, name,
  // data, length): 0 cancelled, 1 read, 2 over maxBytes (not read), 3 unreadable.
  rots_open_file: function (requestId, acceptPtr, maxBytes) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(acceptPtr);
    input.id = 'rots-file-input';
    input.style.display = 'none';
    document.body.appendChild(input);
    var answered = false;
    var answer = function (status, name, bytes) {
      if (answered) return;
      answered = true;
      input.remove();
      var nameBytes = lengthBytesUTF8(name || '') + 1;
      var namePtr = _malloc(nameBytes);
      stringToUTF8(name || '', namePtr, nameBytes);
      var dataPtr = 0, length = 0;
      if (bytes && bytes.length) {
        dataPtr = _malloc(bytes.length);
        if (dataPtr) { HEAPU8.set(bytes, dataPtr); length = bytes.length; } else { status = 3; }
      }
      try {
        _rots_file_on_open(requestId, status, namePtr, dataPtr, length);
      } finally {
        _free(namePtr);
        if (dataPtr) _free(dataPtr);
      }
    };
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      if (!file) { answer(0, '', null); return; }
      if (file.size > maxBytes) { answer(2, file.name, null); return; }
      file.arrayBuffer().then(function (buffer) { answer(1, file.name, new Uint8Array(buffer)); },
                              function () { answer(3, file.name, null); });
    });
    input.addEventListener('cancel', function () { answer(0, '', null); });
    input.click();
  },
});
