// Shared helpers for the browser tests: Debian's Chromium through playwright-core, the built
// app served on localhost, and widget lookup through window.rotsAutomation. Tests act only
// with real touch, pointer and keyboard events at the widgets' rectangles.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/static-server.mjs';

export const DIST = resolve(process.env.ROTS_DIST || 'build/wasm/dist');
export const ARTIFACTS = resolve(process.env.ROTS_ARTIFACTS || 'build/test-results/e2e');
mkdirSync(ARTIFACTS, { recursive: true });

export const PORTRAIT = { width: 768, height: 1024 };
export const LANDSCAPE = { width: 1024, height: 768 };

export async function startApp() {
  const server = await startServer({ root: DIST, port: 0 });
  const origin = `http://localhost:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu-sandbox', '--use-gl=angle', '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// A tablet: touch, mobile viewport. Watches for page errors and for any request that leaves
// localhost. Tests draw at 1 device pixel per CSS pixel unless they ask for 2 (a real tablet's
// ratio, used by the skeleton test): the software GL of headless Chromium fills every device
// pixel on the CPU, and 2x costs the suite about half its time (ROTS_DPR overrides both).
export async function openTablet(app, viewport = PORTRAIT, { pixelRatio = 1 } = {}) {
  const deviceScaleFactor = Number(process.env.ROTS_DPR || pixelRatio);
  const context = await app.browser.newContext({
    viewport, deviceScaleFactor, hasTouch: true, isMobile: true, locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== 'localhost' && host !== '127.0.0.1') problems.push(`request to another host: ${request.url()}`);
  });
  return { context, page, problems };
}

export async function gotoApp(page, origin) {
  await page.goto(`${origin}/`);
  await waitReady(page);
}

// The passphrase and name every test's device is protected with (the lock test uses its own).
export const TEST_PASSPHRASE = 'rots-test-wachtzin-2026';
export const TEST_USER = 'Test Gebruiker';

// Waits until the app has started; then, unless told not to, gets past the first-start screen
// (name and passphrase) or the lock screen, as a user would.
export async function waitReady(page, { unlock = true } = {}) {
  await page.waitForFunction(() => window.rotsAutomation && window.rotsAutomation.ready, null, { timeout: 30000 });
  if (unlock) await unlockIfAsked(page);
}

export async function unlockIfAsked(page, passphrase = TEST_PASSPHRASE) {
  await settle(page);
  const shown = await page.evaluate(() => (window.rotsAutomation.find('setup.start') ? 'setup'
    : window.rotsAutomation.find('unlock.passphrase') ? 'locked' : 'open'));
  if (shown === 'setup') {
    await typeInto(page, 'setup.name', TEST_USER);
    await typeMasked(page, 'setup.passphrase', passphrase);
    await typeMasked(page, 'setup.repeat', passphrase);
    await tapShown(page, 'setup.start');
    await gone(page, 'setup.start', 30000);
  } else if (shown === 'locked') {
    await typeMasked(page, 'unlock.passphrase', passphrase);
    await tap(page, 'unlock.submit');
    await gone(page, 'unlock.passphrase', 30000);
  }
  await settle(page);
}

// Waits until no widget `id` is drawn any more.
export async function gone(page, id, timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const item = await page.evaluate((wanted) => window.rotsAutomation.find(wanted), id);
    if (!item) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`${id} still shown`);
}

// Types into a masked (passphrase) field: its automation value shows one '*' per character.
// The page's editor for it is a password input (no echo by screen readers, nothing learnt by
// the on-screen keyboard), and no text area holds the passphrase.
export async function typeMasked(page, id, text) {
  await tapUntilEditing(page, id);
  const editor = await page.evaluate(() => ({ type: document.activeElement.type, textarea: document.getElementById('rots-text-input').value }));
  if (editor.type !== 'password') throw new Error(`${id} is edited in a ${editor.type} element, not a password input`);
  if (editor.textarea !== '') throw new Error('the text area still holds text while a passphrase is typed');
  await page.keyboard.type(text);
  return waitForItem(page, id, (it) => it.value.length === [...text].length);
}

// What IndexedDB holds, read by the page itself (key -> stored value); with `open`, each value
// is opened with the page's data key (the page must be unlocked), so a test can check content.
export async function storedRecords(page, { open = false } = {}) {
  return page.evaluate((opened) => new Promise((done, fail) => {
    const request = indexedDB.open('rots-werkmap');
    request.onsuccess = () => {
      const tx = request.result.transaction('records', 'readonly');
      const keys = tx.objectStore('records').getAllKeys();
      const values = tx.objectStore('records').getAll();
      tx.oncomplete = () => {
        const out = {};
        keys.result.forEach((k, i) => {
          out[k] = opened ? window.rotsAutomation.openStored(String(k), values.result[i]) : values.result[i];
        });
        request.result.close();
        done(out);
      };
      tx.onabort = () => fail(tx.error);
    };
    request.onerror = () => fail(request.error);
  }), open);
}

export async function items(page) {
  return page.evaluate(() => window.rotsAutomation.items());
}

// Waits until widget `id` is on screen (and, if given, `accept(item)` holds); returns it.
export async function waitForItem(page, id, accept = () => true, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last = null;
  while (Date.now() < deadline) {
    last = await page.evaluate((wanted) => window.rotsAutomation.find(wanted), id);
    if (last && last.visible && accept(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`widget ${id} not found or not as expected; last seen: ${JSON.stringify(last)}`);
}

export async function findItem(page, predicate, timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = (await items(page)).find(predicate);
    if (found) return found;
    await page.waitForTimeout(50);
  }
  return null;
}

// Taps a widget once it stands still: a finger that lands on a page still gliding after a swipe
// (or moving because the keyboard closed) only stops the page, as on a real tablet.
export async function tap(page, id, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let item = await waitForItem(page, id, (it) => it.enabled, timeout);
  for (;;) {
    await page.waitForTimeout(80);
    const again = await waitForItem(page, id, (it) => it.enabled, Math.max(deadline - Date.now(), 1));
    const still = again.x === item.x && again.y === item.y && again.w === item.w && again.h === item.h;
    item = again;
    if (still || Date.now() >= deadline) break;
  }
  await page.touchscreen.tap(item.x + item.w / 2, item.y + item.h / 2);
  return item;
}

// Taps a text field, checks that the hidden textarea took focus (so a tablet would show its
// keyboard), types through it, and waits until the field shows exactly that text.
export async function typeInto(page, id, text) {
  await tapUntilEditing(page, id);
  await page.keyboard.type(text);
  return waitForItem(page, id, (it) => it.value === text);
}

// Taps text field `id` until the hidden textarea has focus for it (typed keys would go nowhere
// otherwise); a lost tap is retried once, as in tapExpecting.
async function tapUntilEditing(page, id) {
  const editing = (p) => p.evaluate((wanted) => {
    const item = window.rotsAutomation.find(wanted);
    return Boolean(item && item.focused && document.activeElement && document.activeElement.classList.contains('rots-editor'));
  }, id);
  await tap(page, id);
  for (let attempt = 0; ; attempt++) {
    const deadline = Date.now() + 4000;
    while (Date.now() < deadline) {
      if (await editing(page)) return;
      await page.waitForTimeout(50);
    }
    if (attempt === 1) throw new Error(`tapping text field ${id} did not start editing, twice`);
    console.log(`# tap on text field ${id} did not start editing after 4000 ms: tapping again`);
    await tap(page, id);
  }
}

// For tapExpecting: option `id` is the chosen one.
export function chosen(id) {
  return (page) => page.evaluate((wanted) => {
    const item = window.rotsAutomation.find(wanted);
    return Boolean(item && item.value === 'selected');
  }, id);
}

// Chooses from chips (always visible) or a combo (opened first).
export async function chooseOption(page, choiceId, optionKey) {
  const choice = await waitForItem(page, choiceId);
  if (choice.kind === 'combo') await tap(page, choiceId);
  const option = await tap(page, `${choiceId}.${optionKey}`);
  await waitForItem(page, choiceId, (it) => it.value === option.label);
}

// Taps "Opslaan" on the new-case form and waits until the case is listed and its record has
// been committed to IndexedDB (the save state says so only after the transaction completed).
export async function saveNewCase(page, pseudonym) {
  await tap(page, 'case.save');
  const row = await findItem(page, (it) => it.kind === 'row' && it.label === pseudonym);
  if (!row) throw new Error(`case ${pseudonym} not listed after saving`);
  await waitForItem(page, 'status.save', (it) => it.value === 'Opgeslagen');
  return row;
}

export async function textInputHasFocus(page) {
  return page.evaluate(() => document.activeElement && document.activeElement.classList.contains('rots-editor'));
}

// Waits until the app has drawn no frame for a while (input processed, nothing animating).
export async function settle(page, quietMs = 250, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last = await page.evaluate(() => window.rotsAutomation.framesDrawn());
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(50);
    const now = await page.evaluate(() => window.rotsAutomation.framesDrawn());
    if (now !== last) { last = now; quietSince = Date.now(); }
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

// The same screen in portrait and landscape (portrait-<name>.png, landscape-<name>.png), then
// back to portrait for the rest of the test.
export async function bothOrientations(page, name) {
  await page.setViewportSize(PORTRAIT);
  await screenshot(page, `portrait-${name}`);
  await page.setViewportSize(LANDSCAPE);
  await screenshot(page, `landscape-${name}`);
  await page.setViewportSize(PORTRAIT);
  await settle(page);
}

// Waits until everything edited so far is written ("Opgeslagen" in the top bar).
export async function saved(page) {
  await waitForItem(page, 'status.save', (it) => it.value === 'Opgeslagen');
}

export async function screenshot(page, name) {
  await settle(page);
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// Writes cases straight into IndexedDB before the app starts, in the documented record format
// (version 1), to give a test a long list without tapping through dozens of forms.
export async function seedCases(page, origin, count) {
  // A blank page of the same origin, so the app is not running while its store is filled.
  await page.route(`${origin}/__seed`, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>seed</title>',
  }));
  await page.goto(`${origin}/__seed`);
  await page.evaluate((n) => new Promise((done, fail) => {
    const open = indexedDB.open('rots-werkmap', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('records');
    open.onsuccess = () => {
      const tx = open.result.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (let i = 0; i < n; i++) {
        const id = (i + 1).toString(16).padStart(32, '0');
        const day = String(1 + (i % 28)).padStart(2, '0');
        const record = {
          case: {
            cereal_class_version: 1, id, pseudonym: `Jongere ${String(i + 1).padStart(2, '0')}`,
            region: 'antwerpen', registered_on: `2026-10-${day}`, created_at_ms: 1000 + i, updated_at_ms: 1000 + i,
          },
        };
        store.put(JSON.stringify(record), `case:${id}`);
      }
      tx.oncomplete = () => { open.result.close(); done(); };
      tx.onabort = () => fail(tx.error);
    };
    open.onerror = () => fail(open.error);
  }), count);
}

// A finger drag with intermediate moves (so it is a swipe, not a jump), through CDP touch events.
export async function swipe(page, from, to, { steps = 12, holdMs = 0 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
    await page.waitForTimeout(16);
  }
  if (holdMs) await page.waitForTimeout(holdMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// Holds a finger still on a widget long enough for a long-press.
export async function longPress(page, id, ms = 800) {
  const item = await waitForItem(page, id);
  const cdp = await page.context().newCDPSession(page);
  const at = [{ x: item.x + item.w / 2, y: item.y + item.h / 2, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at });
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// Brings widget `id` into view the way a user would: by swiping the page it sits on (in its
// column, so the right pane scrolls in landscape). Returns the visible widget.
export async function reveal(page, id, { maxSwipes = 12 } = {}) {
  const viewport = page.viewportSize();
  let last = null;
  for (let i = 0; i <= maxSwipes; i++) {
    const item = await page.evaluate((wanted) => window.rotsAutomation.find(wanted), id);
    last = item;
    if (!item) { await page.waitForTimeout(100); continue; }
    const fullyShown = item.visible && !item.clipped && item.y >= 64 && item.y + item.h <= viewport.height - 70;
    if (fullyShown) return item;
    const x = Math.min(Math.max(item.x + 8, 8), viewport.width - 8);
    const below = item.y + item.h / 2 > viewport.height / 2;
    const distance = Math.min(viewport.height * 0.45, Math.abs(item.y - viewport.height / 2) + 40);
    const from = { x, y: below ? viewport.height * 0.75 : viewport.height * 0.3 };
    const to = { x, y: below ? from.y - distance : from.y + distance };
    await swipe(page, from, to, { steps: 10, holdMs: 120 });
    await settle(page, 200);
  }
  // What the test saw last, and a picture of it, so a failure in CI can be read without a rerun.
  await screenshot(page, `reveal-failed-${id}`).catch(() => {});
  const seen = last ? `last seen at y=${Math.round(last.y)} h=${Math.round(last.h)} visible=${last.visible} clipped=${last.clipped}`
    : 'never found on screen';
  throw new Error(`could not bring ${id} into view (${seen})`);
}

// Taps a widget after bringing it into view.
export async function tapShown(page, id) {
  await reveal(page, id);
  return tap(page, id);
}

export async function typeShown(page, id, text) {
  await reveal(page, id);
  return typeInto(page, id, text);
}

// Taps a button whose effect `done(page)` can be checked, tapping once more if the first tap
// had no effect within a few seconds. Headless Chromium under load now and then loses a synthetic
// tap (not seen with a finger); the retry is logged, and a second loss fails the test.
export async function tapExpecting(page, id, done, timeout = 4000) {
  await tapShown(page, id);
  for (let attempt = 0; ; attempt++) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (await done(page)) return;
      await page.waitForTimeout(100);
    }
    if (attempt === 1) throw new Error(`tapping ${id} had no effect, twice`);
    console.log(`# tap on ${id} had no effect after ${timeout} ms: tapping again`);
    await tapShown(page, id);
  }
}
