#pragma once
// What the case list needs of a case, stored beside it ("summary:<id>") so the list can show
// thousands of cases right after unlocking while the cases themselves are still being read and
// opened. An outline is a Case holding only these fields: the list, its filters and its sort
// treat it exactly like the full case, and the workspace refuses every edit until the full case
// has replaced it (core/workspace.hpp).
#include <cstdint>
#include <string>
#include <vector>

#include "core/case.hpp"

namespace rots {

struct MeetingSlot {
  MeetingKind kind = MeetingKind::Consult;
  Date date;
  int start_minute = 0;
  bool operator==(const MeetingSlot&) const = default;
};

struct CaseSummary {
  std::string id;
  std::string pseudonym;
  Region region = Region::Brussel;
  Date registered_on;
  std::int64_t created_at_ms = 0;
  std::int64_t updated_at_ms = 0;
  CaseStatus status = CaseStatus::Aangemeld;
  std::uint32_t problem_areas = 0;       // ProblemArea bits (the list's filter)
  std::vector<MeetingSlot> meetings;     // next meeting and the meeting-kind filter
  std::vector<Date> open_agreement_due;  // overdue count
  bool operator==(const CaseSummary&) const = default;
};

CaseSummary summary_of(const Case& c);
Case outline_of(const CaseSummary& s);

}  // namespace rots
