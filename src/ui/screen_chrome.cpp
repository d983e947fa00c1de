// The parts every screen shares: top bar with save state, save-error banner.
#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

const char* save_label(const SaveState& save) {
  switch (save.phase) {
    case SavePhase::Saved: return text::saved;
    case SavePhase::Saving: return text::saving;
    case SavePhase::Failed: return "Niet opgeslagen";
  }
  return "";
}

}  // namespace

void draw_top_bar(const AppView& view, const char* title, bool with_back, Commands& out) {
  const ImVec2 origin = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  const float height = metrics::top_bar_height;
  ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), colors::top_bar);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::on_primary);

  float title_x = origin.x + metrics::page_margin;
  if (with_back) {
    ImGui::PushStyleColor(ImGuiCol_Button, colors::top_bar);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors::primary_active);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors::primary_active);
    ImGui::PushStyleColor(ImGuiCol_Border, colors::top_bar);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + 8.0f, origin.y + (height - metrics::touch_target) * 0.5f));
    if (button("nav.back", text::back)) out.push_back(CloseNewCase{});
    ImGui::PopStyleColor(4);
    title_x = ImGui::GetItemRectMax().x + 12.0f;
  }
  ImGui::PushFont(fonts().title);
  ImGui::SetCursorScreenPos(ImVec2(title_x, origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f));
  ImGui::PopFont();
  heading("screen.title", title);

  const char* state = view.load_phase == LoadPhase::Ready ? save_label(view.save) : "";
  const float state_width = ImGui::CalcTextSize(state).x;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - metrics::page_margin - state_width,
                                   origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f));
  ImGui::TextUnformatted(state);
  register_item("status.save", "status", state, state);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
}

bool begin_page(const char* id) {
  return ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
}

void end_page() { ImGui::EndChild(); }

void draw_save_error_banner(const AppView& view, Commands& out) {
  if (view.save.phase != SavePhase::Failed) return;
  status_text("status.save_error", text::save_error(view.save.last_error.kind), colors::error);
  if (button("save.retry", text::retry, ButtonKind::Primary)) out.push_back(RetrySave{});
  ImGui::Separator();
}

void Ui::draw(const AppView& view, Commands& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##main", nullptr, flags);
  ImGui::PopStyleVar();
  if (view.screen == Screen::NewCase && last_screen_ != Screen::NewCase) new_case_.reset(view.today);
  last_screen_ = view.screen;
  switch (view.screen) {
    case Screen::CaseList: draw_case_list_screen(view, out); break;
    case Screen::NewCase: new_case_.draw(view, out); break;
  }
  ImGui::End();
}

}  // namespace rots::ui
