#pragma once
// The signal report ("signaalfunctie", seed 004): anonymised counts of the registrations of a
// period and region, for the networks to report bottlenecks upward. Nothing that names or
// singles out a young person leaves this module: no pseudonym, no free text, and every count
// of 1 to 4 is shown as "<5" in the view, the charts and the CSV alike. The raw counts exist
// only inside signal_report() and are never returned.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "core/date.hpp"
#include "core/region.hpp"

namespace rots {

struct ReportQuery {
  Date from;
  Date to;                       // inclusive: registrations from..to
  std::optional<Region> region;  // none: every region
};

// Counts below this (and above zero) are never shown as a number.
inline constexpr int min_shown_count = 5;

// A count as it may be shown: the number, or "<5" with no number behind it.
struct ShownCount {
  int value = 0;  // 0 when suppressed: the real number is not kept
  bool suppressed = false;
  std::string text() const;  // "12", "0", "<5"
  bool operator==(const ShownCount&) const = default;
};
ShownCount shown_count(int count);

enum class ReportSectionKind { Bron, Criterium, Probleemgebied, Overleg, Afsluiting, Knelpunt };
inline constexpr ReportSectionKind all_report_sections[] = {
    ReportSectionKind::Bron,       ReportSectionKind::Criterium, ReportSectionKind::Probleemgebied,
    ReportSectionKind::Overleg,    ReportSectionKind::Afsluiting, ReportSectionKind::Knelpunt};
std::string_view section_key(ReportSectionKind kind);  // "bron", "criterium", …

// The category part of the row keys, per domain value (stable: the CSV's readers rely on them).
std::string_view report_category(RequesterKind r);
std::string_view report_category(ClbCriterion c);
std::string_view report_category(YouthCareCriterion c);
std::string_view report_category(ProblemArea p);
std::string_view report_category(ClosingReason r);
std::string_view report_category(Knelpunt k);
inline constexpr RequesterKind all_requester_kinds[] = {RequesterKind::Clb, RequesterKind::Jeugdhulp,
                                                        RequesterKind::School, RequesterKind::Andere};

struct ReportRow {
  std::string key;  // "<section>.<category>", e.g. "bron.clb", "knelpunt.wachtlijst-cgg"
  ShownCount count;
};
struct ReportSection {
  ReportSectionKind kind = ReportSectionKind::Bron;
  std::vector<ReportRow> rows;  // every category, also those at zero
};

// Days from registration to the first meeting held (on or before the report's day).
struct WaitStats {
  ShownCount cases;  // how many cases had a first meeting
  // Shown only from min_shown_count cases on: a median of three cases tells too much.
  std::optional<double> median, p25, p75;
};

struct SignalReport {
  ReportQuery query;
  ShownCount registrations;
  std::vector<ReportSection> sections;  // in all_report_sections order
  WaitStats days_to_first_meeting;
};

SignalReport signal_report(const std::vector<Case>& cases, const ReportQuery& query, const Date& today);

// One bar of a chart: a suppressed category is drawn as a marked stub of no length.
struct ChartBar {
  std::string key;
  double value = 0;
  bool suppressed = false;
  std::string text;  // what is written beside the bar
};
std::vector<ChartBar> chart_bars(const ReportSection& section);

// CSV (RFC 4180: comma-separated, CRLF, fields with a comma, quote or line break quoted,
// quotes doubled), UTF-8 with a byte order mark so Excel reads accents right. `label` turns
// keys into the reader's words (the UI's catalog): sections ("bron"), rows ("bron.clb") and
// "csv.*", "selectie.*", "wachttijd.*", "regio.*" keys.
using ReportLabels = std::function<std::string(std::string_view key)>;
std::string report_csv(const SignalReport& report, const ReportLabels& label);
std::string csv_field(std::string_view value);
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Days with at most one decimal, Dutch style: "12", "12,5".
std::string format_days(double days);

}  // namespace rots
