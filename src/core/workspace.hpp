#pragma once
// The cases a user holds on this device, and the one path through which they change.
// Every change is a Command applied with a CommandContext (who, when, new ids), so saving,
// undo, merge and the audit trail all hook into a single place.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/case.hpp"

namespace rots {

struct CreateCase {
  CaseDraft draft;
};
struct DeleteCase {
  std::string case_id;
};
// A copy under a new id (e.g. a sibling with the same context); the caller names it.
struct DuplicateCase {
  std::string case_id;
  std::string pseudonym;
};
// Puts a deleted case back exactly as it was (the undo of DeleteCase).
struct RestoreCase {
  Case snapshot;
};

using Command = std::variant<CreateCase, DeleteCase, DuplicateCase, RestoreCase>;

// Everything a command may need from the outside world, decided by the caller (no I/O here).
struct CommandContext {
  std::string actor;      // device user name; empty until users exist
  Date today;
  std::int64_t now_ms = 0;
  std::string new_id;     // fresh random id, used when the command creates a record
};

enum class ApplyError { None, UnknownCase, DuplicateId };

struct ApplyResult {
  std::vector<ValidationIssue> issues;  // non-empty: nothing changed
  ApplyError error = ApplyError::None;  // set: nothing changed
  std::vector<std::string> changed_case_ids;
  std::vector<std::string> deleted_case_ids;
  std::optional<Command> undo;  // applying it reverts this command
  bool ok() const { return issues.empty() && error == ApplyError::None; }
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
  ApplyResult apply_one(const CreateCase& command, const CommandContext& context);
  ApplyResult apply_one(const DeleteCase& command, const CommandContext& context);
  ApplyResult apply_one(const DuplicateCase& command, const CommandContext& context);
  ApplyResult apply_one(const RestoreCase& command, const CommandContext& context);
  Case* find_mutable(std::string_view id);

  std::vector<Case> cases_;
};

}  // namespace rots
