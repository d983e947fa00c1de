#include <doctest/doctest.h>

#include <string>

#include "core/text_layout.hpp"

using namespace rots;

namespace {
// Every character 10 units wide: line widths are easy to reason about.
const AdvanceFn mono = [](char32_t) { return 10.0f; };

std::string line_text(std::string_view text, const TextLine& l) { return std::string(text.substr(l.begin, l.end - l.begin)); }
}  // namespace

TEST_CASE("wrapping breaks at spaces and keeps words whole") {
  const std::string text = "een twee drie vier";
  auto layout = TextLayout::wrap(text, 95.0f, mono);  // 9 characters per line
  REQUIRE(layout.lines.size() == 2);
  CHECK(line_text(text, layout.lines[0]) == "een twee");
  CHECK(line_text(text, layout.lines[1]) == "drie vier");
}

TEST_CASE("a word wider than the line is broken inside") {
  const std::string text = "schoolloopbaan";
  auto layout = TextLayout::wrap(text, 55.0f, mono);  // 5 per line
  REQUIRE(layout.lines.size() == 3);
  CHECK(line_text(text, layout.lines[0]) == "schoo");
  CHECK(line_text(text, layout.lines[1]) == "lloop");
  CHECK(line_text(text, layout.lines[2]) == "baan");
}

TEST_CASE("newlines always break, and an empty text is one empty line") {
  const std::string text = "a\n\nb";
  auto layout = TextLayout::wrap(text, 0.0f, mono);
  REQUIRE(layout.lines.size() == 3);
  CHECK(line_text(text, layout.lines[1]).empty());
  CHECK(TextLayout::wrap("", 100.0f, mono).lines.size() == 1);
}

TEST_CASE("accented characters are one character wide, not one per byte") {
  const std::string text = "één zoë";
  auto layout = TextLayout::wrap(text, 35.0f, mono);
  REQUIRE(layout.lines.size() == 2);
  CHECK(line_text(text, layout.lines[0]) == "één");
  CHECK(layout.caret_x(text, text.size(), mono) == doctest::Approx(30.0f));
}

TEST_CASE("caret geometry and taps agree") {
  const std::string text = "een twee drie";
  auto layout = TextLayout::wrap(text, 95.0f, mono);
  const std::size_t d = text.find("drie");
  CHECK(layout.line_of(d) == 1);                        // caret at a soft break goes to the new line
  CHECK(layout.caret_x(text, d + 2, mono) == doctest::Approx(20.0f));
  CHECK(layout.offset_at(text, 1, 21.0f, mono) == d + 2);  // nearest boundary
  CHECK(layout.offset_at(text, 1, 26.0f, mono) == d + 3);
  CHECK(layout.offset_at(text, 0, 1000.0f, mono) == layout.lines[0].end);
}

TEST_CASE("UTF-16 positions from the browser map to UTF-8 bytes and back") {
  const std::string text = "Zoë 😀 x";  // ë: 2 bytes, 1 unit; emoji: 4 bytes, 2 units
  CHECK(utf16_to_utf8_offset(text, 3) == 4);
  CHECK(utf16_to_utf8_offset(text, 6) == 9);
  CHECK(utf8_to_utf16_offset(text, 9) == 6);
  CHECK(utf8_to_utf16_offset(text, text.size()) == 8);
  for (std::size_t units = 0; units <= 8; ++units)
    if (units != 5) CHECK(utf8_to_utf16_offset(text, utf16_to_utf8_offset(text, units)) == units);
}
