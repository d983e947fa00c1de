#include "core/case_summary.hpp"

namespace rots {

CaseSummary summary_of(const Case& c) {
  CaseSummary s{c.id, c.pseudonym, c.region, c.registered_on, c.created_at_ms, c.updated_at_ms,
                c.status, c.jongere.problem_areas, {}, {}};
  s.meetings.reserve(c.meetings.size());
  for (const Meeting& m : c.meetings) s.meetings.push_back({m.kind, m.date, m.start_minute});
  for (const Agreement& a : c.agreements)
    if (a.status == AgreementStatus::Open) s.open_agreement_due.push_back(a.due);
  return s;
}

Case outline_of(const CaseSummary& s) {
  Case c;
  c.id = s.id;
  c.pseudonym = s.pseudonym;
  c.region = s.region;
  c.registered_on = s.registered_on;
  c.created_at_ms = s.created_at_ms;
  c.updated_at_ms = s.updated_at_ms;
  c.status = s.status;
  c.jongere.problem_areas = s.problem_areas;
  for (const MeetingSlot& m : s.meetings) {
    Meeting meeting;
    meeting.kind = m.kind;
    meeting.date = m.date;
    meeting.start_minute = m.start_minute;
    c.meetings.push_back(std::move(meeting));
  }
  for (const Date& due : s.open_agreement_due) {
    Agreement a;
    a.due = due;
    a.status = AgreementStatus::Open;
    c.agreements.push_back(std::move(a));
  }
  return c;
}

}  // namespace rots
