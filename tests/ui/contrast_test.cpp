// WCAG 2.1 AA contrast of both themes: 4.5:1 for text on every background it is drawn on,
// 3:1 for the edges that make a control recognisable (1.4.3 and 1.4.11).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ui/palette.hpp"

using namespace rots::ui;

namespace {

struct Pair {
  const char* what;
  Rgb PaletteColors::*front;
  Rgb PaletteColors::*back;
};

// Text and where it is drawn: pages, cards and fields, notices (hover), the chosen row
// (selection), pressed buttons, primary buttons, error notices and the top bar.
const std::vector<Pair> text_pairs = {
    {"text on background", &PaletteColors::text, &PaletteColors::background},
    {"text on surface", &PaletteColors::text, &PaletteColors::surface},
    {"text on hover", &PaletteColors::text, &PaletteColors::hover},
    {"text on pressed", &PaletteColors::text, &PaletteColors::pressed},
    {"text on selection", &PaletteColors::text, &PaletteColors::selection},
    {"text on error_surface", &PaletteColors::text, &PaletteColors::error_surface},
    {"text_muted on background", &PaletteColors::text_muted, &PaletteColors::background},
    {"text_muted on surface", &PaletteColors::text_muted, &PaletteColors::surface},
    {"text_muted on hover", &PaletteColors::text_muted, &PaletteColors::hover},
    {"text_muted on selection", &PaletteColors::text_muted, &PaletteColors::selection},
    {"error on background", &PaletteColors::error, &PaletteColors::background},
    {"error on surface", &PaletteColors::error, &PaletteColors::surface},
    {"error on hover", &PaletteColors::error, &PaletteColors::hover},
    {"error on selection", &PaletteColors::error, &PaletteColors::selection},
    {"error on error_surface", &PaletteColors::error, &PaletteColors::error_surface},
    {"primary on background", &PaletteColors::primary, &PaletteColors::background},
    {"primary on surface", &PaletteColors::primary, &PaletteColors::surface},
    {"success on background", &PaletteColors::success, &PaletteColors::background},
    {"success on surface", &PaletteColors::success, &PaletteColors::surface},
    {"on_primary on primary", &PaletteColors::on_primary, &PaletteColors::primary},
    {"on_primary on primary_active", &PaletteColors::on_primary, &PaletteColors::primary_active},
    {"top_bar_text on top_bar", &PaletteColors::top_bar_text, &PaletteColors::top_bar},
};

// Field and button outlines, filled primary buttons and check marks, scrollbar thumbs.
const std::vector<Pair> control_pairs = {
    {"border vs background", &PaletteColors::border, &PaletteColors::background},
    {"border vs surface", &PaletteColors::border, &PaletteColors::surface},
    {"primary vs background", &PaletteColors::primary, &PaletteColors::background},
    {"primary vs surface", &PaletteColors::primary, &PaletteColors::surface},
    {"scrollbar vs background", &PaletteColors::scrollbar, &PaletteColors::background},
    {"scrollbar vs surface", &PaletteColors::scrollbar, &PaletteColors::surface},
};

void check(const PaletteColors& palette, const std::vector<Pair>& pairs, double minimum) {
  for (const Pair& p : pairs) {
    const double ratio = contrast_ratio(palette.*p.front, palette.*p.back);
    CAPTURE(std::string(p.what));
    CAPTURE(ratio);
    CHECK(ratio >= minimum);
  }
}

}  // namespace

TEST_CASE("contrast ratio follows WCAG 2.1") {
  CHECK(contrast_ratio(rgb(0x000000), rgb(0xFFFFFF)) == doctest::Approx(21.0));
  CHECK(contrast_ratio(rgb(0x777777), rgb(0x777777)) == doctest::Approx(1.0));
  // The reference value: #767676 on white is the lightest grey that passes 4.5:1.
  CHECK(contrast_ratio(rgb(0x767676), rgb(0xFFFFFF)) == doctest::Approx(4.54).epsilon(0.005));
  CHECK(contrast_ratio(rgb(0x777777), rgb(0xFFFFFF)) < 4.5);
}

TEST_CASE("light theme meets WCAG 2.1 AA") {
  check(light_colors, text_pairs, 4.5);
  check(light_colors, control_pairs, 3.0);
}

TEST_CASE("dark theme meets WCAG 2.1 AA") {
  check(dark_colors, text_pairs, 4.5);
  check(dark_colors, control_pairs, 3.0);
}
