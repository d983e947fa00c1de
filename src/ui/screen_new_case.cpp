// "Nieuwe casus": registers an aanmelding. The young person is named by a pseudonym or initials
// only. The form scrolls; "Opslaan" stays in reach below it.
#include <algorithm>

#include <imgui.h>

#include "ui/registration_form.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {

void NewCaseScreen::reset(const Date& today) {
  draft_ = CaseDraft{};
  draft_.registered_on = to_dutch(today);
}

void NewCaseScreen::draw(const AppView& view, Commands& out) {
  draw_save_error_banner(view, out);
  // Room for the button row below the form, so the page itself never needs to scroll.
  const float bar = metrics().touch_target + 12.0f + 3.0f * ImGui::GetStyle().ItemSpacing.y + metrics().page_margin;
  ImGui::BeginChild("case.form.scroll", ImVec2(0, std::max(120.0f, ImGui::GetContentRegionAvail().y - bar)));
  // Forms read best in a column, even on a wide landscape screen.
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("case.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  draw_registration_fields(draft_, view.new_case_issues, view.today);
  ImGui::EndChild();
  ImGui::EndChild();

  ImGui::Dummy(ImVec2(0, 12));
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float button_width = std::min(180.0f * metrics().scale, (ImGui::GetContentRegionAvail().x - gap) * 0.5f);
  if (button("case.save", text::save, ButtonKind::Primary, button_width)) out.push_back(SubmitNewCase{draft_});
  ImGui::SameLine();  // both fit: each is at most half the row
  if (button("case.cancel", text::cancel, ButtonKind::Secondary, button_width)) out.push_back(NavigateBack{});
}

}  // namespace rots::ui
