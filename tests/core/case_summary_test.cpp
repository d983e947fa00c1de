#include <doctest/doctest.h>

#include <algorithm>

#include "core/case_summary.hpp"
#include "core/sample_data.hpp"
#include "core/search.hpp"
#include "core/workspace.hpp"
#include "case_ids.hpp"  // tests/core

using namespace rots;
using rots::test::ids_of;

namespace {

std::vector<Case> outlines_of(const std::vector<Case>& cases) {
  std::vector<Case> outlines;
  for (const Case& c : cases) outlines.push_back(outline_of(summary_of(c)));
  return outlines;
}

// The list's filters without a query: what an outline must answer like its full case.
std::vector<CaseFilter> list_filters() {
  std::vector<CaseFilter> filters(1);
  auto with = [&](auto set) {
    CaseFilter f;
    set(f);
    filters.push_back(f);
  };
  for (CaseStatus s : all_case_statuses) with([&](CaseFilter& f) { f.status = s; });
  for (Region r : all_regions) with([&](CaseFilter& f) { f.region = r; });
  for (ProblemArea p : all_problem_areas) with([&](CaseFilter& f) { f.problem_areas = static_cast<std::uint32_t>(p); });
  for (MeetingKind k : {MeetingKind::Consult, MeetingKind::Overlegtafel}) with([&](CaseFilter& f) { f.meeting_kind = k; });
  return filters;
}

CommandContext context() { return CommandContext{"tester", Date{2026, 11, 22}, 1000, std::string(32, 'f')}; }

}  // namespace

TEST_CASE("an outline answers the case list like its full case: order, filters, next meeting, overdue") {
  const auto cases = sample_cases(7, 300);
  Workspace full, outlined;
  full.load(cases);
  outlined.add_outlines(outlines_of(cases));
  CHECK(outlined.unopened_count() == cases.size());
  CHECK(ids_of(outlined.cases_for_list()) == ids_of(full.cases_for_list()));
  int filtered_out = 0;
  for (const CaseFilter& f : list_filters()) {
    const auto want = ids_of(filter_cases(full.cases_for_list(), f));
    CHECK(ids_of(filter_cases(outlined.cases_for_list(), f)) == want);
    filtered_out += want.size() < cases.size();
  }
  CHECK(filtered_out > 5);  // the filters really sort cases apart in this data
  int with_next = 0, with_overdue = 0;
  for (const Date today : {Date{2025, 1, 1}, Date{2026, 6, 15}, Date{2027, 12, 31}}) {
    for (const Case& c : cases) {
      const Case outline = outline_of(summary_of(c));
      const Meeting* want = next_meeting(c, today);
      const Meeting* got = next_meeting(outline, today);
      REQUIRE((want == nullptr) == (got == nullptr));
      if (want) CHECK(got->date == want->date);
      CHECK(overdue_count(outline, today) == overdue_count(c, today));
      with_next += want != nullptr;
      with_overdue += overdue_count(c, today) > 0;
    }
  }
  CHECK(with_next > 0);
  CHECK(with_overdue > 0);
}

TEST_CASE("an outline cannot be edited, duplicated or deleted until its full record has replaced it") {
  const Case c = sample_case(3, 0);
  Workspace ws;
  ws.add_outlines({outline_of(summary_of(c))});
  REQUIRE(ws.find(c.id));
  CHECK_FALSE(ws.is_open(c.id));
  const std::uint64_t before = ws.revision();
  CHECK(ws.apply(AddNote{c.id, "", "nieuwe nota"}, context()).error == ApplyError::NotOpen);
  CHECK(ws.apply(DeleteCase{c.id}, context()).error == ApplyError::NotOpen);
  CHECK(ws.apply(DuplicateCase{c.id, "Kopie"}, context()).error == ApplyError::NotOpen);
  CHECK(ws.apply(ChangeStatus{c.id, CaseStatus::Afgesloten, ClosingReason{}}, context()).error == ApplyError::NotOpen);
  CHECK(ws.revision() == before);
  CHECK(ws.find(c.id)->notes.empty());

  CHECK(ws.open_case(c));
  CHECK(ws.is_open(c.id));
  CHECK(*ws.find(c.id) == c);
  CHECK(ws.revision_of(c.id) > before);
  CHECK(ws.apply(AddNote{c.id, "", "nieuwe nota"}, context()).ok());
  // A second copy of the stored record (read again) does not replace the edited case.
  CHECK_FALSE(ws.open_case(c));
  CHECK(ws.find(c.id)->notes.size() == c.notes.size() + 1);
}

TEST_CASE("no import while any case is an outline: the merge would compare against missing fields") {
  const auto cases = sample_cases(5, 2);
  Workspace ws;
  ws.add_outlines(outlines_of(cases));
  ws.open_case(cases[0]);
  Case incoming = sample_case(99, 0);
  CHECK(ws.apply(ImportCases{{incoming}, "collega"}, context()).error == ApplyError::NotOpen);
  CHECK_FALSE(ws.find(incoming.id));
  ws.open_case(cases[1]);
  CHECK(ws.all_open());
  CHECK(ws.apply(ImportCases{{incoming}, "collega"}, context()).ok());
}

TEST_CASE("a case stored without a summary is added when its record comes; outlines never opened are dropped") {
  const auto cases = sample_cases(11, 3);
  Workspace ws;
  ws.load({});
  ws.add_outlines(outlines_of({cases[0], cases[1]}));
  CHECK(ws.open_case(cases[2]));  // older data: no summary, so no outline
  CHECK(ws.open_case(cases[0]));
  CHECK(ws.cases().size() == 3);
  CHECK(ws.drop_unopened() == std::vector<std::string>{cases[1].id});
  CHECK(ws.cases().size() == 2);
  CHECK_FALSE(ws.find(cases[1].id));
  CHECK(ws.all_open());
}
