#include "core/case.hpp"

#include <algorithm>

#include "core/text.hpp"
#include <cstdio>

namespace rots {
namespace {

bool has_control_characters(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

void validate_pseudonym(std::string_view text, std::vector<ValidationIssue>& out) {
  const auto pseudonym = trim_spaces(text);
  if (pseudonym.empty()) {
    out.push_back({CaseField::Pseudonym, ValidationCode::Required});
  } else if (!is_valid_utf8(pseudonym) || has_control_characters(pseudonym)) {
    out.push_back({CaseField::Pseudonym, ValidationCode::InvalidText});
  } else if (utf8_length(pseudonym) > max_pseudonym_length) {
    out.push_back({CaseField::Pseudonym, ValidationCode::TooLong});
  }
}

void validate_note(CaseField field, std::string_view text, std::vector<ValidationIssue>& out) {
  if (!is_valid_utf8(text)) out.push_back({field, ValidationCode::InvalidText});
  else if (utf8_length(text) > max_note_length) out.push_back({field, ValidationCode::TooLong});
}

void validate_line(CaseField field, std::string_view text, bool required, std::vector<ValidationIssue>& out) {
  const auto trimmed = trim_spaces(text);
  if (trimmed.empty()) {
    if (required) out.push_back({field, ValidationCode::Required});
  } else if (!is_valid_utf8(trimmed) || has_control_characters(trimmed)) {
    out.push_back({field, ValidationCode::InvalidText});
  } else if (utf8_length(trimmed) > max_short_text_length) {
    out.push_back({field, ValidationCode::TooLong});
  }
}

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

void validate_registration_date(std::string_view text, const Date& today, std::vector<ValidationIssue>& out) {
  if (trim_spaces(text).empty()) {
    out.push_back({CaseField::RegisteredOn, ValidationCode::Required});
    return;
  }
  const auto date = parse_dutch_date(text);
  if (!date) {
    out.push_back({CaseField::RegisteredOn, ValidationCode::InvalidDate});
  } else if (*date > today) {
    out.push_back({CaseField::RegisteredOn, ValidationCode::DateInFuture});
  }
}

}  // namespace

std::vector<ValidationIssue> validate(const CaseDraft& draft, const Date& today) {
  std::vector<ValidationIssue> issues;
  validate_pseudonym(draft.pseudonym, issues);
  if (!draft.region) issues.push_back({CaseField::Region, ValidationCode::Required});
  validate_registration_date(draft.registered_on, today, issues);
  validate_note(CaseField::Hulpvraag, draft.hulpvraag, issues);
  validate_note(CaseField::RequesterName, draft.aanmelding.requester_name, issues);
  validate_note(CaseField::RequesterContact, draft.aanmelding.requester_contact, issues);
  validate_note(CaseField::CriteriaOther, draft.aanmelding.clb_other, issues);
  validate_note(CaseField::CriteriaOther, draft.aanmelding.youth_care_other, issues);
  return issues;
}

std::vector<ValidationIssue> validate(const Jongere& j, const Date& today) {
  std::vector<ValidationIssue> issues;
  if (j.birth_year != 0 && (j.birth_year < min_birth_year || j.birth_year > today.year))
    issues.push_back({CaseField::BirthYear, ValidationCode::OutOfRange});
  if (j.absence_half_days < 0 || j.absence_half_days > max_absence_half_days)
    issues.push_back({CaseField::AbsenceHalfDays, ValidationCode::OutOfRange});
  validate_line(CaseField::JongereText, j.grade, false, issues);
  validate_line(CaseField::JongereText, j.school, false, issues);
  validate_line(CaseField::JongereText, j.absence_period, false, issues);
  validate_note(CaseField::JongereText, j.problem_other, issues);
  if ((j.problem_areas & ~all_problem_bits) != 0) issues.push_back({CaseField::JongereText, ValidationCode::InvalidText});
  for (const auto& t : j.earlier_trajectories) validate_note(CaseField::JongereText, t.outcome, issues);
  return issues;
}

std::vector<ValidationIssue> validate(const Meeting& m) {
  std::vector<ValidationIssue> issues;
  if (m.start_minute < 0 || m.start_minute >= minutes_per_day)
    issues.push_back({CaseField::MeetingTime, ValidationCode::OutOfRange});
  validate_line(CaseField::MeetingText, m.place, false, issues);
  validate_line(CaseField::MeetingText, m.feedback_by, false, issues);
  for (const auto& p : m.participants) {
    validate_line(CaseField::ParticipantName, p.name, true, issues);
    validate_line(CaseField::ParticipantOrganisation, p.organisation, false, issues);
  }
  const Preparation& prep = m.preparation;
  for (const std::string* text : {&prep.question, &prep.tried, &prep.zorgen, &prep.goed, &prep.nodig, &prep.options,
                                  &m.decisions})
    validate_note(CaseField::MeetingText, *text, issues);
  for (const auto& step : m.traject) {
    validate_line(CaseField::MeetingText, step.what, true, issues);
    validate_line(CaseField::MeetingText, step.provider, false, issues);
  }
  return issues;
}

std::vector<ValidationIssue> validate(const Agreement& a) {
  std::vector<ValidationIssue> issues;
  validate_line(CaseField::AgreementWhat, a.what, true, issues);
  validate_line(CaseField::AgreementWho, a.who, true, issues);
  validate_line(CaseField::AgreementFollowUpBy, a.follow_up_by, false, issues);
  return issues;
}

std::vector<ValidationIssue> validate_note_text(std::string_view text) {
  std::vector<ValidationIssue> issues;
  if (trim_spaces(text).empty()) issues.push_back({CaseField::NoteText, ValidationCode::Required});
  else validate_note(CaseField::NoteText, text, issues);
  return issues;
}

std::vector<ValidationIssue> validate(const Referral& r) {
  std::vector<ValidationIssue> issues;
  if (r.service_id.empty()) issues.push_back({CaseField::ReferralService, ValidationCode::Required});
  validate_line(CaseField::ReferralService, r.service_name, true, issues);
  if (r.started_on && *r.started_on < r.referred_on)
    issues.push_back({CaseField::ReferralDates, ValidationCode::OutOfRange});
  return issues;
}

std::optional<long> waiting_days(const Referral& r) {
  if (!r.started_on || r.outcome == ReferralOutcome::Wachtend || r.outcome == ReferralOutcome::NietGestart)
    return std::nullopt;
  return days_since_epoch(*r.started_on) - days_since_epoch(r.referred_on);
}

const Meeting* Case::meeting(std::string_view meeting_id) const { return find_by_id(meetings, meeting_id); }
const Agreement* Case::agreement(std::string_view agreement_id) const { return find_by_id(agreements, agreement_id); }
const Note* Case::note(std::string_view note_id) const { return find_by_id(notes, note_id); }
const Referral* Case::referral(std::string_view referral_id) const { return find_by_id(referrals, referral_id); }

const Meeting* next_meeting(const Case& c, const Date& today) {
  const Meeting* best = nullptr;
  for (const auto& m : c.meetings) {
    if (m.date < today) continue;
    if (!best || m.date < best->date || (m.date == best->date && m.start_minute < best->start_minute)) best = &m;
  }
  return best;
}

const Meeting* current_meeting(const Case& c, const Date& today) {
  if (const Meeting* next = next_meeting(c, today)) return next;
  const Meeting* latest = nullptr;
  for (const auto& m : c.meetings)
    if (!latest || latest->date < m.date || (latest->date == m.date && latest->start_minute <= m.start_minute))
      latest = &m;
  return latest;
}

int overdue_count(const Case& c, const Date& today) {
  int n = 0;
  for (const auto& a : c.agreements) n += is_overdue(a, today) ? 1 : 0;
  return n;
}

CaseDraft draft_of(const Case& c) {
  return CaseDraft{c.pseudonym, c.region, to_dutch(c.registered_on), c.hulpvraag, c.aanmelding};
}

bool is_case_id(std::string_view id) {
  return id.size() == 32 &&
         std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace rots
