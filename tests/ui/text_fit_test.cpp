#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "ui/text_fit.hpp"

using rots::ui::fit_text;

namespace {

// A monospaced font: every character (not byte) is one unit wide.
float characters(std::string_view s) {
  float n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string fit(std::string_view text, float width) { return fit_text(text, width, characters); }

}  // namespace

TEST_CASE("fit text: a line that fits is shown whole, also exactly at the edge") {
  CHECK(fit("Zoë", 10) == "Zoë");
  CHECK(fit("Zoë", 3) == "Zoë");
  CHECK(fit("", 0) == "");
}

TEST_CASE("fit text: a longer line is cut after a whole character and ends with an ellipsis") {
  const std::string detail = "Aangemeld · West-Vlaanderen · Overleg 01-12-2026";
  const std::string shown = fit(detail, 20);
  CHECK(shown == "Aangemeld · West-Vl…");
  CHECK(characters(shown) == 20);
  CHECK(fit("Zoë en Noël", 4) == "Zoë…");   // the cut falls right after a two-byte character
  CHECK(fit("Zoë en Noël", 3) == "Zo…");    // and right before one: no half of it is left
}

TEST_CASE("fit text: no space before the ellipsis, and nothing but the ellipsis when nothing fits") {
  CHECK(fit("Overleg morgen", 9) == "Overleg…");
  CHECK(fit("Overleg", 1) == "…");
  CHECK(fit("Overleg", 0) == "…");
}
