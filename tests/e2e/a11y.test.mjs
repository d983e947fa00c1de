// The app as a screen-reader or keyboard user meets it: everything is found through the
// accessibility tree (roles and names of the mirror that shell/a11y.js keeps over the canvas)
// and operated with the keyboard, never by coordinates and never through rotsAutomation.
// axe-core (from node_modules) checks every screen on the way: no serious or critical
// violations. One browser, one page, no reload.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS, LANDSCAPE, PORTRAIT, TEST_PASSPHRASE, TEST_USER, openTablet, startApp } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// What the page reports through its accessibility tree, polled until `accept` holds.
async function until(what, accept, timeout = 15000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await what();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`not as expected; last: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 60));
  }
}

// Enter on the focused element: a button clicks, other roles are activated by the mirror.
async function activate(locator) {
  await locator.press('Enter');
}

function field(page, name) {
  return page.getByRole('textbox', { name, exact: true });
}

// Reaching a text field with the keyboard starts editing it: the page's text bridge, named like
// the field, takes the focus; typing goes there.
async function typeIn(page, name, text) {
  await field(page, name).focus();
  await until(() => page.evaluate(() => {
    const el = document.activeElement;
    return el && !el.closest('#rots-a11y') ? el.getAttribute('aria-label') : null;  // the bridge, not the mirror
  }), (label) => label === name);
  await page.keyboard.type(text);
  // As a user does: the text is seen in the field before moving on (keys reach the app a frame
  // at a time).
  await until(() => page.evaluate((label) => {
    const item = window.rotsAutomation.items().find((it) => it.label === label);
    return item ? item.value : null;
  }, name), (value) => typeof value === 'string' &&
    (value.endsWith(text) || (/^\*+$/.test(value) && value.length >= text.length)));  // a passphrase shows stars
}

async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
  });
}

async function axeViolations(page, screen, found) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);  // evaluate is not subject to the page's CSP
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  found[screen] = violations;
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('accessibility mirror', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('a case, an agreement and Opvolging through roles and the keyboard; axe on every screen', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    const found = {};
    const serious = {};
    const check = async (screen) => {
      const bad = await axeViolations(page, screen, found);
      if (bad.length) serious[screen] = bad;
    };
    // On a failure: what the page showed and what its tree held, next to the screenshots.
    const evidence = async () => {
      await page.screenshot({ path: join(ARTIFACTS, 'a11y-failure.png') }).catch(() => {});
      const tree = await page.evaluate(() => document.getElementById('rots-a11y').outerHTML).catch(() => '');
      writeFileSync(join(ARTIFACTS, 'a11y-failure.html'), tree);
    };
    try {
      await walk();
    } catch (error) {
      await evidence();
      throw error;
    }
    console.log(JSON.stringify(Object.fromEntries(Object.entries(found).map(([screen, list]) => [screen,
      list.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`)])), null, 1));
    assert.deepEqual(serious, {}, 'no serious or critical axe violations');
    assert.deepEqual(problems, []);
    await context.close();

    async function walk() {
    await page.goto(`${app.origin}/`);

    // First start: name and passphrase twice, as the setup screen asks.
    const start = page.getByRole('button', { name: 'Beveiligen en starten' });
    await start.waitFor({ timeout: 30000 });
    assert.match(await page.title(), /ROTS Werkmap/);
    await check('first start');
    await typeIn(page, 'Je naam', TEST_USER);
    await typeIn(page, 'Wachtzin', TEST_PASSPHRASE);
    // A passphrase is typed into a password input: a screen reader says "dot", not the letters.
    assert.deepEqual(await page.evaluate(() => [document.activeElement.type, document.activeElement.getAttribute('aria-label')]),
      ['password', 'Wachtzin']);
    await typeIn(page, 'Wachtzin herhalen', TEST_PASSPHRASE);
    await activate(start);

    // Casussen: a main landmark named after the screen, the navigation as tabs.
    const newCase = page.getByRole('button', { name: 'Nieuwe casus' });
    await newCase.waitFor({ timeout: 30000 });
    await page.getByRole('main', { name: 'Casussen' }).waitFor({ state: 'attached' });
    assert.equal(await page.title(), 'Casussen \u2013 ROTS Werkmap');
    const nav = page.getByRole('navigation');
    assert.equal(await nav.getByRole('tab', { name: 'Casussen' }).getAttribute('aria-selected'), 'true');
    await check('Casussen (empty)');

    // Keyboard: Tab from the page enters the mirror; arrow keys move along the tabs.
    await page.keyboard.press('Tab');
    assert.notEqual(await focusedName(page), '', 'Tab reaches a widget');
    await nav.getByRole('tab', { name: 'Casussen' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedName(page), 'Opvolging', 'ArrowRight moves to the next tab');

    // A new case: saving it empty shows the errors, tied to their fields.
    await activate(newCase);
    const pseudonym = field(page, 'Pseudoniem of initialen');
    await pseudonym.waitFor();
    await activate(page.getByRole('button', { name: 'Opslaan' }));
    await until(() => pseudonym.getAttribute('aria-invalid'), (v) => v === 'true');
    const messageId = await pseudonym.getAttribute('aria-errormessage');
    const message = await page.locator(`[id="${messageId}"]`).textContent();
    assert.ok(message.trim().length > 0, 'the error message is in the tree');
    await until(() => page.getByRole('alert').textContent(), (t) => t.trim().length > 0);
    await check('Nieuwe casus (errors)');
    const region = page.getByRole('radiogroup', { name: 'Regio' });
    await activate(region.getByRole('radio', { name: 'Antwerpen' }));
    await until(() => region.getByRole('radio', { name: 'Antwerpen' }).getAttribute('aria-checked'), (v) => v === 'true');
    // Arrow keys in a radio group move and choose, as in any radio group.
    const regions = await region.getByRole('radio').allTextContents();
    const before = regions[regions.indexOf('Antwerpen') - 1];
    await region.getByRole('radio', { name: 'Antwerpen' }).focus();
    await page.keyboard.press('ArrowLeft');
    await until(() => region.getByRole('radio', { name: before }).getAttribute('aria-checked'), (v) => v === 'true');
    assert.equal(await focusedName(page), before);
    await page.keyboard.press('ArrowRight');
    await until(() => region.getByRole('radio', { name: 'Antwerpen' }).getAttribute('aria-checked'), (v) => v === 'true');
    await typeIn(page, 'Pseudoniem of initialen', 'Lena');
    await activate(page.getByRole('button', { name: 'Opslaan' }));
    const row = page.getByRole('list').getByRole('button', { name: /^Lena/ });
    await row.waitFor({ timeout: 15000 });
    await until(() => page.getByRole('status', { name: 'Opslagstatus' }).textContent(), (t) => t === 'Opgeslagen');
    await check('Casussen (one case)');

    // The case: sections are tabs; Afspraken holds the form.
    await activate(row);
    const agreements = page.getByRole('tab', { name: 'Afspraken' });
    await agreements.waitFor();
    await check('Casus');
    await activate(agreements);
    await until(() => agreements.getAttribute('aria-selected'), (v) => v === 'true');
    await typeIn(page, 'Afspraak', 'Schoolbezoek plannen');
    await typeIn(page, 'Wie doet het?', 'Sara');
    // The due date: a dialog with a calendar. Escape closes it; "Vandaag" picks today.
    const due = page.getByRole('button', { name: /^Tegen wanneer\?/ });
    await activate(due);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'attached' });
    await check('Kalender (dialog)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await activate(due);
    // Days are named by their date; the chosen one (a week from today, the default) is pressed.
    const dayName = await page.evaluate(() => {  // the page's today (its time zone), plus 7 days
      const inAWeek = new Date();
      inAWeek.setDate(inAWeek.getDate() + 7);
      return new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
        .format(inAWeek);
    });
    await until(() => dialog.getByRole('button', { name: dayName, exact: true }).getAttribute('aria-pressed'),
      (v) => v === 'true');
    await activate(dialog.getByRole('button', { name: 'Vandaag' }));
    await dialog.waitFor({ state: 'detached' });
    await activate(page.getByRole('button', { name: 'Afspraak toevoegen' }));
    await page.getByRole('listitem').filter({ hasText: 'Schoolbezoek plannen' }).waitFor({ state: 'attached' });
    await check('Casus: Afspraken');

    // Opvolging lists it under today's agreements.
    await activate(nav.getByRole('tab', { name: 'Opvolging' }));
    await page.getByRole('main', { name: 'Opvolging' }).waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: /Afspraken voor vandaag/ }).waitFor();
    await page.getByRole('list').getByRole('button', { name: /Schoolbezoek plannen/ }).waitFor();
    assert.equal(await page.title(), 'Opvolging \u2013 ROTS Werkmap');
    await check('Opvolging');

    for (const screen of ['Sociale kaart', 'Signalen', 'Instellingen']) {
      const before = await page.title();
      await activate(nav.getByRole('tab', { name: screen }));
      await until(() => nav.getByRole('tab', { name: screen }).getAttribute('aria-selected'), (v) => v === 'true');
      await until(() => page.title(), (t) => t !== before && t.endsWith('\u2013 ROTS Werkmap'));
      await check(screen);
    }

    // 200 % text: A+ until the setting says so; the screens still fit (see the screenshots).
    const larger = page.getByRole('button', { name: 'A+' });
    const at200 = page.getByText(/^200\s*%$/);
    for (let i = 0; i < 12 && !(await at200.count()); i++) {
      await activate(larger);
      await page.waitForTimeout(150);
    }
    await at200.waitFor({ state: 'attached' });
    await check('Instellingen (200 %)');
    // Portrait at 200 %: the tabs that do not fit the bar are behind "Meer", a dialog of buttons.
    const more = nav.getByRole('tab', { name: 'Meer' });
    assert.equal(await more.getAttribute('aria-selected'), 'true', 'Instellingen is behind "Meer"');
    await more.focus();
    await activate(more);
    const moreDialog = page.getByRole('dialog');
    await moreDialog.getByRole('button', { name: 'Signalen' }).waitFor({ state: 'attached' });
    await check('Meer (200 %)');
    await page.keyboard.press('Escape');
    await moreDialog.waitFor({ state: 'detached' });
    await larger.focus();
    for (const [name, size] of [['portrait', PORTRAIT], ['landscape', LANDSCAPE]]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(ARTIFACTS, `a11y-${name}-200-focus.png`) });
    }
    await activate(nav.getByRole('tab', { name: 'Casussen' }));
    await activate(page.getByRole('button', { name: 'Nieuwe casus' }));
    await field(page, 'Pseudoniem of initialen').waitFor();
    await page.getByRole('button', { name: 'Opslaan' }).focus();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ARTIFACTS, 'a11y-landscape-200-form.png') });
    await check('Nieuwe casus (200 %, landscape)');
    }
  });
});
