// The accessibility mirror. The app draws everything on a canvas, which assistive technology
// cannot read. From the automation table (window.rotsAutomation) this module keeps a tree of
// real, visually hidden DOM elements: one per widget, with its role, name, value and states,
// placed over the widget (so a screen reader's highlight and the keyboard focus ring sit on
// what is drawn). The C++ side calls rotsA11y.changed() only when a frame's table differs, so an
// idle app touches neither the DOM nor the canvas.
// Activating an element (screen-reader double tap, click, Enter/Space) taps its widget through
// the app's own input path; a text field is then edited in the same hidden editor (a textarea,
// or a password input for passphrases) the
// on-screen keyboard uses. Keyboard: Tab/Shift+Tab follow the widgets' order, arrow keys move
// within lists and tabs, Escape closes a dialog.
(function () {
  'use strict';

  var TEXT = {
    app: 'ROTS Werkmap',
    navigation: 'Hoofdnavigatie',
    saveState: 'Opslagstatus',
    messages: 'Meldingen',
  };
  var TITLE_IDS = ['screen.title', 'setup.title', 'unlock.title', 'lock.title'];
  var ERROR_IDS = ['status.save_error', 'unlock.error', 'setup.error', 'status.storage'];
  var CLOSE_SUFFIXES = ['.cancel', '.close'];

  var root, content, saveRegion, politeRegion, alertRegion, editors;
  var nodes = new Map();     // automation id -> mirror element (kept while the id is drawn)
  var items = new Map();     // automation id -> item of the last update
  var groups = new Map();    // option group id -> its container (for error links)
  var shape = '';
  var version = -1;
  var scheduled = false;
  var pending = null;        // id to activate once it has been scrolled into view
  var usingMirror = false;   // the user works through the mirror (keyboard, screen reader)
  var editedId = null;       // text field edited after an activation from the mirror
  var opener = null;         // what opened the dialog on screen, to return focus to
  var spoken = { toast: null, errors: {} };

  function app() { return window.Module; }
  function ready() { return app() && app()._rots_automation_json && app()._rots_a11y_activate; }

  function parentId(id) {
    var dot = id.lastIndexOf('.');
    return dot > 0 ? id.slice(0, dot) : '';
  }

  function endsWithAny(id, suffixes) {
    return suffixes.some(function (s) { return id.slice(-s.length) === s; });
  }

  function domId(id) { return 'a11y-' + id; }

  function make(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function setText(el, text) {
    var span = el.firstElementChild;
    if (!span || !span.classList.contains('a11y-text')) {
      span = make('span', { class: 'a11y-text' });
      el.insertBefore(span, el.firstChild);
    }
    if (span.textContent !== text) span.textContent = text;
  }

  // --- roles -------------------------------------------------------------------------------

  function optionGroupRole(id) {
    var owner = items.get(parentId(id));
    if (owner && owner.kind === 'combo') return 'listbox';
    if (parentId(id) === 'case.section') return 'tablist';
    return 'radiogroup';
  }

  function optionRole(id) {
    return { listbox: 'option', tablist: 'tab', radiogroup: 'radio' }[optionGroupRole(id)];
  }

  function tagFor(item) {
    return item.kind === 'button' || item.kind === 'date' || item.kind === 'row' ? 'button' : 'div';
  }

  function roleFor(item) {
    switch (item.kind) {
      case 'text': return 'textbox';
      case 'combo': return 'combobox';
      case 'checkbox': return 'checkbox';
      case 'tab': return 'tab';
      case 'option': return optionRole(item.id);
      case 'heading': return 'heading';
      default: return null;
    }
  }

  // A calendar day ("<field>.day.2026-11-24") is named by its whole date, not its number.
  var DAY_ID = /\.day\.(\d{4})-(\d{2})-(\d{2})$/;
  var longDate = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  function dayName(id) {
    var m = DAY_ID.exec(id);
    return m ? longDate.format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))) : null;
  }

  function textFor(item) {
    switch (item.kind) {
      case 'button': return dayName(item.id) || item.label || item.value;
      case 'heading': case 'checkbox': case 'tab': case 'option': return item.label || item.value;
      case 'row': return item.value ? item.label + ', ' + item.value : item.label;
      case 'date': return item.value ? item.label + ': ' + item.value : item.label;
      case 'value': return item.label + ': ' + item.value;
      case 'listitem': return item.value ? item.label + ' \u2014 ' + item.value : item.label;
      case 'text': case 'combo': return item.value;
      default: return item.value || item.label;
    }
  }

  function focusable(item) {
    return ['button', 'date', 'row', 'text', 'combo', 'checkbox', 'tab', 'option'].indexOf(item.kind) >= 0;
  }

  function selected(item) { return item.value === 'selected'; }

  // --- one element per widget ----------------------------------------------------------------

  function nodeFor(item) {
    var el = nodes.get(item.id);
    if (!el || el.tagName !== tagFor(item).toUpperCase() || el.dataset.kind !== item.kind) {
      el = make(tagFor(item), { id: domId(item.id) });
      if (el.tagName === 'BUTTON') el.type = 'button';
      el.dataset.id = item.id;
      el.dataset.kind = item.kind;
      nodes.set(item.id, el);
    }
    refresh(el, item);
    return el;
  }

  function refresh(el, item) {
    var role = roleFor(item);
    setAttr(el, 'role', role);
    setText(el, textFor(item));
    var named = item.kind === 'text' || item.kind === 'combo';
    setAttr(el, 'aria-label', named ? (item.label || item.id) : null);
    setAttr(el, 'aria-level', item.kind === 'heading' ? (TITLE_IDS.indexOf(item.id) >= 0 ? 1 : 2) : null);
    setAttr(el, 'aria-checked', role === 'checkbox' ? String(item.value === 'checked') : role === 'radio' ? String(selected(item)) : null);
    setAttr(el, 'aria-selected', role === 'tab' || role === 'option' ? String(selected(item)) : null);
    setAttr(el, 'aria-current', item.kind === 'row' && item.focused ? 'true' : null);
    setAttr(el, 'aria-pressed', item.kind === 'button' && DAY_ID.test(item.id) ? String(selected(item)) : null);
    setAttr(el, 'aria-expanded', item.kind === 'combo' ? String(item.focused) : null);
    setAttr(el, 'aria-controls', item.kind === 'combo' && item.focused ? domId(item.id) + '.options' : null);
    setAttr(el, 'aria-disabled', focusable(item) && !item.enabled ? 'true' : null);
    var edited = item.kind === 'text' && item.focused;
    // While a field is edited, the page's editor is that textbox; its mirror steps aside.
    setAttr(el, 'aria-hidden', edited ? 'true' : null);
    el.classList.toggle('a11y-edited', edited && usingMirror);
    if (role === 'tab' || role === 'option' || role === 'radio') {
      if (!el.hasAttribute('tabindex')) el.tabIndex = -1;  // roving: see rovingTabStops
    } else if (item.kind === 'heading' || item.kind === 'listitem') {
      el.tabIndex = -1;  // reached by focus moves (a screen opens, arrow keys in a list)
    } else if (focusable(item) && el.tagName !== 'BUTTON') {
      el.tabIndex = edited ? -1 : 0;
    }
    el.classList.toggle('a11y-offscreen', !item.visible);
    var s = el.style;
    var left = item.x + 'px', top = item.y + 'px', width = item.w + 'px', height = item.h + 'px';
    if (s.left !== left) s.left = left;
    if (s.top !== top) s.top = top;
    if (s.width !== width) s.width = width;
    if (s.height !== height) s.height = height;
  }

  // --- structure: landmarks, lists, option groups, dialog ------------------------------------

  function fill(container, list) {
    var listEl = null, li = null, group = null, groupId = null;
    list.forEach(function (item) {
      if (item.kind === 'chips') return;  // its options form the group, named by it
      if (li && item.id.indexOf(li.dataset.owner + '.') === 0) { li.appendChild(nodeFor(item)); return; }
      li = null;
      if (item.kind === 'row' || item.kind === 'listitem') {
        if (!listEl) { listEl = make('div', { role: 'list' }); container.appendChild(listEl); }
        li = make('div', { role: 'listitem' });
        li.dataset.owner = item.id;
        li.appendChild(nodeFor(item));
        listEl.appendChild(li);
        group = null;
        return;
      }
      listEl = null;
      if (item.kind === 'option' || item.kind === 'tab') {
        var gid = item.kind === 'tab' ? 'nav' : parentId(item.id);
        if (!group || groupId !== gid) {
          group = make('div', { role: item.kind === 'tab' ? 'tablist' : optionGroupRole(item.id) });
          var owner = items.get(gid);
          if (owner && owner.label) group.setAttribute('aria-label', owner.label);
          if (owner && owner.kind === 'combo') group.id = domId(gid) + '.options';
          groupId = gid;
          groups.set(gid, group);
          container.appendChild(group);
        }
        group.appendChild(nodeFor(item));
        return;
      }
      group = null;
      container.appendChild(nodeFor(item));
    });
  }

  function rovingTabStops() {
    root.querySelectorAll('[role=tablist],[role=radiogroup],[role=listbox]').forEach(function (group) {
      var members = Array.prototype.slice.call(group.children);
      var chosen = members.filter(function (m) { return m.getAttribute('aria-selected') === 'true' || m.getAttribute('aria-checked') === 'true'; })[0];
      var stop = members.indexOf(document.activeElement) >= 0 ? document.activeElement : chosen || members[0];
      members.forEach(function (m) { m.tabIndex = m === stop ? 0 : -1; });
    });
  }

  function rebuild(list) {
    groups.clear();
    var main = make('main', { id: 'a11y-main' });
    var nav = make('nav', { id: 'a11y-nav', 'aria-label': TEXT.navigation });
    var dialogItems = list.filter(function (it) { return it.dialog; });
    fill(main, list.filter(function (it) { return !it.dialog && it.kind !== 'tab'; }));
    fill(nav, list.filter(function (it) { return !it.dialog && it.kind === 'tab'; }));
    var fresh = document.createDocumentFragment();
    fresh.appendChild(main);
    if (nav.childElementCount) fresh.appendChild(nav);
    if (dialogItems.length) {
      var dialog = make('div', { id: 'a11y-dialog', role: 'dialog', 'aria-modal': 'true' });
      fill(dialog, dialogItems);
      var heading = dialogItems.filter(function (it) { return it.kind === 'heading'; })[0];
      if (heading) dialog.setAttribute('aria-labelledby', domId(heading.id));
      main.inert = true;
      nav.inert = true;
      fresh.appendChild(dialog);
    }
    content.replaceChildren(fresh);
  }

  function linkErrors(list) {
    nodes.forEach(function (el) {
      setAttr(el, 'aria-invalid', null);
      setAttr(el, 'aria-errormessage', null);
      setAttr(el, 'aria-describedby', null);
    });
    groups.forEach(function (el) { setAttr(el, 'aria-describedby', null); });
    list.forEach(function (item) {
      if (item.id.slice(-6) !== '.error') return;
      var field = item.id.slice(0, -6);
      var target = groups.get(field) || nodes.get(field);
      if (!target) return;
      var role = target.getAttribute('role');
      if (['textbox', 'combobox', 'checkbox', 'radiogroup', 'listbox'].indexOf(role) >= 0) {
        setAttr(target, 'aria-invalid', 'true');
        setAttr(target, 'aria-errormessage', domId(item.id));
      }
      setAttr(target, 'aria-describedby', domId(item.id));
    });
  }

  // --- announcements, title, landmarks --------------------------------------------------------

  function say(region, message) {
    if (!message) return;
    region.textContent = '';
    // A fresh node each time, so the same message said twice is announced twice.
    setTimeout(function () { region.textContent = message; }, 30);
  }

  function announce(list) {
    // The save state as the top bar shows it, without the passing "Bezig met opslaan…".
    var save = items.get('status.save');
    if (save && save.value && save.value.slice(-1) !== '\u2026' && saveRegion.textContent !== save.value) {
      saveRegion.textContent = save.value;
    }
    var toast = items.get('toast');
    var toastText = toast ? toast.value || toast.label : null;
    if (toastText && toastText !== spoken.toast) say(politeRegion, toastText);
    spoken.toast = toastText;
    var errors = {};
    list.forEach(function (item) {
      if (item.id.slice(-6) !== '.error' && ERROR_IDS.indexOf(item.id) < 0) return;
      var message = item.value || item.label;
      errors[item.id] = message;
      if (spoken.errors[item.id] !== message) say(alertRegion, message);
    });
    spoken.errors = errors;
  }

  // The screen's name: its title, or on a main section (whose top bar shows the app's name)
  // the chosen tab of the navigation.
  function title() {
    for (var i = 0; i < TITLE_IDS.length; i++) {
      var item = items.get(TITLE_IDS[i]);
      if (item && item.label && item.label !== TEXT.app) return item.label;
    }
    var tab = Array.from(items.values()).filter(function (it) { return it.kind === 'tab' && selected(it); })[0];
    return tab ? tab.label : '';
  }

  function label(list) {
    var name = title();
    var wanted = name ? name + ' \u2013 ' + TEXT.app : TEXT.app;
    if (document.title !== wanted) document.title = wanted;
    var main = document.getElementById('a11y-main');
    if (main) setAttr(main, 'aria-label', name || TEXT.app);
  }

  // --- the text bridge --------------------------------------------------------------------------

  // The editor in use (the text bridge marks it data-editing): the textarea, or the password
  // input while a passphrase is edited.
  function editor() {
    return editors.filter(function (el) { return el.hasAttribute('data-editing'); })[0] || editors[0];
  }

  function isEditor(el) { return editors.indexOf(el) >= 0; }

  // The editor stands in for the edited field: named like it, invalid like it; the other one
  // stays hidden.
  function exposeEditor(item) {
    if (!editors.length) return;
    var current = item ? editor() : null;
    editors.forEach(function (el) {
      var shown = el === current;
      var error = shown ? items.get(item.id + '.error') : null;
      setAttr(el, 'aria-hidden', shown ? null : 'true');
      setAttr(el, 'aria-label', shown ? item.label || item.id : null);
      setAttr(el, 'aria-invalid', error ? 'true' : null);
      setAttr(el, 'aria-describedby', error ? domId(error.id) : null);
    });
  }

  function editedItem(list) {
    return list.filter(function (it) { return it.kind === 'text' && it.focused; })[0] || null;
  }

  // --- focus ------------------------------------------------------------------------------------

  function inMirror(el) { return el && root && root.contains(el) && el.dataset && el.dataset.id; }

  function tabStops() {
    var scope = document.getElementById('a11y-dialog') || content;
    return Array.prototype.slice.call(scope.querySelectorAll('[data-id]')).filter(function (el) {
      return el.tabIndex >= 0 || el.dataset.id === editedId;
    });
  }

  function focusNode(el) {
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  }

  function restoreFocus(focusedId, hadDialog) {
    var dialog = document.getElementById('a11y-dialog');
    if (dialog && !hadDialog) {
      opener = focusedId;
      focusNode(dialog.querySelector('[data-id]:not([tabindex="-1"])') || dialog.querySelector('[data-id]'));
      return;
    }
    // Still drawn: it keeps the focus (whatever its tab stop), only moved in the rebuilt tree.
    if (focusedId && nodes.has(focusedId) && items.has(focusedId)) return focusNode(nodes.get(focusedId));
    if (!dialog && opener && items.has(opener)) { focusNode(nodes.get(opener)); opener = null; return; }
    var heading = content.querySelector('[aria-level="1"]') || tabStops()[0];
    focusNode(heading);
  }

  // --- updates ----------------------------------------------------------------------------------

  function update() {
    scheduled = false;
    if (!ready()) return;
    var now = app()._rots_automation_version ? app()._rots_automation_version() : version + 1;
    if (now === version) return;
    version = now;
    var list = window.rotsAutomation.items();
    var active = document.activeElement;
    var focusedId = inMirror(active) ? active.dataset.id : null;
    var hadDialog = !!document.getElementById('a11y-dialog');
    items = new Map();
    list.forEach(function (item) { if (!items.has(item.id)) items.set(item.id, item); });
    list = Array.from(items.values());
    var nextShape = list.map(function (it) { return it.id + ':' + it.kind + (it.dialog ? '!' : ''); }).join('|');
    if (nextShape !== shape) {
      shape = nextShape;
      rebuild(list);
      nodes.forEach(function (el, id) { if (!items.has(id)) nodes.delete(id); });
      if (focusedId || (usingMirror && document.activeElement === document.body)) restoreFocus(focusedId, hadDialog);
    } else {
      list.forEach(function (item) { if (nodes.has(item.id)) refresh(nodes.get(item.id), item); });
    }
    rovingTabStops();
    linkErrors(list);
    var edited = editedItem(list);
    exposeEditor(edited);
    if (!edited && editedId && usingMirror && document.activeElement === document.body) focusNode(nodes.get(editedId));
    if (!edited) editedId = null;
    label(list);
    announce(list);
    if (pending) {
      var wanted = items.get(pending);
      if (!wanted) pending = null;
      else if (wanted.visible) { pending = null; activate(wanted.id); }
    }
  }

  function changed() {
    if (scheduled) return;
    scheduled = true;
    // One update for a burst of frames (a scroll, a save); never inside the frame itself.
    setTimeout(update, 40);
  }

  // --- acting on widgets --------------------------------------------------------------------------

  function reveal(item) { return app()._rots_a11y_reveal(item.x, item.y, item.w, item.h) !== 0; }

  function activate(id) {
    if (!ready()) return;
    // The table as it is now: the last update may be a few frames old (a scroll in between).
    var item = window.rotsAutomation.find(id) || items.get(id);
    if (!item || !item.enabled) return;
    usingMirror = true;
    if (item.kind === 'text' && edit(item)) return;
    if (!item.visible) {
      if (reveal(item)) pending = id;
      return;
    }
    app()._rots_a11y_activate(item.x + item.w / 2, item.y + item.h / 2);
  }

  // A text field is edited at once, even scrolled out of view (the app then scrolls it in), so
  // typing right after reaching it is never lost.
  function edit(item) {
    if (!app()._rots_a11y_edit(item.x + item.w / 2, item.y + item.h / 2)) return false;
    editedId = item.id;
    exposeEditor(item);
    // Already edited (e.g. focus came back to its mirror): the editor takes the focus again.
    if (document.activeElement !== editor()) editor().focus({ preventScroll: true });
    return true;
  }

  function closeDialog() {
    var scope = Array.from(items.values());
    var dialogItems = scope.filter(function (it) { return it.dialog; });
    var candidates = dialogItems.length ? dialogItems : scope.filter(function (it) { return it.kind === 'combo' && it.focused; });
    var close = candidates.filter(function (it) { return it.kind === 'button' && endsWithAny(it.id, CLOSE_SUFFIXES); })[0] ||
                (!dialogItems.length ? candidates[0] : null);
    if (close) activate(close.id);
  }

  // Arrow keys within a list, a tab list, a radio group or a list box.
  function moveWithin(el, step, edge) {
    var group = el.closest('[role=tablist],[role=radiogroup],[role=listbox],[role=list]');
    if (!group) return false;
    var members = group.getAttribute('role') === 'list'
      ? Array.prototype.map.call(group.children, function (li) { return li.querySelector('[data-id]'); })
          .filter(function (m) { return m && m.hasAttribute('tabindex') || m && m.tagName === 'BUTTON'; })
      : Array.prototype.slice.call(group.children);
    members = members.filter(Boolean);
    var at = members.indexOf(el.closest('[role=listitem]') ? el.closest('[role=listitem]').querySelector('[data-id]') : el);
    var next = edge === 'first' ? 0 : edge === 'last' ? members.length - 1 : at + step;
    if (next < 0 || next >= members.length) return true;
    members.forEach(function (m) { if (m.getAttribute('role') !== null && group.getAttribute('role') !== 'list') m.tabIndex = -1; });
    members[next].tabIndex = 0;
    focusNode(members[next]);
    var item = items.get(members[next].dataset.id);
    // In a radio group the arrow keys choose too (the ARIA radio pattern); tabs wait for Enter.
    if (item && group.getAttribute('role') === 'radiogroup' && !selected(item)) activate(item.id);
    else if (item && !item.visible) reveal(item);
    return true;
  }

  function leaveEditor(step) {
    var stops = tabStops();
    var from = nodes.get(editedId);
    var at = stops.indexOf(from);
    app()._rots_a11y_end_edit();
    editedId = null;
    exposeEditor(null);
    focusNode(stops[at + step] || from);
  }

  function onKey(e) {
    var target = e.target;
    if (isEditor(target)) {
      if (e.type === 'keydown' && e.key === 'Tab' && editedId && nodes.has(editedId)) {
        e.preventDefault();
        e.stopImmediatePropagation();
        leaveEditor(e.shiftKey ? -1 : 1);
      }
      return;
    }
    if (!inMirror(target)) {
      // From the page itself (nothing focused yet), Tab enters the mirror.
      if (e.type === 'keydown' && e.key === 'Tab' && (target === document.body || target === document.documentElement) && content) {
        var stops = tabStops();
        if (!stops.length) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        usingMirror = true;
        focusNode(e.shiftKey ? stops[stops.length - 1] : stops[0]);
      }
      return;
    }
    // Keys on the mirror are not the app's: it must not see them as typing or navigation.
    e.stopImmediatePropagation();
    if (e.type !== 'keydown') return;
    usingMirror = true;
    var id = target.dataset.id;
    switch (e.key) {
      case 'Enter':
      case ' ':
        if (target.tagName !== 'BUTTON') { e.preventDefault(); activate(id); }
        break;
      case 'Escape':
        e.preventDefault();
        closeDialog();
        break;
      case 'ArrowDown': case 'ArrowRight':
        if (target.getAttribute('role') !== 'textbox' && moveWithin(target, 1)) e.preventDefault();
        break;
      case 'ArrowUp': case 'ArrowLeft':
        if (target.getAttribute('role') !== 'textbox' && moveWithin(target, -1)) e.preventDefault();
        break;
      case 'Home': if (moveWithin(target, 0, 'first')) e.preventDefault(); break;
      case 'End': if (moveWithin(target, 0, 'last')) e.preventDefault(); break;
      default: break;
    }
  }

  function onClick(e) {
    var el = e.target.closest && e.target.closest('[data-id]');
    if (!el || !root.contains(el)) return;
    e.preventDefault();
    activate(el.dataset.id);
  }

  function onFocus(e) {
    var el = e.target;
    if (!inMirror(el)) return;
    usingMirror = true;
    var item = items.get(el.dataset.id);
    if (!item) return;
    // Reaching a text field starts editing it, so typing goes straight in.
    if (item.kind === 'text' && item.enabled) activate(item.id);
    else if (!item.visible) reveal(item);
  }

  function install() {
    root = make('div', { id: 'rots-a11y' });
    content = make('div', { class: 'a11y-content' });
    saveRegion = make('div', { id: 'rots-a11y-save', role: 'status', 'aria-label': TEXT.saveState, class: 'a11y-live' });
    politeRegion = make('div', { id: 'rots-a11y-status', role: 'status', 'aria-label': TEXT.messages, class: 'a11y-live' });
    alertRegion = make('div', { id: 'rots-a11y-alert', role: 'alert', 'aria-live': 'assertive', class: 'a11y-live' });
    root.appendChild(content);
    root.appendChild(saveRegion);
    root.appendChild(politeRegion);
    root.appendChild(alertRegion);
    var canvas = document.getElementById('canvas');
    canvas.parentNode.insertBefore(root, canvas.nextSibling);
    editors = Array.prototype.slice.call(document.querySelectorAll('.rots-editor'));
    root.addEventListener('click', onClick);
    root.addEventListener('focusin', onFocus);
    // Registered before the app's own key handlers (app.js loads later): keys on the mirror
    // stop here.
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    // A finger or mouse on the canvas: the user works on the drawing, not through the mirror.
    window.addEventListener('pointerdown', function (e) { if (e.target && e.target.id === 'canvas') usingMirror = false; }, true);
    editors.forEach(function (el) {
      el.addEventListener('blur', function () {
        // Escape or Enter ended editing: keep the keyboard user on that field, not the page.
        setTimeout(function () {
          if (usingMirror && editedId && document.activeElement === document.body) focusNode(nodes.get(editedId));
        }, 0);
      });
    });
  }

  window.rotsA11y = {
    changed: changed,
    update: update,
  };

  // Loaded after the canvas and the editors, before app.js (see index.html).
  install();
})();
