#include "core/retention.hpp"

#include <algorithm>

namespace rots {
namespace {
constexpr std::int64_t day_ms = 24LL * 60 * 60 * 1000;

int days_in_month(int year, int month) {
  for (int day = 31; day > 28; --day)
    if (is_valid_date(year, month, day)) return day;
  return 28;
}
}  // namespace

std::optional<Date> closed_on(const Case& c) {
  if (is_open(c.status)) return std::nullopt;
  for (auto it = c.status_changes.rbegin(); it != c.status_changes.rend(); ++it) {
    if (it->to != CaseStatus::Afgesloten) continue;
    const std::int64_t ms = it->at_ms;
    return date_from_days(static_cast<long>(ms >= 0 ? ms / day_ms : (ms - day_ms + 1) / day_ms));
  }
  return std::nullopt;  // closed without a recorded change (imported from an old version): no date to count from
}

Date add_months(const Date& closed, int months) {
  const int index = closed.year * 12 + (closed.month - 1) + months;
  Date due{index / 12, index % 12 + 1, 0};
  due.day = std::min(closed.day, days_in_month(due.year, due.month));
  return due;
}

std::optional<Date> deletion_due_on(const Case& c, int retention_months) {
  const auto closed = closed_on(c);
  if (!closed) return std::nullopt;
  return add_months(*closed, retention_months);
}

std::vector<const Case*> due_for_deletion(const std::vector<Case>& cases, const Date& today, int retention_months) {
  std::vector<std::pair<Date, const Case*>> due;
  for (const Case& c : cases)
    if (auto when = deletion_due_on(c, retention_months); when && *when <= today) due.emplace_back(*when, &c);
  std::stable_sort(due.begin(), due.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Case*> out;
  for (const auto& [when, c] : due) out.push_back(c);
  return out;
}

const std::vector<const Case*>& RetentionWatch::due(const Workspace& workspace, const Date& today,
                                                    int retention_months) {
  return due_.get(workspace, {today, retention_months},
                  [&] { return due_for_deletion(workspace.cases(), today, retention_months); });
}

}  // namespace rots
