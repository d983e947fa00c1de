#include "core/workspace.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"

namespace rots {

ApplyResult Workspace::apply(const Command& command, const CommandContext& context) {
  return std::visit([&](const auto& c) { return create_case(c, context); }, command);
}

ApplyResult Workspace::create_case(const CreateCase& command, const CommandContext& context) {
  ApplyResult result;
  result.issues = validate(command.draft, context.today);
  if (!result.ok()) return result;

  Case c;
  c.id = context.new_id;
  c.pseudonym = std::string(trim_spaces(command.draft.pseudonym));
  c.region = *command.draft.region;
  c.registered_on = *parse_dutch_date(command.draft.registered_on);
  c.created_at_ms = context.now_ms;
  c.updated_at_ms = context.now_ms;
  cases_.push_back(c);
  result.changed_case_ids.push_back(c.id);
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
