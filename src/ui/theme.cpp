#include "ui/theme.hpp"

namespace rots::ui {
namespace {

// Both palettes meet WCAG 2.1 AA: body text ≥ 7:1, muted text and borders ≥ 4.5:1 / 3:1.
constexpr Palette light{
    IM_COL32(0xF6, 0xF5, 0xF1, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0x1B, 0x1D, 0x21, 0xFF),
    IM_COL32(0x4A, 0x50, 0x5A, 0xFF), IM_COL32(0x1D, 0x5C, 0x84, 0xFF), IM_COL32(0x14, 0x45, 0x64, 0xFF),
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0x7D, 0x84, 0x8F, 0xFF), IM_COL32(0xDD, 0xDB, 0xD4, 0xFF),
    IM_COL32(0xA8, 0x1F, 0x1F, 0xFF), IM_COL32(0xFB, 0xE9, 0xE7, 0xFF), IM_COL32(0x1E, 0x6B, 0x3A, 0xFF),
    IM_COL32(0x1D, 0x5C, 0x84, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0xB9, 0xD3, 0xE6, 0xFF),
    IM_COL32(0xEC, 0xF1, 0xF5, 0xFF), IM_COL32(0xD6, 0xE2, 0xEB, 0xFF), IM_COL32(0xA9, 0xAE, 0xB5, 0xFF)};

constexpr Palette dark{
    IM_COL32(0x15, 0x17, 0x1B, 0xFF), IM_COL32(0x22, 0x25, 0x2B, 0xFF), IM_COL32(0xEC, 0xED, 0xEF, 0xFF),
    IM_COL32(0xB4, 0xB9, 0xC2, 0xFF), IM_COL32(0x7C, 0xBC, 0xE8, 0xFF), IM_COL32(0x9C, 0xCD, 0xEE, 0xFF),
    IM_COL32(0x0C, 0x18, 0x22, 0xFF), IM_COL32(0x8A, 0x91, 0x9C, 0xFF), IM_COL32(0x34, 0x38, 0x40, 0xFF),
    IM_COL32(0xFF, 0x9A, 0x90, 0xFF), IM_COL32(0x3A, 0x1F, 0x1F, 0xFF), IM_COL32(0x86, 0xD8, 0xA0, 0xFF),
    IM_COL32(0x1B, 0x36, 0x4B, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0x2E, 0x55, 0x73, 0xFF),
    IM_COL32(0x2A, 0x2E, 0x35, 0xFF), IM_COL32(0x33, 0x44, 0x55, 0xFF), IM_COL32(0x6B, 0x72, 0x7C, 0xFF)};

Metrics g_metrics;
const Palette* g_palette = &light;

ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

Metrics scaled_metrics(float s) {
  Metrics m;
  m.scale = s;
  m.body_text *= s;
  m.title_text *= s;
  m.touch_target *= s;
  m.page_margin *= s;
  m.max_form_width *= s;
  m.row_height *= s;
  m.top_bar_height *= s;
  m.nav_height *= s;
  return m;
}

void apply_colors(const Palette& p) {
  ImVec4* c = ImGui::GetStyle().Colors;
  c[ImGuiCol_Text] = v4(p.text);
  c[ImGuiCol_TextDisabled] = v4(p.text_muted);
  c[ImGuiCol_WindowBg] = v4(p.background);
  c[ImGuiCol_ChildBg] = v4(p.background);
  c[ImGuiCol_PopupBg] = v4(p.surface);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.45f);
  c[ImGuiCol_Border] = v4(p.border);
  c[ImGuiCol_FrameBg] = v4(p.surface);
  c[ImGuiCol_FrameBgHovered] = v4(p.surface);
  c[ImGuiCol_FrameBgActive] = v4(p.surface);
  c[ImGuiCol_Button] = v4(p.surface);
  c[ImGuiCol_ButtonHovered] = v4(p.hover);
  c[ImGuiCol_ButtonActive] = v4(p.pressed);
  c[ImGuiCol_Header] = v4(p.pressed);
  c[ImGuiCol_HeaderHovered] = v4(p.hover);
  c[ImGuiCol_HeaderActive] = v4(p.pressed);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = v4(p.scrollbar);
  c[ImGuiCol_ScrollbarGrabHovered] = v4(p.border);
  c[ImGuiCol_ScrollbarGrabActive] = v4(p.text_muted);
  c[ImGuiCol_CheckMark] = v4(p.primary);
  c[ImGuiCol_Separator] = v4(p.divider);
  c[ImGuiCol_TextSelectedBg] = v4(p.selection);
  c[ImGuiCol_NavHighlight] = v4(p.primary);
}

}  // namespace

const Metrics& metrics() { return g_metrics; }
const Palette& palette() { return *g_palette; }

void apply_theme(Theme theme, int text_size_percent) {
  const float s = static_cast<float>(text_size_percent) / 100.0f;
  g_metrics = scaled_metrics(s);
  g_palette = theme == Theme::Dark ? &dark : &light;

  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(g_metrics.page_margin, g_metrics.page_margin);
  style.FramePadding = ImVec2(14.0f * s, (g_metrics.touch_target - g_metrics.body_text * 1.2f) * 0.5f);
  style.ItemSpacing = ImVec2(12.0f * s, 12.0f * s);
  style.ItemInnerSpacing = ImVec2(10.0f * s, 8.0f * s);
  style.ScrollbarSize = 18.0f;  // wide enough for a finger to grab
  style.GrabMinSize = 32.0f;
  style.FrameRounding = 8.0f;
  style.PopupRounding = 8.0f;
  style.ScrollbarRounding = 9.0f;
  style.ChildRounding = 0.0f;  // panes are square; cards round themselves
  style.WindowRounding = 10.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameBorderSize = 1.0f;
  style.PopupBorderSize = 1.0f;
  style.TouchExtraPadding = ImVec2(4.0f, 4.0f);
  apply_colors(*g_palette);
}

}  // namespace rots::ui
