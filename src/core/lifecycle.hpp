#pragma once
// The status of a case and the transitions ROTS allows:
// aangemeld -> in behandeling -> consult/overlegtafel gepland -> opvolging -> afgesloten,
// with a way back where the work really goes back (a meeting is cancelled, a new meeting follows
// up, a closed case is reopened). Closing always has a reason.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rots {

enum class CaseStatus { Aangemeld, InBehandeling, OverlegGepland, Opvolging, Afgesloten };
inline constexpr CaseStatus all_case_statuses[] = {CaseStatus::Aangemeld, CaseStatus::InBehandeling,
                                                   CaseStatus::OverlegGepland, CaseStatus::Opvolging,
                                                   CaseStatus::Afgesloten};

enum class ClosingReason { TrajectOpMaat, Doorverwezen, GeenMeerwaarde, TerugOpSchool, Andere };
inline constexpr ClosingReason all_closing_reasons[] = {ClosingReason::TrajectOpMaat, ClosingReason::Doorverwezen,
                                                        ClosingReason::GeenMeerwaarde, ClosingReason::TerugOpSchool,
                                                        ClosingReason::Andere};

struct StatusChange {
  CaseStatus from = CaseStatus::Aangemeld;
  CaseStatus to = CaseStatus::Aangemeld;
  std::optional<ClosingReason> reason;  // set when closing
  std::string actor;
  std::int64_t at_ms = 0;
  bool operator==(const StatusChange&) const = default;
};

bool can_transition(CaseStatus from, CaseStatus to);
std::vector<CaseStatus> next_statuses(CaseStatus from);
inline bool is_open(CaseStatus s) { return s != CaseStatus::Afgesloten; }

}  // namespace rots
