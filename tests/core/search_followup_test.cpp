// Finding cases (accent-insensitive, all text, filters) and the Opvolging queries.
#include <doctest/doctest.h>

#include "core/followup.hpp"
#include "core/search.hpp"

using namespace rots;

namespace {
constexpr std::int64_t day_ms = 86'400'000;
const Date today{2026, 11, 22};
const std::int64_t now_ms = 1'795'000'000'000;

CommandContext at(std::string new_id, std::int64_t when = now_ms) {
  return CommandContext{"An", today, when, std::move(new_id)};
}
std::string id(char c) { return std::string(32, c); }

Workspace two_cases() {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026"}}, at(id('a'))).ok());
  REQUIRE(ws.apply(CreateCase{{"Bram", Region::Antwerpen, "02-11-2026"}}, at(id('b'))).ok());
  return ws;
}
std::vector<std::string> names(const std::vector<const Case*>& cases) {
  std::vector<std::string> out;
  for (const Case* c : cases) out.push_back(c->pseudonym);
  return out;
}
CaseFilter query(std::string words) {
  CaseFilter f;
  f.query = std::move(words);
  return f;
}
std::vector<std::string> found(const Workspace& ws, CaseFilter filter) {
  return names(filter_cases(ws.cases_for_list(), filter));
}
}  // namespace

TEST_CASE("folding removes accents and case the way Dutch text needs") {
  CHECK(fold_for_search("Zoë") == "zoe");
  CHECK(fold_for_search("ÉÈÊË àçñ Ĳsselmeer Œuvre") == "eeee acn ijsselmeer oeuvre");
  CHECK(fold_for_search("\xff\xfe abc") == "\xff\xfe abc");  // invalid UTF-8 passes through
}

TEST_CASE("search is accent-insensitive and covers every text of a case") {
  Workspace ws = two_cases();
  CHECK(found(ws, query("zoe")) == std::vector<std::string>{"Zoë"});
  CHECK(found(ws, query("ZOË")) == std::vector<std::string>{"Zoë"});
  REQUIRE(ws.apply(AddNote{id('b'), "", "Gesprek met de directeur van Sint-Jozef"}, at("n1")).ok());
  REQUIRE(ws.apply(PlanMeeting{id('b'), MeetingKind::Consult, {2026, 11, 25}, 600, "CLB Antwerpen"}, at("m1")).ok());
  Agreement a;
  a.what = "Bezoek aan de zorgboerderij";
  a.who = "Tom";
  a.due = {2026, 12, 1};
  REQUIRE(ws.apply(AddAgreement{id('a'), a}, at("a1")).ok());
  CHECK(found(ws, query("sint-jozef")) == std::vector<std::string>{"Bram"});
  CHECK(found(ws, query("zorgboerderij tom")) == std::vector<std::string>{"Zoë"});
  CHECK(found(ws, query("zorgboerderij bram")).empty());  // every word must match
  CHECK(found(ws, query("clb antwerpen")) == std::vector<std::string>{"Bram"});
}

TEST_CASE("filters narrow by status, region, problem area and meeting kind") {
  Workspace ws = two_cases();
  REQUIRE(ws.apply(PlanMeeting{id('b'), MeetingKind::Overlegtafel, {2026, 11, 25}, 600, ""}, at("m1")).ok());
  Jongere j;
  j.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);
  REQUIRE(ws.apply(UpdateJongere{id('a'), j}, at("x")).ok());
  CaseFilter f;
  f.status = CaseStatus::OverlegGepland;
  CHECK(found(ws, f) == std::vector<std::string>{"Bram"});
  f = {};
  f.region = Region::Limburg;
  CHECK(found(ws, f) == std::vector<std::string>{"Zoë"});
  f = {};
  f.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);
  CHECK(found(ws, f) == std::vector<std::string>{"Zoë"});
  f = {};
  f.meeting_kind = MeetingKind::Overlegtafel;
  CHECK(found(ws, f) == std::vector<std::string>{"Bram"});
  f.region = Region::Limburg;
  CHECK(found(ws, f).empty());
}

TEST_CASE("Opvolging lists overdue agreements of open cases only, and today's separately") {
  Workspace ws = two_cases();
  auto add = [&](char c, std::string what, Date due, std::string new_id) {
    Agreement a;
    a.what = std::move(what);
    a.who = "Sara";
    a.due = due;
    REQUIRE(ws.apply(AddAgreement{id(c), a}, at(std::move(new_id))).ok());
  };
  add('a', "gisteren", {2026, 11, 21}, "a1");
  add('a', "vorige maand", {2026, 10, 2}, "a2");
  add('a', "vandaag", {2026, 11, 22}, "a3");
  add('a', "gedaan", {2026, 11, 1}, "a4");
  REQUIRE(ws.apply(SetAgreementStatus{id('a'), "a4", AgreementStatus::Gedaan}, at("x")).ok());
  add('b', "van een afgesloten casus", {2026, 11, 1}, "b1");
  REQUIRE(ws.apply(ChangeStatus{id('b'), CaseStatus::Afgesloten, ClosingReason::Doorverwezen}, at("x")).ok());

  const auto overdue = overdue_agreements(ws, today);
  REQUIRE(overdue.size() == 2);
  CHECK(overdue[0].agreement->what == "vorige maand");  // oldest first
  CHECK(overdue[1].agreement->what == "gisteren");
  const auto due_today = agreements_due_today(ws, today);
  REQUIRE(due_today.size() == 1);
  CHECK(due_today[0].agreement->what == "vandaag");
}

TEST_CASE("meetings of the next seven days, including today and day seven") {
  Workspace ws = two_cases();
  auto plan = [&](Date d, std::string new_id) {
    REQUIRE(ws.apply(PlanMeeting{id('a'), MeetingKind::Consult, d, 600, ""}, at(std::move(new_id))).ok());
  };
  plan({2026, 11, 21}, "yesterday");
  plan({2026, 11, 29}, "day7");
  plan({2026, 11, 22}, "today");
  plan({2026, 11, 30}, "day8");
  const auto upcoming = upcoming_meetings(ws, today);
  REQUIRE(upcoming.size() == 2);
  CHECK(upcoming[0].meeting->id == "today");
  CHECK(upcoming[1].meeting->id == "day7");
}

TEST_CASE("consults held without feedback to young person and context are listed until it is given") {
  Workspace ws = two_cases();
  REQUIRE(ws.apply(PlanMeeting{id('a'), MeetingKind::Consult, {2026, 11, 20}, 600, ""}, at("held")).ok());
  REQUIRE(ws.apply(PlanMeeting{id('a'), MeetingKind::Consult, {2026, 11, 24}, 600, ""}, at("future")).ok());
  REQUIRE(ws.apply(PlanMeeting{id('b'), MeetingKind::Overlegtafel, {2026, 11, 20}, 600, ""}, at("table")).ok());
  auto waiting = consults_awaiting_feedback(ws, today);
  REQUIRE(waiting.size() == 1);
  CHECK(waiting[0].meeting->id == "held");
  Meeting m = *ws.find(id('a'))->meeting("held");
  m.feedback_given = true;
  REQUIRE(ws.apply(UpdateMeeting{id('a'), m}, at("x")).ok());
  CHECK(consults_awaiting_feedback(ws, today).empty());
}

TEST_CASE("open cases untouched for more than 30 days are listed, least recent first") {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Oud", Region::Limburg, "01-09-2026"}}, at(id('a'), now_ms - 31 * day_ms)).ok());
  REQUIRE(ws.apply(CreateCase{{"Recent", Region::Limburg, "01-09-2026"}}, at(id('b'), now_ms - 29 * day_ms)).ok());
  REQUIRE(ws.apply(CreateCase{{"Ouder", Region::Limburg, "01-09-2026"}}, at(id('c'), now_ms - 40 * day_ms)).ok());
  CHECK(names(inactive_cases(ws, now_ms)) == std::vector<std::string>{"Ouder", "Oud"});
}
