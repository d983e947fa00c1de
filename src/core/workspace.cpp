#include "core/workspace.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"

namespace rots {

ApplyResult Workspace::apply(const Command& command, const CommandContext& context) {
  return std::visit([&](const auto& c) { return apply_one(c, context); }, command);
}

ApplyResult Workspace::apply_one(const CreateCase& command, const CommandContext& context) {
  ApplyResult result;
  result.issues = validate(command.draft, context.today);
  if (!result.ok()) return result;
  if (find(context.new_id)) return ApplyResult{{}, ApplyError::DuplicateId, {}, {}, std::nullopt};

  Case c;
  c.id = context.new_id;
  c.pseudonym = std::string(trim_spaces(command.draft.pseudonym));
  c.region = *command.draft.region;
  c.registered_on = *parse_dutch_date(command.draft.registered_on);
  c.hulpvraag = std::string(trim_spaces(command.draft.hulpvraag));
  c.aanmelding = command.draft.aanmelding;
  c.created_at_ms = context.now_ms;
  c.updated_at_ms = context.now_ms;
  cases_.push_back(c);
  result.changed_case_ids.push_back(c.id);
  result.undo = DeleteCase{c.id};
  return result;
}

ApplyResult Workspace::apply_one(const DeleteCase& command, const CommandContext&) {
  ApplyResult result;
  auto it = std::find_if(cases_.begin(), cases_.end(), [&](const Case& c) { return c.id == command.case_id; });
  if (it == cases_.end()) {
    result.error = ApplyError::UnknownCase;
    return result;
  }
  result.undo = RestoreCase{*it};
  result.deleted_case_ids.push_back(it->id);
  cases_.erase(it);
  return result;
}

ApplyResult Workspace::apply_one(const DuplicateCase& command, const CommandContext& context) {
  ApplyResult result;
  const Case* original = find(command.case_id);
  if (!original) {
    result.error = ApplyError::UnknownCase;
    return result;
  }
  CaseDraft draft{command.pseudonym, original->region, to_dutch(original->registered_on), original->hulpvraag,
                  original->aanmelding};
  result.issues = validate(draft, context.today);
  if (!result.ok()) return result;
  if (find(context.new_id)) return ApplyResult{{}, ApplyError::DuplicateId, {}, {}, std::nullopt};
  Case copy = *original;
  copy.id = context.new_id;
  copy.pseudonym = std::string(trim_spaces(command.pseudonym));
  copy.created_at_ms = context.now_ms;
  copy.updated_at_ms = context.now_ms;
  cases_.push_back(copy);
  result.changed_case_ids.push_back(copy.id);
  result.undo = DeleteCase{copy.id};
  return result;
}

ApplyResult Workspace::apply_one(const RestoreCase& command, const CommandContext&) {
  ApplyResult result;
  if (find(command.snapshot.id)) {
    result.error = ApplyError::DuplicateId;
    return result;
  }
  cases_.push_back(command.snapshot);
  result.changed_case_ids.push_back(command.snapshot.id);
  result.undo = DeleteCase{command.snapshot.id};
  return result;
}

void Workspace::load(std::vector<Case> cases) {
  std::map<std::string, Case> latest;
  for (auto& c : cases) {
    auto it = latest.find(c.id);
    if (it == latest.end() || it->second.updated_at_ms < c.updated_at_ms) latest[c.id] = std::move(c);
  }
  cases_.clear();
  for (auto& [id, c] : latest) cases_.push_back(std::move(c));
}

const Case* Workspace::find(std::string_view id) const {
  auto it = std::find_if(cases_.begin(), cases_.end(), [&](const Case& c) { return c.id == id; });
  return it == cases_.end() ? nullptr : &*it;
}

std::vector<const Case*> Workspace::cases_for_list() const {
  std::vector<const Case*> list;
  list.reserve(cases_.size());
  for (const auto& c : cases_) list.push_back(&c);
  std::sort(list.begin(), list.end(), [](const Case* a, const Case* b) {
    if (a->registered_on != b->registered_on) return a->registered_on > b->registered_on;
    if (a->created_at_ms != b->created_at_ms) return a->created_at_ms > b->created_at_ms;
    return a->id < b->id;
  });
  return list;
}

}  // namespace rots
