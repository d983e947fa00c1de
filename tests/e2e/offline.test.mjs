// Installable and offline: after one visit with a connection the app opens with no network at
// all (server stopped, browser offline) and shows what was typed; nothing is ever requested
// from another host; a new version is announced and taken only when the user taps "Herladen".
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../tools/static-server.mjs';
import { buildServiceWorker } from '../../tools/build-pwa.mjs';
import {
  DIST, LANDSCAPE, PORTRAIT, chooseOption, findItem, gotoApp, openTablet, saveNewCase, screenshot, startApp, tap, typeInto,
  waitForItem, waitReady,
} from './support.mjs';

// A server of our own per test, on a copy of dist: it can be stopped (really offline) or be
// given a new version, without touching the build other suites use.
async function serveCopy() {
  const root = mkdtempSync(join(tmpdir(), 'rots-offline-'));
  cpSync(DIST, root, { recursive: true });
  const server = await startServer({ root, port: 0 });
  let running = true;
  return {
    root,
    origin: `http://localhost:${server.address().port}`,
    async stop() {
      if (!running) return;
      running = false;
      server.closeAllConnections();
      await new Promise((done) => server.close(() => done()));
    },
    remove() { rmSync(root, { recursive: true, force: true }); },
  };
}

// Every request of the context (pages and the service worker) must stay on this machine.
function recordRequests(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return {
    urls,
    elsewhere: () => urls.filter((url) => !['localhost', '127.0.0.1'].includes(new URL(url).hostname)),
  };
}

// Waits until the service worker has precached the app and controls the page (reloads once if
// the first install did not claim it).
async function waitControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  try {
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 5000 });
  } catch {
    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 });
  }
}

describe('offline and installable', () => {
  let app;
  const copies = [];
  before(async () => { app = await startApp(); });
  after(async () => {
    await app.close();
    for (const copy of copies) { await copy.stop(); copy.remove(); }
  });

  it('opens with no network after one visit, with the case typed online, and never leaves localhost', async () => {
    const site = await serveCopy();
    copies.push(site);
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    const requests = recordRequests(context);
    await gotoApp(page, site.origin);
    await waitControlled(page);

    // Installable: Chromium reads the manifest without errors and finds nothing missing.
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'manifest parses');
    const parsed = JSON.parse(manifest.data);
    assert.equal(parsed.lang, 'nl');
    assert.equal(parsed.display, 'standalone');
    assert.equal(parsed.theme_color, '#1d5c84');
    const installability = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito profiles, where Chromium never offers installation.
    const blocking = installability.installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
    assert.deepEqual(blocking, [], 'installable');
    await cdp.detach();

    // The whole shell is precached, each file under its revision.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = [];
      for (const name of names) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return { names, urls };
    });
    assert.ok(cached.names.some((name) => name.startsWith('rots-werkmap-precache')), `cache names: ${cached.names}`);
    for (const file of ['index.html', 'style.css', 'boot.js', 'pwa.js', 'app.js', 'app.wasm', 'app.data',
      'manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png']) {
      assert.ok(cached.urls.includes(`/${file}`), `${file} precached`);
    }

    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Anaïs');
    await chooseOption(page, 'case.region', 'limburg');
    await saveNewCase(page, 'Anaïs');

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    await site.stop();
    await page.reload();
    await waitReady(page);
    const row = await findItem(page, (it) => it.kind === 'row' && it.label === 'Anaïs');
    assert.ok(row, 'the case typed online is listed offline');
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await screenshot(page, 'landscape-offline');

    // Tab closed and the app opened again, still offline.
    await page.close();
    const again = await context.newPage();
    again.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await gotoApp(again, site.origin);
    assert.ok(await findItem(again, (it) => it.kind === 'row' && it.label === 'Anaïs'), 'listed after reopening');

    assert.ok(requests.urls.some((url) => url.endsWith('/sw.js')), 'service worker fetched');
    assert.deepEqual(requests.elsewhere(), [], 'no request to another host');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('starts when the server sends app.wasm with another type, and says so in Dutch when it cannot get it', async () => {
    // boot.js fetches and compiles app.wasm itself (tools/static-server.mjs serves it as
    // application/wasm): streaming compilation refuses another type, the whole-file path takes it.
    const { context, page, problems } = await openTablet(app);
    await context.route('**/app.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await gotoApp(page, app.origin);
    await waitForItem(page, 'case.new');  // the case list shows
    assert.deepEqual(problems.filter((p) => !p.includes('app.wasm')), []);
    await context.close();

    // No app.wasm at all (a first visit that loses the connection): a message, not an empty page.
    const offline = await openTablet(app);
    await offline.context.route('**/app.wasm', (route) => route.abort('internetdisconnected'));
    await offline.page.goto(`${app.origin}/`);
    await offline.page.waitForFunction(() => document.getElementById('boot').classList.contains('fatal'), null, { timeout: 15000 });
    const message = await offline.page.textContent('#boot-message');
    assert.match(message, /De Werkmap kon niet geladen worden\. Controleer de verbinding en herlaad de pagina\./);
    assert.ok(await offline.page.isVisible('#boot-message'));
    await screenshot(offline.page, 'boot-failed');
    await offline.context.close();
  });

  it('announces a new version and switches only when "Herladen" is tapped', async () => {
    const site = await serveCopy();
    copies.push(site);
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    const requests = recordRequests(context);
    await gotoApp(page, site.origin);
    await waitControlled(page);
    await page.evaluate(() => { window.rotsOldPage = true; });

    // The next build: one precached file changed, sw.js regenerated by the build's own tool.
    const index = join(site.root, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8')
      .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n  <meta name="rots-build" content="2">'));
    await buildServiceWorker(site.root);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('#pwa-update', { state: 'visible', timeout: 20000 });
    assert.equal(await page.textContent('#pwa-update strong'), 'Nieuwe versie beschikbaar');
    assert.equal(await page.textContent('#pwa-update-reload'), 'Herladen');
    await screenshot(page, 'landscape-update-banner');
    await page.setViewportSize(PORTRAIT);
    await screenshot(page, 'portrait-update-banner');
    await page.setViewportSize(LANDSCAPE);

    // Tablet-sized: big tap target, at the top.
    const box = await page.locator('#pwa-update-reload').boundingBox();
    assert.ok(box.height >= 48 && box.width >= 48, `tap target ${box.width}x${box.height}`);
    const banner = await page.locator('#pwa-update').boundingBox();
    assert.ok(banner.y + banner.height < LANDSCAPE.height / 3, 'banner at the top');

    // Waiting, not taken: the page keeps running the old version by itself.
    await page.waitForTimeout(1500);
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return {
        old: window.rotsOldPage === true,
        build: document.querySelector('meta[name=rots-build]') ? 'new' : 'old',
        waiting: !!reg.waiting,
      };
    });
    assert.deepEqual(state, { old: true, build: 'old', waiting: true });

    // The tap: the waiting worker activates and the page reloads into the new version.
    await Promise.all([page.waitForEvent('load', { timeout: 20000 }), page.tap('#pwa-update-reload')]);
    await waitReady(page);
    const after = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return {
        old: window.rotsOldPage === true,
        build: document.querySelector('meta[name=rots-build]')?.content,
        waiting: !!reg.waiting,
        banner: !!document.getElementById('pwa-update'),
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    assert.deepEqual(after, { old: false, build: '2', waiting: false, banner: false, controlled: true });

    assert.deepEqual(requests.elsewhere(), [], 'no request to another host');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
