// "Nieuwe casus": registers a case with the minimum the list needs. The young person is named
// by a pseudonym or initials only.
#include <algorithm>

#include <imgui.h>

#include "ui/date_picker.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
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
  registered_on_ = today;
  hulpvraag_.clear();
}

void NewCaseScreen::draw(const AppView& view, Commands& out) {
  draw_save_error_banner(view, out);
  // Forms read best in a column, even on a wide landscape screen.
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("case.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  text_field("case.pseudonym", text::pseudonym_label, pseudonym_,
             {TextInputKind::Name, text::pseudonym_hint, issue_for(view, CaseField::Pseudonym)});
  static const std::vector<Choice> regions = region_choices();
  chips("case.region", text::region_label, region_index_, regions, issue_for(view, CaseField::Region));
  date_field("case.registered_on", text::registered_on_label, registered_on_, view.today, view.today,
             issue_for(view, CaseField::RegisteredOn));
  text_field("case.hulpvraag", text::hulpvraag_label, hulpvraag_,
             {TextInputKind::MultiLine, text::hulpvraag_hint, issue_for(view, CaseField::Hulpvraag), 4});

  ImGui::Dummy(ImVec2(0, 8));
  const float button_width = 180.0f * metrics().scale;
  if (button("case.save", text::save, ButtonKind::Primary, button_width)) {
    CaseDraft draft{pseudonym_, std::nullopt, to_dutch(registered_on_), hulpvraag_};
    if (region_index_ >= 0) draft.region = all_regions[static_cast<std::size_t>(region_index_)];
    out.push_back(SubmitNewCase{std::move(draft)});
  }
  ImGui::SameLine();
  if (button("case.cancel", text::cancel, ButtonKind::Secondary, button_width)) out.push_back(NavigateBack{});
  ImGui::EndChild();
}

}  // namespace rots::ui
