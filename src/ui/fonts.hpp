#pragma once
// Noto Sans (Debian's fonts-noto-core), subset at build time to the glyphs Dutch text needs.
#include <imgui.h>

namespace rots::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* title = nullptr;
};

// (Re)builds the font atlas, rasterized at `density` pixels per CSS pixel so text stays crisp
// on 2x tablet screens. Falls back to ImGui's built-in font if the files are missing.
void load_fonts(float density);
const Fonts& fonts();

}  // namespace rots::ui
