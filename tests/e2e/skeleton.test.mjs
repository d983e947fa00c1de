// The walking skeleton, as a field worker uses it on a tablet: register a case with an
// accented pseudonym, reload, and find it again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  LANDSCAPE, PORTRAIT, chooseOption, findItem, gotoApp, openTablet, saveNewCase, screenshot, settle, startApp, tap,
  textInputHasFocus, typeInto, waitForItem, waitReady,
} from './support.mjs';

describe('walking skeleton', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('keeps a new case with an accented pseudonym across a reload', async () => {
    // At a tablet's 2 device pixels per CSS pixel: fonts rasterized at 2x, taps still on target.
    const { context, page, problems } = await openTablet(app, PORTRAIT, { pixelRatio: 2 });
    await gotoApp(page, app.origin);
    await waitForItem(page, 'cases.empty');
    await screenshot(page, 'portrait-empty');

    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Zoë');
    await chooseOption(page, 'case.region', 'west-vlaanderen');
    await screenshot(page, 'portrait-new-case');
    await saveNewCase(page, 'Zoë');

    await page.reload();
    await waitReady(page);
    const row = await findItem(page, (it) => it.kind === 'row' && it.label === 'Zoë');
    assert.ok(row, 'case listed after reload');
    assert.match(row.value, /West-Vlaanderen/);
    await screenshot(page, 'portrait-list');

    // Landscape: the list and the chosen case side by side.
    await page.setViewportSize(LANDSCAPE);
    await waitForItem(page, 'detail.empty');
    await tap(page, row.id);
    const detail = await waitForItem(page, 'case.pseudonym', (it) => it.value === 'Zoë');
    const listed = await waitForItem(page, row.id);
    assert.ok(detail.x >= listed.x + listed.w, 'detail is beside the list');
    await screenshot(page, 'landscape-list-detail');

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses an incomplete case with Dutch messages and saves nothing', async () => {
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await tap(page, 'case.save');
    const error = await waitForItem(page, 'case.pseudonym.error');
    assert.equal(error.value, 'Vul een pseudoniem of initialen in.');
    assert.equal((await waitForItem(page, 'case.region.error')).value, 'Kies een regio.');
    await screenshot(page, 'landscape-new-case-errors');

    await tap(page, 'case.cancel');
    await waitForItem(page, 'cases.empty');
    await page.reload();
    await waitReady(page);
    await waitForItem(page, 'cases.empty');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('moves keyboard focus to the text bridge only while a text field is edited', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    assert.equal(await textInputHasFocus(page), false);
    await tap(page, 'case.pseudonym');
    assert.equal(await textInputHasFocus(page), true, 'focused synchronously by the tap');
    await tap(page, 'case.cancel');
    await page.waitForFunction(() => !document.activeElement.classList.contains('rots-editor'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('draws no frames while nobody touches it', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => window.rotsAutomation.framesDrawn());
    await page.waitForTimeout(2000);
    const afterIdle = await page.evaluate(() => window.rotsAutomation.framesDrawn());
    assert.equal(afterIdle - before, 0, 'frames drawn while idle');
    await tap(page, 'case.new');
    await waitForItem(page, 'case.pseudonym');
    assert.ok((await page.evaluate(() => window.rotsAutomation.framesDrawn())) > afterIdle, 'a tap draws');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('does not draw a frame again that would show the same picture, and keeps the picture', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await settle(page);
    const counts = () => page.evaluate(() => ({
      drawn: window.rotsAutomation.framesDrawn(), presented: window.rotsAutomation.framesPresented(),
    }));
    // What the canvas holds now (its drawing buffer is kept), as a digest and a colour count.
    const picture = () => page.evaluate(async () => {
      const canvas = document.getElementById('canvas');
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const g = copy.getContext('2d');
      g.drawImage(canvas, 0, 0);
      const pixels = g.getImageData(0, 0, copy.width, copy.height).data;
      const colours = new Set();
      for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', pixels));
      return { digest: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''), colours: colours.size };
    });
    const list = await picture();
    assert.ok(list.colours > 10, `the case list is on the canvas (${list.colours} colours)`);
    const start = await counts();

    // A resize that keeps the size (a tablet's keyboard, a rotation back) wakes the UI, which
    // finds the same picture: nothing goes to WebGL and the canvas keeps what it showed.
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await settle(page);
    const resized = await counts();
    assert.ok(resized.drawn > start.drawn, 'the UI ran');
    assert.equal(resized.presented, start.presented, 'an unchanged picture is not drawn again');
    assert.deepEqual(await picture(), list);

    // A page brought back to the front is drawn again (a browser may drop a hidden canvas).
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await settle(page);
    const shown = await counts();
    assert.ok(shown.presented > resized.presented, 'a page shown again is drawn');
    assert.deepEqual(await picture(), list);

    // And a change is drawn.
    await tap(page, 'case.new');
    await waitForItem(page, 'case.pseudonym');
    await settle(page);
    assert.ok((await counts()).presented > shown.presented, 'a new screen is drawn');
    assert.notEqual((await picture()).digest, list.digest);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps the good cases and reports a record it cannot read', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await typeInto(page, 'case.pseudonym', 'Noah');
    await chooseOption(page, 'case.region', 'limburg');
    await saveNewCase(page, 'Noah');

    // Damage on disk (not something a user can do through the app): a truncated record.
    await page.evaluate(() => new Promise((done, fail) => {
      const open = indexedDB.open('rots-werkmap');
      open.onsuccess = () => {
        const tx = open.result.transaction('records', 'readwrite');
        tx.objectStore('records').put('{"case":{"id":"ffff', 'case:ffffffffffffffffffffffffffffffff');
        tx.oncomplete = () => { open.result.close(); done(); };
        tx.onabort = () => fail(tx.error);
      };
      open.onerror = () => fail(open.error);
    }));
    await page.reload();
    await waitReady(page);
    assert.ok(await findItem(page, (it) => it.kind === 'row' && it.label === 'Noah'), 'good case still listed');
    const notice = await waitForItem(page, 'status.quarantine');
    assert.match(notice.value, /1 opgeslagen record\(s\) konden niet gelezen worden/);
    assert.match(notice.value, /case:ffffffffffffffffffffffffffffffff \(beschadigd\)/);
    await screenshot(page, 'portrait-quarantine');
    // Reading a damaged record is reported on screen, not as a page error.
    assert.deepEqual(problems.filter((p) => !p.includes('quarantined record')), []);
    await context.close();
  });
});
