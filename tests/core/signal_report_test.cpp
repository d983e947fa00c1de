// The signal report: what is counted for a period and region, and that counts of 1 to 4 never
// leave as a number: not in the view model, not in the chart data, not in the CSV.
#include <doctest/doctest.h>

#include <string>

#include "core/signal_report.hpp"

using namespace rots;

namespace {

const Date today{2026, 6, 30};  // every meeting of the sample has been held
const ReportQuery q1_west{{2026, 1, 1}, {2026, 3, 31}, Region::WestVlaanderen};

Case make_case(std::string pseudonym, Date registered, RequesterKind from, Region region = Region::WestVlaanderen) {
  Case c;
  c.pseudonym = std::move(pseudonym);
  c.registered_on = registered;
  c.region = region;
  c.aanmelding.requester = from;
  return c;
}

void add_meeting(Case& c, MeetingKind kind, int days_after_registration) {
  Meeting m;
  m.kind = kind;
  m.date = date_from_days(days_since_epoch(c.registered_on) + days_after_registration);
  c.meetings.push_back(m);
}

// Seven registrations in West-Vlaanderen in the first quarter (five by the CLB, two by youth
// care), six with a first meeting, one closed with a reason; plus one case outside the region
// and one outside the period that must not count.
std::vector<Case> sample_cases() {
  std::vector<Case> cases;
  const int waits[] = {10, 20, 31, 40, 50, 60};
  for (int i = 0; i < 7; ++i) {
    Case c = make_case("Zo\u00EB " + std::to_string(i), Date{2026, 1 + i % 3, 5 + i},
                       i < 5 ? RequesterKind::Clb : RequesterKind::Jeugdhulp);
    if (i < 6) add_meeting(c, i % 2 == 0 ? MeetingKind::Consult : MeetingKind::Overlegtafel, waits[i]);
    c.knelpunten = static_cast<std::uint32_t>(Knelpunt::WachtlijstCgg);
    if (i == 0) c.knelpunten |= static_cast<std::uint32_t>(Knelpunt::GeenAanbodBasisonderwijs);
    c.knelpunt_other = "Geheime details over de jongere";
    c.jongere.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);
    cases.push_back(c);
  }
  cases[0].status = CaseStatus::Afgesloten;
  cases[0].status_changes.push_back({CaseStatus::Opvolging, CaseStatus::Afgesloten, ClosingReason::Doorverwezen, "", 0});
  cases.push_back(make_case("Limburg", {2026, 2, 1}, RequesterKind::Clb, Region::Limburg));
  cases.push_back(make_case("Te laat", {2026, 4, 2}, RequesterKind::Clb));
  return cases;
}

const ReportRow& row(const SignalReport& r, std::string_view key) {
  for (const auto& section : r.sections)
    for (const auto& row : section.rows)
      if (row.key == key) return row;
  FAIL("no row " << key);
  throw 0;
}

const ReportSection& section(const SignalReport& r, ReportSectionKind kind) {
  for (const auto& s : r.sections)
    if (s.kind == kind) return s;
  FAIL("no section");
  throw 0;
}

// A reader's labels with a comma and quotes in them, to see the CSV quote them.
std::string label(std::string_view key) {
  if (key == "bron") return "Aanmelder, \"bron\"";
  return std::string(key);
}

}  // namespace

TEST_SUITE("signal report") {
TEST_CASE("counts the registrations of the period and region by source, shown from five on") {
  const SignalReport r = signal_report(sample_cases(), q1_west, today);
  CHECK(r.registrations == ShownCount{7, false});
  CHECK(row(r, "bron.clb").count == ShownCount{5, false});
  CHECK(row(r, "bron.jeugdhulp").count == ShownCount{0, true});  // two: only "<5" leaves
  CHECK(row(r, "bron.school").count == ShownCount{0, false});    // zero is not suppressed
  CHECK(row(r, "bron.jeugdhulp").count.text() == "<5");
  CHECK(row(r, "knelpunt.wachtlijst-cgg").count.text() == "7");
  CHECK(row(r, "knelpunt.geen-aanbod-basisonderwijs").count.text() == "<5");
  CHECK(row(r, "probleemgebied.spijbelen").count.text() == "7");
  CHECK(row(r, "afsluiting.doorverwezen").count.text() == "<5");
  CHECK(row(r, "afsluiting.nog-open").count.text() == "6");
  CHECK(row(r, "overleg.consult").count.text() == "<5");       // three cases
  CHECK(row(r, "overleg.overlegtafel").count.text() == "<5");  // three cases
}

TEST_CASE("every region, and an empty period") {
  ReportQuery all = q1_west;
  all.region.reset();
  CHECK(signal_report(sample_cases(), all, today).registrations.text() == "8");
  const ReportQuery none{{2025, 1, 1}, {2025, 12, 31}, std::nullopt};
  const SignalReport empty = signal_report(sample_cases(), none, today);
  CHECK(empty.registrations.text() == "0");
  CHECK(row(empty, "bron.clb").count.text() == "0");
  CHECK_FALSE(empty.days_to_first_meeting.median);
}

TEST_CASE("days from registration to the first meeting: median and spread from five cases on") {
  const SignalReport r = signal_report(sample_cases(), q1_west, today);
  CHECK(r.days_to_first_meeting.cases.text() == "6");
  REQUIRE(r.days_to_first_meeting.median);
  CHECK(*r.days_to_first_meeting.median == doctest::Approx(35.5));  // 10 20 31 | 40 50 60
  CHECK(*r.days_to_first_meeting.p25 == doctest::Approx(22.75));
  CHECK(*r.days_to_first_meeting.p75 == doctest::Approx(47.5));

  auto few = sample_cases();
  for (int i = 0; i < 3; ++i) few[i].meetings.clear();
  const SignalReport small = signal_report(few, q1_west, today);
  CHECK(small.days_to_first_meeting.cases.text() == "<5");
  CHECK_FALSE(small.days_to_first_meeting.median);
  CHECK_FALSE(small.days_to_first_meeting.p25);
  CHECK_FALSE(small.days_to_first_meeting.p75);
}

TEST_CASE("a meeting still to come is not a first meeting yet") {
  auto cases = sample_cases();
  const SignalReport r = signal_report(cases, q1_west, Date{2026, 1, 1});
  CHECK(r.days_to_first_meeting.cases.text() == "0");
}

TEST_CASE("chart bars carry no number for a suppressed count") {
  const SignalReport r = signal_report(sample_cases(), q1_west, today);
  for (const auto& s : r.sections)
    for (const ChartBar& bar : chart_bars(s)) {
      INFO(bar.key);
      CHECK_FALSE((bar.value >= 1 && bar.value <= 4));
      if (bar.suppressed) {
        CHECK(bar.value == 0);
        CHECK(bar.text == "<5");
      }
    }
  const auto bars = chart_bars(section(r, ReportSectionKind::Bron));
  REQUIRE(bars.size() == 4);
  CHECK(bars[0].key == "bron.clb");
  CHECK(bars[0].value == 5);
  CHECK(bars[1].suppressed);
}

TEST_CASE("the CSV: BOM, CRLF rows of three fields, RFC 4180 quoting, <5 and no pseudonym or free text") {
  const std::string csv = report_csv(signal_report(sample_cases(), q1_west, today), label);
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv.find("csv.onderdeel,csv.categorie,csv.waarde\r\n") == 3);
  CHECK(csv.find("\"Aanmelder, \"\"bron\"\"\",bron.clb,5\r\n") != std::string::npos);
  CHECK(csv.find("\"Aanmelder, \"\"bron\"\"\",bron.jeugdhulp,<5\r\n") != std::string::npos);
  CHECK(csv.find("aanmeldingen,aanmeldingen.totaal,7\r\n") != std::string::npos);
  CHECK(csv.find("selectie,selectie.regio,regio.west-vlaanderen\r\n") != std::string::npos);
  CHECK(csv.find("wachttijd,wachttijd.mediaan,\"35,5\"\r\n") != std::string::npos);
  CHECK(csv.find("Zo\u00EB") == std::string::npos);
  CHECK(csv.find("Geheime") == std::string::npos);
  // No bare line feeds and no suppressed value as a digit: every row of a 1-4 count says <5.
  for (std::size_t at = csv.find('\n'); at != std::string::npos; at = csv.find('\n', at + 1)) CHECK(csv[at - 1] == '\r');
  CHECK(csv.find(",bron.jeugdhulp,2") == std::string::npos);
  CHECK(csv.find("knelpunt.geen-aanbod-basisonderwijs,<5\r\n") != std::string::npos);
}

TEST_CASE("the CSV says the waiting time is not shown below five cases") {
  auto few = sample_cases();
  for (int i = 0; i < 4; ++i) few[i].meetings.clear();
  const std::string csv = report_csv(signal_report(few, q1_west, today), label);
  CHECK(csv.find("wachttijd,wachttijd.casussen,<5\r\n") != std::string::npos);
  CHECK(csv.find("wachttijd,wachttijd.mediaan,wachttijd.niet-getoond\r\n") != std::string::npos);
}

TEST_CASE("CSV fields are quoted only when they must be") {
  CHECK(csv_field("gewoon") == "gewoon");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("zei \"nee\"") == "\"zei \"\"nee\"\"\"");
  CHECK(csv_field("twee\r\nregels") == "\"twee\r\nregels\"");
  CHECK(csv_field("Zo\u00EB") == "Zo\u00EB");
  CHECK(format_days(12) == "12");
  CHECK(format_days(12.25) == "12,3");  // one decimal, rounded
  CHECK(format_days(0.5) == "0,5");
}
}
