#pragma once
// The fields of an aanmelding, shared by "Nieuwe casus" and the case's Aanmelding section.
#include <vector>

#include "core/case.hpp"

namespace rots::ui {

struct RegistrationFormState {
  int region_index = -1;
  Date registered_on;
};

// Draws every field of `draft` (ids "case.*"); `issues` are shown beside their fields and the
// registration's warnings (e.g. missing consensus) below the criteria.
void draw_registration_fields(CaseDraft& draft, const std::vector<ValidationIssue>& issues, const Date& today);

const char* issue_text(const std::vector<ValidationIssue>& issues, CaseField field);

}  // namespace rots::ui
