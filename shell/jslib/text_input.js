// The text bridge: a hidden <textarea> holds keyboard focus while an ImGui text field is
// active, so that on-screen keyboards, IME composition, dictation and pasted text all arrive
// as `input` events (never as key codes, which Android keyboards do not send). Whatever the
// textarea gathers is forwarded to wasm and the textarea is emptied again, so no character
// can arrive twice.

mergeInto(LibraryManager.library, {
  $RotsText: {
    el: null,
    composing: false,

    forward: function () {
      var el = RotsText.el;
      if (RotsText.composing || !el.value) return;
      var text = el.value.replace(/\r\n?/g, '\n');
      el.value = '';
      var ptr = allocateUTF8(text);
      try { _rots_text_input(ptr); } finally { _free(ptr); }
    },

    install: function () {
      var el = document.getElementById('rots-text-input');
      if (!el) {
        el = document.createElement('textarea');
        el.id = 'rots-text-input';
        document.body.appendChild(el);
      }
      RotsText.el = el;
      el.addEventListener('compositionstart', function () { RotsText.composing = true; });
      el.addEventListener('compositionend', function () { RotsText.composing = false; RotsText.forward(); });
      el.addEventListener('input', function (e) {
        // Enter arrives as a key event (ImGui decides what it means); drop the line break here.
        if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') { el.value = ''; return; }
        if (e.isComposing) return;
        RotsText.forward();
      });
    },
  },

  rots_text_input_install__deps: ['$RotsText'],
  rots_text_input_install: function () { RotsText.install(); },

  // Must be called synchronously inside a touchend/mouseup handler for iOS to open the keyboard.
  rots_text_input_focus: function () {
    if (document.activeElement !== RotsText.el) RotsText.el.focus({ preventScroll: true });
  },

  rots_text_input_blur: function () {
    if (document.activeElement === RotsText.el) RotsText.el.blur();
    RotsText.el.value = '';
  },

  rots_text_input_has_focus: function () { return document.activeElement === RotsText.el ? 1 : 0; },
});
