// "Nieuwe casus": registers a case with the minimum the list needs. The young person is named
// by a pseudonym or initials only.
#include <algorithm>

#include <imgui.h>

#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

const char* issue_for(const AppView& view, CaseField field) {
  for (const auto& issue : view.new_case_issues)
    if (issue.field == field) return text::validation_message(issue.field, issue.code);
  return nullptr;
}

std::vector<Choice> region_choices() {
  std::vector<Choice> choices;
  for (Region r : all_regions) choices.push_back({std::string(region_key(r)), text::region_name(r)});
  return choices;
}

}  // namespace

void NewCaseScreen::reset(const Date& today) {
  pseudonym_.clear();
  region_index_ = -1;
  registered_on_ = to_dutch(today);
}

void NewCaseScreen::draw(const AppView& view, Commands& out) {
  draw_top_bar(view, text::new_case, true, out);
  begin_page("page.new_case");
  draw_save_error_banner(view, out);

  // Forms read best in a column, even on a wide landscape screen.
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics::max_form_width);
  ImGui::BeginChild("case.form", ImVec2(width, 0), false);
  text_field("case.pseudonym", text::pseudonym_label, pseudonym_, text::pseudonym_hint,
             issue_for(view, CaseField::Pseudonym));
  static const std::vector<Choice> regions = region_choices();
  choice_field("case.region", text::region_label, region_index_, regions, text::region_placeholder,
               issue_for(view, CaseField::Region));
  text_field("case.registered_on", text::registered_on_label, registered_on_, text::date_hint,
             issue_for(view, CaseField::RegisteredOn));

  ImGui::Dummy(ImVec2(0, 8));
  if (button("case.save", text::save, ButtonKind::Primary, 180.0f)) {
    CaseDraft draft{pseudonym_, std::nullopt, registered_on_};
    if (region_index_ >= 0) draft.region = all_regions[static_cast<std::size_t>(region_index_)];
    out.push_back(SubmitNewCase{std::move(draft)});
  }
  ImGui::SameLine();
  if (button("case.cancel", text::cancel, ButtonKind::Secondary, 180.0f)) out.push_back(CloseNewCase{});
  ImGui::EndChild();
  end_page();
}

}  // namespace rots::ui
