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
});
