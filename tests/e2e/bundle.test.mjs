// Case bundles across implementations: a bundle the app makes in the browser opens with the
// command-line tool, and a bundle the tool makes imports in the browser, with a wrong passphrase
// refused first and a conflict resolved field by field afterwards.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  PORTRAIT, chooseOption, findItem, openTablet, gotoApp, saveNewCase, screenshot, settle, startApp, tap, tapShown, typeInto,
  waitForItem, waitReady,
} from './support.mjs';

const CLI = resolve(process.env.ROTS_CLI || 'build/native/src/app/rots-bundle');
const PASSPHRASE = 'rots-test-passphrase';
const work = mkdtempSync(join(tmpdir(), 'rots-bundle-e2e-'));

function cli(args, passphrase = PASSPHRASE) {
  return spawnSync(CLI, args, { env: { ...process.env, ROTS_PASSPHRASE: passphrase }, encoding: 'utf8' });
}

// Scrolls with the mouse wheel until the widget is on screen (tests about bundles, not touch).
async function scrollTo(page, id) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 12; i++) {
    const item = await page.evaluate((wanted) => window.rotsAutomation.find(wanted), id);
    if (item && item.visible && !item.clipped && item.y >= 64 && item.y + item.h <= viewport.height - 70) return item;
    if (item) {
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, item.y + item.h / 2 - viewport.height / 2);
    }
    await settle(page, 150);
  }
  throw new Error(`could not scroll ${id} into view`);
}

async function tapScrolled(page, id) {
  await scrollTo(page, id);
  return tap(page, id);
}

async function typeScrolled(page, id, text) {
  await scrollTo(page, id);
  await tap(page, id);
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('rots-editor'));
  await page.keyboard.type(text);
  await page.waitForFunction(([wanted, n]) => {
    const it = window.rotsAutomation.find(wanted);
    return it && it.value.length === n;
  }, [id, [...text].length], { timeout: 10000 }).catch(async (e) => {
    await screenshot(page, `bundle-failed-typing-${id}`);
    const it = await page.evaluate((wanted) => window.rotsAutomation.find(wanted), id);
    throw new Error(`${id}: expected ${[...text].length} characters, field shows ${JSON.stringify(it)}`);
  });
}

// Waits for a widget's value whether or not it is scrolled into view.
async function waitValue(page, id, expected) {
  await page.waitForFunction(([wanted, value]) => {
    const it = window.rotsAutomation.find(wanted);
    return it && it.value === value;
  }, [id, expected], { timeout: 10000 }).catch(async () => {
    const it = await page.evaluate((wanted) => window.rotsAutomation.find(wanted), id);
    throw new Error(`${id}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(it)}`);
  });
}

async function openImport(page) {
  await tap(page, 'nav.settings');
  await tapScrolled(page, 'settings.import');
  await waitForItem(page, 'import.choose');
}

async function chooseFile(page, path) {
  const chooser = page.waitForEvent('filechooser');
  await tap(page, 'import.choose');
  await (await chooser).setFiles(path);
  await waitForItem(page, 'import.passphrase');
}

async function openCase(page, pseudonym) {
  await tap(page, 'nav.cases');
  const row = await findItem(page, (it) => it.kind === 'row' && it.label === pseudonym);
  assert.ok(row, `case ${pseudonym} listed`);
  await tap(page, row.id);
  await waitForItem(page, 'case.pseudonym', (it) => it.value === pseudonym);
}

describe('case bundles between the app and the command-line tool', () => {
  let app;
  before(async () => {
    assert.ok(existsSync(CLI), `the command-line tool is built: ${CLI}`);
    app = await startApp();
  });
  after(async () => { await app.close(); });

  it('exports in the browser, opens with the CLI; imports a CLI bundle; resolves a conflict', async () => {
    const { page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await waitReady(page);

    // A case with an identifying field (the requester's name) that must stay home by default.
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Zoë Bundel');
    await chooseOption(page, 'case.region', 'limburg');
    await typeScrolled(page, 'case.hulpvraag', 'Terug naar één vaste school');
    await typeScrolled(page, 'case.requester_name', 'Sénne De Clercq');
    await saveNewCase(page, 'Zoë Bundel');
    await waitForItem(page, 'backup.reminder');  // never exported: the reminder shows

    // Export everything.
    await tap(page, 'nav.settings');
    await scrollTo(page, 'settings.last_export');
    await waitForItem(page, 'settings.last_export', (it) => it.label.includes('Nog nooit'));
    await tapScrolled(page, 'settings.export');
    await typeScrolled(page, 'export.passphrase', 'kort');
    await waitForItem(page, 'export.strength', (it) => it.label.startsWith('Te kort'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PASSPHRASE);
    await typeScrolled(page, 'export.repeat', PASSPHRASE);
    await screenshot(page, 'bundle-export-form');
    const download = page.waitForEvent('download');
    await tapScrolled(page, 'export.make');
    await waitForItem(page, 'export.working', () => true, 5000).catch(() => null);  // may be brief
    const file = await download;
    assert.match(file.suggestedFilename(), /^rots-\d{4}-\d{2}-\d{2}-alles-1-casus\.rotsbundle$/);
    const exported = join(work, file.suggestedFilename());
    await file.saveAs(exported);
    await waitForItem(page, 'export.done');
    await screenshot(page, 'bundle-exported');

    // The CLI reads it.
    const verify = cli(['verify', exported]);
    assert.equal(verify.status, 0, verify.stderr);
    const jsonPath = join(work, 'exported.json');
    const toJson = cli(['export-json', exported, '-o', jsonPath]);
    assert.equal(toJson.status, 0, toJson.stderr);
    const doc = JSON.parse(readFileSync(jsonPath, 'utf8'));
    assert.equal(doc.records.length, 1);
    const record = doc.records[0].case;
    assert.equal(record.pseudonym, 'Zoë Bundel');
    assert.equal(record.hulpvraag, 'Terug naar één vaste school');
    assert.equal(record.aanmelding.requester_name, '', 'identifying fields stay home unless ticked');
    const wrong = cli(['verify', exported], 'niet-de-wachtzin');
    assert.equal(wrong.status, 1);
    assert.equal(wrong.stderr.trim().split('\n').length, 1, 'one line says why');

    // Full export done: the reminder is gone.
    await tap(page, 'export.close');
    await scrollTo(page, 'settings.last_export');
    await waitForItem(page, 'settings.last_export', (it) => it.label.includes('vandaag'));

    // The colleague (here: the CLI) changes the question and adds a second case.
    const other = 'f'.repeat(32);
    const theirs = structuredClone(record);
    theirs.hulpvraag = 'Eerst een time-out, dan terug naar school';
    theirs.sync.clock.push({ key: other, value: 1 });
    theirs.sync.stamps = theirs.sync.stamps.map((s) => (s.key === 'hulpvraag' ? { key: s.key, value: { device: other, counter: 1 } } : s));
    theirs.sync.revision += 1;
    const fresh = structuredClone(record);
    fresh.id = 'e'.repeat(32);
    fresh.pseudonym = 'Milan Nieuw';
    doc.records = [{ ...doc.records[0], case: theirs }, { ...doc.records[0], case: fresh }];
    writeFileSync(jsonPath, JSON.stringify(doc));
    const made = join(work, 'van-collega.rotsbundle');
    const create = cli(['create', jsonPath, '-o', made, '--by', 'Anaïs (CLB)']);
    assert.equal(create.status, 0, create.stderr);

    // Meanwhile this device changes the same question.
    await openCase(page, 'Zoë Bundel');
    await tapScrolled(page, 'case.hulpvraag');
    await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('rots-editor'));
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' (met NAFT)');
    await waitForItem(page, 'case.hulpvraag', (it) => it.value.endsWith('(met NAFT)'));
    await tapShown(page, 'case.pseudonym');  // ends the edit
    await waitForItem(page, 'status.save', (it) => it.value === 'Opgeslagen');

    // Import: a wrong passphrase is refused clearly and imports nothing.
    await openImport(page);
    await chooseFile(page, made);
    await typeScrolled(page, 'import.passphrase', 'niet-de-wachtzin');
    await tap(page, 'import.open');
    await waitForItem(page, 'import.error', (it) => it.label.includes('wachtzin klopt niet'), 20000);
    await screenshot(page, 'bundle-wrong-passphrase');

    await typeScrolled(page, 'import.passphrase', PASSPHRASE);
    await tap(page, 'import.open');
    await waitForItem(page, 'import.preview', () => true, 20000);
    await waitForItem(page, 'import.count.new', (it) => it.label === 'Nieuw: 1');
    await waitForItem(page, 'import.count.conflicts', (it) => it.label === 'Met conflicten: 1');
    await screenshot(page, 'bundle-import-preview');
    await tap(page, 'import.apply');
    await waitForItem(page, 'toast', (it) => it.label === '2 casus(sen) ingelezen.');
    await findItem(page, (it) => it.kind === 'row' && it.label === 'Milan Nieuw');

    // The conflict: mine stays until the user chooses theirs.
    await openCase(page, 'Zoë Bundel');
    await waitForItem(page, 'conflicts.notice', (it) => it.label.includes('Anaïs (CLB)'));
    await waitValue(page, 'case.hulpvraag', 'Terug naar één vaste school (met NAFT)');
    await waitForItem(page, 'conflict.hulpvraag.theirs.value',
      (it) => it.label === 'Van hen: Eerst een time-out, dan terug naar school');
    await waitForItem(page, 'conflict.hulpvraag.mine.value',
      (it) => it.label === 'Van mij: Terug naar één vaste school (met NAFT)');
    // Neither device had imported this case before: there is no earlier value to offer.
    assert.equal(await page.evaluate(() => window.rotsAutomation.find('conflict.hulpvraag.earlier')), null);
    await screenshot(page, 'bundle-conflict');
    await tapScrolled(page, 'conflict.hulpvraag.theirs');
    await waitValue(page, 'case.hulpvraag', 'Eerst een time-out, dan terug naar school');
    await waitForItem(page, 'status.save', (it) => it.value === 'Opgeslagen');
    assert.equal(await page.evaluate(() => window.rotsAutomation.find('conflicts.notice')), null);

    // After a reload everything is still there.
    await page.reload();
    await waitReady(page);
    await openCase(page, 'Zoë Bundel');
    await waitValue(page, 'case.hulpvraag', 'Eerst een time-out, dan terug naar school');
    assert.deepEqual(problems, []);
  });

  it('refuses a damaged bundle with a clear message and keeps what was there', async () => {
    const { page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await waitReady(page);
    const json = join(work, 'one.json');
    writeFileSync(json, JSON.stringify({ manifest: {}, records: [] }));
    const good = join(work, 'leeg.rotsbundle');
    const create = cli(['create', json, '-o', good]);
    assert.equal(create.status, 0, create.stderr);
    const bytes = readFileSync(good);
    const cut = join(work, 'afgebroken.rotsbundle');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 5));
    await openImport(page);
    await chooseFile(page, cut);
    await typeScrolled(page, 'import.passphrase', PASSPHRASE);
    await tap(page, 'import.open');
    await waitForItem(page, 'import.error', (it) => it.label.includes('onvolledig') || it.label.includes('beschadigd'), 20000);
    const notBundle = join(work, 'foto.rotsbundle');
    writeFileSync(notBundle, 'GIF89a not a bundle at all');
    await chooseFile(page, notBundle);
    await typeScrolled(page, 'import.passphrase', PASSPHRASE);
    await tap(page, 'import.open');
    await waitForItem(page, 'import.error', (it) => it.label.includes('geen bundel'), 20000);
    assert.deepEqual(problems, []);
  });
});
