// The workflow's command path: lifecycle rules, meetings, agreements, notes, history and undo.
#include <doctest/doctest.h>

#include "core/workspace.hpp"

using namespace rots;

namespace {
const Date today{2026, 11, 22};
CommandContext at(std::int64_t now_ms, std::string new_id = "x", std::string actor = "An") {
  return CommandContext{std::move(actor), today, now_ms, std::move(new_id)};
}
const std::string case_id(32, 'c');

Workspace with_case() {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Yara", Region::Limburg, "20-11-2026"}}, at(1000, case_id)).ok());
  return ws;
}
const Case& the_case(const Workspace& ws) { return *ws.find(case_id); }
Agreement agreement(std::string what, std::string who, Date due) {
  Agreement a;
  a.what = std::move(what);
  a.who = std::move(who);
  a.due = due;
  return a;
}
}  // namespace

TEST_CASE("the lifecycle allows the ROTS path, a few ways back, and closing from any open status") {
  using S = CaseStatus;
  CHECK(can_transition(S::Aangemeld, S::InBehandeling));
  CHECK(can_transition(S::InBehandeling, S::OverlegGepland));
  CHECK(can_transition(S::OverlegGepland, S::Opvolging));
  CHECK(can_transition(S::Opvolging, S::OverlegGepland));     // a follow-up meeting
  CHECK(can_transition(S::OverlegGepland, S::InBehandeling));  // the meeting was cancelled
  for (S from : {S::Aangemeld, S::InBehandeling, S::OverlegGepland, S::Opvolging})
    CHECK(can_transition(from, S::Afgesloten));
  CHECK(can_transition(S::Afgesloten, S::InBehandeling));  // reopened
  CHECK_FALSE(can_transition(S::Afgesloten, S::Opvolging));
  CHECK_FALSE(can_transition(S::Aangemeld, S::Opvolging));  // follow-up needs a meeting first
  CHECK_FALSE(can_transition(S::Afgesloten, S::Afgesloten));
  CHECK(next_statuses(S::Afgesloten) == std::vector<S>{S::InBehandeling});
}

TEST_CASE("closing needs a reason; the change is recorded with who, when and why") {
  Workspace ws = with_case();
  auto refused = ws.apply(ChangeStatus{case_id, CaseStatus::Afgesloten, std::nullopt}, at(2000));
  CHECK(refused.issues == std::vector<ValidationIssue>{{CaseField::ClosingReason, ValidationCode::Required}});
  CHECK(the_case(ws).status == CaseStatus::Aangemeld);

  REQUIRE(ws.apply(ChangeStatus{case_id, CaseStatus::Afgesloten, ClosingReason::GeenMeerwaarde}, at(3000)).ok());
  const Case& c = the_case(ws);
  CHECK(c.status == CaseStatus::Afgesloten);
  REQUIRE(c.status_changes.size() == 1);
  CHECK(c.status_changes[0] == StatusChange{CaseStatus::Aangemeld, CaseStatus::Afgesloten,
                                            ClosingReason::GeenMeerwaarde, "An", 3000});
  CHECK(c.history.back().kind == ChangeKind::StatusChanged);
}

TEST_CASE("a transition the lifecycle forbids is refused and changes nothing") {
  Workspace ws = with_case();
  const Case before = the_case(ws);
  CHECK(ws.apply(ChangeStatus{case_id, CaseStatus::Opvolging, std::nullopt}, at(2000)).error == ApplyError::NotAllowed);
  CHECK(the_case(ws) == before);
}

TEST_CASE("a closed case is read-only until it is reopened") {
  Workspace ws = with_case();
  REQUIRE(ws.apply(ChangeStatus{case_id, CaseStatus::Afgesloten, ClosingReason::TerugOpSchool}, at(2000)).ok());
  CHECK(ws.apply(AddNote{case_id, "", "nog iets"}, at(3000, "n1")).error == ApplyError::CaseClosed);
  REQUIRE(ws.apply(ChangeStatus{case_id, CaseStatus::InBehandeling, std::nullopt}, at(4000)).ok());
  CHECK(ws.apply(AddNote{case_id, "", "nog iets"}, at(5000, "n1")).ok());
  CHECK_FALSE(the_case(ws).status_changes.back().reason.has_value());
}

TEST_CASE("planning a meeting moves a new case to 'overleg gepland'") {
  Workspace ws = with_case();
  auto planned = ws.apply(PlanMeeting{case_id, MeetingKind::Overlegtafel, {2026, 12, 1}, 14 * 60, " CLB Gent "},
                          at(2000, "m1"));
  REQUIRE(planned.ok());
  CHECK(planned.created_id == "m1");
  const Case& c = the_case(ws);
  REQUIRE(c.meeting("m1"));
  CHECK(c.meeting("m1")->place == "CLB Gent");
  CHECK(c.status == CaseStatus::OverlegGepland);
  CHECK(ws.apply(PlanMeeting{case_id, MeetingKind::Consult, {2026, 12, 1}, 24 * 60, ""}, at(3000, "m2")).issues ==
        std::vector<ValidationIssue>{{CaseField::MeetingTime, ValidationCode::OutOfRange}});
}

TEST_CASE("a participant needs a name; a meeting update replaces the meeting") {
  Workspace ws = with_case();
  REQUIRE(ws.apply(PlanMeeting{case_id, MeetingKind::Consult, {2026, 12, 1}, 600, ""}, at(2000, "m1")).ok());
  Meeting m = *the_case(ws).meeting("m1");
  m.participants.push_back({"", "CLB", ParticipantRole::Clb, Attendance::Invited});
  CHECK(ws.apply(UpdateMeeting{case_id, m}, at(3000)).issues ==
        std::vector<ValidationIssue>{{CaseField::ParticipantName, ValidationCode::Required}});
  m.participants.back().name = "Sara";
  m.preparation.zorgen = "Angst om buiten te komen";
  REQUIRE(ws.apply(UpdateMeeting{case_id, m}, at(4000)).ok());
  CHECK(*the_case(ws).meeting("m1") == m);
  Meeting unknown = m;
  unknown.id = "nope";
  CHECK(ws.apply(UpdateMeeting{case_id, unknown}, at(5000)).error == ApplyError::UnknownItem);
}

TEST_CASE("an agreement needs what and who; overdue follows from its date and status") {
  Workspace ws = with_case();
  auto missing = ws.apply(AddAgreement{case_id, agreement("  ", "", {2026, 11, 1})}, at(2000, "a1"));
  CHECK(missing.issues == std::vector<ValidationIssue>{{CaseField::AgreementWhat, ValidationCode::Required},
                                                       {CaseField::AgreementWho, ValidationCode::Required}});
  REQUIRE(ws.apply(AddAgreement{case_id, agreement("Schoolbezoek", "Sara", {2026, 11, 21})}, at(3000, "a1")).ok());
  REQUIRE(ws.apply(AddAgreement{case_id, agreement("Aanbod vragen", "Tom", {2026, 11, 22})}, at(4000, "a2")).ok());
  const Case& c = the_case(ws);
  CHECK(is_overdue(*c.agreement("a1"), today));
  CHECK_FALSE(is_overdue(*c.agreement("a2"), today));  // due today is not late yet
  CHECK(overdue_count(c, today) == 1);

  REQUIRE(ws.apply(SetAgreementStatus{case_id, "a1", AgreementStatus::Gedaan}, at(5000)).ok());
  CHECK_FALSE(is_overdue(*the_case(ws).agreement("a1"), today));
  CHECK(the_case(ws).history.back().kind == ChangeKind::AgreementDone);
  CHECK(the_case(ws).history.back().subject == "Schoolbezoek");
}

TEST_CASE("editing a note keeps the earlier version with its author and time") {
  Workspace ws = with_case();
  REQUIRE(ws.apply(AddNote{case_id, "", "Eerste indruk"}, at(2000, "n1", "An")).ok());
  REQUIRE(ws.apply(EditNote{case_id, "n1", "Eerste indruk, aangevuld"}, at(3000, "x", "Bert")).ok());
  const Note& n = *the_case(ws).note("n1");
  CHECK(n.text == "Eerste indruk, aangevuld");
  CHECK(n.author == "Bert");
  CHECK(n.updated_at_ms == 3000);
  CHECK(n.earlier == std::vector<NoteVersion>{{"Eerste indruk", "An", 2000}});
  CHECK(ws.apply(EditNote{case_id, "n1", "  "}, at(4000)).issues ==
        std::vector<ValidationIssue>{{CaseField::NoteText, ValidationCode::Required}});
}

TEST_CASE("deleting a note is undone exactly, and the undo shows in the history") {
  Workspace ws = with_case();
  REQUIRE(ws.apply(AddNote{case_id, "", "Belangrijk"}, at(2000, "n1")).ok());
  const Note kept = *the_case(ws).note("n1");
  auto deleted = ws.apply(DeleteNote{case_id, "n1"}, at(3000));
  REQUIRE(deleted.ok());
  CHECK(the_case(ws).note("n1") == nullptr);
  REQUIRE(deleted.undo);
  REQUIRE(ws.apply(*deleted.undo, at(4000)).ok());
  REQUIRE(the_case(ws).note("n1"));
  CHECK(*the_case(ws).note("n1") == kept);
  CHECK(the_case(ws).history.back().kind == ChangeKind::Undone);
  CHECK(the_case(ws).history[the_case(ws).history.size() - 2].kind == ChangeKind::NoteDeleted);
}

TEST_CASE("every change is signed; repeated edits of one part within ten minutes are one history line") {
  Workspace ws = with_case();
  CaseDraft draft = draft_of(the_case(ws));
  draft.hulpvraag = "H";
  REQUIRE(ws.apply(UpdateRegistration{case_id, draft}, at(2000, "x", "An")).ok());
  draft.hulpvraag = "Hoe";
  REQUIRE(ws.apply(UpdateRegistration{case_id, draft}, at(2000 + 9 * 60'000, "x", "An")).ok());
  CHECK(the_case(ws).history.size() == 2);  // created + one edit line
  CHECK(the_case(ws).history.back().at_ms == 2000 + 9 * 60'000);
  draft.hulpvraag = "Hoe nu?";
  REQUIRE(ws.apply(UpdateRegistration{case_id, draft}, at(2000 + 30 * 60'000, "x", "An")).ok());
  CHECK(the_case(ws).history.size() == 3);
  CHECK(the_case(ws).history.back().actor == "An");
  CHECK(the_case(ws).updated_at_ms == 2000 + 30 * 60'000);
}

TEST_CASE("an edit that changes nothing saves nothing and adds no history") {
  Workspace ws = with_case();
  const Case before = the_case(ws);
  auto result = ws.apply(UpdateRegistration{case_id, draft_of(before)}, at(5000));
  CHECK(result.ok());
  CHECK(result.changed_case_ids.empty());
  CHECK(the_case(ws) == before);
}

TEST_CASE("the young person's birth year and absence must be plausible") {
  Workspace ws = with_case();
  Jongere j;
  j.birth_year = 201;
  j.absence_half_days = 500;
  CHECK(ws.apply(UpdateJongere{case_id, j}, at(2000)).issues ==
        std::vector<ValidationIssue>{{CaseField::BirthYear, ValidationCode::OutOfRange},
                                     {CaseField::AbsenceHalfDays, ValidationCode::OutOfRange}});
  j.birth_year = 2011;
  j.absence_half_days = 48;
  j.problem_areas = static_cast<std::uint32_t>(ProblemArea::Thuiszitter);
  REQUIRE(ws.apply(UpdateJongere{case_id, j}, at(3000)).ok());
  CHECK(the_case(ws).jongere == j);
}
