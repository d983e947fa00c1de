#pragma once
// The cases a user holds on this device, and the one path through which they change.
// Every change is a Command applied with a CommandContext (who, when, new ids), so saving,
// undo, merge and the audit trail all hook into a single place.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/case.hpp"
#include "core/merge.hpp"

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

// Puts an existing case back to an earlier state (the undo of every edit below).
struct RevertCase {
  Case snapshot;
};

// Edits of one case. Each records who/when in the case's history; a closed case only accepts
// ChangeStatus (reopen) until it is reopened.
struct UpdateRegistration {
  std::string case_id;
  CaseDraft draft;
};
struct UpdateJongere {
  std::string case_id;
  Jongere jongere;
};
struct PlanMeeting {
  std::string case_id;
  MeetingKind kind = MeetingKind::Consult;
  Date date;
  int start_minute = 9 * 60;
  std::string place;
};
struct UpdateMeeting {
  std::string case_id;
  Meeting meeting;  // replaces the meeting with the same id
};
struct RemoveMeeting {
  std::string case_id;
  std::string meeting_id;
};
struct AddAgreement {
  std::string case_id;
  Agreement agreement;  // id, status and created time are set by the command
};
struct UpdateAgreement {
  std::string case_id;
  Agreement agreement;
};
struct SetAgreementStatus {
  std::string case_id;
  std::string agreement_id;
  AgreementStatus status = AgreementStatus::Gedaan;
};
struct AddNote {
  std::string case_id;
  std::string meeting_id;
  std::string text;
};
struct EditNote {
  std::string case_id;
  std::string note_id;
  std::string text;
};
struct DeleteNote {
  std::string case_id;
  std::string note_id;
};
struct ChangeStatus {
  std::string case_id;
  CaseStatus to = CaseStatus::InBehandeling;
  std::optional<ClosingReason> reason;
};

// Referrals to help-map services and the bottlenecks of a case (schema version 6).
struct AddReferral {
  std::string case_id;
  Referral referral;  // id and created time are set by the command
};
struct UpdateReferral {
  std::string case_id;
  Referral referral;  // replaces the referral with the same id (outcome, dates)
};
struct RemoveReferral {
  std::string case_id;
  std::string referral_id;
};
struct SetKnelpunten {
  std::string case_id;
  std::uint32_t knelpunten = 0;  // Knelpunt bits
  std::string other;
};

// Puts the cases an import plan decided on (core/merge.hpp) into the workspace, all at once.
struct ImportCases {
  std::vector<Case> cases;
  std::string from;  // who exported the bundle, for the history line
};
struct ResolveConflict {
  std::string case_id;
  std::string unit;
  ConflictChoice choice = ConflictChoice::Mine;
};

using Command = std::variant<CreateCase, DeleteCase, DuplicateCase, RestoreCase, RevertCase, UpdateRegistration,
                             UpdateJongere, PlanMeeting, UpdateMeeting, RemoveMeeting, AddAgreement, UpdateAgreement,
                             SetAgreementStatus, AddNote, EditNote, DeleteNote, ChangeStatus, ImportCases,
                             ResolveConflict, AddReferral, UpdateReferral, RemoveReferral, SetKnelpunten>;

// Everything a command may need from the outside world, decided by the caller (no I/O here).
struct CommandContext {
  std::string actor;      // device user name; empty until users exist
  Date today;
  std::int64_t now_ms = 0;
  std::string new_id;     // fresh random id, used when the command creates a record
  std::string device_id = {};  // this device, for the merge stamps (core/sync.hpp)
};

enum class ApplyError {
  None,
  UnknownCase,
  DuplicateId,
  UnknownItem,        // the meeting, agreement or note is not (or no longer) in the case
  NotAllowed,         // a status change the lifecycle does not allow
  CaseClosed,         // a closed case is read-only until reopened
  NotOpen,            // the case is still an outline (its full record is being read): nothing changes
};

struct ApplyResult {
  std::vector<ValidationIssue> issues;  // non-empty: nothing changed
  ApplyError error = ApplyError::None;  // set: nothing changed
  std::vector<std::string> changed_case_ids;
  std::vector<std::string> deleted_case_ids;
  std::vector<std::string> undeleted_case_ids;  // deleted before, back now (restored or re-imported)
  std::optional<Command> undo;  // applying it reverts this command
  std::string created_id;       // the id of a meeting, agreement or note this command added
  bool ok() const { return issues.empty() && error == ApplyError::None; }
};

class Workspace {
 public:
  ApplyResult apply(const Command& command, const CommandContext& context);

  // Replaces everything held (start-up load). Cases with duplicate ids keep the latest update.
  // `deleted`: the cases deleted on this device (id -> when), which imports do not bring back unasked.
  void load(std::vector<Case> cases, std::map<std::string, std::int64_t> deleted = {});

  // Outlines (core/case_summary.hpp) of the cases whose full records are still being read; ids
  // already held are skipped. Until open_case brings its full record, an outline is listed but
  // every command that names it is refused (ApplyError::NotOpen), and so is every import.
  void add_outlines(std::vector<Case> outlines);
  // The full record of a case: replaces its outline, or is added (a case stored without a
  // summary). False, and nothing changes, when the case is open already (what is held is newer).
  bool open_case(Case full);
  // Removes the outlines whose full record never came (unreadable or missing); returns their ids.
  std::vector<std::string> drop_unopened();
  bool is_open(std::string_view id) const { return !unopened_.contains(id); }
  std::size_t unopened_count() const { return unopened_.size(); }
  bool all_open() const { return unopened_.empty(); }

  const std::vector<Case>& cases() const { return cases_; }
  const Case* find(std::string_view id) const;
  const std::map<std::string, std::int64_t>& deleted_cases() const { return deleted_; }

  // Order for the case list: latest registration first, then latest created.
  std::vector<const Case*> cases_for_list() const;

  // Counts changes: a new value after every applied command and every load, so views can keep
  // what they derived (the sorted list, the search index) until it changes. revision_of(id) is the
  // revision at which that case last changed.
  std::uint64_t revision() const { return revision_; }
  std::uint64_t revision_of(std::string_view case_id) const;

 private:
  ApplyResult apply_one(const CreateCase& command, const CommandContext& context);
  ApplyResult apply_one(const DeleteCase& command, const CommandContext& context);
  ApplyResult apply_one(const DuplicateCase& command, const CommandContext& context);
  ApplyResult apply_one(const RestoreCase& command, const CommandContext& context);
  ApplyResult apply_one(const RevertCase& command, const CommandContext& context);
  ApplyResult apply_one(const UpdateRegistration& command, const CommandContext& context);
  ApplyResult apply_one(const UpdateJongere& command, const CommandContext& context);
  ApplyResult apply_one(const PlanMeeting& command, const CommandContext& context);
  ApplyResult apply_one(const UpdateMeeting& command, const CommandContext& context);
  ApplyResult apply_one(const RemoveMeeting& command, const CommandContext& context);
  ApplyResult apply_one(const AddAgreement& command, const CommandContext& context);
  ApplyResult apply_one(const UpdateAgreement& command, const CommandContext& context);
  ApplyResult apply_one(const SetAgreementStatus& command, const CommandContext& context);
  ApplyResult apply_one(const AddNote& command, const CommandContext& context);
  ApplyResult apply_one(const EditNote& command, const CommandContext& context);
  ApplyResult apply_one(const DeleteNote& command, const CommandContext& context);
  ApplyResult apply_one(const ChangeStatus& command, const CommandContext& context);
  ApplyResult apply_one(const ImportCases& command, const CommandContext& context);
  ApplyResult apply_one(const ResolveConflict& command, const CommandContext& context);
  ApplyResult apply_one(const AddReferral& command, const CommandContext& context);
  ApplyResult apply_one(const UpdateReferral& command, const CommandContext& context);
  ApplyResult apply_one(const RemoveReferral& command, const CommandContext& context);
  ApplyResult apply_one(const SetKnelpunten& command, const CommandContext& context);
  Case* find_mutable(std::string_view id);
  // cases_ grows and shrinks only through these, so positions_ always tells where each id is.
  void append(Case c);
  void reindex();  // after cases were removed: the positions behind them moved
  template <class Edit>
  ApplyResult edit_case(const std::string& case_id, const CommandContext& context, bool allow_closed, Edit&& edit);

  std::vector<Case> cases_;
  std::map<std::string, std::size_t, std::less<>> positions_;  // id -> index in cases_: find at 10,000 cases
  std::map<std::string, std::int64_t> deleted_;
  std::uint64_t revision_ = 0;
  std::uint64_t load_revision_ = 0;
  std::map<std::string, std::uint64_t, std::less<>> changed_at_;  // case id -> revision, since the load
  std::set<std::string, std::less<>> unopened_;  // ids of the outlines
};

// A value worked out from the workspace and a key (a filter, a day), made again only when the
// workspace changed (its revision) or the key did: views ask every frame, and a walk over
// 10,000 cases costs more than a frame.
template <class Key, class Value>
class WorkspaceDerived {
 public:
  template <class Make>
  const Value& get(const Workspace& workspace, const Key& key, Make&& make) {
    if (!value_ || workspace_ != &workspace || revision_ != workspace.revision() || !(key_ == key)) {
      value_ = make();
      workspace_ = &workspace;
      revision_ = workspace.revision();
      key_ = key;
    }
    return *value_;
  }

 private:
  const Workspace* workspace_ = nullptr;
  std::uint64_t revision_ = 0;
  Key key_{};
  std::optional<Value> value_;
};

}  // namespace rots
