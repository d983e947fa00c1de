#include "ui/print_html.hpp"

#include "ui/text_nl.hpp"

namespace rots::ui {
namespace {

// The document's own words; the labels of fields come from the catalog.
constexpr const char* agenda_title = "Agenda";
constexpr const char* summary_title = "Samenvatting casus";
constexpr const char* confidential_format = "Vertrouwelijk \u2014 enkel pseudoniem. Afgedrukt op ";
constexpr const char* open_agreements = "Openstaande afspraken";
constexpr const char* meetings_heading = "Overleg";
constexpr const char* status_history = "Statusverloop";
constexpr const char* card_printed = "ROTS Werkmap \u2014 sociale kaart. Afgedrukt op ";

class Page {
 public:
  explicit Page(const std::string& title) {
    html_ += "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>";
    html_ += escape_html(title);
    html_ += "</title><link rel=\"stylesheet\" href=\"print.css\"></head><body>";
  }
  Page& h1(std::string_view t) { return tag("h1", t); }
  Page& h2(std::string_view t) { return tag("h2", t); }
  Page& p(std::string_view t) { return tag("p", t); }
  Page& field(std::string_view label, std::string_view value) {
    if (value.empty()) return *this;
    html_ += "<p><b>" + escape_html(label) + ":</b> " + escape_html(value) + "</p>";
    return *this;
  }
  Page& block(std::string_view label, std::string_view value) {
    html_ += "<h3>" + escape_html(label) + "</h3><div class=\"box\">" +
             (value.empty() ? std::string("&nbsp;") : escape_html(value)) + "</div>";
    return *this;
  }
  Page& raw(const std::string& html) {
    html_ += html;
    return *this;
  }
  std::string finish(const Date& today, const char* footer = confidential_format) {
    html_ += "<footer>" + escape_html(footer) + to_dutch(today) + "</footer></body></html>";
    return std::move(html_);
  }

 private:
  Page& tag(const char* name, std::string_view t) {
    html_ += std::string("<") + name + ">" + escape_html(t) + "</" + name + ">";
    return *this;
  }
  std::string html_;
};

std::string row(std::initializer_list<std::string_view> cells, const char* cell = "td") {
  std::string html = "<tr>";
  for (auto c : cells) html += std::string("<") + cell + ">" + escape_html(c) + "</" + cell + ">";
  return html + "</tr>";
}

std::string meeting_title(const Meeting& m) {
  return std::string(text::meeting_kind_name(m.kind)) + " " + to_dutch(m.date) + " " + format_time(m.start_minute);
}

std::string participants_table(const Meeting& m) {
  if (m.participants.empty()) return "<p>\u2014</p>";
  std::string html = "<table>" + row({text::participant_name_label, text::participant_org_label,
                                      text::participant_role_label, text::attendance_label},
                                     "th");
  for (const auto& p : m.participants)
    html += row({p.name, p.organisation, text::role_name(p.role), text::attendance_name(p.attendance)});
  return html + "</table>";
}

std::string agreements_table(const Case& c, const Date& today, bool open_only) {
  std::string html = "<table>" + row({text::agreement_what_label, text::agreement_who_label,
                                      text::agreement_due_label, text::agreement_follow_up_label, text::status_label},
                                     "th");
  int n = 0;
  for (const auto& a : c.agreements) {
    if (open_only && a.status != AgreementStatus::Open) continue;
    const std::string state = is_overdue(a, today) ? text::overdue : text::agreement_status_name(a.status);
    html += row({a.what, a.who, to_dutch(a.due), a.follow_up_by, state});
    ++n;
  }
  return n == 0 ? std::string("<p>") + text::no_agreements + "</p>" : html + "</table>";
}

std::string three_columns(const Preparation& p) {
  return "<table class=\"columns\">" + row({text::zorgen_label, text::goed_label, text::nodig_label}, "th") + "<tr><td>" +
         escape_html(p.zorgen) + "</td><td>" + escape_html(p.goed) + "</td><td>" + escape_html(p.nodig) +
         "</td></tr></table>";
}

std::string card_entry(const Service& s, const Date& today) {
  std::string html = "<div class=\"entry\"><b>" + escape_html(s.name) + "</b>";
  if (is_stale(s, today)) html += "&deg;";
  std::string contact;
  for (const std::string* part : {&s.contact_person, &s.phone, &s.email, &s.website})
    if (!part->empty()) contact += (contact.empty() ? "" : " \u00B7 ") + *part;
  if (!s.municipality.empty()) contact += (contact.empty() ? "" : " \u00B7 ") + s.municipality;
  // Nothing filled in yet: a line to write the local contact on, as teams do with the paper card.
  html += contact.empty() ? "<div class=\"fill\">" + escape_html(text::card_fill_in) + "</div>"
                          : "<div class=\"contact\">" + escape_html(contact) + "</div>";
  if (!s.offer.empty()) html += "<div class=\"offer\">" + escape_html(s.offer) + "</div>";
  return html + "</div>";
}

}  // namespace

std::string helpmap_card_html(const HelpMap& map, std::optional<Region> region, const std::string& school,
                              const Date& today) {
  ServiceFilter filter;
  filter.region = region;
  const auto entries = map.list(filter);
  Page page(text::card_heading);
  std::string subtitle = region ? text::region_name(*region) : text::all_regions;
  if (!school.empty()) subtitle = school + " \u00B7 " + subtitle;
  page.raw("<div class=\"card\">").h1(text::card_heading).p(subtitle).p(text::card_intro);
  for (ServiceTier tier : all_service_tiers) {
    page.h2(text::tier_name(tier));
    std::string html = "<div class=\"entries\">";
    int n = 0;
    for (const Service* s : entries)
      if (s->tier == tier) {
        html += card_entry(*s, today);
        ++n;
      }
    page.raw(n ? html + "</div>" : std::string("<p class=\"empty\">") + escape_html(text::card_empty_tier) + "</p>");
  }
  page.p(text::card_footer).raw("</div>");
  return page.finish(today, card_printed);
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': out += "<br>"; break;
      case '\r': break;
      default: out += ch;
    }
  }
  return out;
}

std::string agenda_html(const Case& c, const Meeting& m, const Date& today) {
  Page page(std::string(agenda_title) + " " + c.pseudonym);
  page.h1(std::string(agenda_title) + " \u2014 " + meeting_title(m))
      .field(text::pseudonym_short, c.pseudonym)
      .field(text::region_label, text::region_name(c.region))
      .field(text::meeting_place_label, m.place)
      .h2(text::participants_label)
      .raw(participants_table(m))
      .block(text::question_label, m.preparation.question)
      .block(text::tried_label, m.preparation.tried)
      .raw(three_columns(m.preparation))
      .block(text::options_label, m.preparation.options)
      .h2(open_agreements)
      .raw(agreements_table(c, today, true));
  return page.finish(today);
}

std::string summary_html(const Case& c, const Date& today) {
  Page page(std::string(summary_title) + " " + c.pseudonym);
  page.h1(std::string(summary_title) + " \u2014 " + c.pseudonym)
      .field(text::status_label, text::status_name(c.status))
      .field(text::region_label, text::region_name(c.region))
      .field(text::registered_on_label, to_dutch(c.registered_on))
      .field(text::requester_label, text::requester_name(c.aanmelding.requester))
      .block(text::hulpvraag_label, c.hulpvraag);

  page.h2(text::section_jongere);
  const Jongere& j = c.jongere;
  if (j.birth_year) page.field(text::birth_year_label, std::to_string(j.birth_year));
  if (j.level) page.field(text::level_label, text::level_name(*j.level));
  page.field(text::grade_label, j.grade);
  std::string areas;
  for (ProblemArea p : all_problem_areas)
    if (j.has(p)) areas += (areas.empty() ? "" : ", ") + std::string(text::problem_area_name(p));
  page.field(text::problem_areas_label, areas);
  if (j.absence_half_days) page.field(text::absence_label, std::to_string(j.absence_half_days) + " " + j.absence_period);

  page.h2(meetings_heading);
  for (const Meeting& m : c.meetings) {
    page.raw("<h3>" + escape_html(meeting_title(m)) + "</h3>")
        .field(text::decisions_label, m.decisions);
    for (const auto& step : m.traject)
      page.field(text::traject_label,
                 step.what + (step.provider.empty() ? "" : " (" + step.provider + ")") +
                     (step.start ? " \u2014 " + to_dutch(*step.start) : ""));
  }
  if (c.meetings.empty()) page.p(text::no_meetings);

  page.h2(text::section_agreements).raw(agreements_table(c, today, false));
  page.h2(status_history);
  for (const auto& s : c.status_changes) {
    std::string line = std::string(text::status_name(s.from)) + " \u2192 " + text::status_name(s.to);
    if (s.reason) line += " (" + std::string(text::closing_reason_name(*s.reason)) + ")";
    page.p(line);
  }
  return page.finish(today);
}

}  // namespace rots::ui
