// Tablet-grade interaction: typing through the on-screen keyboard bridge, orientation changes,
// finger scrolling and long-press, with touch events and typed text only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  LANDSCAPE, PORTRAIT, gotoApp, longPress, openTablet, screenshot, startApp, tap, textInputHasFocus, typeInto,
  waitForItem,
} from './support.mjs';

describe('tablet interaction', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('types accents, apostrophes and dashes exactly, and wraps a long note', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    const empty = await waitForItem(page, 'case.hulpvraag');
    const sentence = "Zoë's eerste overleg — één afspraak";
    await typeInto(page, 'case.hulpvraag', sentence);
    const long = ' De jongere zit sinds de herfstvakantie thuis; school, CLB en NAFT zien geen traject meer.';
    await page.keyboard.type(long);
    const filled = await waitForItem(page, 'case.hulpvraag', (it) => it.value === sentence + long);
    assert.ok(filled.h >= empty.h, 'the note field keeps at least its height');
    await screenshot(page, 'portrait-typing');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('loses nothing typed right after the tap on a slow tablet', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await tap(page, 'case.new');
    await tap(page, 'case.pseudonym');
    // No waiting for the app to draw: the keyboard is open as soon as the tap ends.
    assert.equal(await textInputHasFocus(page), true);
    await page.keyboard.type('Zoë');
    await waitForItem(page, 'case.pseudonym', (it) => it.value === 'Zoë', 20000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps the text being typed when the tablet is rotated', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Mila');
    await page.setViewportSize(LANDSCAPE);
    await waitForItem(page, 'case.pseudonym', (it) => it.focused && it.value === 'Mila');
    assert.equal(await textInputHasFocus(page), true, 'still editing after rotation');
    await page.keyboard.type(' V.');
    await waitForItem(page, 'case.pseudonym', (it) => it.value === 'Mila V.');
    await page.setViewportSize(PORTRAIT);
    await waitForItem(page, 'case.pseudonym', (it) => it.focused && it.value === 'Mila V.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('moves between fields with Enter and leaves the field when tapping elsewhere', async () => {
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Ali');
    await page.keyboard.press('Enter');  // single-line: Enter goes to the next text field
    await waitForItem(page, 'case.requester_name', (it) => it.focused);
    // The form may have scrolled the pseudonym out of view to show the next field.
    await page.waitForFunction(() => {
      const it = window.rotsAutomation.find('case.pseudonym');
      return it && !it.focused && it.value === 'Ali';
    });
    await tap(page, 'screen.title');
    await page.waitForFunction(() => document.activeElement.id !== 'rots-text-input');
    await waitForItem(page, 'case.requester_name', (it) => !it.focused);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('copies and pastes through the system clipboard from a long-press on a field', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Zoë V.');
    await longPress(page, 'case.pseudonym');
    await tap(page, 'case.pseudonym.copy');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'Zoë V.');
    await longPress(page, 'case.hulpvraag');
    await tap(page, 'case.hulpvraag.paste');
    await waitForItem(page, 'case.hulpvraag', (it) => it.value === 'Zoë V.' && it.focused);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps the edited field above the on-screen keyboard', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await tap(page, 'nav.settings');
    for (const size of ['115 %', '130 %', '150 %']) {
      await tap(page, 'settings.text_larger');
      await waitForItem(page, 'settings.text_size', (it) => it.value === size);
    }
    await tap(page, 'nav.cases');
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Lina');
    await page.keyboard.press('Enter');  // to the requester's name, below the fold at 150 %
    await waitForItem(page, 'case.requester_name', (it) => it.focused);
    // The keyboard takes the lower half of the screen: only 520 px stay visible.
    await page.setViewportSize({ width: 768, height: 520 });
    const field = await waitForItem(page, 'case.requester_name', (it) => it.focused && it.y + it.h <= 520);
    assert.ok(field.y >= 0, 'field top is on screen');
    await screenshot(page, 'portrait-keyboard-open-150');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
