// Browser benchmarks in headless Chromium (768×1024, touch, 2x) at 10,000 generated cases, each
// figure beside its baseline measured in the same run. Each figure is the median of RUNS runs
// with min and max; results go to build/bench/results.json and docs/BENCHMARKS.md.
// Run through `./build-wasm.sh bench` (which first runs the native and wasm benches whose
// figures this file reads: vault-*.txt, scale-*.txt).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DIST, PORTRAIT, TEST_PASSPHRASE, gotoApp, openTablet, saved, settle, startApp, swipe, tap, tapShown,
  typeInto, typeMasked, waitForItem,
} from '../e2e/support.mjs';

const RUNS = Number(process.env.RUNS || 5);
const CASES = Number(process.env.BENCH_CASES || 10000);
const SEED = 2026;
const IDLE_SECONDS = 5;
const SAVES_PER_RUN = 7;
const SAVE_PAUSE_MS = 400;  // between a keystroke and its save's check: the store waits 300 ms
const OUT = resolve(process.env.ROTS_BENCH_OUT || 'build/bench/results.json');
const DOC = resolve(process.env.ROTS_BENCH_DOC || 'docs/BENCHMARKS.md');
const BENCH_DIR = resolve(process.env.ROTS_BENCH_WASM || 'build/wasm/tests');  // seed and bare page
const RESULTS_DIR = resolve(process.env.ROTS_VAULT_BENCH || 'build/bench');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const log = (...args) => console.log(new Date().toISOString().slice(11, 19), ...args);

// ---- bench-only pages, served under /__bench/ (never part of dist) ----------------------------
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.data': 'application/octet-stream' };
const PAGES = {
  'seed.html': '<!doctype html><link rel="icon" href="data:,"><script>var Module={onRuntimeInitialized:function(){window.seedReady=true;}};</script><script src="rots_bench_seed.js"></script>',
  'bare.html': '<!doctype html><link rel="icon" href="data:,"><style>html,body{margin:0;height:100%;overflow:hidden}canvas{width:100vw;height:100vh;display:block}</style><canvas id="canvas"></canvas><script>var Module={canvas:document.getElementById("canvas")};</script><script src="rots_bench_bare.js"></script>',
};

async function routeBenchPages(context, origin) {
  await context.route(`${origin}/__bench/**`, (route) => {
    const name = basename(new URL(route.request().url()).pathname);
    if (PAGES[name]) return route.fulfill({ contentType: 'text/html', body: PAGES[name] });
    const file = join(BENCH_DIR, name);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'missing' });
    return route.fulfill({ contentType: TYPES[name.slice(name.lastIndexOf('.'))] || 'application/octet-stream', body: readFileSync(file) });
  });
}

// A tablet context whose IndexedDB lives as long as the context; no service worker, so the app
// and the bare page are both fetched the same way: over HTTP from this machine every time
// (routing requests, as the bench pages need, turns Chromium's HTTP cache off for the context).
async function benchContext(app) {
  const context = await app.browser.newContext({
    viewport: PORTRAIT, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'nl-BE',
    timezoneId: 'Europe/Brussels', serviceWorkers: 'block',
  });
  await routeBenchPages(context, app.origin);
  return context;
}

// The data set, sealed through the real RecordStore and vault (tests/bench/seed_main.cpp), put into
// the app's IndexedDB under a keyring for TEST_PASSPHRASE.
async function seed(context, origin, count) {
  const page = await context.newPage();
  await page.goto(`${origin}/__bench/seed.html`);
  await page.waitForFunction(() => window.seedReady, null, { timeout: 60000 });
  await page.evaluate((passphrase) => new Promise((done, fail) => {
    const keyring = Module.ccall('rots_seed_vault', 'string', ['string'], [passphrase]);
    const open = indexedDB.open('rots-werkmap', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('records');
    open.onsuccess = () => {
      window.benchDb = open.result;
      const tx = open.result.transaction('records', 'readwrite');
      tx.objectStore('records').put(keyring, 'vault:keyring');
      tx.oncomplete = () => done();
      tx.onabort = () => fail(tx.error);
    };
    open.onerror = () => fail(open.error);
  }), TEST_PASSPHRASE);
  for (let from = 0; from < count; from += 250) {
    await page.evaluate(([seedValue, start, n]) => new Promise((done, fail) => {
      const pairs = JSON.parse(Module.ccall('rots_seed_batch', 'string', ['number', 'number', 'number'], [seedValue, start, n]));
      const tx = window.benchDb.transaction('records', 'readwrite');
      for (const [key, value] of pairs) tx.objectStore('records').put(value, key);
      tx.oncomplete = () => done();
      tx.onabort = () => fail(tx.error);
    }), [SEED, from, Math.min(250, count - from)]);
  }
  await page.evaluate(() => window.benchDb.close());
  await page.close();
}

async function bareStartup(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/__bench/bare.html`);
  const ms = await page.waitForFunction(() => window.benchReadyAt, null, { timeout: 60000, polling: 10 }).then((h) => h.jsonValue());
  await page.close();
  return ms;
}

const rowIdOnScreen = (page) => page.evaluate(() => {
  const row = window.rotsAutomation.items().find((it) => it.kind === 'row' && it.id.startsWith('case.row.') && it.visible && !it.clipped && it.y > 200);
  return row ? row.id : null;
});

async function framesDuringSwipes(page, swipes) {
  await settle(page);
  await page.evaluate(() => window.rotsAutomation.frameTimes());  // forget what came before
  for (let i = 0; i < swipes; i++) {
    const up = i % 2 === 0;
    await swipe(page, { x: 380, y: up ? 850 : 350 }, { x: 380, y: up ? 350 : 850 }, { steps: 10 });
    await settle(page, 200, 20000);
  }
  return page.evaluate(() => window.rotsAutomation.frameTimes());
}

// Raw IndexedDB puts of the records one save writes (the case and its summary, read back as
// stored), each in its own transaction as the store commits them (durability strict, commit()).
// `spaced`: the way the app saves — every put after the same pause as the saves (a put right
// after another of the same string is several times faster than one after a pause), its text made
// from bytes as a wasm module must hand them over (TextDecoder, inside the timing). Otherwise
// the older burst: back to back, the same string again.
async function rawPuts(page, keys, n, spaced) {
  return page.evaluate(([recordKeys, count, gapMs]) => new Promise((done, fail) => {
    const open = indexedDB.open('rots-werkmap');
    open.onsuccess = async () => {
      const db = open.result;
      const read = (key) => new Promise((ok) => {
        const r = db.transaction('records', 'readonly').objectStore('records').get(key);
        r.onsuccess = () => ok(r.result);
      });
      const values = [];
      for (const key of recordKeys) values.push(await read(key));
      const bytes = values.map((v) => new TextEncoder().encode(v));
      const times = [];
      for (let i = 0; i < count; i++) {
        if (gapMs) await new Promise((ok) => setTimeout(ok, gapMs));
        const start = performance.now();
        await new Promise((ok, ko) => {
          const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
          values.forEach((v, j) => {
            const text = gapMs ? new TextDecoder().decode(bytes[j]) : v;
            tx.objectStore('records').put(text, `bench:raw-put-${j}`);
          });
          tx.commit();
          tx.oncomplete = ok;
          tx.onabort = () => ko(tx.error);
        });
        times.push(performance.now() - start);
      }
      const cleanup = db.transaction('records', 'readwrite');
      values.forEach((v, j) => cleanup.objectStore('records').delete(`bench:raw-put-${j}`));
      cleanup.oncomplete = () => { db.close(); done({ times, bytes: values.reduce((sum, v) => sum + v.length, 0) }); };
    };
    open.onerror = () => fail(open.error);
  }), [keys, n, spaced ? SAVE_PAUSE_MS : 0]);
}

// One start of the app over the data set: start-up, load, frames on list and detail, saves beside
// raw puts, idle, heap.
async function appRun(context, origin) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.rotsAutomation && window.rotsAutomation.ready, null, { timeout: 120000 });
  const readyAt = await page.evaluate(() => window.rotsAutomation.readyAt);
  await settle(page);
  await typeMasked(page, 'unlock.passphrase', TEST_PASSPHRASE);
  const item = await waitForItem(page, 'unlock.submit');
  const submitAt = await page.evaluate(() => performance.now());
  await page.touchscreen.tap(item.x + item.w / 2, item.y + item.h / 2);
  const shownAt = await page.waitForFunction(() => window.rotsAutomation.has('cases.search') && performance.now(), null,
    { timeout: 600000, polling: 10 }).then((h) => h.jsonValue());
  const out = { startup: readyAt + (shownAt - submitAt), load: shownAt - submitAt, lockScreen: readyAt };
  // The list comes from the summaries; the cases are opened after it (src/app/app.cpp). The
  // frames, saves and idle below are measured once every case is open.
  const openAt = await page.waitForFunction(() => !window.rotsAutomation.has('status.opening') && performance.now(), null,
    { timeout: 600000, polling: 50 }).then((h) => h.jsonValue());
  out.openAll = openAt - submitAt;
  log(`  start-up ${out.startup.toFixed(0)} ms (lock screen ${readyAt.toFixed(0)}, unlock to list ${out.load.toFixed(0)}, to every case open ${out.openAll.toFixed(0)})`);

  const counts = () => page.evaluate(() => [window.rotsAutomation.framesDrawn(), window.rotsAutomation.framesPresented()]);
  const [drawnBefore, presentedBefore] = await counts();
  const listFrames = await framesDuringSwipes(page, 4);
  const rowId = await rowIdOnScreen(page);
  await tap(page, rowId, 60000);
  await waitForItem(page, 'case.status', () => true, 60000);
  const detailFrames = await framesDuringSwipes(page, 4);
  const [drawnAfter, presentedAfter] = await counts();
  out.presentedPct = (100 * (presentedAfter - presentedBefore)) / Math.max(1, drawnAfter - drawnBefore);
  // [ui, whole] per frame: the UI's CPU time, and the frame with WebGL's share (src/app/main.cpp).
  out.frames = { list: listFrames.map((f) => f[0]), detail: detailFrames.map((f) => f[0]) };
  out.wholeFrames = [...listFrames, ...detailFrames].map((f) => f[1]);
  log(`  frames: list ${listFrames.length} (p95 ${percentile(out.frames.list, 95).toFixed(1)} ms), detail ${detailFrames.length} (p95 ${percentile(out.frames.detail, 95).toFixed(1)} ms), whole p95 ${percentile(out.wholeFrames, 95).toFixed(1)} ms`);

  // One edit, saved: a letter typed into a field of the case's registration.
  await tapShown(page, 'case.requester_name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'rots-text-input');
  out.saves = [];
  for (let i = 0; i < SAVES_PER_RUN; i++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(SAVE_PAUSE_MS);  // the store's coalescing window
    await saved(page);
    out.saves.push(await page.evaluate(() => window.rotsAutomation.lastSaveMs()));
  }
  const caseId = rowId.slice('case.row.'.length);
  const puts = await rawPuts(page, [`case:${caseId}`, `summary:${caseId}`], SAVES_PER_RUN, true);
  out.puts = puts.times;
  out.burstPuts = (await rawPuts(page, [`case:${caseId}`], SAVES_PER_RUN, false)).times;
  out.recordBytes = puts.bytes;
  log(`  save p50 ${percentile(out.saves, 50).toFixed(1)} ms vs raw put p50 ${percentile(out.puts, 50).toFixed(1)} ms (${puts.bytes} bytes; back to back ${percentile(out.burstPuts, 50).toFixed(1)} ms)`);

  await settle(page);
  const before = await page.evaluate(() => window.rotsAutomation.framesDrawn());
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  out.idleFps = ((await page.evaluate(() => window.rotsAutomation.framesDrawn())) - before) / IDLE_SECONDS;
  out.heapMb = (await page.evaluate(() => window.rotsAutomation.heapBytes())) / 2 ** 20;
  log(`  idle ${out.idleFps} fps, heap ${out.heapMb.toFixed(0)} MiB`);
  if (problems.length) throw new Error(problems.join('\n'));
  await page.close();
  return out;
}

// Untouched while a text field is being edited (caret shown, keyboard open), no data.
async function idleWhileEditing(app) {
  const { context, page } = await openTablet(app, PORTRAIT);
  await gotoApp(page, app.origin);
  await tap(page, 'case.new');
  await typeInto(page, 'case.hulpvraag', 'Overleg met school en CLB');
  await settle(page);
  const before = await page.evaluate(() => window.rotsAutomation.framesDrawn());
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const fps = ((await page.evaluate(() => window.rotsAutomation.framesDrawn())) - before) / IDLE_SECONDS;
  await context.close();
  return fps;
}

// Everything the first visit downloads: the page and every precached file (the same pattern as
// tools/build-pwa.mjs) plus sw.js, each gzipped as a server would send it.
function transferGzipKb() {
  const files = readdirSync(DIST).filter((f) => /\.(html|css|js|wasm|data|webmanifest|svg|png)$/.test(f));
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) / 1024;
}

const results = {
  startup_ms: [], startup_baseline_ms: [], load_10k_ms: [], open_all_10k_ms: [], frame_cpu_p50_ms: [], frame_cpu_p95_ms: [],
  frame_cpu_list_p95_ms: [], frame_cpu_detail_p95_ms: [], frame_whole_p95_ms: [], frames_presented_pct: [], idle_fps: [], idle_fps_editing: [],
  save_p50_ms: [], save_p95_ms: [], idb_put_p50_ms: [], idb_put_burst_p50_ms: [], wasm_heap_10k_mb: [], transfer_gzip_kb: [],
};
const app = await startApp();
let recordBytes = 0;
try {
  const context = await benchContext(app);
  log(`seeding ${CASES} cases`);
  await seed(context, app.origin, CASES);
  if (process.env.BENCH_WARMUP !== '0') await appRun(context, app.origin);  // first visit: fills the HTTP cache, not counted
  await bareStartup(context, app.origin);
  for (let run = 0; run < RUNS; run++) {
    log(`run ${run + 1} of ${RUNS}`);
    results.startup_baseline_ms.push(await bareStartup(context, app.origin));
    const r = await appRun(context, app.origin);
    const frames = [...r.frames.list, ...r.frames.detail];
    results.startup_ms.push(r.startup);
    results.load_10k_ms.push(r.load);
    results.open_all_10k_ms.push(r.openAll);
    results.frame_cpu_p50_ms.push(percentile(frames, 50));
    results.frame_cpu_p95_ms.push(percentile(frames, 95));
    results.frame_cpu_list_p95_ms.push(percentile(r.frames.list, 95));
    results.frame_cpu_detail_p95_ms.push(percentile(r.frames.detail, 95));
    results.frame_whole_p95_ms.push(percentile(r.wholeFrames, 95));
    results.frames_presented_pct.push(r.presentedPct);
    results.save_p50_ms.push(percentile(r.saves, 50));
    results.save_p95_ms.push(percentile(r.saves, 95));
    results.idb_put_p50_ms.push(percentile(r.puts, 50));
    results.idb_put_burst_p50_ms.push(percentile(r.burstPuts, 50));
    results.idle_fps.push(r.idleFps);
    results.wasm_heap_10k_mb.push(r.heapMb);
    results.transfer_gzip_kb.push(transferGzipKb());
    recordBytes = r.recordBytes;
    results.idle_fps_editing.push(await idleWhileEditing(app));
  }
  await context.close();
} finally {
  await app.close();
}

// Figures of the C++ benches, run just before by ./build-wasm.sh bench (native and wasm under Node).
function cppFigures(name) {
  const file = join(RESULTS_DIR, `${name}.txt`);
  if (!existsSync(file)) return {};
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('JSON '));
  return line ? JSON.parse(line.slice(5)) : {};
}
const vault = { native: cppFigures('vault-native'), wasm: cppFigures('vault-wasm') };
const scale = { native: cppFigures('scale-native'), wasm: cppFigures('scale-wasm') };

const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium headless (SwiftShader)`;
const figures = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, summary(v)]));
// The wasm figures of the C++ bench are the page's (same code, same engine): they carry the keys.
for (const key of ['search_10k_p95_ms', 'bundle_export_1k_ms', 'bundle_import_1k_ms', 'crypto_only_1k_ms'])
  if (scale.wasm[key]) figures[key] = { ...scale.wasm[key], runs: RUNS, source: 'wasm (Node), tests/bench/scale_bench.cpp' };
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ machine, date: new Date().toISOString(), cases: CASES, record_bytes: recordBytes, figures, vault, scale }, null, 2)}\n`);

// ---- docs/BENCHMARKS.md --------------------------------------------------------------------------
const num = (x) => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(x >= 10 ? 1 : 2));
const f = (k) => figures[k];
const ratio = (a, b) => (f(a) && f(b) ? f(a).median / f(b).median : NaN);
const verdict = (ok) => (ok ? 'met' : '**missed**');
const goals = [
  ['start-up ≤ 1.5× the bare page', `${ratio('startup_ms', 'startup_baseline_ms').toFixed(1)}×`, ratio('startup_ms', 'startup_baseline_ms') <= 1.5],
  ['frame p95 ≤ 4 ms at 10k cases', `${num(f('frame_cpu_p95_ms').median)} ms`, f('frame_cpu_p95_ms').median <= 4],
  ['idle 0 fps', `${f('idle_fps').median} fps`, f('idle_fps').max === 0],
  ['save p50 ≤ 2× the raw put', `${ratio('save_p50_ms', 'idb_put_p50_ms').toFixed(1)}×`, ratio('save_p50_ms', 'idb_put_p50_ms') <= 2],
  ['bundle export ≤ 1.5× crypto alone', `${ratio('bundle_export_1k_ms', 'crypto_only_1k_ms').toFixed(2)}×`, ratio('bundle_export_1k_ms', 'crypto_only_1k_ms') <= 1.5],
  ['bundle import ≤ 1.5× crypto alone', `${ratio('bundle_import_1k_ms', 'crypto_only_1k_ms').toFixed(2)}×`, ratio('bundle_import_1k_ms', 'crypto_only_1k_ms') <= 1.5],
  ['search p95 ≤ 16 ms at 10k', `${num(f('search_10k_p95_ms')?.median)} ms`, f('search_10k_p95_ms')?.median <= 16],
  ['transfer ≤ 1.5 MB gzipped', `${num(f('transfer_gzip_kb').median)} KiB`, f('transfer_gzip_kb').median <= 1.5 * 1000 * 1000 / 1024],
];
const rows = [
  ['startup_ms', `page load to the case list with ${CASES.toLocaleString('en')} cases: the lock screen's first frame plus unlock to the list (typing the passphrase not counted)`],
  ['startup_baseline_ms', 'the bare Dear ImGui page (tests/bench/bare_main.cpp: same build, fonts, WebGL2; no data) to its first frame'],
  ['load_10k_ms', 'unlock to the list drawn: Argon2id, opening the cases\' summaries, the first list frame'],
  ['open_all_10k_ms', 'unlock to every case open (read while the passphrase is typed, opened between events after unlocking; the list can be used meanwhile)'],
  ['frame_cpu_p50_ms', 'wasm CPU time of the UI per frame (input to `ImGui::Render`) while swiping the case list and a case detail, median'],
  ['frame_cpu_p95_ms', 'the same, 95th percentile'],
  ['frame_cpu_list_p95_ms', '… of the case list alone'],
  ['frame_cpu_detail_p95_ms', '… of the case detail alone'],
  ['frame_whole_p95_ms', 'the whole frame, with handing the draw data to WebGL when the picture changed, 95th percentile (see below: SwiftShader)'],
  ['frames_presented_pct', 'of the frames drawn while swiping (list, detail, the taps between), the share handed to WebGL (%): a frame that would show the same picture as the last is not drawn again'],
  ['idle_fps', `frames per second while untouched for ${IDLE_SECONDS} s, ${CASES.toLocaleString('en')} cases listed`],
  ['idle_fps_editing', `frames per second while untouched for ${IDLE_SECONDS} s with a text field in edit (no data)`],
  ['save_p50_ms', `one edit saved: encoding, sealing and the IndexedDB commit of the case and its summary (${num(recordBytes / 1024)} KiB), median of ${SAVES_PER_RUN}`],
  ['save_p95_ms', 'the same, 95th percentile'],
  ['idb_put_p50_ms', `baseline: a raw IndexedDB put of the same stored records in one transaction (durability strict), made from their bytes, ${SAVE_PAUSE_MS} ms apart like the saves, median`],
  ['idb_put_burst_p50_ms', 'the earlier baseline, for comparison: the case record put again and again back to back (the same string), median'],
  ['search_10k_p95_ms', 'one search (sorted list, full text, accent-insensitive, through the search index) over 10,000 cases, 95th percentile of 20 queries'],
  ['bundle_export_1k_ms', 'a bundle of 1,000 cases made (names included): encode, hash, Argon2id, encrypt'],
  ['bundle_import_1k_ms', 'the same bundle read: Argon2id, decrypt, check every hash, decode every case'],
  ['crypto_only_1k_ms', 'baseline: Argon2id (3 passes, 64 MiB) and XChaCha20-Poly1305 secretstream over the same number of bytes'],
  ['wasm_heap_10k_mb', `the wasm heap (MiB) with ${CASES.toLocaleString('en')} cases loaded`],
  ['transfer_gzip_kb', 'every file of the first visit (page + precache list + sw.js), gzipped, KiB'],
];
const table = rows.map(([key, what]) => {
  const x = figures[key];
  return x ? `| \`${key}\` | ${what} | ${num(x.median)} | ${num(x.min)} | ${num(x.max)} |` : `| \`${key}\` | ${what} | not run | | |`;
}).join('\n');
const goalTable = goals.map(([goal, now, ok]) => `| ${goal} | ${now} | ${verdict(ok)} |`).join('\n');
const cell = (x) => (x ? `${x.median.toFixed(1)} (${x.min.toFixed(1)}–${x.max.toFixed(1)})` : 'not run');
const vaultRows = [
  ['unlock_kdf_ms', 'Argon2id (3 passes, 64 MiB) and unwrapping the data key: the wait after "Ontgrendelen"'],
  ['load_1k_plain_ms', 'reading and decoding 1,000 stored cases, not encrypted (the baseline)'],
  ['load_1k_sealed_ms', 'the same 1,000 cases sealed: opening (XChaCha20-Poly1305) and decoding'],
  ['save_100_plain_ms', '100 saves of one edited case: encoding only (the baseline)'],
  ['save_100_sealed_ms', '100 saves of one edited case: encoding and sealing'],
];
const vaultTable = vaultRows.map(([key, what]) => `| \`${key}\` | ${what} | ${cell(vault.wasm[key])} | ${cell(vault.native[key])} |`).join('\n');
const scaleTable = ['search_10k_p95_ms', 'search_10k_scan_p95_ms', 'search_index_10k_build_ms', 'bundle_export_1k_ms', 'bundle_import_1k_ms', 'crypto_only_1k_ms']
  .map((key) => `| \`${key}\` | ${cell(scale.wasm[key])} | ${cell(scale.native[key])} |`).join('\n');
const notesFile = resolve(dirname(DOC), 'benchmarks-notes.md');
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';

writeFileSync(DOC, `# Benchmarks

Produced by \`./build-wasm.sh bench\` (about 10 minutes): the C++ benches natively and in wasm under
Node (\`tests/bench/vault_bench.cpp\`, \`tests/bench/scale_bench.cpp\`), then the browser
(\`tests/bench/browser-bench.mjs\`). Each figure is the median of ${RUNS} runs with min and max.
Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.
Raw results: \`build/bench/results.json\` (not committed). No test asserts a time: this reports.

The data set: ${CASES.toLocaleString('en')} cases made by \`src/core/sample_data.*\` from seed ${SEED}
(a registration, 2–4 meetings, 10 notes of 50–400 words, 5 agreements each; Dutch-like words,
pseudonyms as letter codes, people as roles with a number: never real names), sealed through the
real RecordStore and vault by a bench-only wasm helper (\`tests/bench/seed_main.cpp\`, served under
\`/__bench/\` by the bench, never in \`dist\`) and put into the app's IndexedDB. The app is the
shipped build; the page is loaded anew for each run in one browser context, both pages over
HTTP from this machine each time (no service worker; Playwright's routing of the bench pages turns
Chromium's HTTP cache off for the context).

## Goals

| goal | now | |
| --- | --- | --- |
${goalTable}

## Figures

| figure | what | median | min | max |
| --- | --- | --- | --- | --- |
${table}

Times are ms unless the name says otherwise. The frame figures are the wasm side of a frame
(\`emscripten_get_now\` around \`draw_frame\` in \`src/app/main.cpp\`, read through
\`rotsAutomation.frameTimes()\`); SwiftShader's GPU work runs in another process. The save figure
comes from the store (\`RecordStore::last_save_ms\`, \`rotsAutomation.lastSaveMs()\`): the 300 ms
coalescing wait is a deliberate delay, not work, and is left out.

## C++ benches: wasm (Node) and native

| figure | wasm (Node) | native |
| --- | --- | --- |
${scaleTable}

${notes}
## Idle

The app draws a frame only when something changed (input, resize, a finished save, a toast that
expires, an inertial scroll that is still moving); the caret does not blink. An idle tab therefore
draws nothing and uses no CPU for rendering.

## Encryption at rest

\`tests/bench/vault_bench.cpp\`, run by the same command natively and compiled to wasm under Node
(the page runs the same wasm code). Median (min–max) of 5 runs, in ms; 1,000 cases of about 14 KB
each (ten notes of 150 words).

| figure | what | wasm (Node) | native |
| --- | --- | --- | --- |
${vaultTable}

Unlocking costs the key derivation plus opening what is stored. Opening adds about a sixth to the
wasm load (decoding the JSON dominates there; natively, where decoding is faster, the cipher's share
is larger). One save with encryption costs the encode plus one seal of the same bytes, far below
the 300 ms coalescing window of the store and the IndexedDB put that follows it.
`);
console.log(JSON.stringify(figures));
