// The case workflow through the Workspace's single command path: the status lifecycle, meetings,
// agreements, notes, the signed history and undo, and that a refused command changes nothing.
#include <doctest/doctest.h>

#include "core/workspace.hpp"

using namespace rots;

namespace {
using S = CaseStatus;
const Date today{2026, 11, 22};
const std::string cid(32, 'c');

CommandContext at(std::int64_t now_ms, std::string new_id = "unused", std::string actor = "An") {
  return CommandContext{std::move(actor), today, now_ms, std::move(new_id)};
}
Workspace new_case() {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Yara", Region::OostVlaanderen, "20-11-2026"}}, at(1'000, cid)).ok());
  return ws;
}
const Case& the_case(const Workspace& ws) { return *ws.find(cid); }
Agreement agreement(std::string what, std::string who, Date due) {
  Agreement a;
  a.what = std::move(what);
  a.who = std::move(who);
  a.due = due;
  return a;
}
// A case brought to `status` the way a user would.
Workspace case_in(S status) {
  Workspace ws = new_case();
  if (status == S::InBehandeling) REQUIRE(ws.apply(ChangeStatus{cid, S::InBehandeling, {}}, at(1'100)).ok());
  if (status == S::OverlegGepland || status == S::Opvolging)
    REQUIRE(ws.apply(PlanMeeting{cid, MeetingKind::Consult, {2026, 11, 25}, 600, ""}, at(1'100, "m0")).ok());
  if (status == S::Opvolging) REQUIRE(ws.apply(ChangeStatus{cid, S::Opvolging, {}}, at(1'200)).ok());
  if (status == S::Afgesloten)
    REQUIRE(ws.apply(ChangeStatus{cid, S::Afgesloten, ClosingReason::Andere}, at(1'100)).ok());
  REQUIRE(the_case(ws).status == status);
  return ws;
}
}  // namespace

TEST_CASE("the lifecycle table: the ROTS path forward, the ways back, closing from every open status") {
  const S all[] = {S::Aangemeld, S::InBehandeling, S::OverlegGepland, S::Opvolging, S::Afgesloten};
  // allowed[from][to], in the order of `all`; written from the ROTS workflow, not from the code.
  const bool allowed[5][5] = {
      /* Aangemeld      */ {false, true, true, false, true},
      /* InBehandeling  */ {false, false, true, false, true},
      /* OverlegGepland */ {false, true, false, true, true},
      /* Opvolging      */ {false, false, true, false, true},
      /* Afgesloten     */ {false, true, false, false, false},
  };
  for (int f = 0; f < 5; ++f)
    for (int t = 0; t < 5; ++t) {
      CAPTURE(f);
      CAPTURE(t);
      CHECK(can_transition(all[f], all[t]) == allowed[f][t]);
    }
  CHECK(next_statuses(S::Aangemeld) == std::vector<S>{S::InBehandeling, S::OverlegGepland, S::Afgesloten});
  CHECK(next_statuses(S::Opvolging) == std::vector<S>{S::OverlegGepland, S::Afgesloten});
  CHECK(next_statuses(S::Afgesloten) == std::vector<S>{S::InBehandeling});
  CHECK(is_open(S::Opvolging));
  CHECK_FALSE(is_open(S::Afgesloten));
}

TEST_CASE("a case can be closed, with a reason, from every open status") {
  for (S from : {S::Aangemeld, S::InBehandeling, S::OverlegGepland, S::Opvolging}) {
    CAPTURE(static_cast<int>(from));
    Workspace ws = case_in(from);
    const auto result = ws.apply(ChangeStatus{cid, S::Afgesloten, ClosingReason::TrajectOpMaat}, at(5'000, "x", "Bert"));
    REQUIRE(result.ok());
    CHECK(result.changed_case_ids == std::vector<std::string>{cid});
    CHECK(the_case(ws).status == S::Afgesloten);
    CHECK(the_case(ws).status_changes.back() == StatusChange{from, S::Afgesloten, ClosingReason::TrajectOpMaat, "Bert", 5'000});
  }
}

TEST_CASE("closing without a reason is refused as a missing closing reason, and changes nothing") {
  Workspace ws = case_in(S::InBehandeling);
  const Case before = the_case(ws);
  const auto result = ws.apply(ChangeStatus{cid, S::Afgesloten, std::nullopt}, at(5'000));
  CHECK(result.issues == std::vector<ValidationIssue>{{CaseField::ClosingReason, ValidationCode::Required}});
  CHECK(result.error == ApplyError::None);
  CHECK_FALSE(result.ok());
  CHECK(result.changed_case_ids.empty());
  CHECK_FALSE(result.undo.has_value());
  CHECK(the_case(ws) == before);
}

TEST_CASE("a transition the lifecycle does not allow is refused as NotAllowed") {
  Workspace ws = new_case();
  const Case before = the_case(ws);
  CHECK(ws.apply(ChangeStatus{cid, S::Opvolging, {}}, at(5'000)).error == ApplyError::NotAllowed);
  CHECK(ws.apply(ChangeStatus{cid, S::Aangemeld, {}}, at(5'000)).error == ApplyError::NotAllowed);  // already there
  CHECK(the_case(ws) == before);
}

TEST_CASE("a closed case is reopened only to 'in behandeling'") {
  Workspace ws = case_in(S::Afgesloten);
  const Case before = the_case(ws);
  for (S to : {S::Aangemeld, S::OverlegGepland, S::Opvolging, S::Afgesloten}) {
    CAPTURE(static_cast<int>(to));
    CHECK(ws.apply(ChangeStatus{cid, to, ClosingReason::Andere}, at(5'000)).error == ApplyError::NotAllowed);
  }
  CHECK(the_case(ws) == before);
  REQUIRE(ws.apply(ChangeStatus{cid, S::InBehandeling, {}}, at(6'000)).ok());
  CHECK(the_case(ws).status == S::InBehandeling);
}

TEST_CASE("every status change is recorded with from, to, who, when and, only when closing, why") {
  Workspace ws = new_case();
  REQUIRE(ws.apply(ChangeStatus{cid, S::InBehandeling, {}}, at(2'000, "x", "An")).ok());
  REQUIRE(ws.apply(ChangeStatus{cid, S::Afgesloten, ClosingReason::Doorverwezen}, at(3'000, "x", "Bert")).ok());
  // A reason given with a reopen is not a closing reason and is not kept.
  REQUIRE(ws.apply(ChangeStatus{cid, S::InBehandeling, ClosingReason::Andere}, at(4'000, "x", "Chris")).ok());
  const std::vector<StatusChange> expected = {
      {S::Aangemeld, S::InBehandeling, std::nullopt, "An", 2'000},
      {S::InBehandeling, S::Afgesloten, ClosingReason::Doorverwezen, "Bert", 3'000},
      {S::Afgesloten, S::InBehandeling, std::nullopt, "Chris", 4'000},
  };
  CHECK(the_case(ws).status_changes == expected);
  const auto& h = the_case(ws).history;
  REQUIRE(h.size() == 4);
  CHECK(h[1] == HistoryEntry{ChangeKind::StatusChanged, "", "An", 2'000});
  CHECK(h[2] == HistoryEntry{ChangeKind::StatusChanged, "", "Bert", 3'000});
  CHECK(h[3] == HistoryEntry{ChangeKind::StatusChanged, "", "Chris", 4'000});
}

TEST_CASE("planning a meeting moves the case to 'overleg gepland'") {
  SUBCASE("from aangemeld") {
    Workspace ws = new_case();
    const auto result = ws.apply(PlanMeeting{cid, MeetingKind::Overlegtafel, {2026, 12, 1}, 14 * 60, ""}, at(2'000, "m1"));
    REQUIRE(result.ok());
    CHECK(result.created_id == "m1");
    const Case& c = the_case(ws);
    CHECK(c.status == S::OverlegGepland);
    CHECK(c.status_changes == std::vector<StatusChange>{{S::Aangemeld, S::OverlegGepland, std::nullopt, "An", 2'000}});
    REQUIRE(c.history.size() == 3);
    CHECK(c.history[1] == HistoryEntry{ChangeKind::MeetingPlanned, "01-12-2026", "An", 2'000});
    CHECK(c.history[2] == HistoryEntry{ChangeKind::StatusChanged, "", "An", 2'000});
  }
  SUBCASE("from opvolging: a follow-up meeting") {
    Workspace ws = case_in(S::Opvolging);
    REQUIRE(ws.apply(PlanMeeting{cid, MeetingKind::Consult, {2026, 12, 8}, 600, ""}, at(2'000, "m2")).ok());
    CHECK(the_case(ws).status == S::OverlegGepland);
    CHECK(the_case(ws).meetings.size() == 2);
  }
  SUBCASE("a second meeting keeps the status and adds no status change") {
    Workspace ws = case_in(S::OverlegGepland);
    const auto changes = the_case(ws).status_changes;
    REQUIRE(ws.apply(PlanMeeting{cid, MeetingKind::Consult, {2026, 12, 8}, 600, ""}, at(2'000, "m2")).ok());
    CHECK(the_case(ws).status == S::OverlegGepland);
    CHECK(the_case(ws).status_changes == changes);
    CHECK(the_case(ws).history.back() == HistoryEntry{ChangeKind::MeetingPlanned, "08-12-2026", "An", 2'000});
  }
}

TEST_CASE("a closed case refuses every edit with CaseClosed, but can be reopened") {
  Workspace ws = new_case();
  REQUIRE(ws.apply(PlanMeeting{cid, MeetingKind::Consult, {2026, 11, 25}, 600, ""}, at(2'000, "m1")).ok());
  REQUIRE(ws.apply(AddAgreement{cid, agreement("Schoolbezoek", "Sara", {2026, 12, 1})}, at(2'100, "a1")).ok());
  REQUIRE(ws.apply(AddNote{cid, "", "Eerste gesprek"}, at(2'200, "n1")).ok());
  REQUIRE(ws.apply(ChangeStatus{cid, S::Afgesloten, ClosingReason::TerugOpSchool}, at(3'000)).ok());
  const Case closed = the_case(ws);

  CaseDraft draft = draft_of(closed);
  draft.hulpvraag = "Nieuwe vraag";
  Jongere jongere;
  jongere.school = "Sint-Jozef";
  Meeting meeting = *closed.meeting("m1");
  meeting.place = "CLB Gent";
  Agreement changed = *closed.agreement("a1");
  changed.what = "Ander schoolbezoek";
  const std::vector<Command> edits = {
      UpdateRegistration{cid, draft},
      UpdateJongere{cid, jongere},
      PlanMeeting{cid, MeetingKind::Consult, {2026, 12, 2}, 600, ""},
      UpdateMeeting{cid, meeting},
      RemoveMeeting{cid, "m1"},
      AddAgreement{cid, agreement("Nog iets", "Tom", {2026, 12, 3})},
      UpdateAgreement{cid, changed},
      SetAgreementStatus{cid, "a1", AgreementStatus::Gedaan},
      AddNote{cid, "", "Na het afsluiten"},
      EditNote{cid, "n1", "Aangepast"},
      DeleteNote{cid, "n1"},
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    CAPTURE(i);
    const auto result = ws.apply(edits[i], at(4'000, "new"));
    CHECK(result.error == ApplyError::CaseClosed);
    CHECK(result.changed_case_ids.empty());
  }
  CHECK(the_case(ws) == closed);

  REQUIRE(ws.apply(ChangeStatus{cid, S::InBehandeling, {}}, at(5'000)).ok());
  CHECK(ws.apply(AddNote{cid, "", "Heropend"}, at(6'000, "n2")).ok());
}

TEST_CASE("an agreement needs what and who; the command sets its id, status and time") {
  Workspace ws = new_case();
  const Case before = the_case(ws);
  auto missing = ws.apply(AddAgreement{cid, agreement("   ", "", {2026, 12, 1})}, at(2'000, "a1"));
  CHECK(missing.issues == std::vector<ValidationIssue>{{CaseField::AgreementWhat, ValidationCode::Required},
                                                       {CaseField::AgreementWho, ValidationCode::Required}});
  CHECK(ws.apply(AddAgreement{cid, agreement("Schoolbezoek", " ", {2026, 12, 1})}, at(2'000, "a1")).issues ==
        std::vector<ValidationIssue>{{CaseField::AgreementWho, ValidationCode::Required}});
  CHECK(the_case(ws) == before);

  Agreement a = agreement("  Schoolbezoek  ", " Sara ", {2026, 12, 1});
  a.id = "chosen by the caller";
  a.status = AgreementStatus::Gedaan;
  a.created_at_ms = 1;
  const auto added = ws.apply(AddAgreement{cid, a}, at(3'000, "a1", "Bert"));
  REQUIRE(added.ok());
  CHECK(added.created_id == "a1");
  const Agreement* stored = the_case(ws).agreement("a1");
  REQUIRE(stored);
  CHECK(stored->what == "Schoolbezoek");
  CHECK(stored->who == "Sara");
  CHECK(stored->follow_up_by == "");  // optional
  CHECK(stored->status == AgreementStatus::Open);
  CHECK(stored->created_at_ms == 3'000);
  CHECK(stored->due == Date{2026, 12, 1});
  CHECK(the_case(ws).history.back() == HistoryEntry{ChangeKind::AgreementAdded, "Schoolbezoek", "Bert", 3'000});
}

TEST_CASE("overdue is derived from the due date and the status, and follows every status change") {
  Workspace ws = new_case();
  REQUIRE(ws.apply(AddAgreement{cid, agreement("Aanbod vragen", "Tom", {2026, 11, 21})}, at(2'000, "a1")).ok());
  auto a1 = [&] { return *the_case(ws).agreement("a1"); };
  CHECK(is_overdue(a1(), today));
  CHECK_FALSE(is_overdue(a1(), {2026, 11, 21}));  // on its due day it is not late yet

  REQUIRE(ws.apply(SetAgreementStatus{cid, "a1", AgreementStatus::Gedaan}, at(3'000, "x", "Bert")).ok());
  CHECK(a1().status == AgreementStatus::Gedaan);
  CHECK_FALSE(is_overdue(a1(), today));
  CHECK(the_case(ws).history.back() == HistoryEntry{ChangeKind::AgreementDone, "Aanbod vragen", "Bert", 3'000});

  REQUIRE(ws.apply(SetAgreementStatus{cid, "a1", AgreementStatus::Open}, at(4'000)).ok());
  CHECK(is_overdue(a1(), today));
  CHECK(the_case(ws).history.back().kind == ChangeKind::AgreementReopened);

  REQUIRE(ws.apply(SetAgreementStatus{cid, "a1", AgreementStatus::Geannuleerd}, at(5'000)).ok());
  CHECK_FALSE(is_overdue(a1(), today));
  CHECK(the_case(ws).history.back().kind == ChangeKind::AgreementCancelled);
  CHECK(overdue_count(the_case(ws), today) == 0);

  CHECK(ws.apply(SetAgreementStatus{cid, "nope", AgreementStatus::Gedaan}, at(6'000)).error == ApplyError::UnknownItem);
}

TEST_CASE("editing a note keeps every earlier version with its text, author and time") {
  Workspace ws = new_case();
  REQUIRE(ws.apply(AddNote{cid, "", "  Eerste indruk  "}, at(2'000, "n1", "An")).ok());
  const Note* n = the_case(ws).note("n1");
  REQUIRE(n);
  CHECK(n->text == "Eerste indruk");
  CHECK(n->author == "An");
  CHECK(n->created_at_ms == 2'000);
  CHECK(n->earlier.empty());

  REQUIRE(ws.apply(EditNote{cid, "n1", "Eerste indruk, aangevuld"}, at(3'000, "x", "Bert")).ok());
  REQUIRE(ws.apply(EditNote{cid, "n1", "Eerste indruk, aangevuld en nagelezen"}, at(4'000, "x", "Chris")).ok());
  n = the_case(ws).note("n1");
  CHECK(n->text == "Eerste indruk, aangevuld en nagelezen");
  CHECK(n->author == "Chris");
  CHECK(n->created_at_ms == 2'000);
  CHECK(n->updated_at_ms == 4'000);
  CHECK(n->earlier == std::vector<NoteVersion>{{"Eerste indruk", "An", 2'000}, {"Eerste indruk, aangevuld", "Bert", 3'000}});
  CHECK(the_case(ws).history.back() == HistoryEntry{ChangeKind::NoteEdited, "", "Chris", 4'000});
  CHECK(ws.apply(EditNote{cid, "nope", "x"}, at(5'000)).error == ApplyError::UnknownItem);
}

TEST_CASE("a deleted note comes back exactly with undo, and the undo is itself in the history") {
  Workspace ws = new_case();
  REQUIRE(ws.apply(AddNote{cid, "", "Belangrijk"}, at(2'000, "n1", "An")).ok());
  REQUIRE(ws.apply(EditNote{cid, "n1", "Belangrijk: moeder belt terug"}, at(2'500, "x", "Bert")).ok());
  const Note kept = *the_case(ws).note("n1");

  const auto deleted = ws.apply(DeleteNote{cid, "n1"}, at(3'000, "x", "Bert"));
  REQUIRE(deleted.ok());
  CHECK(the_case(ws).note("n1") == nullptr);
  CHECK(the_case(ws).history.back() == HistoryEntry{ChangeKind::NoteDeleted, "", "Bert", 3'000});
  REQUIRE(deleted.undo.has_value());

  const auto undone = ws.apply(*deleted.undo, at(4'000, "x", "Chris"));
  REQUIRE(undone.ok());
  CHECK(undone.changed_case_ids == std::vector<std::string>{cid});
  REQUIRE(the_case(ws).note("n1"));
  CHECK(*the_case(ws).note("n1") == kept);
  const auto& h = the_case(ws).history;
  REQUIRE(h.size() >= 2);
  CHECK(h[h.size() - 2] == HistoryEntry{ChangeKind::NoteDeleted, "", "Bert", 3'000});
  CHECK(h.back() == HistoryEntry{ChangeKind::Undone, "", "Chris", 4'000});
}

TEST_CASE("every edit adds one signed history line with the actor and the time") {
  Workspace ws = new_case();
  CHECK(the_case(ws).history == std::vector<HistoryEntry>{{ChangeKind::Created, "", "An", 1'000}});
  REQUIRE(ws.apply(AddNote{cid, "", "Notitie"}, at(2'000, "n1", "Bert")).ok());
  Jongere j;
  j.grade = "3de jaar";
  REQUIRE(ws.apply(UpdateJongere{cid, j}, at(3'000, "x", "Chris")).ok());
  REQUIRE(ws.apply(AddAgreement{cid, agreement("Bellen", "Sara", {2026, 12, 1})}, at(4'000, "a1", "An")).ok());
  REQUIRE(ws.apply(RemoveMeeting{cid, "nope"}, at(5'000)).error == ApplyError::UnknownItem);  // refused: no line
  const std::vector<HistoryEntry> expected = {
      {ChangeKind::Created, "", "An", 1'000},
      {ChangeKind::NoteAdded, "", "Bert", 2'000},
      {ChangeKind::JongereEdited, "", "Chris", 3'000},
      {ChangeKind::AgreementAdded, "Bellen", "An", 4'000},
  };
  CHECK(the_case(ws).history == expected);
  CHECK(the_case(ws).updated_at_ms == 4'000);
}

TEST_CASE("saving the registration again within ten minutes does not add a second history line") {
  constexpr std::int64_t minute = 60'000;
  Workspace ws = new_case();
  CaseDraft draft = draft_of(the_case(ws));
  auto save = [&](std::string hulpvraag, std::int64_t when, std::string actor = "An") {
    draft.hulpvraag = std::move(hulpvraag);
    REQUIRE(ws.apply(UpdateRegistration{cid, draft}, at(when, "x", std::move(actor))).ok());
  };
  const std::int64_t t0 = 100 * minute;
  save("H", t0);
  save("Ho", t0 + 4 * minute);
  save("Hoe", t0 + 13 * minute);  // 9 minutes after the previous save: still the same session
  CHECK(the_case(ws).history.size() == 2);
  CHECK(the_case(ws).history.back() == HistoryEntry{ChangeKind::RegistrationEdited, "", "An", t0 + 13 * minute});

  save("Hoe gaat", t0 + 24 * minute);  // 11 minutes later: a new line
  CHECK(the_case(ws).history.size() == 3);
  save("Hoe gaat het", t0 + 25 * minute, "Bert");  // someone else: their own line
  CHECK(the_case(ws).history.size() == 4);
  CHECK(the_case(ws).history.back() == HistoryEntry{ChangeKind::RegistrationEdited, "", "Bert", t0 + 25 * minute});
  REQUIRE(ws.apply(AddNote{cid, "", "Tussendoor"}, at(t0 + 26 * minute, "n1", "Bert")).ok());
  save("Hoe gaat het nu", t0 + 27 * minute, "Bert");  // another kind of change came between
  CHECK(the_case(ws).history.size() == 6);
  CHECK(the_case(ws).hulpvraag == "Hoe gaat het nu");
}

TEST_CASE("a refused command leaves the case exactly as it was") {
  Workspace ws = new_case();
  REQUIRE(ws.apply(PlanMeeting{cid, MeetingKind::Consult, {2026, 11, 25}, 600, ""}, at(2'000, "m1")).ok());
  REQUIRE(ws.apply(AddNote{cid, "", "Notitie"}, at(2'100, "n1")).ok());
  REQUIRE(ws.apply(AddAgreement{cid, agreement("Bellen", "Sara", {2026, 12, 1})}, at(2'200, "a1")).ok());
  const Case before = the_case(ws);

  CaseDraft bad_draft = draft_of(before);
  bad_draft.pseudonym = "";
  Jongere bad_jongere;
  bad_jongere.absence_half_days = -1;
  Meeting bad_meeting = *before.meeting("m1");
  bad_meeting.participants.push_back({"", "CLB", ParticipantRole::Clb, Attendance::Invited});
  Agreement bad_agreement = *before.agreement("a1");
  bad_agreement.who = "";
  const std::vector<Command> refused = {
      UpdateRegistration{cid, bad_draft},
      UpdateJongere{cid, bad_jongere},
      PlanMeeting{cid, MeetingKind::Consult, {2026, 12, 1}, -5, ""},
      UpdateMeeting{cid, bad_meeting},
      RemoveMeeting{cid, "nope"},
      AddAgreement{cid, agreement("", "Sara", {2026, 12, 1})},
      AddAgreement{cid, [] { Agreement a; a.what = "x"; a.who = "y"; a.meeting_id = "nope"; return a; }()},
      UpdateAgreement{cid, bad_agreement},
      SetAgreementStatus{cid, "nope", AgreementStatus::Gedaan},
      AddNote{cid, "", "   "},
      AddNote{cid, "nope", "Bij een onbekend overleg"},
      EditNote{cid, "n1", ""},
      DeleteNote{cid, "nope"},
      ChangeStatus{cid, S::Aangemeld, {}},
      ChangeStatus{cid, S::Afgesloten, {}},
  };
  for (std::size_t i = 0; i < refused.size(); ++i) {
    CAPTURE(i);
    const auto result = ws.apply(refused[i], at(9'000, "new"));
    CHECK_FALSE(result.ok());
    CHECK(result.changed_case_ids.empty());
    CHECK_FALSE(result.undo.has_value());
    CHECK(result.created_id.empty());
    CHECK(the_case(ws) == before);
  }
  CHECK(ws.apply(AddNote{"unknown", "", "x"}, at(9'000, "new")).error == ApplyError::UnknownCase);
}

TEST_CASE("an edit that changes nothing adds no history line and reports no changed case") {
  Workspace ws = new_case();
  Jongere j;
  j.school = "Sint-Jozef";
  REQUIRE(ws.apply(UpdateJongere{cid, j}, at(2'000)).ok());
  REQUIRE(ws.apply(AddNote{cid, "", "Notitie"}, at(2'100, "n1")).ok());
  REQUIRE(ws.apply(AddAgreement{cid, agreement("Bellen", "Sara", {2026, 12, 1})}, at(2'200, "a1")).ok());
  const Case before = the_case(ws);

  const std::vector<Command> no_ops = {
      UpdateRegistration{cid, draft_of(before)},
      UpdateJongere{cid, j},
      SetAgreementStatus{cid, "a1", AgreementStatus::Open},
      UpdateAgreement{cid, *before.agreement("a1")},
      EditNote{cid, "n1", "Notitie"},
      EditNote{cid, "n1", "  Notitie "},  // only the surrounding spaces differ
  };
  for (std::size_t i = 0; i < no_ops.size(); ++i) {
    CAPTURE(i);
    const auto result = ws.apply(no_ops[i], at(60'000'000, "x", "Bert"));
    CHECK(result.ok());
    CHECK(result.changed_case_ids.empty());
    CHECK_FALSE(result.undo.has_value());
    CHECK(the_case(ws) == before);  // same history, same updated time
  }
}

TEST_CASE("the birth year must lie between 1990 and this year; 0 means not recorded") {
  Workspace ws = new_case();
  const Case before = the_case(ws);
  for (int year : {1989, 2027, 201, -2010}) {
    CAPTURE(year);
    Jongere j;
    j.birth_year = year;
    CHECK(ws.apply(UpdateJongere{cid, j}, at(2'000)).issues ==
          std::vector<ValidationIssue>{{CaseField::BirthYear, ValidationCode::OutOfRange}});
  }
  CHECK(the_case(ws) == before);
  for (int year : {1990, 2012, 2026, 0}) {
    CAPTURE(year);
    Jongere j;
    j.birth_year = year;
    j.grade = "5de leerjaar";
    REQUIRE(ws.apply(UpdateJongere{cid, j}, at(3'000)).ok());
    CHECK(the_case(ws).jongere.birth_year == year);
  }
}
