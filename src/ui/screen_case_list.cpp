// "Casussen": the start screen. Lists the cases on this device, newest registration first.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

std::string case_detail(const Case& c) {
  return std::string(text::region_name(c.region)) + "  \u00B7  " + text::registered_on_prefix + " " +
         to_dutch(c.registered_on);
}

void draw_quarantine_notice(const AppView& view) {
  if (view.quarantined.empty()) return;
  std::string which;
  for (const auto& q : view.quarantined) {
    if (!which.empty()) which += "; ";
    which += q.key + " (" + text::decode_error(q.error.code) + ")";
  }
  char message[2048];
  std::snprintf(message, sizeof message, text::quarantine_notice_format, static_cast<int>(view.quarantined.size()),
                which.c_str());
  status_text("status.quarantine", message, colors::error);
}

void draw_case_rows(const AppView& view) {
  ImGui::BeginChild("case.list", ImVec2(0, 0), false);
  for (const Case* c : view.workspace.cases_for_list()) {
    const std::string id = "case.row." + c->id;
    list_row(id.c_str(), c->pseudonym.c_str(), case_detail(*c).c_str());
  }
  ImGui::EndChild();
}

}  // namespace

void draw_case_list_screen(const AppView& view, Commands& out) {
  draw_top_bar(view, text::app_title, false, out);
  begin_page("page.cases");
  draw_save_error_banner(view, out);
  if (view.load_phase == LoadPhase::Unavailable) status_text("status.storage", text::storage_unavailable, colors::error);

  // Heading and "Nieuwe casus" share a row, vertically centred on the button.
  const float row_y = ImGui::GetCursorPosY();
  const float title_height = fonts().title->FontSize * 1.35f;
  ImGui::SetCursorPosY(row_y + (metrics::touch_target - title_height) * 0.5f);
  heading("cases.heading", text::cases_heading);
  const float button_width = 200.0f;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - button_width);
  ImGui::SetCursorPosY(row_y);
  const bool loading = view.load_phase == LoadPhase::Loading;
  ImGui::BeginDisabled(loading);
  if (button("case.new", text::new_case, ButtonKind::Primary, button_width)) out.push_back(OpenNewCase{});
  ImGui::EndDisabled();

  draw_quarantine_notice(view);
  if (loading) {
    status_text("status.loading", text::loading_cases, colors::text_muted);
  } else if (view.workspace.cases().empty()) {
    status_text("cases.empty", text::no_cases_yet, colors::text_muted);
  } else {
    draw_case_rows(view);
  }
  end_page();
}

}  // namespace rots::ui
