// Retention of closed cases: when a closed case is due for deletion, and which are past it.
#include <doctest/doctest.h>

#include "core/date.hpp"
#include "core/retention.hpp"

using namespace rots;

namespace {
constexpr std::int64_t day_ms = 24LL * 60 * 60 * 1000;

std::int64_t noon_utc(const Date& d) { return days_since_epoch(d) * day_ms + day_ms / 2; }

Case closed_case(const std::string& pseudonym, const Date& closed) {
  Case c;
  c.id = std::string(32, pseudonym[0]);
  c.pseudonym = pseudonym;
  c.status = CaseStatus::Afgesloten;
  c.status_changes.push_back({CaseStatus::Aangemeld, CaseStatus::InBehandeling, std::nullopt, "", noon_utc({2025, 1, 5})});
  c.status_changes.push_back({CaseStatus::InBehandeling, CaseStatus::Afgesloten, ClosingReason::TerugOpSchool, "",
                              noon_utc(closed)});
  return c;
}
}  // namespace

TEST_SUITE("retention") {
TEST_CASE("a closed case is due the same day so many months after closing") {
  const Case c = closed_case("Amir", {2025, 6, 30});
  CHECK(closed_on(c) == Date{2025, 6, 30});
  CHECK(deletion_due_on(c, 12) == Date{2026, 6, 30});
  CHECK(deletion_due_on(c, 6) == Date{2025, 12, 30});
  CHECK(deletion_due_on(c, 18) == Date{2026, 12, 30});
}

TEST_CASE("the end of a long month becomes the end of a short one") {
  CHECK(add_months({2025, 8, 31}, 6) == Date{2026, 2, 28});
  CHECK(add_months({2027, 8, 31}, 6) == Date{2028, 2, 29});  // leap year
  CHECK(add_months({2025, 1, 31}, 3) == Date{2025, 4, 30});
  CHECK(add_months({2025, 11, 15}, 2) == Date{2026, 1, 15});
}

TEST_CASE("an open or reopened case has no deletion date; the last closing counts") {
  Case c = closed_case("Bo", {2025, 3, 1});
  c.status = CaseStatus::Opvolging;  // reopened
  c.status_changes.push_back({CaseStatus::Afgesloten, CaseStatus::Opvolging, std::nullopt, "", noon_utc({2025, 4, 1})});
  CHECK_FALSE(closed_on(c));
  CHECK_FALSE(deletion_due_on(c, 12));
  c.status = CaseStatus::Afgesloten;  // closed again later
  c.status_changes.push_back({CaseStatus::Opvolging, CaseStatus::Afgesloten, ClosingReason::Andere, "", noon_utc({2025, 9, 10})});
  CHECK(deletion_due_on(c, 12) == Date{2026, 9, 10});
}

TEST_CASE("the reminder lists only closed cases whose date has come, earliest first") {
  const std::vector<Case> cases{closed_case("Cas", {2025, 10, 1}), closed_case("Dina", {2025, 9, 1}),
                                closed_case("Emre", {2025, 11, 23}), closed_case("Fien", {2025, 11, 24})};
  Case open = closed_case("Gust", {2020, 1, 1});
  open.status = CaseStatus::InBehandeling;
  std::vector<Case> all = cases;
  all.push_back(open);
  const auto due = due_for_deletion(all, {2026, 11, 23}, 12);
  REQUIRE(due.size() == 3);
  CHECK(due[0]->pseudonym == "Dina");
  CHECK(due[1]->pseudonym == "Cas");
  CHECK(due[2]->pseudonym == "Emre");  // due today
  CHECK(due_for_deletion(all, {2026, 11, 23}, 24).empty());
}

TEST_CASE("the watched reminder follows a reopened case, the next day and a changed retention") {
  Workspace ws;
  ws.load({closed_case("Cas", {2025, 10, 1}), closed_case("Dina", {2025, 9, 1}), closed_case("Fien", {2025, 11, 24})});
  RetentionWatch watch;
  const Date today{2026, 11, 23};
  CHECK(watch.due(ws, today, 12) == due_for_deletion(ws.cases(), today, 12));
  REQUIRE(watch.due(ws, today, 12).size() == 2);

  // Reopened: no longer due, and the list of pointers is not stale.
  REQUIRE(ws.apply(ChangeStatus{std::string(32, 'D'), CaseStatus::InBehandeling, std::nullopt}, {"", today, noon_utc(today), ""}).ok());
  REQUIRE(watch.due(ws, today, 12).size() == 1);
  CHECK(watch.due(ws, today, 12)[0]->pseudonym == "Cas");

  CHECK(watch.due(ws, {2026, 11, 24}, 12).size() == 2);  // Fien's day has come
  CHECK(watch.due(ws, {2026, 11, 24}, 24).empty());
  Workspace other;  // another workspace at the same revision: its own cases
  other.load({closed_case("Emre", {2020, 1, 1}), closed_case("Gust", {2020, 1, 1})});
  REQUIRE(other.apply(ChangeStatus{std::string(32, 'G'), CaseStatus::InBehandeling, std::nullopt}, {"", today, noon_utc(today), ""}).ok());
  REQUIRE(other.revision() == ws.revision());
  REQUIRE(watch.due(other, {2026, 11, 24}, 24).size() == 1);
  CHECK(watch.due(other, {2026, 11, 24}, 24)[0]->pseudonym == "Emre");
}
}
