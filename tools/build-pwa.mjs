// Makes the built app (dist/) installable and usable offline, after the wasm build:
//   1. renders the PNG icons of manifest.webmanifest and the iPad home-screen icon from the SVG
//      sources in assets/icons (rsvg-convert, Debian package librsvg2-bin);
//   2. writes dist/sw.js: Workbox's runtime modules (npm workbox-core, -routing, -strategies,
//      -precaching; their prebuilt files, concatenated) and a precache list of every app-shell
//      file with a content hash as revision. workbox-build is not used: it pulls in rollup, whose
//      per-platform optional packages the npm registry here lacks, so `npm ci` could not run.
// The worker loads nothing from any other origin.
//
//   node tools/build-pwa.mjs [--dist build/wasm/dist] [--icons assets/icons]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Output name, size in pixels, SVG source. The maskable source keeps its drawing in the safe
// circle and fills the square (iOS cuts its own rounded corners and shows transparency black).
export const ICONS = [
  { name: 'icon-192.png', size: 192, source: 'app-icon.svg' },
  { name: 'icon-512.png', size: 512, source: 'app-icon.svg' },
  { name: 'icon-maskable-512.png', size: 512, source: 'app-icon-maskable.svg' },
  { name: 'apple-touch-icon.png', size: 180, source: 'app-icon-maskable.svg' },
];

export function renderIcons(dist, iconDir = join(ROOT, 'assets/icons')) {
  for (const icon of ICONS) {
    const source = join(iconDir, icon.source);
    try {
      execFileSync('rsvg-convert', ['--width', String(icon.size), '--height', String(icon.size),
        '--format', 'png', '--output', join(dist, icon.name), source], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      if (error.code === 'ENOENT') {
        throw new Error('rsvg-convert not found: install the Debian package librsvg2-bin (./build-wasm.sh setup)');
      }
      throw new Error(`rendering ${icon.name} from ${source} failed: ${error.stderr || error.message}`);
    }
  }
}

// Workbox runtime modules, in load order: each build file assigns self.workbox.<name> and uses
// the ones before it. Concatenated into sw.js so the worker loads nothing else.
const WORKBOX_MODULES = ['workbox-core', 'workbox-routing', 'workbox-strategies', 'workbox-precaching'];

// Every file of the app shell; sw.js itself is not precached (the browser updates it).
const PRECACHE_EXTENSIONS = /\.(html|css|js|wasm|data|webmanifest|svg|png)$/;

export function precacheManifest(dist) {
  return readdirSync(dist)
    .filter((name) => name !== 'sw.js' && PRECACHE_EXTENSIONS.test(name) && statSync(join(dist, name)).isFile())
    .sort()
    .map((name) => ({ url: name, revision: createHash('md5').update(readFileSync(join(dist, name))).digest('hex') }));
}

function workboxRuntime() {
  return WORKBOX_MODULES.map((name) => {
    const file = require.resolve(`${name}/build/${name}.prod.js`);
    return readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '').trim();
  }).join('\n');
}

// Precaches with a content hash as revision, answers navigations with index.html, removes
// caches of older precache formats, and waits (no automatic skipWaiting) until the page posts
// SKIP_WAITING after the user tapped "Herladen"; the first install controls the page at once.
function serviceWorkerSource(manifest) {
  return `${workboxRuntime()}
workbox.core.setCacheNameDetails({ prefix: 'rots-werkmap' });
workbox.core.clientsClaim();
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
workbox.precaching.precacheAndRoute(${JSON.stringify(manifest)},
  { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
workbox.precaching.cleanupOutdatedCaches();
workbox.routing.registerRoute(
  new workbox.routing.NavigationRoute(workbox.precaching.createHandlerBoundToURL('index.html')));
`;
}

export async function buildServiceWorker(dist) {
  const manifest = precacheManifest(dist);
  const required = ['index.html', 'app.js', 'app.wasm', 'app.data', 'manifest.webmanifest'];
  const missing = required.filter((name) => !manifest.some((entry) => entry.url === name));
  if (missing.length) throw new Error(`${dist} lacks files the app needs offline: ${missing.join(', ')}`);
  const sw = serviceWorkerSource(manifest);
  if (/importScripts\s*\(|https?:\/\/(?!localhost)[a-z0-9.-]+\/[^\s'"]*\.js/i.test(sw)) {
    throw new Error('sw.js would load a script from elsewhere; it must be self-contained');
  }
  writeFileSync(join(dist, 'sw.js'), sw);
  const size = manifest.reduce((sum, entry) => sum + statSync(join(dist, entry.url)).size, 0);
  return { count: manifest.length, size };
}

export async function buildPwa(dist, iconDir) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no app in ${dist}: build it first`);
  renderIcons(dist, iconDir);
  return buildServiceWorker(dist);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dist = resolve(arg('--dist', join(ROOT, 'build/wasm/dist')));
  const icons = resolve(arg('--icons', join(ROOT, 'assets/icons')));
  buildPwa(dist, icons).then(
    ({ count, size }) => console.log(`sw.js: ${count} files precached (${(size / 1024).toFixed(0)} KiB), icons rendered`),
    (error) => { console.error(`ERROR: ${error.message}`); process.exit(1); });
}
