// IndexedDB record backend (JS half). One object store "records", key = record key string,
// value = record text. Every request answers exactly once through _rots_idb_on_done, with
// explicit transaction oncomplete/onerror/onabort handling (never IDBFS, whose errors vanish).
// Error kinds match rots::BackendErrorKind: 0 none, 1 quota, 2 unavailable, 3 failed.

mergeInto(LibraryManager.library, {
  $RotsIdb: {
    DB_NAME: 'rots-werkmap',
    DB_VERSION: 1,
    STORE: 'records',
    db: null,
    pendingWrites: [],
    loadsHeld: false,
    heldLoadWork: [],  // what loads would have done while held, in order

    // Runs `work` (a load's next step) now, or once the loads are released.
    whenLoadsFree: function (work) {
      if (RotsIdb.loadsHeld) RotsIdb.heldLoadWork.push(work);
      else work();
    },

    done: function (requestId, kind, detail) {
      var ptr = allocateUTF8(detail || '');
      try { _rots_idb_on_done(requestId, kind, ptr); } finally { _free(ptr); }
    },

    kindOf: function (error) {
      if (!error) return 3;
      if (error.name === 'QuotaExceededError') return 1;
      if (error.name === 'InvalidStateError' || error.name === 'SecurityError') return 2;
      return 3;
    },

    describe: function (error) {
      return error ? (error.name + ': ' + error.message) : 'unknown error';
    },

    // A string copied into the wasm heap as NUL-terminated UTF-8 (free it with _free). The
    // browser's TextEncoder instead of allocateUTF8's per-character loop: at start-up every stored
    // record (hundreds of MB at 10,000 cases) comes through here.
    encoder: null,
    heapString: function (text) {
      if (!RotsIdb.encoder) RotsIdb.encoder = new TextEncoder();
      var capacity = text.length * 3 + 1;  // UTF-8 needs at most 3 bytes per UTF-16 unit
      var ptr = _malloc(capacity);
      if (!ptr) throw new Error('out of memory for a stored record');
      var written = RotsIdb.encoder.encodeInto(text, HEAPU8.subarray(ptr, ptr + capacity - 1)).written;
      HEAPU8[ptr + written] = 0;
      return ptr;
    },
  },

  rots_idb_open__deps: ['$RotsIdb'],
  rots_idb_open: function (requestId) {
    if (typeof indexedDB === 'undefined') {
      RotsIdb.done(requestId, 2, 'indexedDB is not available');
      return;
    }
    var request;
    try {
      request = indexedDB.open(RotsIdb.DB_NAME, RotsIdb.DB_VERSION);
    } catch (e) {
      RotsIdb.done(requestId, 2, RotsIdb.describe(e));
      return;
    }
    request.onupgradeneeded = function () {
      var db = request.result;
      if (!db.objectStoreNames.contains(RotsIdb.STORE)) db.createObjectStore(RotsIdb.STORE);
    };
    request.onsuccess = function () {
      RotsIdb.db = request.result;
      // A newer version of the app in another tab wants to upgrade: let it, we reload later.
      RotsIdb.db.onversionchange = function () { RotsIdb.db.close(); RotsIdb.db = null; };
      RotsIdb.done(requestId, 0, '');
    };
    request.onerror = function () { RotsIdb.done(requestId, 2, RotsIdb.describe(request.error)); };
    request.onblocked = function () { /* waits for the other tab to close its connection */ };
  },

  // Loads the records with keys from `first` up to `end` (excluded; '' = to the last key) in key
  // order, in batches of BATCH, each in its own short readonly transaction, with a pause between
  // batches so the page can draw the progress. (This tab holds the writer lock, so nothing
  // changes between the batches but its own writes, which the store keeps track of.)
  rots_idb_load_range__deps: ['$RotsIdb'],
  rots_idb_load_range: function (requestId, firstPtr, endPtr) {
    // 250 cases (~12 MB) a batch; small records (summaries, settings) come in larger batches,
    // so that reading them is not mostly the cost of transactions.
    var BATCH = 250, TARGET_CHARS = 8 * 1024 * 1024, MAX_BATCH = 4000;
    var first = UTF8ToString(firstPtr), end = UTF8ToString(endPtr);
    var rangeFrom = function (key, open) {
      return end === '' ? IDBKeyRange.lowerBound(key, open) : IDBKeyRange.bound(key, end, open, true);
    };
    if (!RotsIdb.db) { RotsIdb.done(requestId, 2, 'database is not open'); return; }
    var total = 0, loaded = 0;
    var fail = function (error) { RotsIdb.done(requestId, RotsIdb.kindOf(error), RotsIdb.describe(error)); };
    var readOnly = function () { return RotsIdb.db.transaction(RotsIdb.STORE, 'readonly'); };
    var next = function (afterKey) {
      var tx;
      try { tx = readOnly(); } catch (e) { fail(e); return; }
      var store = tx.objectStore(RotsIdb.STORE);
      var range = afterKey === undefined ? rangeFrom(first, false) : rangeFrom(afterKey, true);
      var keys = store.getAllKeys(range, BATCH);
      var values = store.getAll(range, BATCH);
      tx.onabort = function () { fail(tx.error); };
      tx.oncomplete = function () { RotsIdb.whenLoadsFree(deliver); };
      var deliver = function () {
        var k = keys.result, v = values.result;
        for (var i = 0; i < k.length; i++) {
          // Anything that is not text is passed on as unreadable text, so it gets quarantined.
          var text = typeof v[i] === 'string' ? v[i] : '\u0001 not a text record';
          var keyPtr = 0, valuePtr = 0;
          try {
            keyPtr = RotsIdb.heapString(String(k[i]));
            valuePtr = RotsIdb.heapString(text);
            _rots_idb_on_record(requestId, keyPtr, valuePtr);
          } catch (e) {
            fail(e);  // the load ends with an error instead of stopping half-way unnoticed
            return;
          } finally {
            if (keyPtr) _free(keyPtr);
            if (valuePtr) _free(valuePtr);
          }
        }
        loaded += k.length;
        if (k.length > 0) _rots_idb_on_batch(requestId, loaded, Math.max(total, loaded));
        if (k.length < BATCH) { RotsIdb.done(requestId, 0, ''); return; }
        var chars = 0;
        for (var j = 0; j < v.length; j++) chars += typeof v[j] === 'string' ? v[j].length : 0;
        if (chars * 2 < TARGET_CHARS) BATCH = Math.min(MAX_BATCH, BATCH * 2);
        var last = k[k.length - 1];
        setTimeout(function () { RotsIdb.whenLoadsFree(function () { next(last); }); }, 0);
      };
    };
    var tx;
    try { tx = readOnly(); } catch (e) { fail(e); return; }
    var count = tx.objectStore(RotsIdb.STORE).count(rangeFrom(first, false));
    tx.onabort = function () { fail(tx.error); };
    tx.oncomplete = function () { RotsIdb.whenLoadsFree(function () { total = count.result; next(undefined); }); };
  },

  // While held, loads deliver nothing and start no new batch (rots::RecordBackend::hold_loads);
  // released, what waited runs from a task of its own, in order.
  rots_idb_hold_loads__deps: ['$RotsIdb'],
  rots_idb_hold_loads: function (hold) {
    RotsIdb.loadsHeld = !!hold;
    if (hold || RotsIdb.heldLoadWork.length === 0) return;
    var waiting = RotsIdb.heldLoadWork;
    RotsIdb.heldLoadWork = [];
    setTimeout(function () { waiting.forEach(RotsIdb.whenLoadsFree); }, 0);
  },

  rots_idb_stage_put__deps: ['$RotsIdb'],
  rots_idb_stage_put: function (keyPtr, valuePtr) {
    RotsIdb.pendingWrites.push([UTF8ToString(keyPtr), UTF8ToString(valuePtr)]);
  },

  rots_idb_stage_delete__deps: ['$RotsIdb'],
  rots_idb_stage_delete: function (keyPtr) {
    RotsIdb.pendingWrites.push([UTF8ToString(keyPtr), null]);
  },

  // Commits every staged write in one readwrite transaction: all land, or none does.
  rots_idb_commit__deps: ['$RotsIdb'],
  rots_idb_commit: function (requestId) {
    var writes = RotsIdb.pendingWrites;
    RotsIdb.pendingWrites = [];
    if (!RotsIdb.db) { RotsIdb.done(requestId, 2, 'database is not open'); return; }
    var tx;
    try {
      tx = RotsIdb.db.transaction(RotsIdb.STORE, 'readwrite', { durability: 'strict' });
      var store = tx.objectStore(RotsIdb.STORE);
      for (var i = 0; i < writes.length; i++) {
        if (writes[i][1] === null) store.delete(writes[i][0]);
        else store.put(writes[i][1], writes[i][0]);
      }
      // Commit now rather than when this task ends: a flush on pagehide then reaches the
      // database before the page is torn down.
      if (typeof tx.commit === 'function') tx.commit();
    } catch (e) {
      if (tx) { try { tx.abort(); } catch (ignored) {} }
      RotsIdb.done(requestId, RotsIdb.kindOf(e), RotsIdb.describe(e));
      return;
    }
    var answered = false;
    var answer = function (kind, detail) { if (!answered) { answered = true; RotsIdb.done(requestId, kind, detail); } };
    tx.oncomplete = function () { answer(0, ''); };
    tx.onerror = function (event) { event.preventDefault(); };  // the abort below reports it
    tx.onabort = function () { answer(RotsIdb.kindOf(tx.error), RotsIdb.describe(tx.error)); };
  },
});
