#include "core/followup.hpp"

#include <algorithm>

namespace rots {
namespace {
constexpr std::int64_t ms_per_day = 86'400'000;

template <class Each>
void each_open_case(const Workspace& ws, Each&& each) {
  for (const Case& c : ws.cases())
    if (is_open(c.status)) each(c);
}
}  // namespace

std::vector<AgreementRef> overdue_agreements(const Workspace& ws, const Date& today) {
  std::vector<AgreementRef> out;
  each_open_case(ws, [&](const Case& c) {
    for (const auto& a : c.agreements)
      if (is_overdue(a, today)) out.push_back({&c, &a});
  });
  std::stable_sort(out.begin(), out.end(), [](const AgreementRef& x, const AgreementRef& y) {
    return x.agreement->due < y.agreement->due;
  });
  return out;
}

std::vector<AgreementRef> agreements_due_today(const Workspace& ws, const Date& today) {
  std::vector<AgreementRef> out;
  each_open_case(ws, [&](const Case& c) {
    for (const auto& a : c.agreements)
      if (a.status == AgreementStatus::Open && a.due == today) out.push_back({&c, &a});
  });
  return out;
}

std::vector<MeetingRef> upcoming_meetings(const Workspace& ws, const Date& today, int days) {
  const Date last = date_from_days(days_since_epoch(today) + days);
  std::vector<MeetingRef> out;
  each_open_case(ws, [&](const Case& c) {
    for (const auto& m : c.meetings)
      if (!(m.date < today) && !(last < m.date)) out.push_back({&c, &m});
  });
  std::stable_sort(out.begin(), out.end(), [](const MeetingRef& x, const MeetingRef& y) {
    if (x.meeting->date != y.meeting->date) return x.meeting->date < y.meeting->date;
    return x.meeting->start_minute < y.meeting->start_minute;
  });
  return out;
}

std::vector<MeetingRef> consults_awaiting_feedback(const Workspace& ws, const Date& today) {
  std::vector<MeetingRef> out;
  each_open_case(ws, [&](const Case& c) {
    for (const auto& m : c.meetings)
      if (m.kind == MeetingKind::Consult && m.date < today && !m.feedback_given) out.push_back({&c, &m});
  });
  auto late = [&](const MeetingRef& r) { return r.meeting->feedback_due && *r.meeting->feedback_due < today; };
  std::stable_sort(out.begin(), out.end(), [&](const MeetingRef& x, const MeetingRef& y) {
    if (late(x) != late(y)) return late(x);
    return x.meeting->date < y.meeting->date;
  });
  return out;
}

std::vector<const Case*> inactive_cases(const Workspace& ws, std::int64_t now_ms, int days) {
  const std::int64_t cutoff = now_ms - static_cast<std::int64_t>(days) * ms_per_day;
  std::vector<const Case*> out;
  each_open_case(ws, [&](const Case& c) {
    if (c.updated_at_ms < cutoff) out.push_back(&c);
  });
  std::stable_sort(out.begin(), out.end(), [](const Case* x, const Case* y) { return x->updated_at_ms < y->updated_at_ms; });
  return out;
}

const FollowUpLists& FollowUpWatch::lists(const Workspace& ws, const Date& today, std::int64_t now_ms) {
  return lists_.get(ws, {today, now_ms / refresh_ms}, [&] {
    return FollowUpLists{overdue_agreements(ws, today), agreements_due_today(ws, today), upcoming_meetings(ws, today),
                         consults_awaiting_feedback(ws, today), inactive_cases(ws, now_ms)};
  });
}

}  // namespace rots
