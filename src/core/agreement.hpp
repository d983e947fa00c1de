#pragma once
// Agreements ("afspraken"): who does what by when, and who checks. Overdue is derived from the
// due date and today, never stored, so it is always true.
#include <cstdint>
#include <string>

#include "core/date.hpp"

namespace rots {

enum class AgreementStatus { Open, Gedaan, Geannuleerd };

struct Agreement {
  std::string id;
  std::string what;
  std::string who;           // who does it
  Date due;
  std::string follow_up_by;  // who checks
  AgreementStatus status = AgreementStatus::Open;
  std::string meeting_id;    // empty: agreed outside a meeting
  std::int64_t created_at_ms = 0;
  bool operator==(const Agreement&) const = default;
};

inline bool is_overdue(const Agreement& a, const Date& today) {
  return a.status == AgreementStatus::Open && a.due < today;
}

}  // namespace rots
