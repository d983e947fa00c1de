#pragma once
// Look and touch sizes. Sizes are CSS pixels (ImGui's DisplaySize is the canvas' CSS size; the
// framebuffer scale carries the device pixel ratio) multiplied by the user's text size.
#include <imgui.h>

#include "core/settings.hpp"

namespace rots::ui {

struct Metrics {
  float scale = 1.0f;           // the text-size setting, 1.0 = 100 %
  float body_text = 18.0f;      // ≥ 16 CSS px on a tablet
  float title_text = 22.0f;
  float touch_target = 48.0f;   // ≥ 44 CSS px
  float page_margin = 20.0f;
  float max_form_width = 640.0f;
  float row_height = 72.0f;
  float top_bar_height = 60.0f;
  float nav_height = 64.0f;
  // Wider than this: list and detail side by side. Scaled like the text, so that larger text
  // falls back to one column instead of squeezing both panes.
  float wide_layout_min = 900.0f;
};

struct Palette {
  ImU32 background, surface, text, text_muted, primary, primary_active, on_primary, border, divider, error,
      error_surface, success, top_bar, top_bar_text, selection, hover, pressed, scrollbar;
};

const Metrics& metrics();
const Palette& palette();

// Applies a theme and text size to ImGui's style; fonts are rebuilt separately (load_fonts).
void apply_theme(Theme theme, int text_size_percent);

}  // namespace rots::ui
