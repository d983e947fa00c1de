#include "core/case.hpp"

#include <algorithm>

#include "core/text.hpp"

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

bool is_case_id(std::string_view id) {
  return id.size() == 32 &&
         std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace rots
