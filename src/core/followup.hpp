#pragma once
// Follow-up ("Opvolging"): the work across all open cases that needs attention now. Closed
// cases never appear here.
#include <cstdint>
#include <utility>
#include <vector>

#include "core/workspace.hpp"

namespace rots {

struct AgreementRef {
  const Case* c = nullptr;
  const Agreement* agreement = nullptr;
};
struct MeetingRef {
  const Case* c = nullptr;
  const Meeting* meeting = nullptr;
};

inline constexpr int upcoming_meeting_days = 7;
inline constexpr int inactivity_days = 30;

// Open agreements past their due date, oldest due first.
std::vector<AgreementRef> overdue_agreements(const Workspace& ws, const Date& today);
// Open agreements due today.
std::vector<AgreementRef> agreements_due_today(const Workspace& ws, const Date& today);
// Meetings from today up to and including today + days, earliest first.
std::vector<MeetingRef> upcoming_meetings(const Workspace& ws, const Date& today, int days = upcoming_meeting_days);
// Consults already held (date before today) whose advice has not yet been brought back to the
// young person and context; those past their feedback date first.
std::vector<MeetingRef> consults_awaiting_feedback(const Workspace& ws, const Date& today);
// Open cases with no change in the last `days` days (by updated time), least recent first.
std::vector<const Case*> inactive_cases(const Workspace& ws, std::int64_t now_ms, int days = inactivity_days);

// Everything "Opvolging" lists.
struct FollowUpLists {
  std::vector<AgreementRef> overdue, due_today;
  std::vector<MeetingRef> upcoming, awaiting_feedback;
  std::vector<const Case*> inactive;
};

// The lists worked out again only when the workspace changed (its revision), the day changed or
// the minute did (inactivity counts from now): the screen asks every frame, and at 10,000
// cases one walk over all of them costs more than a frame.
class FollowUpWatch {
 public:
  static constexpr std::int64_t refresh_ms = 60'000;
  const FollowUpLists& lists(const Workspace& ws, const Date& today, std::int64_t now_ms);

 private:
  WorkspaceDerived<std::pair<Date, std::int64_t>, FollowUpLists> lists_;  // key: the day, the minute
};

}  // namespace rots
