#pragma once
// The cases a user holds on this device, and the one path through which they change.
// Every change is a Command applied with a CommandContext (who, when, new ids), so saving,
// undo, merge and the audit trail all hook into a single place.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/case.hpp"

namespace rots {

struct CreateCase {
  CaseDraft draft;
};

using Command = std::variant<CreateCase>;

// Everything a command may need from the outside world, decided by the caller (no I/O here).
struct CommandContext {
  std::string actor;      // device user name; empty until users exist
  Date today;
  std::int64_t now_ms = 0;
  std::string new_id;     // fresh random id, used when the command creates a record
};

struct ApplyResult {
  std::vector<ValidationIssue> issues;  // non-empty: nothing changed
  std::vector<std::string> changed_case_ids;
  bool ok() const { return issues.empty(); }
};

class Workspace {
 public:
  ApplyResult apply(const Command& command, const CommandContext& context);

  // Replaces everything held (start-up load). Cases with duplicate ids keep the latest update.
  void load(std::vector<Case> cases);

  const std::vector<Case>& cases() const { return cases_; }
  const Case* find(std::string_view id) const;

  // Order for the case list: latest registration first, then latest created.
  std::vector<const Case*> cases_for_list() const;

 private:
  ApplyResult create_case(const CreateCase& command, const CommandContext& context);

  std::vector<Case> cases_;
};

}  // namespace rots
