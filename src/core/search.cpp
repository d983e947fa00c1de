#include "core/search.hpp"

#include <algorithm>
#include <cstring>

namespace rots {
namespace {

// ASCII spelling, lower case, of U+00C0..U+017F; nullptr: not a letter, keep as it is.
constexpr const char* latin_folds[] = {
    // U+00C0: À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00D0: Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    // U+00E0: à á â ã ä å æ ç è é ê ë ì í î ï
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0: ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100: Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    // U+0110: Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    // U+0120: Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    // U+0130: İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    // U+0140: ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    // U+0150: Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    // U+0160: Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    // U+0170: Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};
constexpr char32_t first_folded = 0xC0;
static_assert(sizeof latin_folds / sizeof latin_folds[0] == 0x180 - first_folded);

// Decodes the well-formed multi-byte UTF-8 sequence at s[i] (s[i] >= 0x80); returns its
// length, or 0 when it is not well-formed (truncated, overlong, surrogate, beyond U+10FFFF).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const std::size_t n = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || n > s.size() - i) return 0;
  cp = n == 2 ? (b0 & 0x1Fu) : n == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < smallest[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
  return n;
}

// Every fold is at most two letters, for a character of two UTF-8 bytes (U+00C0..U+017F), so
// folded text is never longer than the text.
constexpr bool folds_fit() {
  for (const char* fold : latin_folds)
    if (fold && std::char_traits<char>::length(fold) > 2) return false;
  return true;
}
static_assert(folds_fit());

// Appends the folded form of `text` to `out` (no temporary string per field), written straight
// into room made once: a push_back per character (not inlined in wasm) was a third of building
// the search index.
void fold_into(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out.resize(start + text.size());
  char* to = out.data() + start;
  for (std::size_t i = 0; i < text.size();) {
    const char byte = text[i];
    if (static_cast<unsigned char>(byte) < 0x80) {
      *to++ = byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : byte;
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t n = decode(text, i, cp);
    if (n == 0) {  // not UTF-8: the byte passes through unchanged
      *to++ = byte;
      ++i;
      continue;
    }
    const char* folded = cp >= first_folded && cp < 0x180 ? latin_folds[cp - first_folded] : nullptr;
    if (folded) {
      while (*folded) *to++ = *folded++;
    } else {
      std::memcpy(to, text.data() + i, n);
      to += n;
    }
    i += n;
  }
  out.resize(static_cast<std::size_t>(to - out.data()));
}

void add_field(std::string& out, std::string_view text) {
  if (text.empty()) return;
  fold_into(out, text);
  out += '\n';  // query words never contain '\n', so a word cannot match across two fields
}

bool is_query_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The folded query, split into words (views into `folded`).
std::vector<std::string_view> query_words(const std::string& folded) {
  std::vector<std::string_view> words;
  const std::string_view s = folded;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_query_space(s[i])) ++i;
    std::size_t end = i;
    while (end < s.size() && !is_query_space(s[end])) ++end;
    if (end > i) words.push_back(s.substr(i, end - i));
    i = end;
  }
  return words;
}

}  // namespace

bool passes_filters(const Case& c, const CaseFilter& f) {
  if (f.status && c.status != *f.status) return false;
  if (f.region && c.region != *f.region) return false;
  if (f.problem_areas != 0 && (c.jongere.problem_areas & f.problem_areas) == 0) return false;
  if (f.meeting_kind &&
      std::none_of(c.meetings.begin(), c.meetings.end(), [&](const Meeting& m) { return m.kind == *f.meeting_kind; }))
    return false;
  return true;
}

namespace {

bool has_all_words(const Case& c, const std::vector<std::string_view>& words) {
  if (words.empty()) return true;
  const std::string text = searchable_text(c);
  return std::all_of(words.begin(), words.end(),
                     [&](std::string_view w) { return text.find(w) != std::string::npos; });
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  fold_into(out, text);
  return out;
}

std::string searchable_text(const Case& c) {
  std::string out;
  add_field(out, c.pseudonym);
  add_field(out, c.hulpvraag);
  const Aanmelding& a = c.aanmelding;
  for (const std::string* t : {&a.requester_name, &a.requester_contact, &a.clb_other, &a.youth_care_other})
    add_field(out, *t);
  const Jongere& j = c.jongere;
  for (const std::string* t : {&j.grade, &j.school, &j.problem_other, &j.absence_period}) add_field(out, *t);
  for (const auto& t : j.earlier_trajectories) add_field(out, t.outcome);
  for (const auto& m : c.meetings) {
    add_field(out, m.place);
    for (const auto& p : m.participants) {
      add_field(out, p.name);
      add_field(out, p.organisation);
    }
    add_field(out, m.feedback_by);
    const Preparation& prep = m.preparation;
    for (const std::string* t : {&prep.question, &prep.tried, &prep.zorgen, &prep.goed, &prep.nodig, &prep.options})
      add_field(out, *t);
    add_field(out, m.decisions);
    for (const auto& step : m.traject) {
      add_field(out, step.what);
      add_field(out, step.provider);
    }
  }
  for (const auto& ag : c.agreements) {
    add_field(out, ag.what);
    add_field(out, ag.who);
    add_field(out, ag.follow_up_by);
  }
  for (const auto& n : c.notes) add_field(out, n.text);
  return out;
}

bool matches(const Case& c, const CaseFilter& filter) {
  if (!passes_filters(c, filter)) return false;
  const std::string folded = fold_for_search(filter.query);
  return has_all_words(c, query_words(folded));
}

std::vector<const Case*> filter_cases(const std::vector<const Case*>& cases, const CaseFilter& filter) {
  if (!filter.active()) return cases;
  const std::string folded = fold_for_search(filter.query);  // once for all cases
  const auto words = query_words(folded);
  std::vector<const Case*> out;
  for (const Case* c : cases)
    if (passes_filters(*c, filter) && has_all_words(*c, words)) out.push_back(c);
  return out;
}

}  // namespace rots
