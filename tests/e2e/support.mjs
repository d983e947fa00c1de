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

// A tablet: touch, mobile viewport, 2x pixels. Watches for page errors and for any request
// that leaves localhost.
export async function openTablet(app, viewport = PORTRAIT) {
  const context = await app.browser.newContext({
    viewport, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'nl-BE',
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

export async function waitReady(page) {
  await page.waitForFunction(() => window.rotsAutomation && window.rotsAutomation.ready, null, { timeout: 30000 });
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

export async function tap(page, id) {
  const item = await waitForItem(page, id, (it) => it.enabled);
  await page.touchscreen.tap(item.x + item.w / 2, item.y + item.h / 2);
  return item;
}

// Taps a text field, checks that the hidden textarea took focus (so a tablet would show its
// keyboard), types through it, and waits until the field shows exactly that text.
export async function typeInto(page, id, text) {
  await tap(page, id);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'rots-text-input');
  await page.keyboard.type(text);
  return waitForItem(page, id, (it) => it.value === text);
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
  return page.evaluate(() => document.activeElement && document.activeElement.id === 'rots-text-input');
}

export async function screenshot(page, name) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
