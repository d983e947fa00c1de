// The help map end to end, with touch and typed text only: add a local service, mark it checked,
// refer a case to it (outcome, knelpunt), see the referral in the case, the use count in the help
// map and the case in the signal report (as "<5", never by pseudonym), export the CSV, and print
// the card "Eerste hulp bij schooluitval" (preview, PNG and PDF). Screens in both orientations.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ARTIFACTS, PORTRAIT, bothOrientations, chooseOption, findItem, gotoApp, items, openTablet, reveal,
  saved, saveNewCase, screenshot, startApp, tap, tapShown, typeShown, waitForItem, waitReady,
} from './support.mjs';

const SERVICE = 'Zorgboerderij De Kerselaar';
const PSEUDONYM = 'Milan';

async function serviceRow(page) {
  const row = await findItem(page, (it) => it.kind === 'row' && it.label === SERVICE);
  assert.ok(row, `${SERVICE} is listed`);
  return row;
}

describe('help map, referrals and signal report', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('adds a service, refers a case to it, reports it and prints the card', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);

    await tap(page, 'case.new');
    await typeShown(page, 'case.pseudonym', PSEUDONYM);
    await tapShown(page, 'case.region.west-vlaanderen');
    await waitForItem(page, 'case.region.west-vlaanderen', (it) => it.value === 'selected');
    const caseRow = await saveNewCase(page, PSEUDONYM).catch(async (e) => { await screenshot(page, 'debug-save'); throw e; });

    // The default data is there from the first start, marked with its source.
    await tap(page, 'nav.helpmap');
    await waitForItem(page, 'helpmap.count');
    assert.ok(await findItem(page, (it) => it.id === 'service.std-naft'), 'NAFT from the default data');
    await bothOrientations(page, 'helpmap-list');

    // A local service of our own.
    await tap(page, 'helpmap.new');
    await typeShown(page, 'service.name', SERVICE);
    await reveal(page, 'service.tier');
    await chooseOption(page, 'service.tier', 'doorverwijzing-clb');
    await reveal(page, 'service.region');
    await chooseOption(page, 'service.region', 'west-vlaanderen');
    await typeShown(page, 'service.municipality', 'Roeselare');
    await typeShown(page, 'service.phone', '+32 51 11 22 33');
    await typeShown(page, 'service.email', 'info@kerselaar.example.be');
    await bothOrientations(page, 'helpmap-form');
    await tapShown(page, 'service.save');
    await saved(page);

    // Open it: never checked, so marked; "Nagekeken vandaag" clears the mark.
    await typeShown(page, 'helpmap.search', 'kerselaar');
    await waitForItem(page, 'helpmap.count', (it) => it.value === '1 dienst(en)');
    await tap(page, (await serviceRow(page)).id);
    await waitForItem(page, 'service.stale');
    const call = await waitForItem(page, 'service.call');
    assert.match(call.label, /\+32 51 11 22 33/);
    await waitForItem(page, 'service.source', (it) => /Eigen invoer/.test(it.value));
    await tapShown(page, 'service.mark_checked');
    await saved(page);
    await waitForItem(page, 'service.checked', (it) => !/nog niet/.test(it.value));
    assert.equal(await page.evaluate(() => window.rotsAutomation.find('service.stale')), null);
    await bothOrientations(page, 'helpmap-entry');
    await tap(page, 'helpmap.back');

    // Refer the case to it; the help starts; the case met a waiting list at the CGG.
    await tap(page, 'nav.cases');
    await tap(page, caseRow.id);
    await tapShown(page, 'case.section.doorverwijzing');
    await typeShown(page, 'referral.search', 'kerselaar');
    await reveal(page, 'referral.service');
    await tap(page, 'referral.service');
    const option = await findItem(page, (it) => it.id.startsWith('referral.service.') && it.label === SERVICE);
    assert.ok(option, 'the new service can be chosen');
    await tap(page, option.id);
    await waitForItem(page, 'referral.service', (it) => it.value === SERVICE);
    await tapShown(page, 'referral.add');
    const referral = await findItem(page, (it) => it.kind === 'listitem' && it.id.startsWith('referral.') && it.label === SERVICE);
    assert.ok(referral, 'the referral is shown in the case');
    await saved(page);
    await tapShown(page, `${referral.id}.outcome.gestart`);
    await waitForItem(page, `${referral.id}.detail`, (it) => /Hulp gestart/.test(it.value) && /0 dagen gewacht/.test(it.value));
    await tapShown(page, 'knelpunt.wachtlijst-cgg');
    await waitForItem(page, 'knelpunt.wachtlijst-cgg', (it) => it.value === 'checked');
    await saved(page);
    await bothOrientations(page, 'case-referral');

    // The help map counts the use and the median wait.
    await tap(page, 'nav.helpmap');
    await tap(page, (await serviceRow(page)).id);
    await waitForItem(page, 'service.use', (it) => /1\u00D7 doorverwezen/.test(it.value) && /mediaan 0 dagen/.test(it.value));
    await tap(page, 'helpmap.back');

    // The signal report: one registration, so every count is "<5"; no pseudonym anywhere.
    await tap(page, 'nav.report');
    await waitForItem(page, 'report.registrations', (it) => it.label === 'Aanmeldingen: <5');
    await reveal(page, 'report.bron.clb');
    await waitForItem(page, 'report.bron.clb', (it) => it.value === '<5');
    await reveal(page, 'report.knelpunt.wachtlijst-cgg');
    await waitForItem(page, 'report.knelpunt.wachtlijst-cgg', (it) => it.value === '<5');
    const shown = await items(page);
    assert.ok(!shown.some((it) => `${it.label} ${it.value}`.includes(PSEUDONYM)), 'no pseudonym in the report');
    assert.ok(!shown.some((it) => it.id.startsWith('report.') && /^[1-4]$/.test(it.value)), 'no count of 1 to 4');
    await bothOrientations(page, 'report');
    const downloadPromise = page.waitForEvent('download');
    await tapShown(page, 'report.csv');
    const download = await downloadPromise;
    const csvPath = join(ARTIFACTS, 'signaalrapport.csv');
    await download.saveAs(csvPath);
    const csv = await (await import('node:fs/promises')).readFile(csvPath);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const csvText = csv.toString('utf8');
    assert.match(csvText, /Aanmeldingen,Totaal,<5\r\n/);
    assert.match(csvText, /Knelpunten,Wachtlijst CGG,<5\r\n/);
    assert.ok(!csvText.includes(PSEUDONYM), 'no pseudonym in the CSV');

    // The card for West-Vlaanderen and a school: grouped by tier, our service and the defaults.
    await tap(page, 'nav.helpmap');
    await tap(page, 'helpmap.print');
    await reveal(page, 'card.region');
    await chooseOption(page, 'card.region', 'west-vlaanderen');
    await typeShown(page, 'card.school', 'VTI Roeselare');
    await tapShown(page, 'card.show');
    const frame = page.frameLocator('#print-preview-frame');
    await frame.locator('h1').waitFor();
    const card = await page.$eval('#print-preview-frame', (f) => f.srcdoc);
    for (const expected of ['Eerste hulp bij schooluitval', 'VTI Roeselare', SERVICE, '+32 51 11 22 33',
      'Stap naar werk', 'NAFT', 'annick.steyt@samentegenschooluitval-wvl.be']) {
      assert.ok(card.includes(expected), `card shows ${expected}`);
    }
    assert.ok(!card.includes('evatrogh@kans.brussels'), 'another region\'s coordinator is not on this card');
    assert.ok(!card.includes(PSEUDONYM), 'no case on the card');
    await bothOrientations(page, 'card-preview');
    const printPage = await context.newPage();
    await printPage.setViewportSize({ width: 794, height: 1123 });  // A4 at 96 dpi
    // The page's own HTML with its stylesheet (a navigation on this origin would get the app from
    // the service worker instead).
    await printPage.setContent(card.replace('<head>', `<head><base href="${app.origin}/">`), { waitUntil: 'load' });
    await printPage.screenshot({ path: join(ARTIFACTS, 'card-a4.png'), fullPage: true });
    const pdf = await printPage.pdf({ format: 'A4' });
    await writeFile(join(ARTIFACTS, 'card.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `the card fits on one or two A4 pages (${pages})`);
    await printPage.close();
    await page.click('#print-preview-close');

    // After a reload the service and the referral are still there.
    await page.reload();
    await waitReady(page);  // locked after a reload: unlocks with the tests' passphrase
    await tap(page, 'nav.helpmap');
    await typeShown(page, 'helpmap.search', 'kerselaar');
    await serviceRow(page);

    assert.deepEqual(problems, []);
    await context.close();
  });
});
