#include "core/lifecycle.hpp"

namespace rots {

bool can_transition(CaseStatus from, CaseStatus to) {
  using S = CaseStatus;
  if (from == to) return false;
  if (to == S::Afgesloten) return true;  // any open case can be closed, with a reason
  switch (from) {
    case S::Aangemeld: return to == S::InBehandeling || to == S::OverlegGepland;
    case S::InBehandeling: return to == S::OverlegGepland;
    case S::OverlegGepland: return to == S::Opvolging || to == S::InBehandeling;  // back: meeting cancelled
    case S::Opvolging: return to == S::OverlegGepland;  // a follow-up meeting
    case S::Afgesloten: return to == S::InBehandeling;  // reopened
  }
  return false;
}

std::vector<CaseStatus> next_statuses(CaseStatus from) {
  std::vector<CaseStatus> out;
  for (CaseStatus to : all_case_statuses)
    if (can_transition(from, to)) out.push_back(to);
  return out;
}

}  // namespace rots
