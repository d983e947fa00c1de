#include <doctest/doctest.h>

#include <algorithm>

#include "core/case.hpp"

using namespace rots;

namespace {
const Date today{2026, 11, 22};

bool has_issue(const std::vector<ValidationIssue>& issues, CaseField f, ValidationCode c) {
  return std::find(issues.begin(), issues.end(), ValidationIssue{f, c}) != issues.end();
}
}  // namespace

TEST_CASE("a complete draft has no issues") {
  CaseDraft d{"Zoë", Region::WestVlaanderen, "21-11-2026"};
  CHECK(validate(d, today).empty());
}

TEST_CASE("pseudonym is required and limited, but initials are enough") {
  CHECK(has_issue(validate({"   ", Region::Limburg, "01-11-2026"}, today), CaseField::Pseudonym,
                  ValidationCode::Required));
  CHECK(validate({"J.D.", Region::Limburg, "01-11-2026"}, today).empty());
  std::string name;
  for (int i = 0; i < 40; ++i) name += "é";  // 80 bytes, 40 characters: allowed
  CHECK(validate({name, Region::Limburg, "01-11-2026"}, today).empty());
  CHECK(has_issue(validate({name + "x", Region::Limburg, "01-11-2026"}, today), CaseField::Pseudonym,
                  ValidationCode::TooLong));
  CHECK(has_issue(validate({"Zo\x01", Region::Limburg, "01-11-2026"}, today), CaseField::Pseudonym,
                  ValidationCode::InvalidText));
}

TEST_CASE("region must be chosen") {
  CHECK(has_issue(validate({"Zoë", std::nullopt, "01-11-2026"}, today), CaseField::Region,
                  ValidationCode::Required));
}

TEST_CASE("registration date must be a real day, not in the future") {
  CHECK(has_issue(validate({"Zoë", Region::Antwerpen, ""}, today), CaseField::RegisteredOn,
                  ValidationCode::Required));
  CHECK(has_issue(validate({"Zoë", Region::Antwerpen, "30-02-2026"}, today), CaseField::RegisteredOn,
                  ValidationCode::InvalidDate));
  CHECK(has_issue(validate({"Zoë", Region::Antwerpen, "23-11-2026"}, today), CaseField::RegisteredOn,
                  ValidationCode::DateInFuture));
  CHECK(validate({"Zoë", Region::Antwerpen, "22-11-2026"}, today).empty());
}

TEST_CASE("all problems are reported at once") {
  CHECK(validate({"", std::nullopt, "x"}, today).size() == 3);
}

TEST_CASE("the hulpvraag may be long, but not endless") {
  CaseDraft d{"Zoë", Region::Limburg, "01-11-2026", std::string(max_note_length, 'x')};
  CHECK(validate(d, today).empty());
  d.hulpvraag += "x";
  CHECK(has_issue(validate(d, today), CaseField::Hulpvraag, ValidationCode::TooLong));
  d.hulpvraag = "Zo\xeb";
  CHECK(has_issue(validate(d, today), CaseField::Hulpvraag, ValidationCode::InvalidText));
}
