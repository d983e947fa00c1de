// The help map's command path and its exchange with other devices (docs/merging.md).
#include <algorithm>

#include "core/helpmap.hpp"
#include "core/text.hpp"

namespace rots {
namespace {

// Every change counts one more change of this device in the entry's version vector.
void stamp(Service& s, const CommandContext& context) {
  ++s.clock[context.device_id];
  s.device_id = context.device_id;
  s.updated_at_ms = context.now_ms;
}

void tidy(Service& s) {
  for (std::string* field : {&s.name, &s.municipality, &s.contact_person, &s.phone, &s.email, &s.website})
    *field = std::string(trim_spaces(*field));
}

HelpMapResult unknown_entry() {
  HelpMapResult result;
  result.unknown = true;
  return result;
}

// Applies `edit` to a copy of the entry; stores it (stamped) only when it changed.
template <class Edit>
HelpMapResult edit_entry(HelpMap& map, const std::string& id, const CommandContext& context, Edit&& edit) {
  const Service* current = map.find(id);
  if (!current || current->deleted) return unknown_entry();
  Service copy = *current;
  HelpMapResult result;
  edit(copy, result);
  if (!result.ok() || copy == *current) return result;
  stamp(copy, context);
  result.undo = RestoreService{*current};
  result.changed_ids.push_back(id);
  map.put(std::move(copy));
  return result;
}

HelpMapResult apply_one(HelpMap& map, const SaveService& command, const CommandContext& context) {
  Service incoming = command.service;
  tidy(incoming);
  if (incoming.id.empty()) {
    HelpMapResult result;
    result.issues = validate(incoming);
    if (!result.ok()) return result;
    incoming.id = context.new_id;
    incoming.source.clear();  // a user's own entry
    incoming.deleted = false;
    incoming.clock.clear();
    incoming.conflict_theirs.clear();
    incoming.conflict_from.clear();
    stamp(incoming, context);
    result.created_id = incoming.id;
    result.changed_ids.push_back(incoming.id);
    result.undo = DeleteService{incoming.id};
    map.put(std::move(incoming));
    return result;
  }
  return edit_entry(map, incoming.id, context, [&](Service& s, HelpMapResult& result) {
    result.issues = validate(incoming);
    if (!result.issues.empty()) return;
    // Only what the form edits; identity, origin and exchange state stay the entry's own.
    s.name = incoming.name;
    s.tier = incoming.tier;
    s.region = incoming.region;
    s.municipality = incoming.municipality;
    s.offer = incoming.offer;
    s.ages = incoming.ages;
    s.contact_person = incoming.contact_person;
    s.phone = incoming.phone;
    s.email = incoming.email;
    s.website = incoming.website;
    s.notes = incoming.notes;
    s.last_checked = incoming.last_checked;
  });
}

HelpMapResult apply_one(HelpMap& map, const DeleteService& command, const CommandContext& context) {
  return edit_entry(map, command.id, context, [](Service& s, HelpMapResult&) { s.deleted = true; });
}

HelpMapResult apply_one(HelpMap& map, const RestoreService& command, const CommandContext& context) {
  const Service* current = map.find(command.snapshot.id);
  HelpMapResult result;
  Service restored = command.snapshot;
  // The clock never goes back: the undo is one more change, so other devices take it.
  restored.clock = current ? merged(current->clock, restored.clock) : restored.clock;
  stamp(restored, context);
  if (current) result.undo = RestoreService{*current};
  result.changed_ids.push_back(restored.id);
  map.put(std::move(restored));
  return result;
}

HelpMapResult apply_one(HelpMap& map, const MarkServiceChecked& command, const CommandContext& context) {
  return edit_entry(map, command.id, context, [&](Service& s, HelpMapResult&) { s.last_checked = context.today; });
}

HelpMapResult apply_one(HelpMap& map, const ResolveServiceConflict& command, const CommandContext& context) {
  return edit_entry(map, command.id, context, [&](Service& s, HelpMapResult& result) {
    if (s.conflict_theirs.empty()) {
      result.unknown = true;
      return;
    }
    if (command.take_theirs) {
      Service theirs = s.conflict_theirs[0];
      theirs.clock = s.clock;
      s = std::move(theirs);
    }
    s.conflict_theirs.clear();
    s.conflict_from.clear();
  });
}

HelpMapResult apply_one(HelpMap& map, const ImportServices& command, const CommandContext&) {
  HelpMapResult result;
  for (const Service& s : command.services) {
    result.changed_ids.push_back(s.id);
    map.put(s);
  }
  return result;
}

// What the two versions say, apart from their exchange state.
bool same_values(Service a, Service b) {
  for (Service* s : {&a, &b}) {
    s->clock.clear();
    s->device_id.clear();
    s->updated_at_ms = 0;
    s->conflict_theirs.clear();
    s->conflict_from.clear();
  }
  return a == b;
}

ServiceMerge merge_service(const Service& mine, Service theirs, const std::string& from) {
  theirs.conflict_theirs.clear();  // the other device's open questions stay there
  theirs.conflict_from.clear();
  if (dominated_by(theirs.clock, mine.clock)) return {MergeKind::Unchanged, mine};
  if (dominated_by(mine.clock, theirs.clock)) {
    theirs.conflict_theirs = mine.conflict_theirs;
    theirs.conflict_from = mine.conflict_from;
    return {MergeKind::TakeTheirs, std::move(theirs)};
  }
  Service result = mine;
  result.clock = merged(mine.clock, theirs.clock);
  result.updated_at_ms = std::max(mine.updated_at_ms, theirs.updated_at_ms);
  if (same_values(mine, theirs)) return {MergeKind::Merged, std::move(result)};
  // An edit wins over a concurrent deletion, as with a case's items: nothing typed is lost.
  if (mine.deleted != theirs.deleted) {
    if (mine.deleted) {
      const VersionVector clock = result.clock;
      result = std::move(theirs);
      result.clock = clock;
    }
    return {MergeKind::Merged, std::move(result)};
  }
  theirs.clock.clear();
  result.conflict_theirs = {std::move(theirs)};
  result.conflict_from = from;
  return {MergeKind::Conflicts, std::move(result)};
}

}  // namespace

HelpMapResult apply(HelpMap& map, const HelpMapCommand& command, const CommandContext& context) {
  return std::visit([&](const auto& c) { return apply_one(map, c, context); }, command);
}

std::vector<ServiceMerge> plan_service_import(const HelpMap& mine, const std::vector<Service>& incoming,
                                              const std::string& from) {
  std::vector<ServiceMerge> plan;
  for (const Service& theirs : incoming) {
    if (const Service* own = mine.find(theirs.id)) {
      plan.push_back(merge_service(*own, theirs, from));
      continue;
    }
    Service fresh = theirs;
    fresh.conflict_theirs.clear();
    fresh.conflict_from.clear();
    plan.push_back({MergeKind::New, std::move(fresh)});
  }
  return plan;
}

std::vector<const Service*> services_for_export(const HelpMap& map) {
  std::vector<const Service*> out;
  for (const auto& s : map.entries())
    if (!s.clock.empty()) out.push_back(&s);
  return out;
}

}  // namespace rots
