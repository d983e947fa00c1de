#pragma once
// Look and touch sizes. Sizes are CSS pixels: ImGui's DisplaySize is the canvas' CSS size and
// the framebuffer scale carries the device pixel ratio.
#include <imgui.h>

namespace rots::ui {

namespace metrics {
inline constexpr float body_text = 18.0f;     // ≥ 16 CSS px on a tablet
inline constexpr float title_text = 22.0f;
inline constexpr float touch_target = 48.0f;  // ≥ 44 CSS px
inline constexpr float page_margin = 20.0f;
inline constexpr float max_form_width = 640.0f;
inline constexpr float row_height = 72.0f;
inline constexpr float top_bar_height = 60.0f;
}  // namespace metrics

namespace colors {
inline constexpr ImU32 background = IM_COL32(0xF6, 0xF5, 0xF1, 0xFF);
inline constexpr ImU32 surface = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
inline constexpr ImU32 text = IM_COL32(0x1B, 0x1D, 0x21, 0xFF);
inline constexpr ImU32 text_muted = IM_COL32(0x4A, 0x50, 0x5A, 0xFF);
inline constexpr ImU32 primary = IM_COL32(0x1D, 0x5C, 0x84, 0xFF);
inline constexpr ImU32 primary_active = IM_COL32(0x14, 0x45, 0x64, 0xFF);
inline constexpr ImU32 on_primary = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
inline constexpr ImU32 border = IM_COL32(0x7D, 0x84, 0x8F, 0xFF);
inline constexpr ImU32 divider = IM_COL32(0xDD, 0xDB, 0xD4, 0xFF);
inline constexpr ImU32 error = IM_COL32(0xA8, 0x1F, 0x1F, 0xFF);
inline constexpr ImU32 error_surface = IM_COL32(0xFB, 0xE9, 0xE7, 0xFF);
inline constexpr ImU32 success = IM_COL32(0x1E, 0x6B, 0x3A, 0xFF);
inline constexpr ImU32 top_bar = IM_COL32(0x1D, 0x5C, 0x84, 0xFF);
}  // namespace colors

void apply_theme();

}  // namespace rots::ui
