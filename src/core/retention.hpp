#pragma once
// How long a closed case is kept. Data about a minor is kept no longer than the work needs
// (GDPR storage limitation): a closed case is due for deletion a set number of months after it
// was closed, and the user is reminded to delete it then. Reopening a case stops the clock.
#include <optional>
#include <utility>
#include <vector>

#include "core/case.hpp"
#include "core/date.hpp"
#include "core/workspace.hpp"

namespace rots {

// The day the case was last closed (UTC day of that status change); none while it is open.
std::optional<Date> closed_on(const Case& c);
// `months` calendar months after `closed`; the 31st becomes the last day of a shorter month.
Date add_months(const Date& closed, int months);
// The day from which a closed case may be deleted; none while it is open.
std::optional<Date> deletion_due_on(const Case& c, int retention_months);
// Closed cases whose retention has passed (due today or earlier), earliest due first.
std::vector<const Case*> due_for_deletion(const std::vector<Case>& cases, const Date& today, int retention_months);

// due_for_deletion, worked out again only when the workspace changed (its revision), the day or
// the retention: the reminder above the case list asks every frame, and at 10,000 cases the
// walk over all of them was most of a frame.
class RetentionWatch {
 public:
  const std::vector<const Case*>& due(const Workspace& workspace, const Date& today, int retention_months);

 private:
  WorkspaceDerived<std::pair<Date, int>, std::vector<const Case*>> due_;
};

}  // namespace rots
