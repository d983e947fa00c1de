#include "core/exchange.hpp"

#include <algorithm>
#include <set>

#include "core/search.hpp"
#include "core/text.hpp"

namespace rots {
namespace {

// Letters and digits survive, everything else becomes one dash; at most 24 characters.
std::string file_name_part(std::string_view pseudonym) {
  std::string out;
  for (char ch : fold_for_search(pseudonym)) {
    const bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (keep)
      out += ch;
    else if (!out.empty() && out.back() != '-')
      out += '-';
    if (out.size() >= 24) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "casus" : out;
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out += cp;
    i += length;
  }
  return out;
}

}  // namespace

std::string bundle_file_name(const Date& today, const std::vector<std::string>& pseudonyms, bool everything) {
  std::string name = "rots-" + to_iso(today) + "-";
  if (everything) {
    name += "alles-" + std::to_string(pseudonyms.size()) + (pseudonyms.size() == 1 ? "-casus" : "-casussen");
  } else if (pseudonyms.size() <= 2) {
    for (std::size_t i = 0; i < pseudonyms.size(); ++i) name += (i ? "-" : "") + file_name_part(pseudonyms[i]);
    if (pseudonyms.empty()) name += "leeg";
  } else {
    name += file_name_part(pseudonyms[0]) + "-" + file_name_part(pseudonyms[1]) + "-en-" +
            std::to_string(pseudonyms.size() - 2) + "-andere";
  }
  return name + ".rotsbundle";
}

PassphraseStrength passphrase_strength(std::string_view passphrase) {
  const std::u32string chars = code_points(passphrase);
  if (chars.size() < min_passphrase_length) return PassphraseStrength::TooShort;
  // Text people type has about 2 bits per character; each kind of character beyond lowercase
  // letters (and the spaces and dashes between words) adds a little.
  bool upper = false, digit = false, symbol = false, other = false;
  std::set<char32_t> distinct;
  double repeats = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const char32_t c = chars[i];
    distinct.insert(c);
    upper |= c >= 'A' && c <= 'Z';
    digit |= c >= '0' && c <= '9';
    other |= c >= 0x80;
    symbol |= c < 0x80 && c != ' ' && c != '-' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
              !(c >= '0' && c <= '9');
    // "aaaa" and "1234" add almost nothing.
    if (i > 0 && (c == chars[i - 1] || c == chars[i - 1] + 1)) repeats += 1;
  }
  const double bits_per_char = 2.0 + 0.8 * (upper + digit + symbol + other);
  double bits = (static_cast<double>(chars.size()) - 0.75 * repeats) * bits_per_char;
  if (distinct.size() < 6) bits = std::min(bits, 20.0);
  if (bits < 35) return PassphraseStrength::Weak;
  if (bits < 55) return PassphraseStrength::Reasonable;
  return PassphraseStrength::Strong;
}

}  // namespace rots
