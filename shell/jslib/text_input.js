// The text bridge: while a text field is edited, a hidden <textarea> IS the editor. It holds
// the field's text, caret and selection, so on-screen keyboards (which never send key codes on
// Android), autocorrect, long-press accents, dead keys, dictation, IME composition, paste and
// undo all work as in any web form. Every change is reported to wasm with the whole text and
// selection (never as separate characters, so nothing can arrive twice); the canvas draws it.
// Kinds match rots::TextInputKind: 0 text, 1 name, 2 multi-line, 3 number, 4 e-mail, 5 phone,
// 6 password. A password is edited in a hidden <input type="password"> instead: screen readers
// do not echo its characters, and on-screen keyboards neither suggest nor learn from it.

mergeInto(LibraryManager.library, {
  $RotsText: {
    el: null,        // the editor in use: the textarea, or the password input for kind 6
    textarea: null,
    secret: null,
    kind: 0,
    active: false,
    composing: false,
    lastSent: '',

    report: function () {
      var el = RotsText.el;
      if (!RotsText.active) return;
      var start = el.selectionStart, end = el.selectionEnd;
      var key = el.value + '\u0000' + start + ',' + end + ',' + RotsText.composing;
      if (key === RotsText.lastSent) return;
      RotsText.lastSent = key;
      var ptr = allocateUTF8(el.value);
      try { _rots_text_state(ptr, start, end, RotsText.composing ? 1 : 0); } finally { _free(ptr); }
    },

    remember: function () {
      var el = RotsText.el;
      RotsText.lastSent = el.value + '\u0000' + el.selectionStart + ',' + el.selectionEnd + ',' + RotsText.composing;
    },

    configure: function (kind) {
      var el = RotsText.el;
      var modes = ['text', 'text', 'text', 'decimal', 'email', 'tel'];
      el.setAttribute('inputmode', modes[kind] || 'text');
      el.setAttribute('enterkeyhint', kind === 2 ? 'enter' : 'next');
      el.setAttribute('autocapitalize', kind === 1 ? 'words' : kind >= 3 ? 'off' : 'sentences');
      el.setAttribute('autocorrect', kind === 2 || kind === 0 ? 'on' : 'off');
      el.spellcheck = kind === 2;
      RotsText.kind = kind;
    },

    // The element for this kind; the other one is emptied and marked as not editing.
    use: function (kind) {
      var el = kind === 6 ? RotsText.secret : RotsText.textarea;
      var other = el === RotsText.secret ? RotsText.textarea : RotsText.secret;
      if (other.hasAttribute('data-editing')) {
        other.removeAttribute('data-editing');
        if (document.activeElement === other) other.blur();
        other.value = '';
      }
      el.setAttribute('data-editing', '');
      RotsText.el = el;
      return el;
    },

    editor: function (id, tag) {
      var el = document.getElementById(id);
      if (!el) {
        el = document.createElement(tag);
        el.id = id;
        if (tag === 'input') el.type = 'password';
        el.className = 'rots-editor';
        document.body.appendChild(el);
      }
      return el;
    },

    install: function () {
      RotsText.textarea = RotsText.editor('rots-text-input', 'textarea');
      RotsText.secret = RotsText.editor('rots-secret-input', 'input');
      RotsText.el = RotsText.textarea;
      [RotsText.textarea, RotsText.secret].forEach(RotsText.listen);
      if (window.visualViewport) {
        var viewport = window.visualViewport;
        var visible = function () { _rots_visible_viewport(viewport.height + viewport.offsetTop); };
        viewport.addEventListener('resize', visible);
        viewport.addEventListener('scroll', visible);
      }
    },

    listen: function (el) {
      var report = function () { if (el === RotsText.el) RotsText.report(); };
      el.addEventListener('compositionstart', function () { RotsText.composing = true; report(); });
      el.addEventListener('compositionupdate', report);
      el.addEventListener('compositionend', function () { RotsText.composing = false; report(); });
      el.addEventListener('input', report);
      el.addEventListener('select', report);
      el.addEventListener('keyup', report);
      if (el === RotsText.textarea) document.addEventListener('selectionchange', function () { RotsText.report(); });
      el.addEventListener('beforeinput', function (e) {
        // Single-line fields: Enter means "next field", handled by the app as a key.
        var lineBreak = e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph';
        if (lineBreak && RotsText.kind !== 2) e.preventDefault();
      });
      el.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && RotsText.kind !== 2) e.preventDefault();
      });
    },
  },

  rots_text_input_install__deps: ['$RotsText'],
  rots_text_input_install: function () { RotsText.install(); },

  // Called synchronously inside a touchend/mouseup handler when a field is tapped: iOS opens the
  // on-screen keyboard only for a focus() made inside the user's gesture.
  rots_text_input_begin__deps: ['$RotsText'],
  rots_text_input_begin: function (textPtr, start, end, kind, x, y, w, h) {
    var el = RotsText.use(kind);
    RotsText.configure(kind);
    RotsText.composing = false;
    el.value = UTF8ToString(textPtr);
    // Sit where the field is, so the browser scrolls the right place into view for the keyboard.
    el.style.left = x + 'px';
    el.style.top = y + 'px';
    el.style.width = Math.max(1, w) + 'px';
    el.style.height = Math.max(1, h) + 'px';
    if (document.activeElement !== el) el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    RotsText.active = true;
    RotsText.remember();
  },

  rots_text_input_select__deps: ['$RotsText'],
  rots_text_input_select: function (start, end) {
    RotsText.el.setSelectionRange(start, end);
    RotsText.remember();
  },

  rots_text_input_end__deps: ['$RotsText'],
  rots_text_input_end: function () {
    RotsText.active = false;
    if (document.activeElement === RotsText.el) RotsText.el.blur();
    RotsText.el.value = '';
    RotsText.el.removeAttribute('data-editing');
  },

  rots_text_input_copy__deps: ['$RotsText'],
  rots_text_input_copy: function (textPtr) {
    var text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () {});
    }
  },

  // Inserts the clipboard's text at the caret, as if typed (the browser may ask permission).
  rots_text_input_paste__deps: ['$RotsText'],
  rots_text_input_paste: function () {
    if (!navigator.clipboard || !navigator.clipboard.readText) return;
    navigator.clipboard.readText().then(function (text) {
      var el = RotsText.el;
      if (!RotsText.active || !text) return;
      el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
      RotsText.report();
    }).catch(function () {});
  },
});
