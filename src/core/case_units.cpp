#include "core/case_units.hpp"

#include <algorithm>

#include "core/case.hpp"

namespace rots {
namespace {

struct FieldUnit {
  const char* key;
  bool (*equal)(const Case&, const Case&);
  void (*copy)(Case&, const Case&);
};

// One entry per independently mergeable field.
#define ROTS_FIELD(name, member)                                             \
  FieldUnit {                                                                \
    name, [](const Case& a, const Case& b) { return a.member == b.member; }, \
        [](Case& dst, const Case& src) { dst.member = src.member; }          \
  }
constexpr FieldUnit field_units[] = {
    ROTS_FIELD("pseudonym", pseudonym),
    ROTS_FIELD("region", region),
    ROTS_FIELD("registered_on", registered_on),
    ROTS_FIELD("hulpvraag", hulpvraag),
    ROTS_FIELD("aanmelding.channel", aanmelding.channel),
    ROTS_FIELD("aanmelding.requester", aanmelding.requester),
    ROTS_FIELD("aanmelding.requester_name", aanmelding.requester_name),
    ROTS_FIELD("aanmelding.requester_contact", aanmelding.requester_contact),
    ROTS_FIELD("aanmelding.clb_criteria", aanmelding.clb_criteria),
    ROTS_FIELD("aanmelding.clb_other", aanmelding.clb_other),
    ROTS_FIELD("aanmelding.youth_care_criteria", aanmelding.youth_care_criteria),
    ROTS_FIELD("aanmelding.youth_care_other", aanmelding.youth_care_other),
    ROTS_FIELD("jongere.birth_year", jongere.birth_year),
    ROTS_FIELD("jongere.level", jongere.level),
    ROTS_FIELD("jongere.grade", jongere.grade),
    ROTS_FIELD("jongere.school", jongere.school),
    ROTS_FIELD("jongere.problem_areas", jongere.problem_areas),
    ROTS_FIELD("jongere.problem_other", jongere.problem_other),
    ROTS_FIELD("jongere.absence_half_days", jongere.absence_half_days),
    ROTS_FIELD("jongere.absence_period", jongere.absence_period),
    ROTS_FIELD("jongere.earlier_trajectories", jongere.earlier_trajectories),
    ROTS_FIELD("status", status),
    ROTS_FIELD("knelpunten", knelpunten),
    ROTS_FIELD("knelpunt_other", knelpunt_other),
};
#undef ROTS_FIELD

const FieldUnit* field_unit(std::string_view key) {
  for (const auto& unit : field_units)
    if (key == unit.key) return &unit;
  return nullptr;
}

constexpr std::string_view meeting_prefix = "meeting:";
constexpr std::string_view agreement_prefix = "agreement:";
constexpr std::string_view note_prefix = "note:";
constexpr std::string_view referral_prefix = "referral:";

template <class T>
const T* item(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

// Replaces the item with the same id, or appends it: merged-in items keep their other side's order.
template <class T>
bool copy_item(std::vector<T>& dst, const std::vector<T>& src, std::string_view id) {
  const T* from = item(src, id);
  if (!from) return false;
  auto it = std::find_if(dst.begin(), dst.end(), [&](const T& x) { return x.id == id; });
  if (it == dst.end())
    dst.push_back(*from);
  else
    *it = *from;
  return true;
}

template <class T>
bool items_equal(const std::vector<T>& a, const std::vector<T>& b, std::string_view id) {
  const T* x = item(a, id);
  const T* y = item(b, id);
  return x && y && *x == *y;
}

}  // namespace

std::vector<std::string> unit_keys(const Case& c) {
  std::vector<std::string> keys;
  keys.reserve(std::size(field_units) + c.meetings.size() + c.agreements.size() + c.notes.size() +
               c.referrals.size());
  for (const auto& unit : field_units) keys.emplace_back(unit.key);
  for (const auto& m : c.meetings) keys.push_back(std::string(meeting_prefix) + m.id);
  for (const auto& a : c.agreements) keys.push_back(std::string(agreement_prefix) + a.id);
  for (const auto& n : c.notes) keys.push_back(std::string(note_prefix) + n.id);
  for (const auto& r : c.referrals) keys.push_back(std::string(referral_prefix) + r.id);
  return keys;
}

UnitKind unit_kind(std::string_view key) {
  if (key.starts_with(meeting_prefix)) return UnitKind::Meeting;
  if (key.starts_with(agreement_prefix)) return UnitKind::Agreement;
  if (key.starts_with(note_prefix)) return UnitKind::Note;
  if (key.starts_with(referral_prefix)) return UnitKind::Referral;
  return UnitKind::Field;
}

std::string_view unit_item_id(std::string_view key) {
  switch (unit_kind(key)) {
    case UnitKind::Meeting: return key.substr(meeting_prefix.size());
    case UnitKind::Agreement: return key.substr(agreement_prefix.size());
    case UnitKind::Note: return key.substr(note_prefix.size());
    case UnitKind::Referral: return key.substr(referral_prefix.size());
    case UnitKind::Field: break;
  }
  return {};
}

bool has_unit(const Case& c, std::string_view key) {
  switch (unit_kind(key)) {
    case UnitKind::Meeting: return item(c.meetings, unit_item_id(key)) != nullptr;
    case UnitKind::Agreement: return item(c.agreements, unit_item_id(key)) != nullptr;
    case UnitKind::Note: return item(c.notes, unit_item_id(key)) != nullptr;
    case UnitKind::Referral: return item(c.referrals, unit_item_id(key)) != nullptr;
    case UnitKind::Field: return field_unit(key) != nullptr;
  }
  return false;
}

bool unit_equal(const Case& a, const Case& b, std::string_view key) {
  switch (unit_kind(key)) {
    case UnitKind::Meeting: return items_equal(a.meetings, b.meetings, unit_item_id(key));
    case UnitKind::Agreement: return items_equal(a.agreements, b.agreements, unit_item_id(key));
    case UnitKind::Note: return items_equal(a.notes, b.notes, unit_item_id(key));
    case UnitKind::Referral: return items_equal(a.referrals, b.referrals, unit_item_id(key));
    case UnitKind::Field: {
      const FieldUnit* unit = field_unit(key);
      return unit && unit->equal(a, b);
    }
  }
  return false;
}

bool copy_unit(Case& dst, const Case& src, std::string_view key) {
  switch (unit_kind(key)) {
    case UnitKind::Meeting: return copy_item(dst.meetings, src.meetings, unit_item_id(key));
    case UnitKind::Agreement: return copy_item(dst.agreements, src.agreements, unit_item_id(key));
    case UnitKind::Note: return copy_item(dst.notes, src.notes, unit_item_id(key));
    case UnitKind::Referral: return copy_item(dst.referrals, src.referrals, unit_item_id(key));
    case UnitKind::Field: {
      const FieldUnit* unit = field_unit(key);
      if (!unit) return false;
      unit->copy(dst, src);
      return true;
    }
  }
  return false;
}

void strip_identifying(Case& c) {
  c.aanmelding.requester_name.clear();
  c.aanmelding.requester_contact.clear();
  c.jongere.school.clear();
  for (auto& m : c.meetings)
    for (auto& p : m.participants) p.name.clear();
}

}  // namespace rots
