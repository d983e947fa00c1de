// One writer across tabs and windows (JS half of rots::WebWriterLock). The writer holds the
// Web Lock "rots-werkmap-writer" for as long as it writes. A window that wants to take over
// posts "take-over" on the BroadcastChannel "rots-werkmap"; the writer saves, then lets go,
// and the waiting request is granted. If the writer does not answer (a frozen tab), the lock
// is stolen after STEAL_AFTER_MS and the old holder learns it through its rejected request.

mergeInto(LibraryManager.library, {
  $RotsLock: {
    NAME: 'rots-werkmap-writer',
    WAIT_AT_START_MS: 1500,  // a tab that is being reloaded or closed lets go within this time
    STEAL_AFTER_MS: 5000,
    channel: null,
    holding: false,
    letGo: null,

    init: function () {
      if (RotsLock.channel || typeof BroadcastChannel === 'undefined') return;
      RotsLock.channel = new BroadcastChannel('rots-werkmap');
      RotsLock.channel.onmessage = function (event) {
        if (event.data && event.data.type === 'take-over' && RotsLock.holding) _rots_lock_on_take_over_requested();
      };
    },

    supported: function () { return typeof navigator !== 'undefined' && navigator.locks && navigator.locks.request; },

    // Requests the lock; once granted, holds it until release(). `onNotGranted` runs when the
    // request ends without the lock (its wait was cancelled). A held lock that is stolen
    // rejects the request: then this window stops writing.
    request: function (requestId, options, onNotGranted) {
      var held = false;
      navigator.locks.request(RotsLock.NAME, options, function () {
        held = true;
        RotsLock.holding = true;
        _rots_lock_on_done(requestId, 1);
        return new Promise(function (resolve) { RotsLock.letGo = resolve; });
      }).catch(function () {
        if (!held) { onNotGranted(); return; }
        if (!RotsLock.holding) return;
        RotsLock.holding = false;
        RotsLock.letGo = null;
        _rots_lock_on_lost();
      });
    },
  },

  rots_lock_acquire__deps: ['$RotsLock'],
  rots_lock_acquire: function (requestId) {
    RotsLock.init();
    if (!RotsLock.supported()) { RotsLock.holding = true; _rots_lock_on_done(requestId, 1); return; }
    var wait = new AbortController();
    // Aborting after the grant does nothing: the signal only cancels a request still waiting.
    setTimeout(function () { wait.abort(); }, RotsLock.WAIT_AT_START_MS);
    RotsLock.request(requestId, { signal: wait.signal }, function () { _rots_lock_on_done(requestId, 0); });
  },

  rots_lock_take_over__deps: ['$RotsLock'],
  rots_lock_take_over: function (requestId) {
    RotsLock.init();
    if (!RotsLock.supported()) { RotsLock.holding = true; _rots_lock_on_done(requestId, 1); return; }
    if (RotsLock.channel) RotsLock.channel.postMessage({ type: 'take-over' });
    var wait = new AbortController();
    RotsLock.request(requestId, { signal: wait.signal }, function () {
      // The writer did not hand over in time: take the lock from it.
      RotsLock.request(requestId, { steal: true }, function () { _rots_lock_on_done(requestId, 0); });
    });
    setTimeout(function () { if (!RotsLock.holding) wait.abort(); }, RotsLock.STEAL_AFTER_MS);
  },

  rots_lock_release__deps: ['$RotsLock'],
  rots_lock_release: function () {
    var letGo = RotsLock.letGo;
    RotsLock.holding = false;
    RotsLock.letGo = null;
    if (letGo) letGo();
  },
});
