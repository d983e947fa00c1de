// Meeting participants and the young person's plausibility checks (the rest of the command path: workflow_test.cpp).
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
}  // namespace

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
