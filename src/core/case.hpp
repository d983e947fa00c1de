#pragma once
// A ROTS case ("casus"): one young person's stuck school trajectory, registered by a CLB or
// youth care. The young person is minimised by design: a pseudonym or initials, never a
// required full name.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/aanmelding.hpp"
#include "core/date.hpp"
#include "core/region.hpp"

namespace rots {

inline constexpr std::size_t max_pseudonym_length = 40;  // characters
inline constexpr std::size_t max_note_length = 10000;    // characters: several pages of notes

struct Case {
  std::string id;         // 32 lowercase hex digits, random: says nothing about the person
  std::string pseudonym;  // as shown in lists
  Region region = Region::Brussel;
  Date registered_on;     // date of the aanmelding
  std::string hulpvraag;  // the question the registrant brings (schema version 2)
  Aanmelding aanmelding;  // channel, requester, ROTS criteria (schema version 3)
  std::int64_t created_at_ms = 0;  // Unix time, for ordering and (later) merge
  std::int64_t updated_at_ms = 0;

  bool operator==(const Case&) const = default;
};

// What a user typed in the "Nieuwe casus" form, before it is a case.
struct CaseDraft {
  std::string pseudonym;
  std::optional<Region> region;
  std::string registered_on;  // as typed, Dutch day-first form
  std::string hulpvraag = {};
  Aanmelding aanmelding = {};
};

enum class CaseField { Pseudonym, Region, RegisteredOn, Hulpvraag, RequesterName, RequesterContact, CriteriaOther };

enum class ValidationCode {
  Required,        // empty
  TooLong,         // over the field's limit
  InvalidText,     // not valid UTF-8 or has control characters
  InvalidDate,     // not a real day in dd-mm-jjjj form
  DateInFuture,    // a registration cannot be later than today
};

struct ValidationIssue {
  CaseField field;
  ValidationCode code;
  bool operator==(const ValidationIssue&) const = default;
};

std::vector<ValidationIssue> validate(const CaseDraft& draft, const Date& today);

bool is_case_id(std::string_view id);

}  // namespace rots
