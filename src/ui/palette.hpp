#pragma once
// The colours of both themes, without ImGui, so a unit test can check their contrast (WCAG 2.1
// AA: 4.5:1 for text, 3:1 for the edges of controls). theme.cpp turns them into ImGui colours.
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace rots::ui {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};

constexpr Rgb rgb(std::uint32_t hex) {
  return {static_cast<std::uint8_t>(hex >> 16), static_cast<std::uint8_t>(hex >> 8), static_cast<std::uint8_t>(hex)};
}

// What each colour is drawn on or with is listed in tests/ui/contrast_test.cpp.
struct PaletteColors {
  Rgb background, surface, text, text_muted, primary, primary_active, on_primary, border, divider, error,
      error_surface, success, top_bar, top_bar_text, selection, hover, pressed, scrollbar;
};

inline constexpr PaletteColors light_colors{
    rgb(0xF6F5F1), rgb(0xFFFFFF), rgb(0x1B1D21), rgb(0x4A505A), rgb(0x1D5C84), rgb(0x144564),
    rgb(0xFFFFFF), rgb(0x7D848F), rgb(0xDDDBD4), rgb(0xA81F1F), rgb(0xFBE9E7), rgb(0x1E6B3A),
    rgb(0x1D5C84), rgb(0xFFFFFF), rgb(0xB9D3E6), rgb(0xECF1F5), rgb(0xD6E2EB), rgb(0x80868F)};

inline constexpr PaletteColors dark_colors{
    rgb(0x15171B), rgb(0x22252B), rgb(0xECEDEF), rgb(0xB4B9C2), rgb(0x7CBCE8), rgb(0x9CCDEE),
    rgb(0x0C1822), rgb(0x8A919C), rgb(0x343840), rgb(0xFF9A90), rgb(0x3A1F1F), rgb(0x86D8A0),
    rgb(0x1B364B), rgb(0xFFFFFF), rgb(0x234560), rgb(0x2A2E35), rgb(0x334455), rgb(0x6B727C)};

// WCAG 2.1 relative luminance and contrast ratio (1:1 … 21:1).
inline double relative_luminance(Rgb c) {
  auto channel = [](std::uint8_t v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

inline double contrast_ratio(Rgb a, Rgb b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace rots::ui
