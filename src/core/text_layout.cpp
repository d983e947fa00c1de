#include "core/text_layout.hpp"

#include <cmath>

namespace rots {

char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t* length) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    *length = 1;
    return c < 0x80 ? c : 0xFFFD;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *length = n;
  return cp;
}

TextLayout TextLayout::wrap(std::string_view text, float max_width, const AdvanceFn& advance) {
  TextLayout layout;
  std::size_t line_begin = 0;
  std::size_t last_space = std::string_view::npos;  // byte offset of the last space on this line
  float width = 0.0f;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 0;
    const char32_t cp = decode_utf8(text, i, &len);
    if (cp == U'\n') {
      layout.lines.push_back({line_begin, i, i + 1});
      line_begin = i + 1;
      last_space = std::string_view::npos;
      width = 0.0f;
      i += 1;
      continue;
    }
    const float w = advance(cp);
    if (max_width > 0.0f && width + w > max_width && i > line_begin && cp != U' ') {
      if (last_space != std::string_view::npos) {
        layout.lines.push_back({line_begin, last_space, last_space + 1});
        line_begin = last_space + 1;
      } else {
        layout.lines.push_back({line_begin, i, i});  // a word wider than the line: break inside it
        line_begin = i;
      }
      last_space = std::string_view::npos;
      width = 0.0f;
      for (std::size_t k = line_begin; k < i;) {  // re-measure what moved to the new line
        std::size_t l = 0;
        width += advance(decode_utf8(text, k, &l));
        k += l;
      }
      continue;  // re-examine this character on the new line
    }
    if (cp == U' ') last_space = i;
    width += w;
    i += len;
  }
  layout.lines.push_back({line_begin, text.size(), text.size()});
  return layout;
}

std::size_t TextLayout::line_of(std::size_t caret) const {
  for (std::size_t l = 0; l + 1 < lines.size(); ++l)
    if (caret < lines[l + 1].begin) return l;
  return lines.size() - 1;
}

float TextLayout::caret_x(std::string_view text, std::size_t caret, const AdvanceFn& advance) const {
  const TextLine& line = lines[line_of(caret)];
  float x = 0.0f;
  for (std::size_t i = line.begin; i < caret && i < line.end;) {
    std::size_t len = 0;
    x += advance(decode_utf8(text, i, &len));
    i += len;
  }
  return x;
}

std::size_t TextLayout::offset_at(std::string_view text, std::size_t line_index, float x,
                                  const AdvanceFn& advance) const {
  const TextLine& line = lines[line_index < lines.size() ? line_index : lines.size() - 1];
  float left = 0.0f;
  for (std::size_t i = line.begin; i < line.end;) {
    std::size_t len = 0;
    const float w = advance(decode_utf8(text, i, &len));
    if (x < left + w * 0.5f) return i;
    left += w;
    i += len;
  }
  return line.end;
}

std::size_t utf16_to_utf8_offset(std::string_view text, std::size_t utf16_offset) {
  std::size_t units = 0, i = 0;
  while (i < text.size() && units < utf16_offset) {
    std::size_t len = 0;
    const char32_t cp = decode_utf8(text, i, &len);
    units += cp >= 0x10000 ? 2 : 1;
    i += len;
  }
  return i;
}

std::size_t utf8_to_utf16_offset(std::string_view text, std::size_t utf8_offset) {
  std::size_t units = 0, i = 0;
  while (i < text.size() && i < utf8_offset) {
    std::size_t len = 0;
    const char32_t cp = decode_utf8(text, i, &len);
    units += cp >= 0x10000 ? 2 : 1;
    i += len;
  }
  return units;
}

}  // namespace rots
