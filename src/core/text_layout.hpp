#pragma once
// Word wrapping and caret geometry for the app's text fields. The browser's hidden textarea
// does the editing; the canvas shows the text, the caret and the selection using this layout.
// Kept free of fonts: the caller supplies each character's advance width.
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace rots {

struct TextLine {
  std::size_t begin = 0;  // byte offsets into the text; [begin, end) is drawn
  std::size_t end = 0;
  std::size_t next = 0;   // where the following line starts (skips the break's space/newline)
};

using AdvanceFn = std::function<float(char32_t)>;

struct TextLayout {
  std::vector<TextLine> lines;

  // Breaks at spaces where possible, inside a word only when the word alone is too wide, and
  // always at '\n'. max_width <= 0 means no wrapping. Always at least one line.
  static TextLayout wrap(std::string_view text, float max_width, const AdvanceFn& advance);

  // Line holding the caret at byte offset `caret` (a caret at a soft break belongs to the next line).
  std::size_t line_of(std::size_t caret) const;
  // x of the caret within its line.
  float caret_x(std::string_view text, std::size_t caret, const AdvanceFn& advance) const;
  // Byte offset nearest to x on `line` (for a tap).
  std::size_t offset_at(std::string_view text, std::size_t line, float x, const AdvanceFn& advance) const;
};

// Decodes one code point at `i` (invalid bytes decode as U+FFFD, length 1).
char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t* length);

// The browser counts text positions in UTF-16 code units, ImGui and our strings in UTF-8 bytes.
std::size_t utf16_to_utf8_offset(std::string_view text, std::size_t utf16_offset);
std::size_t utf8_to_utf16_offset(std::string_view text, std::size_t utf8_offset);

}  // namespace rots
