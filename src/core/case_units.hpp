#pragma once
// The units a case is merged by: each registration and jongere field on its own (so two people
// editing different fields never conflict), the status, and each meeting, agreement and note as
// a whole. Keys: "pseudonym", "jongere.school", …, "meeting:<id>", "agreement:<id>", "note:<id>",
// "referral:<id>" (schema 6; the knelpunten are fields).
#include <string>
#include <string_view>
#include <vector>

namespace rots {

struct Case;

enum class UnitKind { Field, Meeting, Agreement, Note, Referral };

std::vector<std::string> unit_keys(const Case& c);
UnitKind unit_kind(std::string_view key);
std::string_view unit_item_id(std::string_view key);  // the id after "meeting:" etc.; empty for fields

bool has_unit(const Case& c, std::string_view key);
// Both cases must have the unit.
bool unit_equal(const Case& a, const Case& b, std::string_view key);
// Sets dst's unit to src's value; adds the meeting/agreement/note when dst lacks it. False when
// src lacks the unit or the key is unknown.
bool copy_unit(Case& dst, const Case& src, std::string_view key);

// The fields a bundle leaves out unless the user ticks "identifying data": names and contact
// details of people and the school.
void strip_identifying(Case& c);

}  // namespace rots
