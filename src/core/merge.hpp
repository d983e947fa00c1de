#pragma once
// Merging a case that arrives in a bundle with this device's copy. The rules (docs/bundle-format.md):
//  - a unit (field, meeting, agreement, note) changed on one side only: that side's value wins;
//  - changed on both sides: this device's value stays, the other value is kept beside it and the
//    unit is marked as a conflict for the user to resolve (earlier / theirs / mine);
//  - notes: both texts are kept (the older edit becomes an earlier version), never a conflict;
//  - meetings, agreements, notes, status changes and history lines are never dropped by a merge:
//    the result holds the union. Only an item deleted here, and not changed there since, stays deleted.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/case.hpp"

namespace rots {

// Records a successful edit (before → after) made on `device`: one more change in the case's
// clock, a new stamp on every unit whose value changed, deleted items remembered.
void stamp_edit(const Case* before, Case& after, const std::string& device);

enum class MergeKind {
  New,         // not on this device
  Unchanged,   // nothing this device has not seen already
  TakeTheirs,  // changed only there
  Merged,      // changed on both sides, in different units
  Conflicts,   // changed on both sides, in the same units
  DeletedHere, // deleted on this device: imported (as new) only when the user asks for it
};

struct CaseMerge {
  MergeKind kind = MergeKind::Unchanged;
  Case result;                      // what this device will hold (for Unchanged: its own copy)
  std::vector<std::string> conflicts;  // new conflicting units
};

// `from` names who exported `theirs` (shown beside the conflicts).
CaseMerge merge_case(const Case& mine, const Case& theirs, const std::string& from);

struct ImportPlan {
  std::vector<CaseMerge> cases;  // one per incoming case, in bundle order
  int count(MergeKind kind) const;
  bool changes_anything() const;
};

// `deleted_here`: ids of cases deleted on this device (id -> when): they are planned as
// DeletedHere, never brought back silently.
ImportPlan plan_import(const std::vector<Case>& mine, const std::vector<Case>& incoming, const std::string& from,
                       const std::map<std::string, std::int64_t>& deleted_here = {});

// The user's choice for one conflicting unit.
enum class ConflictChoice { Earlier, Theirs, Mine };
// Applies the choice to `c` (the value of the chosen version; Earlier only when known) and
// removes the unit from the conflict list. False when the unit is not in conflict or the
// chosen version does not have it.
bool resolve_conflict(Case& c, const std::string& unit, ConflictChoice choice);
bool has_earlier_value(const Case& c, const std::string& unit);

}  // namespace rots
