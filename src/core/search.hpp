#pragma once
// Finding cases: accent- and case-insensitive full-text search ("zoe" finds "Zoë") combined
// with filters. Everything the user wrote about a case is searchable.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"

namespace rots {

// Lower case without diacritics ("Éé Zoë Ç" -> "ee zoe c"); other characters are kept.
std::string fold_for_search(std::string_view text);

struct CaseFilter {
  std::string query;  // words; a case matches when every word occurs somewhere in its text
  std::optional<CaseStatus> status;
  std::optional<Region> region;
  std::uint32_t problem_areas = 0;  // ProblemArea bits: matches a case with any of them; 0 = all
  std::optional<MeetingKind> meeting_kind;  // has at least one meeting of this kind
  bool operator==(const CaseFilter&) const = default;
  bool active() const {
    return !query.empty() || status || region || problem_areas != 0 || meeting_kind;
  }
};

// All searchable text of a case, folded, one string (so a search is one scan per case).
std::string searchable_text(const Case& c);
bool matches(const Case& c, const CaseFilter& filter);
bool passes_filters(const Case& c, const CaseFilter& filter);  // everything but the words
// Keeps the order of `cases`.
std::vector<const Case*> filter_cases(const std::vector<const Case*>& cases, const CaseFilter& filter);

}  // namespace rots
