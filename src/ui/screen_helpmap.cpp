// "Sociale kaart": the regional help map. A searchable, filterable list (category, region, age);
// a tap opens the entry to call, mail, mark as checked or edit; and the printable card
// "Eerste hulp bij schooluitval" for a region and school.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

std::vector<Choice> tier_choices() {
  std::vector<Choice> out;
  for (ServiceTier t : all_service_tiers) out.push_back({std::string(tier_key(t)), text::tier_short(t)});
  return out;
}

// Regions, with "every region" first (index 0) when `every` is given.
std::vector<Choice> region_choices(const char* every) {
  std::vector<Choice> out;
  if (every) out.push_back({"alle", every});
  for (Region r : all_regions) out.push_back({std::string(region_key(r)), text::region_name(r)});
  return out;
}

std::optional<Region> region_at(int index) {
  if (index <= 0 || index > static_cast<int>(all_regions.size())) return std::nullopt;
  return all_regions[static_cast<std::size_t>(index - 1)];
}

int index_of_region(std::optional<Region> region) {
  if (!region) return 0;
  for (std::size_t i = 0; i < all_regions.size(); ++i)
    if (all_regions[i] == *region) return static_cast<int>(i) + 1;
  return 0;
}

std::string use_text(const ServiceUse& use) {
  if (use.referrals == 0) return {};
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, text::use_format, use.referrals);
  std::string out = buffer;
  if (use.median_wait_days) {
    std::snprintf(buffer, sizeof buffer, text::median_wait_format, format_days(*use.median_wait_days).c_str());
    out += ", " + std::string(buffer);
  }
  return out;
}

std::string row_detail(const Service& s, const AppView& view) {
  std::string detail = text::tier_short(s.tier);
  detail += "  \u00B7  " + (s.municipality.empty() ? std::string(s.region ? text::region_name(*s.region)
                                                                          : text::region_all_flanders)
                                                     : s.municipality);
  if (const std::string use = use_text(service_use(view.workspace.cases(), s.id)); !use.empty())
    detail += "  \u00B7  " + use;
  if (is_stale(s, view.today)) detail += "  \u00B7  " + std::string(text::stale_short);
  return detail;
}

const char* service_issue_text(const std::vector<ServiceIssue>& issues, ServiceField field) {
  for (const auto& issue : issues)
    if (issue.field == field) return text::service_issue(issue.field, issue.code);
  return nullptr;
}

}  // namespace

void HelpMapScreen::draw(const AppView& view, Commands& out) {
  draw_save_error_banner(view, out);
  if (editing_) {
    const Service* current = editing_id_.empty() ? nullptr : view.helpmap.find(editing_id_);
    if (!editing_id_.empty() && (!current || current->deleted)) editing_ = false;
    else return draw_entry(view, current, out);
  }
  draw_list(view, out);
}

void HelpMapScreen::open(const Service* s) {
  editing_ = true;
  editing_id_ = s ? s->id : std::string();
  draft_ = s ? *s : Service{};
  issues_.clear();
  edit_session().end();
}

void HelpMapScreen::draw_list(const AppView& view, Commands& out) {
  status_text("helpmap.intro", text::helpmap_intro, palette().text_muted);
  ImGui::Dummy(ImVec2(0, 8));
  if (button("helpmap.new", text::helpmap_new, ButtonKind::Primary)) open(nullptr);
  flow_next(text::helpmap_print, 8.0f);
  if (button("helpmap.print", text::helpmap_print)) card_open_ = !card_open_;
  flow_next(text::report_title, 8.0f);
  if (button("helpmap.report", text::report_title)) out.push_back(ShowReport{});
  if (card_open_) draw_card_form(out);
  ImGui::Dummy(ImVec2(0, 8));
  text_field("helpmap.search", "", filter_.query, {TextInputKind::Text, text::helpmap_search_hint});
  draw_filters();

  const auto entries = view.helpmap.list(filter_);
  char count[48];
  std::snprintf(count, sizeof count, text::helpmap_count_format, static_cast<int>(entries.size()));
  status_text("helpmap.count", count, palette().text_muted);
  if (entries.empty()) status_text("helpmap.none", text::helpmap_none, palette().text_muted);
  for (const Service* s : entries) {
    const std::string id = "service." + s->id;
    if (list_row(id.c_str(), s->name.c_str(), row_detail(*s, view).c_str())) open(s);
  }
}

void HelpMapScreen::draw_filters() {
  std::vector<Choice> tiers = tier_choices();
  tiers.insert(tiers.begin(), {"alle", text::all_tiers});
  int tier = filter_.tier ? static_cast<int>(*filter_.tier) + 1 : 0;
  if (choice_field("helpmap.filter.tier", text::tier_label, tier, tiers, text::all_tiers))
    filter_.tier = tier == 0 ? std::nullopt : std::optional<ServiceTier>(all_service_tiers[tier - 1]);
  int region = index_of_region(filter_.region);
  if (choice_field("helpmap.filter.region", text::region_label, region, region_choices(text::all_regions),
                   text::all_regions))
    filter_.region = region_at(region);
  int age = !filter_.age ? 0 : *filter_.age == AgeGroup::Onder12 ? 1 : 2;
  if (segmented("helpmap.filter.age", text::age_label, age,
                {{"alle", text::all_ages}, {"onder12", text::age_under_12}, {"boven12", text::age_over_12}}))
    filter_.age = age == 0 ? std::nullopt : std::optional<AgeGroup>(age == 1 ? AgeGroup::Onder12 : AgeGroup::Boven12);
}

void HelpMapScreen::draw_card_form(Commands& out) {
  begin_card("card.form", text::helpmap_print);
  choice_field("card.region", text::card_region_label, card_region_, region_choices(text::all_regions),
               text::all_regions);
  text_field("card.school", text::card_school_label, card_school_, {TextInputKind::Text});
  if (button("card.show", text::card_print, ButtonKind::Primary)) out.push_back(PrintHelpCard{region_at(card_region_), card_school_});
  end_card();
}

void HelpMapScreen::draw_entry(const AppView& view, const Service* current, Commands& out) {
  if (button("helpmap.back", text::back)) {
    editing_ = false;
    return;
  }
  ImGui::Dummy(ImVec2(0, 8));
  if (current) draw_entry_actions(view, *current, out);
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("service.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  text_field("service.name", text::service_name_label, draft_.name,
             {TextInputKind::Text, text::service_name_hint, service_issue_text(issues_, ServiceField::Name)});
  int tier = static_cast<int>(draft_.tier);
  if (choice_field("service.tier", text::tier_label, tier, tier_choices(), text::tier_label))
    draft_.tier = all_service_tiers[tier];
  int region = index_of_region(draft_.region);
  if (choice_field("service.region", text::region_label, region, region_choices(text::region_all_flanders), ""))
    draft_.region = region_at(region);
  text_field("service.municipality", text::municipality_label, draft_.municipality, {TextInputKind::Text});
  text_field("service.offer", text::offer_label, draft_.offer, {TextInputKind::MultiLine, text::offer_hint, nullptr, 2});
  checklist("service.ages", text::age_label, draft_.ages,
            {{"onder12", text::age_under_12, static_cast<std::uint32_t>(AgeGroup::Onder12)},
             {"boven12", text::age_over_12, static_cast<std::uint32_t>(AgeGroup::Boven12)}});
  if (const char* e = service_issue_text(issues_, ServiceField::Ages)) status_text("service.ages.error", e, palette().error);
  text_field("service.contact", text::contact_person_label, draft_.contact_person, {TextInputKind::Name});
  text_field("service.phone", text::phone_label, draft_.phone,
             {TextInputKind::Phone, nullptr, service_issue_text(issues_, ServiceField::Phone)});
  text_field("service.email", text::email_label, draft_.email,
             {TextInputKind::Email, nullptr, service_issue_text(issues_, ServiceField::Email)});
  text_field("service.website", text::website_label, draft_.website, {TextInputKind::Text});
  text_field("service.notes", text::service_notes_label, draft_.notes, {TextInputKind::MultiLine, nullptr, nullptr, 2});
  ImGui::Dummy(ImVec2(0, 8));
  if (button("service.save", text::save, ButtonKind::Primary)) {
    issues_ = validate(draft_);
    if (issues_.empty()) {
      out.push_back(EditHelpMap{SaveService{draft_}, current ? text::service_saved : text::service_added});
      editing_ = false;
      edit_session().end();
    }
  }
  if (current) {
    flow_next(text::service_delete, 8.0f);
    if (button("service.delete", text::service_delete)) {
      out.push_back(EditHelpMap{DeleteService{current->id}, text::service_deleted});
      editing_ = false;
    }
  }
  ImGui::EndChild();
}

// Calling, mailing, "checked today", the origin of the data, and a conflict from a bundle.
void HelpMapScreen::draw_entry_actions(const AppView& view, const Service& s, Commands& out) {
  char line[512];
  if (s.is_default()) {
    std::snprintf(line, sizeof line, text::default_data_format, s.source.c_str());
    status_text("service.source", line, palette().text_muted);
  } else {
    status_text("service.source", text::own_entry, palette().text_muted);
  }
  const std::string checked = s.last_checked ? to_dutch(*s.last_checked) : text::never_checked;
  status_text("service.checked", (std::string(text::last_checked_label) + ": " + checked).c_str(), palette().text_muted);
  if (is_stale(s, view.today)) notice("service.stale", text::stale_marker, palette().error, palette().error_surface);
  if (const std::string use = use_text(service_use(view.workspace.cases(), s.id)); !use.empty())
    status_text("service.use", use.c_str(), palette().text);
  if (!s.conflict_theirs.empty()) {
    std::snprintf(line, sizeof line, text::service_conflict_format, s.conflict_from.c_str());
    notice("service.conflict", line, palette().error, palette().hover);
    const Service& theirs = s.conflict_theirs[0];
    const std::string summary = std::string(text::their_version) + " " + theirs.name + " \u00B7 " + theirs.contact_person +
                                " \u00B7 " + theirs.phone + " \u00B7 " + theirs.email;
    status_text("service.conflict.theirs", summary.c_str(), palette().text);
    if (button("service.conflict.mine", text::keep_mine)) out.push_back(EditHelpMap{ResolveServiceConflict{s.id, false}, {}});
    flow_next(text::take_theirs, 8.0f);
    if (button("service.conflict.theirs_choice", text::take_theirs))
      out.push_back(EditHelpMap{ResolveServiceConflict{s.id, true}, {}});
  }
  ImGui::Dummy(ImVec2(0, 4));
  const std::string tel = tel_link(s.phone), mail = mailto_link(s.email);
  if (!tel.empty() && button("service.call", (std::string(text::call) + " " + s.phone).c_str(), ButtonKind::Primary))
    out.push_back(OpenLink{tel});
  if (!tel.empty() && !mail.empty()) flow_next(text::send_mail, 8.0f);
  if (!mail.empty() && button("service.mail", text::send_mail, ButtonKind::Primary)) out.push_back(OpenLink{mail});
  if (!tel.empty() || !mail.empty()) flow_next(text::mark_checked, 8.0f);
  if (button("service.mark_checked", text::mark_checked)) {
    out.push_back(EditHelpMap{MarkServiceChecked{s.id}, text::checked_toast});
    draft_.last_checked = view.today;
  }
  ImGui::Dummy(ImVec2(0, 8));
}

}  // namespace rots::ui
