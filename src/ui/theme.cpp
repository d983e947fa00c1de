#include "ui/theme.hpp"

namespace rots::ui {
namespace {
ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
}  // namespace

void apply_theme() {
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  s.WindowPadding = ImVec2(metrics::page_margin, metrics::page_margin);
  s.FramePadding = ImVec2(14.0f, (metrics::touch_target - metrics::body_text * 1.2f) * 0.5f);
  s.ItemSpacing = ImVec2(12.0f, 12.0f);
  s.ItemInnerSpacing = ImVec2(10.0f, 8.0f);
  s.ScrollbarSize = 18.0f;  // wide enough for a finger to grab
  s.GrabMinSize = 32.0f;
  s.FrameRounding = 8.0f;
  s.PopupRounding = 8.0f;
  s.ScrollbarRounding = 9.0f;
  s.WindowRounding = 0.0f;
  s.WindowBorderSize = 0.0f;
  s.FrameBorderSize = 1.0f;
  s.PopupBorderSize = 1.0f;
  s.TouchExtraPadding = ImVec2(4.0f, 4.0f);

  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = v4(colors::text);
  c[ImGuiCol_TextDisabled] = v4(colors::text_muted);
  c[ImGuiCol_WindowBg] = v4(colors::background);
  c[ImGuiCol_ChildBg] = v4(colors::background);
  c[ImGuiCol_PopupBg] = v4(colors::surface);
  c[ImGuiCol_Border] = v4(colors::border);
  c[ImGuiCol_FrameBg] = v4(colors::surface);
  c[ImGuiCol_FrameBgHovered] = v4(colors::surface);
  c[ImGuiCol_FrameBgActive] = v4(colors::surface);
  c[ImGuiCol_Button] = v4(colors::surface);
  c[ImGuiCol_ButtonHovered] = v4(IM_COL32(0xEC, 0xF1, 0xF5, 0xFF));
  c[ImGuiCol_ButtonActive] = v4(IM_COL32(0xD6, 0xE2, 0xEB, 0xFF));
  c[ImGuiCol_Header] = v4(IM_COL32(0xD6, 0xE2, 0xEB, 0xFF));
  c[ImGuiCol_HeaderHovered] = v4(IM_COL32(0xEC, 0xF1, 0xF5, 0xFF));
  c[ImGuiCol_HeaderActive] = v4(IM_COL32(0xD6, 0xE2, 0xEB, 0xFF));
  c[ImGuiCol_ScrollbarBg] = v4(IM_COL32(0, 0, 0, 0));
  c[ImGuiCol_ScrollbarGrab] = v4(IM_COL32(0xA9, 0xAE, 0xB5, 0xFF));
  c[ImGuiCol_ScrollbarGrabHovered] = v4(IM_COL32(0x8A, 0x90, 0x99, 0xFF));
  c[ImGuiCol_ScrollbarGrabActive] = v4(IM_COL32(0x6B, 0x72, 0x7C, 0xFF));
  c[ImGuiCol_CheckMark] = v4(colors::primary);
  c[ImGuiCol_Separator] = v4(colors::divider);
  c[ImGuiCol_TextSelectedBg] = v4(IM_COL32(0xB9, 0xD3, 0xE6, 0xFF));
  c[ImGuiCol_NavHighlight] = v4(colors::primary);
}

}  // namespace rots::ui
