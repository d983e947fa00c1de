#include "ui/theme.hpp"

#include <algorithm>

#include "ui/palette.hpp"

namespace rots::ui {
namespace {

constexpr ImU32 col(Rgb c) { return IM_COL32(c.r, c.g, c.b, 0xFF); }

// The colours live in palette.hpp (checked for contrast by tests/ui/contrast_test.cpp).
constexpr Palette from_colors(const PaletteColors& c) {
  return {col(c.background), col(c.surface),      col(c.text),     col(c.text_muted),    col(c.primary),
          col(c.primary_active), col(c.on_primary), col(c.border), col(c.divider),       col(c.error),
          col(c.error_surface), col(c.success),      col(c.top_bar), col(c.top_bar_text), col(c.selection),
          col(c.hover),         col(c.pressed),      col(c.scrollbar)};
}

constexpr Palette light = from_colors(light_colors);
constexpr Palette dark = from_colors(dark_colors);

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
  m.wide_layout_min *= std::max(1.0f, s);  // smaller text keeps portrait one column
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
