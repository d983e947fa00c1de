#include "core/merge.hpp"

#include <algorithm>
#include <numeric>

#include "core/case_units.hpp"

namespace rots {

bool has_seen(const VersionVector& clock, const Dot& dot) {
  auto it = clock.find(dot.device);
  return it != clock.end() && it->second >= dot.counter;
}

bool dominated_by(const VersionVector& a, const VersionVector& b) {
  return std::all_of(a.begin(), a.end(), [&](const auto& entry) { return has_seen(b, {entry.first, entry.second}); });
}

VersionVector merged(const VersionVector& a, const VersionVector& b) {
  VersionVector out = a;
  for (const auto& [device, counter] : b) out[device] = std::max(out[device], counter);
  return out;
}

namespace {

std::uint64_t changes_seen(const VersionVector& clock) {
  return std::accumulate(clock.begin(), clock.end(), std::uint64_t{0},
                         [](std::uint64_t sum, const auto& entry) { return sum + entry.second; });
}

template <class T>
void erase_value(std::vector<T>& values, const T& value) {
  values.erase(std::remove(values.begin(), values.end(), value), values.end());
}

template <class T>
bool contains(const std::vector<T>& values, const T& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

const Dot* stamp_of(const Case& c, const std::string& key) {
  auto it = c.sync.stamps.find(key);
  return it == c.sync.stamps.end() ? nullptr : &it->second;
}

// Only the fields: what "Eerder" (the value at the last exchange) needs, at a fraction of the size.
Case fields_only(const Case& c) {
  Case out = c;
  out.status_changes.clear();
  out.meetings.clear();
  out.agreements.clear();
  out.notes.clear();
  out.referrals.clear();
  out.history.clear();
  out.sync = {};
  out.merge_base.clear();
  out.conflict_units.clear();
  out.conflict_theirs.clear();
  out.conflict_from.clear();
  return out;
}

// The other side's version as kept beside a conflict: fields, meetings and agreements.
Case conflict_snapshot(const Case& c) {
  Case out = fields_only(c);
  out.meetings = c.meetings;
  out.agreements = c.agreements;
  out.referrals = c.referrals;
  return out;
}

// Sets are merged as unions, in time order; equal entries appear once.
template <class T>
void union_by_time(std::vector<T>& mine, const std::vector<T>& theirs) {
  for (const T& entry : theirs)
    if (!contains(mine, entry)) mine.push_back(entry);
  std::stable_sort(mine.begin(), mine.end(), [](const T& a, const T& b) { return a.at_ms < b.at_ms; });
}

// Both sides edited the same note: the later edit is the text, every other text becomes an
// earlier version. Nothing typed on either side is lost.
Note merge_note(const Note& mine, const Note& theirs) {
  const bool theirs_later = theirs.updated_at_ms > mine.updated_at_ms;
  Note out = theirs_later ? theirs : mine;
  const Note& other = theirs_later ? mine : theirs;
  union_by_time(out.earlier, other.earlier);
  NoteVersion other_current{other.text, other.author, other.updated_at_ms};
  bool known = other.text == out.text ||
               std::any_of(out.earlier.begin(), out.earlier.end(), [&](const NoteVersion& v) { return v.text == other.text; });
  if (!known) {
    out.earlier.push_back(other_current);
    std::stable_sort(out.earlier.begin(), out.earlier.end(),
                     [](const NoteVersion& a, const NoteVersion& b) { return a.at_ms < b.at_ms; });
  }
  return out;
}

void replace_note(Case& c, const Note& note) {
  for (auto& n : c.notes)
    if (n.id == note.id) n = note;
}

// A side changed the unit since the other side last saw it. Without a stamp (a case from before
// merging existed) only the values can tell.
bool changed_since(const Dot* stamp, const VersionVector& other_clock, bool differs) {
  return stamp ? !has_seen(other_clock, *stamp) : differs;
}

std::vector<std::string> all_units(const Case& mine, const Case& theirs) {
  std::vector<std::string> keys = unit_keys(mine);
  for (auto& key : unit_keys(theirs))
    if (!has_unit(mine, key)) keys.push_back(std::move(key));
  return keys;
}

// The earlier values shown beside a conflict: the more recent of the two sides' last imports.
std::vector<Case> earlier_of(const Case& mine, const Case& theirs) {
  const Case* best = nullptr;
  for (const Case* c : {&mine, &theirs})
    if (!c->merge_base.empty() && (!best || c->merge_base[0].updated_at_ms > best->updated_at_ms))
      best = &c->merge_base[0];
  if (!best) return {};
  return {*best};
}

// Keeps the other side's values of conflicts still open from an earlier import.
Case combined_snapshot(const Case& mine, const Case& theirs) {
  Case snapshot = conflict_snapshot(theirs);
  if (!mine.conflict_theirs.empty())
    for (const auto& unit : mine.conflict_units)
      if (!has_unit(theirs, unit) || unit_kind(unit) != UnitKind::Field) copy_unit(snapshot, mine.conflict_theirs[0], unit);
  return snapshot;
}

CaseMerge merge_concurrent(const Case& mine, const Case& theirs, const std::string& from) {
  CaseMerge out;
  Case& result = out.result;
  result = mine;
  for (const auto& key : all_units(mine, theirs)) {
    const bool in_mine = has_unit(mine, key), in_theirs = has_unit(theirs, key);
    if (!in_theirs) continue;  // a merge never drops what this device has
    const bool differs = !in_mine || !unit_equal(mine, theirs, key);
    const Dot* their_stamp = stamp_of(theirs, key);
    const bool theirs_changed = changed_since(their_stamp, mine.sync.clock, differs);
    if (!in_mine) {
      const bool deleted_here = contains(mine.sync.removed, key);
      if (deleted_here && !theirs_changed) continue;
      copy_unit(result, theirs, key);
      erase_value(result.sync.removed, key);
      if (their_stamp) result.sync.stamps[key] = *their_stamp;
      continue;
    }
    if (!differs) continue;
    const bool mine_changed = changed_since(stamp_of(mine, key), theirs.sync.clock, differs);
    if (theirs_changed && !mine_changed) {
      copy_unit(result, theirs, key);
      if (their_stamp) result.sync.stamps[key] = *their_stamp;
    } else if (!theirs_changed) {
      continue;  // changed here only, or a value the other side never set (e.g. a field left out of the bundle)
    } else if (unit_kind(key) == UnitKind::Note) {
      const std::string_view id = unit_item_id(key);
      replace_note(result, merge_note(*mine.note(id), *theirs.note(id)));
    } else {
      out.conflicts.push_back(key);
    }
  }
  union_by_time(result.status_changes, theirs.status_changes);
  union_by_time(result.history, theirs.history);
  result.created_at_ms = std::min(mine.created_at_ms, theirs.created_at_ms);
  result.updated_at_ms = std::max(mine.updated_at_ms, theirs.updated_at_ms);
  result.sync.clock = merged(mine.sync.clock, theirs.sync.clock);
  result.sync.revision = changes_seen(result.sync.clock);
  if (!out.conflicts.empty()) {
    result.merge_base = earlier_of(mine, theirs);
    result.conflict_theirs = {combined_snapshot(mine, theirs)};
    for (const auto& unit : out.conflicts)
      if (!contains(result.conflict_units, unit)) result.conflict_units.push_back(unit);
    result.conflict_from = from;
    out.kind = MergeKind::Conflicts;
  } else {
    if (result.conflict_units.empty()) result.merge_base = {fields_only(result)};
    out.kind = MergeKind::Merged;
  }
  return out;
}

}  // namespace

void stamp_edit(const Case* before, Case& after, const std::string& device) {
  // After an undo, `after` holds an older clock: the clock must never go back.
  SyncInfo sync = before ? before->sync : SyncInfo{};
  const Dot dot{device, ++sync.clock[device]};
  for (const auto& key : unit_keys(after)) {
    if (!before || !has_unit(*before, key) || !unit_equal(*before, after, key)) sync.stamps[key] = dot;
    erase_value(sync.removed, key);
  }
  if (before)
    for (const auto& key : unit_keys(*before))
      if (!has_unit(after, key)) {
        sync.stamps.erase(key);
        if (!contains(sync.removed, key)) sync.removed.push_back(key);
      }
  sync.revision = changes_seen(sync.clock);
  sync.device_id = device;
  after.sync = std::move(sync);
}

CaseMerge merge_case(const Case& mine, const Case& theirs_in, const std::string& from) {
  // Another device's open conflicts are its own business: its values arrive, its questions don't.
  Case theirs = theirs_in;
  theirs.conflict_units.clear();
  theirs.conflict_theirs.clear();
  theirs.conflict_from.clear();

  const bool theirs_new = !dominated_by(theirs.sync.clock, mine.sync.clock);
  const bool mine_new = !dominated_by(mine.sync.clock, theirs.sync.clock);
  const bool unversioned = mine.sync.clock.empty() && theirs.sync.clock.empty();
  if (unversioned ? fields_only(mine) == fields_only(theirs) && mine.meetings == theirs.meetings &&
                        mine.agreements == theirs.agreements && mine.notes == theirs.notes &&
                        mine.referrals == theirs.referrals
                  : !theirs_new)
    return {MergeKind::Unchanged, mine, {}};
  if (!unversioned && !mine_new) {
    CaseMerge out{MergeKind::TakeTheirs, theirs, {}};
    union_by_time(out.result.history, mine.history);  // e.g. this device's import lines
    out.result.conflict_units = mine.conflict_units;
    out.result.conflict_theirs = mine.conflict_theirs;
    out.result.conflict_from = mine.conflict_from;
    out.result.merge_base = mine.conflict_units.empty() ? std::vector<Case>{fields_only(theirs)} : mine.merge_base;
    return out;
  }
  return merge_concurrent(mine, theirs, from);
}

int ImportPlan::count(MergeKind kind) const {
  return static_cast<int>(std::count_if(cases.begin(), cases.end(), [&](const CaseMerge& m) { return m.kind == kind; }));
}

bool ImportPlan::changes_anything() const {
  return std::any_of(cases.begin(), cases.end(), [](const CaseMerge& m) {
    return m.kind != MergeKind::Unchanged && m.kind != MergeKind::DeletedHere;
  });
}

ImportPlan plan_import(const std::vector<Case>& mine, const std::vector<Case>& incoming, const std::string& from,
                       const std::map<std::string, std::int64_t>& deleted_here) {
  ImportPlan plan;
  for (const Case& theirs : incoming) {
    auto it = std::find_if(mine.begin(), mine.end(), [&](const Case& c) { return c.id == theirs.id; });
    if (it != mine.end()) {
      plan.cases.push_back(merge_case(*it, theirs, from));
      continue;
    }
    Case fresh = theirs;
    fresh.conflict_units.clear();
    fresh.conflict_theirs.clear();
    fresh.conflict_from.clear();
    fresh.merge_base = {fields_only(fresh)};
    const MergeKind kind = deleted_here.contains(fresh.id) ? MergeKind::DeletedHere : MergeKind::New;
    plan.cases.push_back({kind, std::move(fresh), {}});
  }
  return plan;
}

bool has_earlier_value(const Case& c, const std::string& unit) {
  return !c.merge_base.empty() && unit_kind(unit) == UnitKind::Field && has_unit(c.merge_base[0], unit);
}

bool resolve_conflict(Case& c, const std::string& unit, ConflictChoice choice) {
  if (!contains(c.conflict_units, unit)) return false;
  switch (choice) {
    case ConflictChoice::Mine: break;
    case ConflictChoice::Theirs:
      if (c.conflict_theirs.empty() || !copy_unit(c, c.conflict_theirs[0], unit)) return false;
      break;
    case ConflictChoice::Earlier:
      if (!has_earlier_value(c, unit) || !copy_unit(c, c.merge_base[0], unit)) return false;
      break;
  }
  erase_value(c.conflict_units, unit);
  if (c.conflict_units.empty()) {
    c.conflict_theirs.clear();
    c.conflict_from.clear();
  }
  return true;
}

}  // namespace rots
