// Finger gestures on a long list, the actions behind a long-press, the touch date picker and
// the display settings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  LANDSCAPE, PORTRAIT, findItem, gotoApp, items, longPress, openTablet, saveNewCase, screenshot, seedCases, startApp,
  swipe, tap, tapShown, textInputHasFocus, typeShown, waitForItem, waitReady,
} from './support.mjs';

const rowOf = (page, label) => findItem(page, (it) => it.kind === 'row' && it.label === label);

describe('gestures and settings', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('scrolls a long list with a vertical swipe and opens nothing', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await seedCases(page, app.origin, 40);
    await gotoApp(page, app.origin);
    const first = await rowOf(page, 'Jongere 28');  // newest registration first
    assert.ok(first && first.visible, 'first row visible');
    await swipe(page, { x: 380, y: 800 }, { x: 380, y: 300 });
    await page.waitForTimeout(1200);  // let inertia settle
    const moved = await rowOf(page, 'Jongere 28');
    assert.ok(moved.y < first.y - 300, `list scrolled (row went from y=${first.y} to y=${moved.y})`);
    const title = await waitForItem(page, 'screen.title');
    assert.equal(title.label, 'ROTS Werkmap', 'no case was opened by the swipe');
    await screenshot(page, 'portrait-scrolled-list');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('finds a case by any word of its text, with accents and capitals ignored', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await seedCases(page, app.origin, 40);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await typeShown(page, 'case.pseudonym', 'Zoë');
    await tapShown(page, 'case.region.limburg');
    await typeShown(page, 'case.hulpvraag', 'Wil terug naar het atheneum');
    await saveNewCase(page, 'Zoë');
    const listed = async () => (await items(page)).filter((it) => it.kind === 'row' && it.id.startsWith('case.row.'))
      .map((it) => it.label);
    // The rows once the list has followed the query (a frame or two after the text changed).
    const listedFor = async (query, expected) => {
      if (!(await textInputHasFocus(page))) await tapShown(page, 'cases.search');
      await page.waitForFunction(() => document.activeElement.classList.contains('rots-editor'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type(query);
      await waitForItem(page, 'cases.search', (it) => it.value === query);
      let rows = [];
      for (let i = 0; i < 40; i++) {
        rows = await listed();
        if (JSON.stringify(rows) === JSON.stringify(expected)) break;
        await page.waitForTimeout(100);
      }
      return rows;
    };
    assert.equal((await listed()).length, 41);
    assert.deepEqual(await listedFor('ATHENEUM', ['Zoë']), ['Zoë'], 'a word of the question finds the case, in any capitals');
    assert.deepEqual(await listedFor('zoe', ['Zoë']), ['Zoë'], 'a pseudonym is found without its accent');
    assert.deepEqual(await listedFor('jongere zoe', []), [], 'every word of the query must match');
    await waitForItem(page, 'cases.no_matches');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps a tap that a swipe follows at once', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    const chip = await waitForItem(page, 'case.region.limburg', (it) => it.visible);
    // A quick finger: the swipe starts before the app has drawn the frames that finish the tap
    // (all events sent at once, as a slow tablet would queue them during one long frame).
    const cdp = await page.context().newCDPSession(page);
    const at = (x, y) => [{ x, y, id: 1 }];
    const send = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
    const x = chip.x + chip.w / 2, y = chip.y + chip.h / 2;
    const events = [send('touchStart', at(x, y)), send('touchEnd', [])];
    events.push(send('touchStart', at(30, 800)));
    for (let step = 1; step <= 8; step++) events.push(send('touchMove', at(30, 800 - step * 50)));
    events.push(send('touchEnd', []));
    await Promise.all(events);
    await cdp.detach();
    assert.ok(await findItem(page, (it) => it.id === 'case.region.limburg' && it.value === 'selected'), 'the tap chose Limburg');
    const moved = await findItem(page, (it) => it.id === 'case.region.limburg');
    assert.ok(moved.y < chip.y - 200, `the swipe scrolled too (chip went from y=${chip.y} to y=${moved.y})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('opens a case’s actions with a long-press, deletes after confirmation, and undoes it', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await seedCases(page, app.origin, 3);
    await gotoApp(page, app.origin);
    const row = await rowOf(page, 'Jongere 02');
    await longPress(page, row.id);
    await tap(page, `${row.id}.delete`);
    const message = await waitForItem(page, 'confirm.message');
    assert.match(message.value, /Jongere 02/);
    await screenshot(page, 'portrait-confirm-delete');
    await tap(page, 'confirm.delete');
    await waitForItem(page, 'toast', (it) => /verwijderd/.test(it.value));
    assert.equal((await items(page)).some((it) => it.label === 'Jongere 02'), false, 'deleted from the list');
    await screenshot(page, 'portrait-undo-toast');
    await tap(page, 'toast.undo');
    // The row first: "Opgeslagen" from the delete may still be on screen until the undo applies.
    assert.ok(await rowOf(page, 'Jongere 02'), 'restored');
    await waitForItem(page, 'status.save', (it) => it.value === 'Opgeslagen');
    await page.reload();
    await waitReady(page);
    assert.ok(await rowOf(page, 'Jongere 02'), 'restored case is stored');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('picks a registration date with the calendar and refuses future days', async () => {
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    const field = await waitForItem(page, 'case.registered_on');
    await tap(page, 'case.registered_on');
    const heading = await waitForItem(page, 'case.registered_on.month');
    await tap(page, 'case.registered_on.prev');
    await waitForItem(page, 'case.registered_on.month', (it) => it.label !== heading.label);
    await screenshot(page, 'landscape-date-picker');
    const day = await findItem(page, (it) => it.id.startsWith('case.registered_on.day.') && it.label === '3');
    await tap(page, day.id);
    const [, y, m, d] = day.id.match(/(\d{4})-(\d{2})-(\d{2})$/);
    await waitForItem(page, 'case.registered_on', (it) => it.value === `${d}-${m}-${y}`);
    assert.notEqual(field.value, `${d}-${m}-${y}`);
    // The next month starts after today: its days cannot be chosen.
    await tap(page, 'case.registered_on');
    for (let i = 0; i < 2; i++) {
      const shown = await waitForItem(page, 'case.registered_on.month');
      await tap(page, 'case.registered_on.next');
      await waitForItem(page, 'case.registered_on.month', (it) => it.label !== shown.label);
    }
    const future = await findItem(page, (it) => it.id.startsWith('case.registered_on.day.'));
    assert.equal(future.enabled, false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps the dark theme and a larger text size after a reload', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    const before = await waitForItem(page, 'case.new');
    await tap(page, 'nav.settings');
    await tap(page, 'settings.theme.dark');
    await tap(page, 'settings.text_larger');
    await waitForItem(page, 'settings.text_size', (it) => it.value === '115 %');
    await tap(page, 'settings.text_larger');
    await waitForItem(page, 'settings.text_size', (it) => it.value === '130 %');
    await waitForItem(page, 'status.save', (it) => it.value === 'Opgeslagen');
    // A–, the value and A+ on one line: the buttons level, the value between them.
    const smaller = await waitForItem(page, 'settings.text_smaller');
    const larger = await waitForItem(page, 'settings.text_larger');
    const size = await waitForItem(page, 'settings.text_size');
    assert.equal(larger.y, smaller.y, 'A+ level with A–');
    assert.ok(size.x > smaller.x + smaller.w && size.x + size.w < larger.x, 'the value between the buttons');
    assert.ok(Math.abs(size.y + size.h / 2 - (smaller.y + smaller.h / 2)) <= 1, 'the value centred on the buttons');
    await screenshot(page, 'portrait-settings-dark');
    await page.reload();
    await waitReady(page);
    await tap(page, 'nav.cases');
    const after = await waitForItem(page, 'case.new');
    assert.ok(after.h >= before.h * 1.25, `buttons grew with the text (${before.h} → ${after.h})`);
    await screenshot(page, 'portrait-list-dark-130');
    await tap(page, 'nav.settings');
    await waitForItem(page, 'settings.theme.dark', (it) => it.value === 'selected');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
