#include "storage/base64.hpp"

#include <array>

namespace rots {
namespace {

constexpr std::uint8_t invalid = 0xFF;

constexpr std::array<std::uint8_t, 256> make_table() {
  std::array<std::uint8_t, 256> table{};
  for (auto& v : table) v = invalid;
  constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (std::size_t i = 0; i < alphabet.size(); ++i) table[static_cast<unsigned char>(alphabet[i])] = static_cast<std::uint8_t>(i);
  return table;
}

constexpr std::array<std::uint8_t, 256> sextet = make_table();

}  // namespace

std::optional<std::vector<std::uint8_t>> decode_base64(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::size_t padding = 0;
  if (!text.empty() && text.back() == '=') padding = text[text.size() - 2] == '=' ? 2 : 1;
  std::vector<std::uint8_t> out;
  out.reserve(text.size() / 4 * 3);
  const std::size_t full = text.size() - (padding ? 4 : 0);  // groups without padding
  for (std::size_t i = 0; i < full; i += 4) {
    const std::uint32_t a = sextet[static_cast<unsigned char>(text[i])], b = sextet[static_cast<unsigned char>(text[i + 1])],
                        c = sextet[static_cast<unsigned char>(text[i + 2])], d = sextet[static_cast<unsigned char>(text[i + 3])];
    if ((a | b | c | d) > 63) return std::nullopt;  // one of them is `invalid`
    const std::uint32_t group = a << 18 | b << 12 | c << 6 | d;
    out.push_back(static_cast<std::uint8_t>(group >> 16));
    out.push_back(static_cast<std::uint8_t>(group >> 8));
    out.push_back(static_cast<std::uint8_t>(group));
  }
  if (padding) {
    const std::string_view last = text.substr(full);
    const std::uint32_t a = sextet[static_cast<unsigned char>(last[0])], b = sextet[static_cast<unsigned char>(last[1])];
    const std::uint32_t c = padding == 1 ? sextet[static_cast<unsigned char>(last[2])] : 0;
    if ((a | b | c) > 63) return std::nullopt;
    // Bits past the data must be zero: another text for the same bytes is not what we wrote.
    if (padding == 2 ? (b & 0x0F) != 0 : (c & 0x03) != 0) return std::nullopt;
    out.push_back(static_cast<std::uint8_t>(a << 2 | b >> 4));
    if (padding == 1) out.push_back(static_cast<std::uint8_t>((b & 0x0F) << 4 | c >> 2));
  }
  return out;
}

}  // namespace rots
