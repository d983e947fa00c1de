#include "ui/fonts.hpp"

#include <cstdio>

#include "ui/theme.hpp"

namespace rots::ui {
namespace {
Fonts g_fonts;

// Latin-1, Latin Extended-A, dashes/quotes/bullet/ellipsis, per mille and angle quotes, euro.
// (Debian's Noto Sans has no U+2212 minus sign: write an en dash.)
// Keep in step with ROTS_FONT_UNICODES in src/ui/CMakeLists.txt (the subset step).
const ImWchar dutch_ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027,
                                0x2030, 0x203A, 0x20AC, 0x20AC, 0};

ImFont* add(const char* path, float size, float density) {
  ImFontConfig config;
  config.RasterizerDensity = density;
  config.OversampleH = 2;
  config.OversampleV = 1;
  if (std::FILE* f = std::fopen(path, "rb")) {
    std::fclose(f);
    return ImGui::GetIO().Fonts->AddFontFromFileTTF(path, size, &config, dutch_ranges);
  }
  std::fprintf(stderr, "font missing: %s\n", path);
  config.SizePixels = size;
  return ImGui::GetIO().Fonts->AddFontDefault(&config);
}
}  // namespace

void load_fonts(float density) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  g_fonts.body = add("/fonts/NotoSans-Regular.ttf", metrics().body_text, density);
  g_fonts.bold = add("/fonts/NotoSans-Bold.ttf", metrics().body_text, density);
  g_fonts.title = add("/fonts/NotoSans-Bold.ttf", metrics().title_text, density);
  atlas->Build();
}

const Fonts& fonts() { return g_fonts; }

}  // namespace rots::ui
