// Encryption at rest: the first start asks for a name and a passphrase; IndexedDB then holds
// nothing readable of a case; locking shows nothing of the cases; only the right passphrase
// opens them again; and the app locks itself after the idle time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  LANDSCAPE, PORTRAIT, bothOrientations, chooseOption, findItem, gone, items, openTablet, saveNewCase, screenshot,
  settle, startApp, storedRecords, tap, tapExpecting, tapShown, typeInto, typeMasked, typeShown, unlockIfAsked,
  waitForItem, waitReady,
} from './support.mjs';

const PASSPHRASE = 'lange wachtzin voor de werkmap';
const NOTE = 'Gesprek met mama over de busrit naar school';
const SECRETS = ['Yentl', 'Testcasus', 'busrit', 'Gesprek met mama', 'Sara (CLB Gent)', 'Bang om te gaan'];

// Every word the screen shows or the automation table holds, as one string.
async function everythingShown(page) {
  return (await items(page)).map((it) => `${it.label} ${it.value}`).join(' | ');
}

describe('lock and encryption at rest', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('stores nothing readable, shows nothing while locked, and opens only with the right passphrase', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await page.goto(`${app.origin}/`);
    await waitReady(page, { unlock: false });

    // First start: a name, and a passphrase that is long enough and typed twice.
    await waitForItem(page, 'setup.warning', (it) => /Vergeet je de wachtzin/.test(it.value));
    await bothOrientations(page, 'lock-setup');
    await typeInto(page, 'setup.name', 'Sara (CLB Gent)');
    await typeMasked(page, 'setup.passphrase', 'kort');
    await waitForItem(page, 'setup.strength', (it) => /Te kort/.test(it.value));
    await tapShown(page, 'setup.start');
    await waitForItem(page, 'setup.passphrase.error', (it) => /minstens 10 tekens/.test(it.label));
    assert.ok(await page.evaluate(() => window.rotsAutomation.find('setup.start')), 'still on the first-start screen');
    await tap(page, 'setup.passphrase');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await typeMasked(page, 'setup.passphrase', PASSPHRASE);
    await typeMasked(page, 'setup.repeat', PASSPHRASE);
    await tapShown(page, 'setup.start');
    await gone(page, 'setup.start', 30000);

    // A case with a question and a note.
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Yentl Testcasus');
    await chooseOption(page, 'case.region', 'antwerpen');
    await typeShown(page, 'case.hulpvraag', 'Bang om te gaan');
    const row = await saveNewCase(page, 'Yentl Testcasus');
    await tap(page, row.id);
    await tapShown(page, 'case.section.notities');
    await typeShown(page, 'note.text', NOTE);
    await tapExpecting(page, 'note.add', (p) => p.evaluate(() => window.rotsAutomation.items()
      .some((it) => it.id.startsWith('note.') && it.id.endsWith('.edit'))));
    await waitForItem(page, 'status.save', (it) => it.value === 'Opgeslagen');

    // The history says who made the changes.
    await tapExpecting(page, 'case.section.historiek',
      (p) => p.evaluate(() => (window.rotsAutomation.find('case.section.historiek') || {}).value === 'selected'));
    await settle(page);
    assert.match(await everythingShown(page), /Sara \(CLB Gent\)/);

    // What IndexedDB holds: sealed values only, none with a readable word of the case.
    const raw = await storedRecords(page);
    const keys = Object.keys(raw);
    assert.ok(keys.some((k) => k.startsWith('case:')), 'the case is stored');
    assert.ok(keys.includes('vault:keyring'), 'the keyring is stored');
    for (const [key, value] of Object.entries(raw)) {
      for (const secret of SECRETS) assert.ok(!value.includes(secret), `${key} holds "${secret}" in plain text`);
      if (key !== 'vault:keyring') assert.match(value, /^rots-sealed:1:\d+:/, `${key} is sealed`);
    }
    // The page itself can open them with its key while unlocked: the check above is not vacuous.
    const opened = await storedRecords(page, { open: true });
    assert.ok(Object.values(opened).some((v) => v.includes('Yentl Testcasus') && v.includes(NOTE)));

    // Lock: nothing of the case on screen, and the page cannot open a stored value any more.
    await tap(page, 'nav.lock');
    await waitForItem(page, 'unlock.passphrase');
    const shownLocked = await everythingShown(page);
    for (const secret of SECRETS) assert.ok(!shownLocked.includes(secret), `"${secret}" shown while locked`);
    assert.equal(await findItem(page, (it) => it.kind === 'row', 300), null, 'no case rows while locked');
    const openedLocked = await storedRecords(page, { open: true });
    assert.ok(Object.values(openedLocked).every((v) => !v.includes('Yentl')), 'locked: the key is gone');
    await bothOrientations(page, 'lock-locked');

    // A wrong passphrase: a clear message, still locked.
    await typeMasked(page, 'unlock.passphrase', 'lange wachtzin voor de werkmaP');
    await tap(page, 'unlock.submit');
    const error = await waitForItem(page, 'unlock.error', undefined, 20000);
    assert.match(error.value, /wachtzin klopt niet/);
    assert.ok(!(await everythingShown(page)).includes('Yentl'));
    await screenshot(page, 'lock-wrong-passphrase');

    // The right one: back on the case, as it was.
    await typeMasked(page, 'unlock.passphrase', PASSPHRASE);
    await tap(page, 'unlock.submit');
    await gone(page, 'unlock.passphrase', 30000);
    await waitForItem(page, 'screen.title', (it) => it.label === 'Yentl Testcasus');

    // A reload starts locked (not at the first-start screen), and the same passphrase opens it.
    await page.reload();
    await waitReady(page, { unlock: false });
    await waitForItem(page, 'unlock.passphrase');
    assert.equal(await page.evaluate(() => window.rotsAutomation.find('setup.start')), null);
    await unlockIfAsked(page, PASSPHRASE);
    assert.ok(await findItem(page, (it) => it.label === 'Yentl Testcasus'), 'the case is there after a reload');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('locks itself after the idle time, and after the tab was away that long', async () => {
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    await context.clock.install();
    await page.goto(`${app.origin}/`);
    await waitReady(page);  // sets up with the tests' passphrase
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Yentl Testcasus');
    await chooseOption(page, 'case.region', 'limburg');
    await saveNewCase(page, 'Yentl Testcasus');

    // Nine idle minutes: still open. Past ten (the default): locked.
    await context.clock.fastForward('09:00');
    await settle(page);
    assert.equal(await page.evaluate(() => window.rotsAutomation.find('unlock.passphrase')), null, 'open after 9 minutes');
    await context.clock.fastForward('01:30');
    await waitForItem(page, 'unlock.passphrase');
    assert.ok(!(await everythingShown(page)).includes('Yentl'));

    // Unlocked again; then the tab goes to the background for eleven minutes and comes back.
    await unlockIfAsked(page);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const pageNow = await page.evaluate(() => Date.now());
    await context.clock.setSystemTime(pageNow + 11 * 60 * 1000);  // time passes, no timer runs (a frozen tab)
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitForItem(page, 'unlock.passphrase');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
