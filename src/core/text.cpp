#include "core/text.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace rots {
namespace {
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the UTF-8 sequence starting at s[i], or 0 if it is not well-formed.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
  if (n == 2 && c < 0xC2) return 0;  // overlong
  return n;
}
}  // namespace

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) {
    const std::size_t n = sequence_length(s, i);
    i += n == 0 ? 1 : n;
  }
  return count;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    const auto c = static_cast<unsigned char>(text[i]);
    std::string piece(text.substr(i, n));
    if (n == 0 || c < 0x20 || c == 0x7f) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      piece = hex;
    }
    if (out.size() + piece.size() > max_bytes) return out + "…";
    out += piece;
    i += n == 0 ? 1 : n;
  }
  return out;
}

namespace {

// Stored text is mostly ASCII: 32 bytes at a time, then eight, while no high bit is set (and,
// when NUL is refused, no byte is zero: the usual SWAR zero-byte test); one character at a time
// only around the others.
template <bool RefuseNul>
bool is_valid_utf8_of(std::string_view s) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const auto marks = [](std::uint64_t word) { return RefuseNul ? word | ((word - ones) & ~word) : word; };
  const auto word_at = [&s](std::size_t i) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, sizeof word);
    return word;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (s.size() - i >= 32 &&
        ((marks(word_at(i)) | marks(word_at(i + 8)) | marks(word_at(i + 16)) | marks(word_at(i + 24))) & highs) == 0) {
      i += 32;
      continue;
    }
    if (s.size() - i >= 8 && (marks(word_at(i)) & highs) == 0) {
      i += 8;
      continue;
    }
    if (RefuseNul && s[i] == '\0') return false;
    const std::size_t n = sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace

bool is_valid_utf8(std::string_view s) { return is_valid_utf8_of<false>(s); }
bool is_valid_utf8_without_nul(std::string_view s) { return is_valid_utf8_of<true>(s); }

}  // namespace rots
