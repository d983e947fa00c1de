#include "core/search.hpp"

#include <algorithm>

namespace rots {
namespace {

// Folds one code point of Latin-1 Supplement / Latin Extended-A to ASCII; nullptr: keep.
const char* fold_code_point(char32_t cp) {
  if (cp < 0xC0 || cp > 0x17F) return nullptr;
  static constexpr const char* latin1[] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
  };
  if (cp <= 0xFF) return latin1[cp - 0xC0];
  // Exact table by code point for what Dutch text actually uses; others pass through.
  switch (cp) {
    case 0x132: case 0x133: return "ij";
    case 0x152: case 0x153: return "oe";
    case 0x160: case 0x161: return "s";
    case 0x17D: case 0x17E: return "z";
    case 0x178: return "y";
    case 0x10C: case 0x10D: case 0x106: case 0x107: return "c";
    case 0x11A: case 0x11B: case 0x118: case 0x119: case 0x116: case 0x117: case 0x112: case 0x113: return "e";
    case 0x141: case 0x142: return "l";
    case 0x143: case 0x144: case 0x147: case 0x148: return "n";
    case 0x158: case 0x159: return "r";
    case 0x15A: case 0x15B: case 0x15E: case 0x15F: return "s";
    case 0x16E: case 0x16F: case 0x170: case 0x171: case 0x16A: case 0x16B: return "u";
    case 0x100: case 0x101: case 0x102: case 0x103: case 0x104: case 0x105: return "a";
    case 0x130: case 0x131: case 0x12A: case 0x12B: return "i";
    case 0x150: case 0x151: case 0x14C: case 0x14D: return "o";
    case 0x11E: case 0x11F: return "g";
    case 0x17B: case 0x17C: case 0x179: case 0x17A: return "z";
    default: return nullptr;
  }
}

// Decodes one UTF-8 sequence at s[i]; returns its length (0: invalid, treat as a byte).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t n = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  return n;
}

void append_text(std::string& out, std::string_view text) {
  out += fold_for_search(text);
  out += '\n';
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t n = decode(text, i, cp);
    if (n == 0) {
      out += text[i++];
      continue;
    }
    if (n == 1) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (const char* folded = fold_code_point(cp)) {
      out += folded;
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string searchable_text(const Case& c) {
  std::string out;
  append_text(out, c.pseudonym);
  append_text(out, c.hulpvraag);
  const Aanmelding& a = c.aanmelding;
  for (auto t : {&a.requester_name, &a.requester_contact, &a.clb_other, &a.youth_care_other}) append_text(out, *t);
  const Jongere& j = c.jongere;
  for (auto t : {&j.grade, &j.school, &j.problem_other, &j.absence_period}) append_text(out, *t);
  for (const auto& t : j.earlier_trajectories) append_text(out, t.outcome);
  for (const auto& m : c.meetings) {
    append_text(out, m.place);
    append_text(out, m.feedback_by);
    for (const auto& p : m.participants) {
      append_text(out, p.name);
      append_text(out, p.organisation);
    }
    const Preparation& prep = m.preparation;
    for (auto t : {&prep.question, &prep.tried, &prep.zorgen, &prep.goed, &prep.nodig, &prep.options, &m.decisions})
      append_text(out, *t);
    for (const auto& step : m.traject) {
      append_text(out, step.what);
      append_text(out, step.provider);
    }
  }
  for (const auto& ag : c.agreements) {
    append_text(out, ag.what);
    append_text(out, ag.who);
    append_text(out, ag.follow_up_by);
  }
  for (const auto& n : c.notes) append_text(out, n.text);
  return out;
}

namespace {
bool passes_filters(const Case& c, const CaseFilter& f) {
  if (f.status && c.status != *f.status) return false;
  if (f.region && c.region != *f.region) return false;
  if (f.problem_areas != 0 && (c.jongere.problem_areas & f.problem_areas) == 0) return false;
  if (f.meeting_kind &&
      std::none_of(c.meetings.begin(), c.meetings.end(), [&](const Meeting& m) { return m.kind == *f.meeting_kind; }))
    return false;
  return true;
}

std::vector<std::string> query_words(std::string_view query) {
  std::vector<std::string> words;
  const std::string folded = fold_for_search(query);
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t' || folded[i] == '\n')) ++i;
    std::size_t end = i;
    while (end < folded.size() && folded[end] != ' ' && folded[end] != '\t' && folded[end] != '\n') ++end;
    if (end > i) words.push_back(folded.substr(i, end - i));
    i = end;
  }
  return words;
}

bool has_all(const std::string& haystack, const std::vector<std::string>& words) {
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return haystack.find(w) != std::string::npos; });
}
}  // namespace

bool matches(const Case& c, const CaseFilter& filter) {
  if (!passes_filters(c, filter)) return false;
  const auto words = query_words(filter.query);
  return words.empty() || has_all(searchable_text(c), words);
}

std::vector<const Case*> filter_cases(const std::vector<const Case*>& cases, const CaseFilter& filter) {
  if (!filter.active()) return cases;
  const auto words = query_words(filter.query);
  std::vector<const Case*> out;
  for (const Case* c : cases)
    if (passes_filters(*c, filter) && (words.empty() || has_all(searchable_text(*c), words))) out.push_back(c);
  return out;
}

}  // namespace rots
