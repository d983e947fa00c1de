// The Doorverwijzing section: referrals of the case to help-map services (outcome, and from the
// start of the help the waiting time), and the bottlenecks ("knelpunten") the signal report counts.
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#include <imgui.h>

#include "ui/date_picker.hpp"
#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

std::string referral_detail(const Referral& r) {
  std::string detail = std::string(text::referred_on_label) + " " + to_dutch(r.referred_on) + "  \u00B7  " +
                       text::referral_outcome_name(r.outcome);
  if (auto days = waiting_days(r)) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, text::waiting_format, *days);
    detail += "  \u00B7  " + std::string(buffer);
  }
  return detail;
}

int outcome_index(ReferralOutcome o) {
  for (std::size_t i = 0; i < std::size(all_referral_outcomes); ++i)
    if (all_referral_outcomes[i] == o) return static_cast<int>(i);
  return 0;
}

// A new outcome; the help's start date is today when it starts now, and kept once known.
Referral with_outcome(Referral r, ReferralOutcome outcome, const Date& today) {
  r.outcome = outcome;
  const bool started = outcome == ReferralOutcome::Gestart || outcome == ReferralOutcome::Afgerond;
  if (started && !r.started_on) r.started_on = today < r.referred_on ? r.referred_on : today;
  if (!started) r.started_on.reset();
  return r;
}

}  // namespace

void CaseDetailScreen::draw_referrals(const AppView& view, const Case& c, Commands& out) {
  heading("referrals.heading", text::referrals_heading);
  if (c.referrals.empty()) status_text("referrals.empty", text::no_referrals, palette().text_muted);
  std::vector<Choice> outcomes;
  for (ReferralOutcome o : all_referral_outcomes) outcomes.push_back({text::referral_outcome_key(o), text::referral_outcome_name(o)});
  for (const Referral& r : c.referrals) {
    const std::string id = "referral." + r.id;
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(r.service_name.c_str());
    ImGui::PopFont();
    register_item(id.c_str(), "listitem", r.service_name, referral_detail(r));
    status_text((id + ".detail").c_str(), referral_detail(r).c_str(), palette().text_muted);
    int outcome = outcome_index(r.outcome);
    if (chips((id + ".outcome").c_str(), "", outcome, outcomes))
      out.push_back(EditCase{UpdateReferral{c.id, with_outcome(r, all_referral_outcomes[outcome], view.today)}});
    if (r.started_on) {
      Date started = *r.started_on;
      if (date_field((id + ".started").c_str(), text::started_on_label, started, view.today, view.today) &&
          !(started < r.referred_on)) {
        Referral changed = r;
        changed.started_on = started;
        out.push_back(EditCase{UpdateReferral{c.id, changed}});
      }
    }
    if (button((id + ".remove").c_str(), text::remove))
      out.push_back(EditCase{RemoveReferral{c.id, r.id}, text::referral_removed, true});
    ImGui::Separator();
  }

  // Services of the case's region and those for every region, as the help map lists them,
  // narrowed by what the user types (a region easily has thirty entries).
  ServiceFilter filter;
  filter.region = c.region;
  filter.query = referral_query_;
  const auto services = view.helpmap.list(filter);
  std::vector<Choice> options;
  for (const Service* s : services) options.push_back({s->id, s->name});
  if (referral_service_ >= static_cast<int>(options.size())) referral_service_ = -1;
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("referral.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  begin_card("referral.new", text::add_referral);
  if (text_field("referral.search", text::referral_search_label, referral_query_,
                 {TextInputKind::Text, text::helpmap_search_hint}))
    referral_service_ = -1;
  choice_field("referral.service", text::referral_service_label, referral_service_, options,
               text::referral_service_placeholder);
  date_field("referral.date", text::referred_on_label, referral_date_, view.today, view.today);
  if (button("referral.add", text::add_referral, ButtonKind::Primary) && referral_service_ >= 0 &&
      referral_service_ < static_cast<int>(services.size())) {
    Referral r;
    r.service_id = services[static_cast<std::size_t>(referral_service_)]->id;
    r.service_name = services[static_cast<std::size_t>(referral_service_)]->name;
    r.referred_on = referral_date_;
    out.push_back(EditCase{AddReferral{c.id, r}, text::referral_added, true});
    referral_service_ = -1;
  }
  end_card();
  ImGui::EndChild();
}

void CaseDetailScreen::draw_knelpunten(const Case& c, Commands& out) {
  ImGui::Dummy(ImVec2(0, 12));
  std::vector<CheckItem> items;
  for (Knelpunt k : all_knelpunten)
    items.push_back({std::string(report_category(k)), text::knelpunt_name(k), static_cast<std::uint32_t>(k)});
  std::uint32_t bits = c.knelpunten;
  if (checklist("knelpunt", text::knelpunten_heading, bits, items))
    out.push_back(EditCase{SetKnelpunten{c.id, bits, c.knelpunt_other}});
  // What the user types is theirs until they leave the field; otherwise the case decides.
  if (!edit_session().editing("knelpunt.other")) knelpunt_other_ = c.knelpunt_other;
  if (c.has(Knelpunt::Andere) &&
      text_field("knelpunt.other", text::knelpunt_other_label, knelpunt_other_, {TextInputKind::Text}))
    out.push_back(EditCase{SetKnelpunten{c.id, c.knelpunten, knelpunt_other_}});
}

}  // namespace rots::ui
