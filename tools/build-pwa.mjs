// Makes the built app (dist/) installable and usable offline, after the wasm build:
//   1. renders the PNG icons of manifest.webmanifest and the iPad home-screen icon from the SVG
//      sources in assets/icons (rsvg-convert, Debian package librsvg2-bin);
//   2. generates dist/sw.js with Workbox: it precaches every file of the app shell with a content
//      hash as revision, answers navigations with index.html, and waits (no automatic
//      skipWaiting) until the page posts SKIP_WAITING after the user tapped "Herladen".
// The Workbox runtime is inlined into sw.js: the worker loads nothing from any other origin.
//
//   node tools/build-pwa.mjs [--dist build/wasm/dist] [--icons assets/icons]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Output name, size in pixels, SVG source. The maskable source keeps its drawing in the safe
// circle and fills the square (iOS cuts its own rounded corners and shows transparency black).
export const ICONS = [
  { name: 'icon-192.png', size: 192, source: 'app-icon.svg' },
  { name: 'icon-512.png', size: 512, source: 'app-icon.svg' },
  { name: 'icon-maskable-512.png', size: 512, source: 'app-icon-maskable.svg' },
  { name: 'apple-touch-icon.png', size: 180, source: 'app-icon-maskable.svg' },
];

// Every file of the app shell; sw.js itself is left out by Workbox.
const PRECACHE_PATTERNS = ['*.{html,css,js,wasm,data,webmanifest,svg,png}'];

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

export async function buildServiceWorker(dist) {
  const { generateSW } = await import('workbox-build');
  const swDest = join(dist, 'sw.js');
  const result = await generateSW({
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    swDest,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,       // one file, no importScripts, no CDN
    cacheId: 'rots-werkmap',
    cleanupOutdatedCaches: true,       // drop caches of older Workbox precache formats
    skipWaiting: false,                // the user decides when the new version takes over
    clientsClaim: true,                // the first install controls the open page at once
    navigateFallback: 'index.html',    // any navigation in scope opens the app, also offline
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    disableDevLogs: true,
  });
  for (const warning of result.warnings) console.warn(`workbox: ${warning}`);
  const sw = readFileSync(swDest, 'utf8');
  if (/importScripts\s*\(|https?:\/\/(?!localhost)[a-z0-9.-]+\/[^\s'"]*\.js/i.test(sw)) {
    throw new Error(`${swDest} would load a script from elsewhere; it must be self-contained`);
  }
  const required = ['index.html', 'app.js', 'app.wasm', 'app.data', 'manifest.webmanifest'];
  const missing = required.filter((name) => !sw.includes(JSON.stringify(name).slice(0, -1)));
  if (missing.length) throw new Error(`${swDest} does not precache: ${missing.join(', ')}`);
  return { count: result.count, size: result.size };
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
