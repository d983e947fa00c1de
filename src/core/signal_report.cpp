#include "core/signal_report.hpp"

#include <algorithm>
#include <cmath>

#include "core/helpmap.hpp"

namespace rots {
namespace {

// Raw counts of one section: only ever turned into ShownCounts before they leave this file.
struct Tally {
  std::vector<std::string> keys;
  std::vector<int> counts;
  void add(std::string key) {
    keys.push_back(std::move(key));
    counts.push_back(0);
  }
  void count(std::size_t i, bool yes) { counts[i] += yes ? 1 : 0; }
};

std::string row_key(ReportSectionKind kind, std::string_view category) {
  return std::string(section_key(kind)) + "." + std::string(category);
}

bool selected(const Case& c, const ReportQuery& q) {
  return !(c.registered_on < q.from) && !(q.to < c.registered_on) && (!q.region || c.region == *q.region);
}

std::optional<ClosingReason> closing_reason(const Case& c) {
  if (c.status != CaseStatus::Afgesloten) return std::nullopt;
  for (auto it = c.status_changes.rbegin(); it != c.status_changes.rend(); ++it)
    if (it->to == CaseStatus::Afgesloten) return it->reason;
  return std::nullopt;
}

std::optional<long> days_to_first_meeting(const Case& c, const Date& today) {
  std::optional<Date> first;
  for (const auto& m : c.meetings)
    if (!(today < m.date) && (!first || m.date < *first)) first = m.date;
  if (!first || *first < c.registered_on) return std::nullopt;
  return days_since_epoch(*first) - days_since_epoch(c.registered_on);
}

// One category: how many of the cases count in it.
template <class Pred>
void category(Tally& t, ReportSectionKind kind, std::string_view key, const std::vector<const Case*>& cases,
              Pred&& counts_in) {
  t.add(row_key(kind, key));
  for (const Case* c : cases) t.count(t.counts.size() - 1, counts_in(*c));
}

bool has_meeting(const Case& c, MeetingKind kind) {
  return std::any_of(c.meetings.begin(), c.meetings.end(), [&](const Meeting& m) { return m.kind == kind; });
}

// One section's categories (all of them, also those nobody is in) and their counts.
Tally tally(ReportSectionKind kind, const std::vector<const Case*>& cases) {
  Tally t;
  switch (kind) {
    case ReportSectionKind::Bron:
      for (RequesterKind r : all_requester_kinds)
        category(t, kind, report_category(r), cases, [&](const Case& c) { return c.aanmelding.requester == r; });
      break;
    case ReportSectionKind::Criterium:
      for (ClbCriterion k : all_clb_criteria)
        category(t, kind, report_category(k), cases, [&](const Case& c) { return c.aanmelding.has(k); });
      category(t, kind, "clb-andere", cases, [](const Case& c) { return !c.aanmelding.clb_other.empty(); });
      for (YouthCareCriterion k : all_youth_care_criteria)
        category(t, kind, report_category(k), cases, [&](const Case& c) { return c.aanmelding.has(k); });
      category(t, kind, "jh-andere", cases, [](const Case& c) { return !c.aanmelding.youth_care_other.empty(); });
      break;
    case ReportSectionKind::Probleemgebied:
      for (ProblemArea p : all_problem_areas)
        category(t, kind, report_category(p), cases, [&](const Case& c) { return c.jongere.has(p); });
      category(t, kind, "andere", cases, [](const Case& c) { return !c.jongere.problem_other.empty(); });
      break;
    case ReportSectionKind::Overleg:
      category(t, kind, "consult", cases, [](const Case& c) { return has_meeting(c, MeetingKind::Consult); });
      category(t, kind, "overlegtafel", cases, [](const Case& c) { return has_meeting(c, MeetingKind::Overlegtafel); });
      category(t, kind, "geen", cases, [](const Case& c) { return c.meetings.empty(); });
      break;
    case ReportSectionKind::Afsluiting:
      for (ClosingReason r : all_closing_reasons)
        category(t, kind, report_category(r), cases, [&](const Case& c) { return closing_reason(c) == r; });
      category(t, kind, "nog-open", cases, [](const Case& c) { return c.status != CaseStatus::Afgesloten; });
      break;
    case ReportSectionKind::Knelpunt:
      for (Knelpunt k : all_knelpunten)
        category(t, kind, report_category(k), cases, [&](const Case& c) { return c.has(k); });
      break;
  }
  return t;
}

ReportSection publish(ReportSectionKind kind, const Tally& t) {
  ReportSection section{kind, {}};
  for (std::size_t i = 0; i < t.keys.size(); ++i) section.rows.push_back({t.keys[i], shown_count(t.counts[i])});
  return section;
}

void csv_row(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (auto f : fields) {
    if (!first) out += ',';
    out += csv_field(f);
    first = false;
  }
  out += "\r\n";
}

std::string stat_text(const std::optional<double>& value, const ReportLabels& label) {
  return value ? format_days(*value) : label("wachttijd.niet-getoond");
}

}  // namespace

std::string_view report_category(RequesterKind r) {
  switch (r) {
    case RequesterKind::Clb: return "clb";
    case RequesterKind::Jeugdhulp: return "jeugdhulp";
    case RequesterKind::School: return "school";
    case RequesterKind::Andere: return "andere";
  }
  return "";
}

std::string_view report_category(ClbCriterion c) {
  switch (c) {
    case ClbCriterion::NaftAlreadyFollowed: return "clb-naft";
    case ClbCriterion::TrajectoryNegative: return "clb-traject-negatief";
    case ClbCriterion::FrequentAbsence: return "clb-afwezigheid";
    case ClbCriterion::PrimaryEducation: return "clb-basisonderwijs";
    case ClbCriterion::ComplexCase: return "clb-complexe-casus";
  }
  return "";
}

std::string_view report_category(YouthCareCriterion c) {
  switch (c) {
    case YouthCareCriterion::ConsensusWithClb: return "jh-consensus";
    case YouthCareCriterion::MultipleProblems: return "jh-veelheid-problemen";
    case YouthCareCriterion::RightToLearn: return "jh-leerrecht";
    case YouthCareCriterion::ReactivateThuiszitter: return "jh-thuiszitter";
  }
  return "";
}

std::string_view report_category(ProblemArea p) {
  switch (p) {
    case ProblemArea::Spijbelen: return "spijbelen";
    case ProblemArea::LangdurigZiek: return "langdurig-ziek";
    case ProblemArea::PsychischeKwetsbaarheid: return "psychisch";
    case ProblemArea::Tienerzwangerschap: return "tienerzwangerschap";
    case ProblemArea::TuchtBos: return "tucht";
    case ProblemArea::Schoolloos: return "schoolloos";
    case ProblemArea::Thuiszitter: return "thuiszitter";
  }
  return "";
}

std::string_view report_category(ClosingReason r) {
  switch (r) {
    case ClosingReason::TrajectOpMaat: return "traject-op-maat";
    case ClosingReason::Doorverwezen: return "doorverwezen";
    case ClosingReason::GeenMeerwaarde: return "geen-meerwaarde";
    case ClosingReason::TerugOpSchool: return "terug-op-school";
    case ClosingReason::Andere: return "andere";
  }
  return "";
}

std::string_view report_category(Knelpunt k) {
  switch (k) {
    case Knelpunt::WachtlijstCgg: return "wachtlijst-cgg";
    case Knelpunt::WachtlijstJeugdhulp: return "wachtlijst-jeugdhulp";
    case Knelpunt::GeenAanbodBasisonderwijs: return "geen-aanbod-basisonderwijs";
    case Knelpunt::GeenSchoolexternAanbod: return "geen-schoolextern-aanbod";
    case Knelpunt::GeenPassendeSchool: return "geen-passende-school";
    case Knelpunt::Vervoer: return "vervoer";
    case Knelpunt::SamenwerkingOnderwijsWelzijn: return "samenwerking";
    case Knelpunt::Andere: return "andere";
  }
  return "";
}

std::string ShownCount::text() const { return suppressed ? "<5" : std::to_string(value); }

ShownCount shown_count(int count) {
  if (count > 0 && count < min_shown_count) return {0, true};
  return {count, false};
}

std::string_view section_key(ReportSectionKind kind) {
  switch (kind) {
    case ReportSectionKind::Bron: return "bron";
    case ReportSectionKind::Criterium: return "criterium";
    case ReportSectionKind::Probleemgebied: return "probleemgebied";
    case ReportSectionKind::Overleg: return "overleg";
    case ReportSectionKind::Afsluiting: return "afsluiting";
    case ReportSectionKind::Knelpunt: return "knelpunt";
  }
  return "";
}

SignalReport signal_report(const std::vector<Case>& cases, const ReportQuery& query, const Date& today) {
  std::vector<const Case*> chosen;
  for (const Case& c : cases)
    if (selected(c, query)) chosen.push_back(&c);
  SignalReport report;
  report.query = query;
  report.registrations = shown_count(static_cast<int>(chosen.size()));
  for (ReportSectionKind kind : all_report_sections) report.sections.push_back(publish(kind, tally(kind, chosen)));

  std::vector<long> waits;
  for (const Case* c : chosen)
    if (auto days = days_to_first_meeting(*c, today)) waits.push_back(*days);
  report.days_to_first_meeting.cases = shown_count(static_cast<int>(waits.size()));
  if (static_cast<int>(waits.size()) >= min_shown_count) {
    report.days_to_first_meeting.median = median(waits);
    report.days_to_first_meeting.p25 = percentile(waits, 25);
    report.days_to_first_meeting.p75 = percentile(waits, 75);
  }
  return report;
}

std::vector<ChartBar> chart_bars(const ReportSection& section) {
  std::vector<ChartBar> bars;
  for (const auto& row : section.rows)
    bars.push_back({row.key, row.count.suppressed ? 0.0 : static_cast<double>(row.count.value), row.count.suppressed,
                    row.count.text()});
  return bars;
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string format_days(double days) {
  const long tenths = std::lround(days * 10.0);
  std::string text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) text += "," + std::to_string(std::labs(tenths % 10));
  return text;
}

std::string report_csv(const SignalReport& report, const ReportLabels& label) {
  std::string out(utf8_bom);
  csv_row(out, {label("csv.onderdeel"), label("csv.categorie"), label("csv.waarde")});
  const std::string period = to_dutch(report.query.from) + " - " + to_dutch(report.query.to);
  const std::string region =
      report.query.region ? label("regio." + std::string(region_key(*report.query.region))) : label("regio.alle");
  csv_row(out, {label("selectie"), label("selectie.periode"), period});
  csv_row(out, {label("selectie"), label("selectie.regio"), region});
  csv_row(out, {label("aanmeldingen"), label("aanmeldingen.totaal"), report.registrations.text()});
  for (const auto& section : report.sections) {
    const std::string section_label = label(section_key(section.kind));
    for (const auto& row : section.rows) csv_row(out, {section_label, label(row.key), row.count.text()});
  }
  const WaitStats& w = report.days_to_first_meeting;
  const std::string wait = label("wachttijd");
  csv_row(out, {wait, label("wachttijd.casussen"), w.cases.text()});
  csv_row(out, {wait, label("wachttijd.mediaan"), stat_text(w.median, label)});
  csv_row(out, {wait, label("wachttijd.p25"), stat_text(w.p25, label)});
  csv_row(out, {wait, label("wachttijd.p75"), stat_text(w.p75, label)});
  return out;
}

}  // namespace rots
