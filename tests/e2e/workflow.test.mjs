// The ROTS workflow end to end, with real touch and text input only: a youth-care registration
// (missing-consensus warning, then fixed), an overlegtafel with three participants, the three
// columns, two agreements (one overdue), a reload, the overdue one ticked off on Opvolging,
// and the case closed with a reason; plus the printable agenda and meeting mode.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ARTIFACTS, LANDSCAPE, PORTRAIT, bothOrientations, chosen, findItem, gone, gotoApp, openTablet, reveal, saved, saveNewCase,
  screenshot, settle, startApp, tap, tapExpecting, tapShown, typeShown, waitForItem, waitReady,
} from './support.mjs';


async function openSection(page, key) {
  await tapShown(page, `case.section.${key}`);
  await waitForItem(page, `case.section.${key}`, (it) => it.value === 'selected');
}

async function addParticipant(page, index, name, organisation, role) {
  await typeShown(page, 'participant.new.name', name);
  await typeShown(page, 'participant.new.org', organisation);
  await tapShown(page, `participant.new.role.${role}`);
  const added = (p) => p.evaluate((want) => {
    const it = window.rotsAutomation.find(want);
    return it !== null;
  }, `participant.${index}.name`);
  await tapExpecting(page, 'participant.add', added);
  await settle(page, 300);  // the list grows and the form moves: look once it is still
  await waitForItem(page, `participant.${index}.name`, (it) => it.value === name).catch(async () => {
    await reveal(page, `participant.${index}.name`);
  });
  await saved(page);
}

// Picks a day in the given field's calendar: `monthsBack` months earlier, the given day number.
async function pickDay(page, field, monthsBack, dayLabel) {
  await tapShown(page, field);
  for (let i = 0; i < monthsBack; i++) {
    const shown = await waitForItem(page, `${field}.month`);
    await tap(page, `${field}.prev`);
    await waitForItem(page, `${field}.month`, (it) => it.label !== shown.label);
  }
  const day = await findItem(page, (it) => it.id.startsWith(`${field}.day.`) && it.label === dayLabel);
  await tap(page, day.id);
  const [, y, m, d] = day.id.match(/(\d{4})-(\d{2})-(\d{2})$/);
  await waitForItem(page, field, (it) => it.value === `${d}-${m}-${y}`);
  return `${d}-${m}-${y}`;
}

describe('case workflow', () => {
  let app;
  before(async () => { app = await startApp(); });
  after(async () => { await app.close(); });

  it('walks aanmelding → overlegtafel → afspraken → opvolging → afsluiting', async () => {
    const { context, page, problems } = await openTablet(app, PORTRAIT);
    await gotoApp(page, app.origin);

    // Aanmelding by youth care: without consensus the app warns, ticking it clears the warning.
    await tap(page, 'case.new');
    await typeShown(page, 'case.pseudonym', 'Yara');
    await tapShown(page, 'case.region.oost-vlaanderen');
    await tapShown(page, 'case.requester.jeugdhulp');
    const warning = await reveal(page, 'case.warning.consensus');
    assert.match(warning.value, /consensus/);
    await bothOrientations(page, 'registration-warning');
    await tapShown(page, 'case.criteria.consensus');
    await waitForItem(page, 'case.criteria.consensus', (it) => it.value === 'checked');
    await gone(page, 'case.warning.consensus');
    await tapShown(page, 'case.criteria.thuiszitter');
    await typeShown(page, 'case.hulpvraag', 'Zit sinds september thuis; hoe krijgen we haar terug naar school?');
    const row = await saveNewCase(page, 'Yara');

    // Plan an overlegtafel with three participants.
    await tap(page, row.id);
    await waitForItem(page, 'case.status', (it) => /Aangemeld/.test(it.value));
    await openSection(page, 'overleg');
    await tapShown(page, 'meeting.plan');
    await tapShown(page, 'meeting.plan.kind.overlegtafel');
    await typeShown(page, 'meeting.plan.place', 'CLB Gent, lokaal 2');
    await tapShown(page, 'meeting.plan.save');
    await waitForItem(page, 'meeting.title', (it) => /Overlegtafel/.test(it.label));
    await waitForItem(page, 'case.status', (it) => /Overleg gepland/.test(it.value));
    await addParticipant(page, 0, 'Sara', 'CLB Gent', 'clb');
    await addParticipant(page, 1, 'Tom', 'Jeugdhulp Oost', 'jeugdhulp');
    await addParticipant(page, 2, 'Mama van Yara', 'Context', 'ouder-context');
    await bothOrientations(page, 'meeting');

    // The three columns of the preparation.
    await openSection(page, 'voorbereiding');
    await typeShown(page, 'prep.question', 'Welke school of dagbesteding past nu?');
    await typeShown(page, 'prep.zorgen', 'Angst om buiten te komen');
    await typeShown(page, 'prep.goed', 'Sterke band met haar tante');
    await typeShown(page, 'prep.nodig', 'Een zachte herstart, halve dagen');
    await saved(page);
    await bothOrientations(page, 'preparation');

    // Two agreements: one already overdue, one next week.
    await openSection(page, 'afspraken');
    await typeShown(page, 'agreement.what', 'Schoolbezoek plannen');
    await typeShown(page, 'agreement.who', 'Sara');
    const overdueDue = await pickDay(page, 'agreement.due', 1, '10');
    await tapShown(page, 'agreement.add');
    await waitForItem(page, 'toast', (it) => it.value === 'Afspraak toegevoegd');
    await typeShown(page, 'agreement.what', 'Aanbod dagbesteding opvragen');
    await typeShown(page, 'agreement.who', 'Tom');
    await tapShown(page, 'agreement.add');
    const late = await findItem(page, (it) => it.kind === 'listitem' && it.label === 'Schoolbezoek plannen');
    assert.match(late.value, new RegExp(`${overdueDue}.*te laat`));
    const onTime = await findItem(page, (it) => it.kind === 'listitem' && it.label === 'Aanbod dagbesteding opvragen');
    assert.doesNotMatch(onTime.value, /te laat/);
    await saved(page);
    await bothOrientations(page, 'agreements');

    // After a reload the overdue agreement is on Opvolging; tick it off there.
    await page.reload();
    await waitReady(page);
    await tap(page, 'nav.followup');
    const overdue = await findItem(page, (it) => it.id.startsWith('followup.overdue.') && it.kind === 'row' &&
                                                 it.label === 'Schoolbezoek plannen');
    assert.ok(overdue, 'overdue agreement listed on Opvolging');
    assert.match(overdue.value, /Yara/);
    const meeting = await findItem(page, (it) => it.id.startsWith('followup.meeting.') && it.kind === 'row');
    assert.ok(meeting, 'the overlegtafel of next week is listed');
    await bothOrientations(page, 'follow-up');
    await tap(page, `${overdue.id}.done`);
    await waitForItem(page, 'followup.all_clear');
    await saved(page);

    // The printable agenda: participants, the three columns, open agreements, pseudonym only.
    await tap(page, 'nav.cases');
    await tap(page, row.id);
    await tapShown(page, 'case.print_agenda');
    const frame = page.frameLocator('#print-preview-frame');
    await frame.locator('h1').waitFor();
    const agenda = await page.$eval('#print-preview-frame', (f) => f.srcdoc);
    for (const expected of ['Yara', 'Sara', 'Tom', 'Mama van Yara', 'Angst om buiten te komen',
      'Sterke band met haar tante', 'Een zachte herstart, halve dagen', 'Aanbod dagbesteding opvragen']) {
      assert.ok(agenda.includes(expected), `agenda shows ${expected}`);
    }
    assert.ok(!agenda.includes('Schoolbezoek plannen'), 'a done agreement is not on the agenda');
    await bothOrientations(page, 'print-preview');
    const printPage = await context.newPage();
    await printPage.route(`${app.origin}/__agenda`, (route) => route.fulfill({ contentType: 'text/html', body: agenda }));
    await printPage.goto(`${app.origin}/__agenda`);
    const pdf = await printPage.pdf({ format: 'A4' });
    await writeFile(join(ARTIFACTS, 'agenda.pdf'), pdf);
    assert.ok(pdf.length > 5000, 'a PDF with content');
    await printPage.close();
    await page.click('#print-preview-close');
    await gone(page, 'print-preview-frame').catch(() => {});

    // Close the case: a reason is required.
    await tapShown(page, 'case.change_status');
    await tap(page, 'status.to.afgesloten');
    await tap(page, 'status.confirm');
    const reasonError = await waitForItem(page, 'status.reason.error');
    assert.equal(reasonError.value, 'Kies waarom de casus afgesloten wordt.');
    await tap(page, 'status.reason.terug-op-school');
    await tap(page, 'status.confirm');
    await waitForItem(page, 'case.status', (it) => /Afgesloten/.test(it.value));
    await saved(page);
    await page.reload();
    await waitReady(page);
    const closedRow = await findItem(page, (it) => it.kind === 'row' && it.label === 'Yara');
    assert.match(closedRow.value, /Afgesloten/);
    await tap(page, closedRow.id);
    await openSection(page, 'historiek');
    const closing = await findItem(page, (it) => it.id.startsWith('history.') &&
                                                 /Afgesloten \(Jongere terug op school\)/.test(it.label));
    assert.ok(closing, 'the closing and its reason are in the history');
    await bothOrientations(page, 'history');

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('meeting mode: columns side by side in landscape, an agreement in two taps plus typing', async () => {
    const { context, page, problems } = await openTablet(app, LANDSCAPE);
    await gotoApp(page, app.origin);
    await tap(page, 'case.new');
    await typeShown(page, 'case.pseudonym', 'Noor');
    await tapShown(page, 'case.region.limburg');
    await saveNewCase(page, 'Noor');
    const row = await findItem(page, (it) => it.kind === 'row' && it.label === 'Noor');
    await tap(page, row.id);
    await openSection(page, 'overleg');
    await tapShown(page, 'meeting.plan');
    await tapShown(page, 'meeting.plan.save');
    await waitForItem(page, 'meeting.title', (it) => /Consult/.test(it.label));
    await addParticipant(page, 0, 'Ilse', 'NAFT', 'naft');
    await screenshot(page, 'landscape-meeting');

    await tapShown(page, 'case.meeting_mode');
    const zorgen = await waitForItem(page, 'meeting_mode.zorgen');
    const goed = await waitForItem(page, 'meeting_mode.goed');
    const nodig = await waitForItem(page, 'meeting_mode.nodig');
    assert.ok(Math.abs(zorgen.y - goed.y) < 2 && Math.abs(goed.y - nodig.y) < 2, 'three columns side by side');
    assert.ok(zorgen.x < goed.x && goed.x < nodig.x);
    await tapExpecting(page, 'meeting_mode.owner.0', chosen('meeting_mode.owner.0'));
    await tapExpecting(page, 'meeting_mode.due.twee_weken', chosen('meeting_mode.due.twee_weken'));
    await typeShown(page, 'meeting_mode.agreement_what', 'Proefdag op de zorgboerderij');
    await page.keyboard.press('Enter');
    const added = await findItem(page, (it) => it.id.startsWith('meeting_mode.agreement.') &&
                                               /Proefdag op de zorgboerderij — Ilse/.test(it.label));
    assert.ok(added, 'agreement added from meeting mode');
    await waitForItem(page, 'meeting_mode.agreement_what', (it) => it.value === '');
    await saved(page);
    await screenshot(page, 'landscape-meeting-mode');
    await page.setViewportSize(PORTRAIT);
    await settle(page);
    await screenshot(page, 'portrait-meeting-mode');

    assert.deepEqual(problems, []);
    await context.close();
  });
});
