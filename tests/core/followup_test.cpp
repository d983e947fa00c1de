// Opvolging: what needs attention now across all open cases (late and due agreements, the
// coming week's meetings, consults whose advice has not been brought back, forgotten cases).
#include <doctest/doctest.h>

#include "core/followup.hpp"

using namespace rots;

namespace {
constexpr std::int64_t day_ms = 86'400'000;
const Date today{2026, 11, 22};
const std::int64_t now_ms = 1'795'000'000'000;

Case open_case(char id, std::string pseudonym, CaseStatus status = CaseStatus::InBehandeling) {
  Case c;
  c.id = std::string(32, id);
  c.pseudonym = std::move(pseudonym);
  c.status = status;
  c.registered_on = {2026, 11, 1};
  c.created_at_ms = c.updated_at_ms = now_ms;
  return c;
}
Agreement agreement(std::string what, Date due, AgreementStatus status = AgreementStatus::Open) {
  Agreement a;
  a.id = what;
  a.what = std::move(what);
  a.who = "Sara";
  a.due = due;
  a.status = status;
  return a;
}
Meeting meeting(std::string id, MeetingKind kind, Date date, int start_minute = 10 * 60) {
  Meeting m;
  m.id = std::move(id);
  m.kind = kind;
  m.date = date;
  m.start_minute = start_minute;
  return m;
}
Workspace holding(std::vector<Case> cases) {
  Workspace ws;
  ws.load(std::move(cases));
  return ws;
}
std::vector<std::string> whats(const std::vector<AgreementRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.agreement->what);
  return out;
}
std::vector<std::string> ids(const std::vector<MeetingRef>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.meeting->id);
  return out;
}
std::vector<std::string> names(const std::vector<const Case*>& cases) {
  std::vector<std::string> out;
  for (const Case* c : cases) out.push_back(c->pseudonym);
  return out;
}
using Strings = std::vector<std::string>;
}  // namespace

TEST_CASE("an open agreement due yesterday is overdue; done, cancelled, today's and later ones are not") {
  Case c = open_case('a', "Zoë");
  c.agreements = {
      agreement("gisteren open", {2026, 11, 21}),
      agreement("gisteren gedaan", {2026, 11, 21}, AgreementStatus::Gedaan),
      agreement("gisteren geannuleerd", {2026, 11, 21}, AgreementStatus::Geannuleerd),
      agreement("vandaag open", {2026, 11, 22}),
      agreement("vandaag gedaan", {2026, 11, 22}, AgreementStatus::Gedaan),
      agreement("morgen open", {2026, 11, 23}),
  };
  const Workspace ws = holding({c});
  const auto overdue = overdue_agreements(ws, today);
  CHECK(whats(overdue) == Strings{"gisteren open"});
  REQUIRE(overdue.size() == 1);
  CHECK(overdue[0].c == ws.find(std::string(32, 'a')));  // the reference leads back to its case

  CHECK(whats(agreements_due_today(ws, today)) == Strings{"vandaag open"});
  // The next day, today's agreement has become late and tomorrow's is due.
  CHECK(whats(overdue_agreements(ws, {2026, 11, 23})) == Strings{"gisteren open", "vandaag open"});
  CHECK(whats(agreements_due_today(ws, {2026, 11, 23})) == Strings{"morgen open"});
}

TEST_CASE("overdue agreements of all open cases are listed together, the longest overdue first") {
  Case a = open_case('a', "Amina");
  a.agreements = {agreement("A 20 nov", {2026, 11, 20}), agreement("A 1 nov", {2026, 11, 1})};
  Case b = open_case('b', "Bram", CaseStatus::Opvolging);
  b.agreements = {agreement("B 1 okt", {2026, 10, 1}), agreement("B 15 nov", {2026, 11, 15})};
  const Workspace ws = holding({a, b});
  const auto overdue = overdue_agreements(ws, today);
  CHECK(whats(overdue) == Strings{"B 1 okt", "A 1 nov", "B 15 nov", "A 20 nov"});
  REQUIRE(overdue.size() == 4);
  CHECK(overdue[0].c->pseudonym == "Bram");
  CHECK(overdue[1].c->pseudonym == "Amina");
}

TEST_CASE("a closed case appears in none of the follow-up lists") {
  Case closed = open_case('z', "Gesloten", CaseStatus::Afgesloten);
  closed.updated_at_ms = now_ms - 90 * day_ms;
  closed.agreements = {agreement("te laat", {2026, 11, 1}), agreement("vandaag", {2026, 11, 22})};
  closed.meetings = {meeting("morgen", MeetingKind::Overlegtafel, {2026, 11, 23}),
                     meeting("consult zonder terugkoppeling", MeetingKind::Consult, {2026, 11, 10})};
  const Workspace ws = holding({closed});
  CHECK(overdue_agreements(ws, today).empty());
  CHECK(agreements_due_today(ws, today).empty());
  CHECK(upcoming_meetings(ws, today).empty());
  CHECK(consults_awaiting_feedback(ws, today).empty());
  CHECK(inactive_cases(ws, now_ms).empty());

  // The same case, reopened, shows up everywhere.
  closed.status = CaseStatus::InBehandeling;
  const Workspace reopened = holding({closed});
  CHECK(whats(overdue_agreements(reopened, today)) == Strings{"te laat"});
  CHECK(whats(agreements_due_today(reopened, today)) == Strings{"vandaag"});
  CHECK(ids(upcoming_meetings(reopened, today)) == Strings{"morgen"});
  CHECK(ids(consults_awaiting_feedback(reopened, today)) == Strings{"consult zonder terugkoppeling"});
  CHECK(names(inactive_cases(reopened, now_ms)) == Strings{"Gesloten"});
}

TEST_CASE("the coming week's meetings run from today up to and including day seven, earliest first") {
  Case a = open_case('a', "Amina");
  a.meetings = {
      meeting("gisteren", MeetingKind::Consult, {2026, 11, 21}),
      meeting("dag 7", MeetingKind::Overlegtafel, {2026, 11, 29}),
      meeting("vandaag 14u", MeetingKind::Consult, {2026, 11, 22}, 14 * 60),
      meeting("dag 8", MeetingKind::Consult, {2026, 11, 30}),
  };
  Case b = open_case('b', "Bram");
  b.meetings = {meeting("vandaag 9u", MeetingKind::Overlegtafel, {2026, 11, 22}, 9 * 60),
                meeting("dag 3", MeetingKind::Consult, {2026, 11, 25})};
  const Workspace ws = holding({a, b});
  const auto week = upcoming_meetings(ws, today);
  CHECK(ids(week) == Strings{"vandaag 9u", "vandaag 14u", "dag 3", "dag 7"});
  REQUIRE(week.size() == 4);
  CHECK(week[0].c->pseudonym == "Bram");
  CHECK(week[1].c->pseudonym == "Amina");

  CHECK(ids(upcoming_meetings(ws, today, 0)) == Strings{"vandaag 9u", "vandaag 14u"});
  CHECK(ids(upcoming_meetings(ws, today, 3)) == Strings{"vandaag 9u", "vandaag 14u", "dag 3"});
}

TEST_CASE("the coming week runs across the end of the month and of the year") {
  Case c = open_case('a', "Amina");
  c.meetings = {meeting("30 nov", MeetingKind::Consult, {2026, 11, 30}),
                meeting("1 dec", MeetingKind::Consult, {2026, 12, 1}),
                meeting("31 dec", MeetingKind::Consult, {2026, 12, 31}),
                meeting("5 jan", MeetingKind::Consult, {2027, 1, 5}),
                meeting("6 jan", MeetingKind::Consult, {2027, 1, 6})};
  const Workspace ws = holding({c});
  CHECK(ids(upcoming_meetings(ws, {2026, 11, 25})) == Strings{"30 nov", "1 dec"});
  CHECK(ids(upcoming_meetings(ws, {2026, 12, 29})) == Strings{"31 dec", "5 jan"});
}

TEST_CASE("a consult that was held is listed until its advice has been brought back") {
  Case a = open_case('a', "Amina");
  a.meetings = {
      meeting("consult gisteren", MeetingKind::Consult, {2026, 11, 21}),
      meeting("consult met terugkoppeling", MeetingKind::Consult, {2026, 11, 10}),
      meeting("overlegtafel gisteren", MeetingKind::Overlegtafel, {2026, 11, 21}),
      meeting("consult vandaag", MeetingKind::Consult, {2026, 11, 22}),
      meeting("consult volgende week", MeetingKind::Consult, {2026, 11, 29}),
  };
  a.meetings[1].feedback_given = true;
  const Workspace ws = holding({a});
  CHECK(ids(consults_awaiting_feedback(ws, today)) == Strings{"consult gisteren"});
}

TEST_CASE("consults past their feedback date come first among those awaiting feedback") {
  Case a = open_case('a', "Amina");
  a.meetings = {meeting("op tijd", MeetingKind::Consult, {2026, 11, 10}),
                meeting("te laat", MeetingKind::Consult, {2026, 11, 15}),
                meeting("zonder datum", MeetingKind::Consult, {2026, 11, 5})};
  a.meetings[0].feedback_due = Date{2026, 11, 30};
  a.meetings[1].feedback_due = Date{2026, 11, 20};
  const Workspace ws = holding({a});
  const auto waiting = ids(consults_awaiting_feedback(ws, today));
  REQUIRE(waiting.size() == 3);
  CHECK(waiting[0] == "te laat");
}

TEST_CASE("an open case untouched for 31 days is inactive, one touched 29 days ago is not") {
  Case recent = open_case('a', "29 dagen");
  recent.updated_at_ms = now_ms - 29 * day_ms;
  Case old = open_case('b', "31 dagen");
  old.updated_at_ms = now_ms - 31 * day_ms;
  Case older = open_case('c', "60 dagen", CaseStatus::Aangemeld);
  older.updated_at_ms = now_ms - 60 * day_ms;
  Case today_case = open_case('d', "vandaag");
  const Workspace ws = holding({recent, old, older, today_case});
  CHECK(names(inactive_cases(ws, now_ms)) == Strings{"60 dagen", "31 dagen"});
  CHECK(names(inactive_cases(ws, now_ms, 45)) == Strings{"60 dagen"});
}

TEST_CASE("any change through the command path makes a forgotten case active again") {
  Workspace ws;
  const std::string id(32, 'a');
  REQUIRE(ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-09-2026"}},
                   CommandContext{"An", {2026, 10, 1}, now_ms - 40 * day_ms, id})
              .ok());
  CHECK(names(inactive_cases(ws, now_ms)) == Strings{"Zoë"});
  REQUIRE(ws.apply(AddNote{id, "", "Gebeld met moeder"}, CommandContext{"An", today, now_ms - day_ms, "n1"}).ok());
  CHECK(inactive_cases(ws, now_ms).empty());
}

TEST_CASE("the watched lists follow a ticked-off agreement, the next day and the passing time") {
  Case a = open_case('a', "Amina");
  a.agreements = {agreement("gisteren", {2026, 11, 21}), agreement("morgen", {2026, 11, 23})};
  a.updated_at_ms = now_ms - 29 * day_ms - day_ms / 2;  // inactive in half a day
  Workspace ws = holding({a});
  FollowUpWatch watch;
  CHECK(whats(watch.lists(ws, today, now_ms).overdue) == Strings{"gisteren"});
  CHECK(watch.lists(ws, today, now_ms).inactive.empty());

  const std::string id(32, 'a');
  REQUIRE(ws.apply(SetAgreementStatus{id, "gisteren", AgreementStatus::Gedaan}, CommandContext{"An", today, now_ms, ""}).ok());
  CHECK(watch.lists(ws, today, now_ms).overdue.empty());  // and no pointer into the old case
  CHECK(whats(watch.lists(ws, {2026, 11, 23}, now_ms).due_today) == Strings{"morgen"});

  Case b = open_case('b', "Bo");
  b.updated_at_ms = now_ms - 29 * day_ms - day_ms / 2;
  Workspace quiet = holding({b});  // untouched: only the clock moves
  CHECK(watch.lists(quiet, today, now_ms).inactive.empty());
  CHECK(names(watch.lists(quiet, today, now_ms + day_ms).inactive) == Strings{"Bo"});  // counted again as time passes
}
