// Tablet-grade interaction: typing through the on-screen keyboard bridge, orientation changes,
// finger scrolling and long-press, with touch events and typed text only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  LANDSCAPE, PORTRAIT, gotoApp, items, longPress, openTablet, saveNewCase, screenshot, settle, startApp, tap,
  tapShown, textInputHasFocus, typeInto, typeShown, waitForItem,
} from './support.mjs';

// A main section through the bottom bar, or through "Meer" when its tab did not fit.
async function openSection(page, tab) {
  const shown = await page.evaluate((id) => window.rotsAutomation.has(id), tab);
  if (shown) return tap(page, tab);
  await tap(page, 'nav.more');
  await waitForItem(page, `${tab}.more`);
  // The bar is drawn over the page: a tap on it must not reach a field scrolled under it.
  assert.equal(await textInputHasFocus(page), false, 'tapping "Meer" started editing a field behind the bar');
  await tap(page, `${tab}.more`);
  return waitForItem(page, 'nav.more', (it) => it.value === 'selected');
}

// What the screen shows cut: a label wider than its button, text cut off at a side, or two
// widgets drawn over each other (one inside the other, like a field in its card, is fine).
async function cutItems(page) {
  await settle(page);
  const shown = (await items(page)).filter((it) => it.visible);
  const name = (it) => `${it.id} "${it.label}"`;
  const cut = shown.filter((it) => it.cut).map(name);
  const inside = (a, b) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
  const overlap = (a, b) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 &&
    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      const [a, b] = [shown[i], shown[j]];
      if (a.dialog !== b.dialog || !overlap(a, b) || inside(a, b) || inside(b, a)) continue;
      cut.push(`${name(a)} over ${name(b)}`);
    }
  }
  return cut;
}

const SECTIONS = ['aanmelding', 'jongere', 'voorbereiding', 'overleg', 'afspraken', 'doorverwijzing', 'notities',
  'historiek'];

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
    await page.waitForFunction(() => !document.activeElement.classList.contains('rots-editor'));
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

  it('shows every label whole at 200 % text, in portrait and landscape', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await typeShown(page, 'case.pseudonym', 'Maximiliaan');
    await tapShown(page, 'case.region.limburg');
    await saveNewCase(page, 'Maximiliaan');
    await tap(page, 'nav.settings');
    for (const size of ['115 %', '130 %', '150 %', '175 %', '200 %']) {
      await tap(page, 'settings.text_larger');
      await waitForItem(page, 'settings.text_size', (it) => it.value === size);
    }
    const cut = {};
    const look = async (where) => {
      const found = await cutItems(page);
      if (found.length) cut[where] = found;
      await screenshot(page, `200-${where}`);
    };
    for (const [orientation, size] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
      await page.setViewportSize(size);
      await openSection(page, 'nav.settings');
      await look(`${orientation}-settings`);
      for (const tab of ['nav.followup', 'nav.helpmap', 'nav.report']) {
        await openSection(page, tab);
        await look(`${orientation}-${tab.slice(4)}`);
      }
      await openSection(page, 'nav.cases');
      await look(`${orientation}-cases`);
      await tapShown(page, 'case.new');
      await waitForItem(page, 'case.pseudonym');
      await look(`${orientation}-new-case`);
      await tap(page, 'nav.back');  // one column at 200 %, also in landscape
      const row = await waitForItem(page, 'case.new').then(() => items(page))
        .then((all) => all.find((it) => it.kind === 'row' && it.label === 'Maximiliaan'));
      await tapShown(page, row.id);
      for (const section of SECTIONS) {
        await tapShown(page, `case.section.${section}`);
        await waitForItem(page, `case.section.${section}`, (it) => it.value === 'selected');
        await look(`${orientation}-case-${section}`);
      }
      if (orientation === 'portrait') {
        await tap(page, 'nav.back');
        // All five sections stay reachable: the ones that do not fit are behind "Meer".
        const tabs = (await items(page)).filter((it) => it.kind === 'tab').map((it) => it.id);
        assert.ok(tabs.includes('nav.more'), `large text in portrait puts some tabs behind "Meer": ${tabs}`);
      }
    }
    assert.deepEqual(cut, {}, 'nothing cut at 200 % (screenshots 200-*.png)');
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
