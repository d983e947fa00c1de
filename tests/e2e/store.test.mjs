// Never lose a word: the store under a killed page, two windows, and a full disk. Each test
// acts through the UI and then checks what IndexedDB really holds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  LANDSCAPE, chooseOption, findItem, gone, gotoApp, openTablet, reveal, saved, saveNewCase, screenshot, seedCases, settle, startApp, tap,
  storedRecords, typeInto, unlockIfAsked, waitForItem, waitReady,
} from './support.mjs';

const SAVED = 'Opgeslagen';

async function storedCase(page, pseudonym) {
  const records = await storedRecords(page, { open: true });
  for (const [key, value] of Object.entries(records)) {
    if (!key.startsWith('case:')) continue;
    const record = JSON.parse(value).case;
    if (record.pseudonym === pseudonym) return record;
  }
  return null;
}

// Registers a case through the new-case form and opens it.
async function registerAndOpen(page, pseudonym, region) {
  await tap(page, 'case.new');
  await typeInto(page, 'case.pseudonym', pseudonym);
  await chooseOption(page, 'case.region', region);
  await saveNewCase(page, pseudonym);
  await openCase(page, pseudonym);
}

async function openCase(page, pseudonym) {
  await settle(page);  // notices above the list (storage, backup) may still move the rows
  const row = await findItem(page, (it) => it.kind === 'row' && it.label === pseudonym);
  assert.ok(row, `case ${pseudonym} listed`);
  await tap(page, row.id);
  await waitForItem(page, 'case.pseudonym', (it) => it.value === pseudonym);
}

// Scrolls the form with the mouse wheel until widget `id` is fully shown: one step instead of the
// several swipes reveal() needs, for tests about the store rather than about touch.
async function scrollToItem(page, id) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 10; i++) {
    const item = await page.evaluate((wanted) => window.rotsAutomation.find(wanted), id);
    if (item && item.visible && !item.clipped && item.y >= 64 && item.y + item.h <= viewport.height - 70) return item;
    if (item) {
      await page.mouse.move(Math.min(Math.max(item.x + 8, 8), viewport.width - 8), viewport.height / 2);
      await page.mouse.wheel(0, item.y + item.h / 2 - viewport.height / 2);
    }
    await settle(page, 150);
  }
  throw new Error(`could not scroll ${id} into view`);
}

// Puts the caret at the end of the question field, so typing appends.
async function focusQuestionAtEnd(page, { quick = false } = {}) {
  if (quick) await scrollToItem(page, 'case.hulpvraag');
  else await reveal(page, 'case.hulpvraag');
  await tap(page, 'case.hulpvraag');
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('rots-editor'));
  // The tap places the caret where the finger was, possibly a frame after the focus: press
  // Control+End until the caret stays at the end.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Control+End');
    await settle(page, 150);
    const atEnd = await page.evaluate(() => {
      const input = document.getElementById('rots-text-input');
      return input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    });
    if (atEnd) return;
  }
  throw new Error('the caret did not move to the end of the question');
}

// The save state and the field's text from one and the same drawn frame.
function snapshot(page) {
  return page.evaluate(() => {
    const save = window.rotsAutomation.find('status.save');
    const field = window.rotsAutomation.find('case.hulpvraag');
    return { save: save ? save.value : null, text: field ? field.value : null };
  });
}

// A deterministic generator, so a failing run can be replayed (the seed is in the log).
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('a store that never loses a word', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('keeps everything it reported as saved when the page is closed or its renderer killed mid-burst, 20 times', async () => {
    const seed = Number(process.env.ROTS_CRASH_SEED || 20261123);
    const rand = random(seed);
    const { context, page: first, problems } = await openTablet(app, LANDSCAPE);
    await seedCases(first, app.origin, 1);
    await gotoApp(first, app.origin);
    await first.close();

    const RUNS = Number(process.env.ROTS_CRASH_RUNS || 20);
    const log = [];
    let confirmed = '';  // the longest text seen on screen beside "Opgeslagen"
    let lost = 0;
    for (let run = 0; run <= RUNS; run++) {
      const started = Date.now();
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await gotoApp(page, app.origin);
      assert.equal(await page.evaluate(() => window.rotsAutomation.find('status.quarantine')), null,
        `run ${run}: every record decodes`);
      await openCase(page, 'Jongere 01');
      const field = await page.evaluate(() => window.rotsAutomation.find('case.hulpvraag'));
      assert.ok(field, `run ${run}: the case shows its question`);
      const reopened = field.value;
      const kept = reopened.startsWith(confirmed);
      if (!kept) {
        lost++;
        console.log(`run ${run}: saved ${JSON.stringify(confirmed)}, reopened ${JSON.stringify(reopened)}`);
      }
      log.push({ run, confirmed: confirmed.length, reopened: reopened.length, kept });
      if (run === RUNS) { await page.close(); break; }

      // A burst of typing with pauses of 0–250 ms, cut off at a random moment.
      await focusQuestionAtEnd(page, { quick: true });
      confirmed = reopened;
      const stopAt = Date.now() + 500 + rand() * 3500;
      let typed = 0;
      while (Date.now() < stopAt) {
        const length = 1 + Math.floor(rand() * 5);  // a few keys at typing speed, then a look
        let word = '';
        for (let i = 0; i < length; i++) word += String.fromCharCode(97 + ((run + typed + i) % 26));
        await page.keyboard.type(rand() < 0.3 ? `${word} ` : word);
        typed += length;
        const seen = await snapshot(page);
        if (seen.save === SAVED && seen.text !== null && seen.text.length > confirmed.length) confirmed = seen.text;
        await page.waitForTimeout(rand() * 250);
      }
      if (run % 2 === 0) {
        await page.close();  // a tab closed by the user: pagehide, then the renderer goes
      } else {
        // The renderer dies: no event runs. The command never answers, so it is not awaited.
        const cdp = await context.newCDPSession(page);
        const crashed = page.waitForEvent('crash', { timeout: 10000 });
        cdp.send('Page.crash').catch(() => {});
        await crashed;
        await page.close().catch(() => {});
      }
      if (process.env.ROTS_CRASH_VERBOSE) process.stderr.write(`run ${run}: ${typed} keys, ${Date.now() - started} ms\n`);
    }
    console.log(`crash runs: ${RUNS}, seed ${seed}, lost changes: ${lost}`);
    console.log(JSON.stringify(log));
    assert.equal(lost, 0, 'every change reported as saved was there after reopening');
    assert.ok(confirmed.length > 40, 'the runs saved a fair amount of typing');
    assert.deepEqual(problems.filter((p) => !/crash|Target closed|Page closed/i.test(p)), []);
    await context.close();
  });

  it('lets only one window write: the second asks to take over, the first hands over and becomes read-only', async () => {
    const { context, page: one, problems } = await openTablet(app, LANDSCAPE);
    await gotoApp(one, app.origin);
    await registerAndOpen(one, 'Tweevenster', 'limburg');

    const two = await context.newPage();
    two.on('pageerror', (error) => problems.push(`page error (tab 2): ${error.message}`));
    await gotoApp(two, app.origin);
    await waitForItem(two, 'lock.title', (it) => it.label === 'De Werkmap is al open in een ander venster');
    await waitForItem(two, 'lock.take_over');
    assert.equal(await findItem(two, (it) => it.kind === 'row', 500), null, 'the second window shows no case data');
    await screenshot(two, 'two-windows-second');

    // Typed in the first window and not yet written when the second takes over. Headless
    // Chromium draws frames only for the page in front, so each window is brought forward first.
    await one.bringToFront();
    await focusQuestionAtEnd(one);
    await one.keyboard.type('Getypt in het eerste venster');
    await two.bringToFront();
    await tap(two, 'lock.take_over');
    await one.bringToFront();
    await waitForItem(one, 'readonly.notice');
    await two.bringToFront();
    await waitForItem(two, 'unlock.passphrase', undefined, 20000);  // a window that takes over has no key yet
    await unlockIfAsked(two);
    await openCase(two, 'Tweevenster');
    await reveal(two, 'case.hulpvraag');
    await waitForItem(two, 'case.hulpvraag', (it) => it.value === 'Getypt in het eerste venster');
    await one.bringToFront();
    await screenshot(one, 'two-windows-first-read-only');

    // The first window cannot change anything any more.
    const before = await storedCase(one, 'Tweevenster');
    const field = await waitForItem(one, 'case.hulpvraag');
    assert.equal(field.enabled, false, 'fields are disabled in the read-only window');
    await one.touchscreen.tap(field.x + field.w / 2, field.y + field.h / 2);
    await one.keyboard.type('mag niet');
    await settle(one);
    assert.equal(await one.evaluate(() => Boolean(document.activeElement && document.activeElement.classList.contains('rots-editor'))),
      false, 'no keyboard opens for a disabled field');
    assert.equal((await waitForItem(one, 'case.hulpvraag')).value, 'Getypt in het eerste venster');
    assert.equal(await one.evaluate(() => window.rotsAutomation.find('status.save')), null);
    assert.deepEqual(await storedCase(one, 'Tweevenster'), before);

    // The second window writes; the first takes back over and sees it.
    await two.bringToFront();
    await focusQuestionAtEnd(two);
    await two.keyboard.type(', en in het tweede');
    await waitForItem(two, 'status.save', (it) => it.value === SAVED);
    await one.bringToFront();
    await tap(one, 'readonly.take_over');
    await two.bringToFront();
    await waitForItem(two, 'readonly.notice');
    await one.bringToFront();
    await waitForItem(one, 'status.save', (it) => it.value === SAVED);
    // Read again from storage: the list comes first, the case opens a moment later, in place
    // (scrolled as it was when it opens before a frame shows it waiting, else from the top).
    assert.ok(await findItem(one, (it) => it.id === 'case.pseudonym' && it.value === 'Tweevenster', 10000),
      'the case is open again in the first window');
    await reveal(one, 'case.hulpvraag');
    await waitForItem(one, 'case.hulpvraag', (it) => it.value === 'Getypt in het eerste venster, en in het tweede');
    assert.equal((await storedCase(one, 'Tweevenster')).hulpvraag, 'Getypt in het eerste venster, en in het tweede');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('opens a store written before case summaries: every case listed and opened, summaries written and rebuilt when damaged', async () => {
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    await seedCases(page, app.origin, 3);  // plain case records of schema 1, no summaries
    await gotoApp(page, app.origin);
    const summariesMatchCases = async () => {
      await gone(page, 'status.opening', 30000);
      await saved(page);
      const records = await storedRecords(page, { open: true });
      const ids = Object.keys(records).filter((k) => k.startsWith('case:')).map((k) => k.slice('case:'.length));
      assert.equal(ids.length, 3);
      for (const id of ids) {
        assert.ok(records[`summary:${id}`], `a summary for case ${id}`);
        const summary = JSON.parse(records[`summary:${id}`]).summary;
        const stored = JSON.parse(records[`case:${id}`]).case;
        assert.equal(summary.pseudonym, stored.pseudonym);
        assert.equal(summary.registered_on, stored.registered_on);
        assert.equal(summary.region, stored.region);
      }
      const raw = await storedRecords(page);
      for (const id of ids) {
        assert.ok(!raw[`summary:${id}`].includes('Jongere'), 'the summary is sealed like its case');
        assert.ok(!raw[`case:${id}`].includes('Jongere'), 'the case is sealed');
      }
      return ids;
    };
    const ids = await summariesMatchCases();

    // One summary damaged, one gone: the next start lists those cases once they are open, does
    // not report damaged data (a summary is derived), and writes both again.
    await page.evaluate(([damaged, missing]) => new Promise((done, fail) => {
      const open = indexedDB.open('rots-werkmap');
      open.onsuccess = () => {
        const tx = open.result.transaction('records', 'readwrite');
        tx.objectStore('records').put('kapot', `summary:${damaged}`);
        tx.objectStore('records').delete(`summary:${missing}`);
        tx.oncomplete = () => { open.result.close(); done(); };
        tx.onabort = () => fail(tx.error);
      };
      open.onerror = () => fail(open.error);
    }), [ids[0], ids[1]]);
    await gotoApp(page, app.origin);
    for (const n of ['01', '02', '03']) {
      assert.ok(await findItem(page, (it) => it.kind === 'row' && it.label === `Jongere ${n}`), `Jongere ${n} listed`);
    }
    await summariesMatchCases();
    assert.equal(await page.evaluate(() => window.rotsAutomation.find('status.quarantine')), null, 'nothing reported as damaged');
    await openCase(page, 'Jongere 02');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says plainly when the disk is full, keeps the change on screen, offers a copy, and saves it on retry', async () => {
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    // The JS layer plays a full disk: every put throws the browser's quota error while on.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.rotsSimulateFullDisk) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await gotoApp(page, app.origin);
    await registerAndOpen(page, 'Volle schijf', 'antwerpen');
    const before = await storedCase(page, 'Volle schijf');

    await page.evaluate(() => { window.rotsSimulateFullDisk = true; });
    await focusQuestionAtEnd(page);
    await page.keyboard.type('Niet verloren');
    const message = await waitForItem(page, 'status.save_error', () => true, 15000);
    assert.match(message.value, /geen opslagruimte meer/);
    assert.match(message.value, /Wat al opgeslagen was, blijft bewaard/);
    await waitForItem(page, 'status.save', (it) => it.value === 'Niet opgeslagen');
    await waitForItem(page, 'case.hulpvraag', (it) => it.value === 'Niet verloren');
    assert.deepEqual(await storedCase(page, 'Volle schijf'), before, 'what was saved is intact');
    await screenshot(page, 'quota-exceeded');

    const [download] = await Promise.all([page.waitForEvent('download'), tap(page, 'save.export')]);
    assert.match(download.suggestedFilename(), /^rots-werkmap-kopie-\d{4}-\d{2}-\d{2}\.json$/);
    const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(copy.format, 'rots-werkmap-kopie');
    const inCopy = copy.records.map((r) => JSON.parse(r.value).case).find((c) => c.pseudonym === 'Volle schijf');
    assert.equal(inCopy.hulpvraag, 'Niet verloren', 'the copy holds the unsaved change');

    await page.evaluate(() => { window.rotsSimulateFullDisk = false; });
    await tap(page, 'save.retry');
    await waitForItem(page, 'status.save', (it) => it.value === SAVED);
    assert.equal((await storedCase(page, 'Volle schijf')).hulpvraag, 'Niet verloren');
    await page.reload();
    await waitReady(page);
    await openCase(page, 'Volle schijf');
    await reveal(page, 'case.hulpvraag');
    await waitForItem(page, 'case.hulpvraag', (it) => it.value === 'Niet verloren');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
