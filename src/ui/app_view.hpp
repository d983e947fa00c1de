#pragma once
// What screens read (AppView) and what they emit (UiCommand). Screens own no business rules:
// they draw state and turn taps into commands that the app applies.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/helpmap.hpp"
#include "core/merge.hpp"
#include "core/signal_report.hpp"
#include "core/settings.hpp"
#include "core/workspace.hpp"
#include "platform/device_storage.hpp"
#include "storage/record_store.hpp"

namespace rots::ui {

enum class Screen { CaseList, CaseDetail, NewCase, Settings, FollowUp, MeetingMode, Exchange, Retention, HelpMap, Report };
enum class LoadPhase { Loading, Ready, Unavailable };

// Whether this window may write (one writer across the app's tabs and windows).
enum class WriterState {
  Starting,     // asking for the writer lock
  Writer,       // this window writes
  OtherWindow,  // another window writes; this one has loaded nothing
  TakingOver,   // asked the other window to hand over
  ReadOnly,     // another window took over: what is shown here may be out of date
};

struct Toast {
  std::string text;
  bool can_undo = false;
};

// "Delen en back-up": making a bundle, or reading one in (the app does the work, the screen asks).
enum class ExchangeMode { Export, Import };
enum class ExchangePhase {
  Editing,   // choosing cases / a file, typing the passphrase
  Working,   // encrypting or decrypting (Argon2id takes a moment): the screen says so
  Exported,  // the bundle was offered as a download
  Preview,   // import: what would change, waiting for "Inlezen"
};
struct ExchangeView {
  ExchangeMode mode = ExchangeMode::Export;
  ExchangePhase phase = ExchangePhase::Editing;
  std::uint64_t generation = 0;          // a new export/import began: the screen clears its fields
  std::vector<std::string> preselected;  // export: the cases ticked at the start (empty: all)
  std::string file_name;                 // export: the bundle made; import: the file chosen
  bool file_ready = false;               // import: a file was read
  std::string error;                     // Dutch; shown in red
  ImportPlan plan;                       // import preview
  std::string from;                      // who made the bundle
  std::int64_t exported_at_ms = 0;
  bool can_share = false;                // the system share sheet takes files
  // Import: help-map entries in the bundle, by what they would do here.
  int services_new = 0, services_changed = 0, services_conflicts = 0;
};

// Encryption at rest (storage/vault.hpp): nothing of the cases is loaded or shown until unlocked.
enum class VaultPhase {
  Opening,   // reading the store
  Setup,     // first start: no passphrase yet
  Locked,    // the data key is not in memory
  Unlocked,
};
struct VaultView {
  VaultPhase phase = VaultPhase::Opening;
  bool working = false;           // deriving the key (a moment): the screen says so
  std::string error;              // Dutch; shown in red on the lock screen
  std::uint64_t generation = 0;   // the lock screen clears its fields when this changes
  bool changing_passphrase = false;  // Instellingen: a change is being made
  std::string change_message;     // Instellingen: the outcome of the last change (Dutch)
  bool change_failed = false;
};

// Start-up: the list comes from the cases' summaries; the cases themselves are opened after it.
struct OpeningView {
  std::size_t opened = 0;
  std::size_t total = 0;
  bool done = true;     // every case is open: screens that need all of them may show
  bool failed = false;  // reading the cases failed: some stay closed until a reload
};

struct AppView {
  const Workspace& workspace;
  Screen screen;
  LoadPhase load_phase;
  const SaveState& save;
  const std::vector<QuarantinedRecord>& quarantined;
  const std::vector<ValidationIssue>& new_case_issues;  // from the last failed submit
  Date today;
  std::int64_t now_ms;
  const std::string& selected_case_id;  // empty: none
  const DeviceSettings& settings;
  const std::optional<Toast>& toast;
  const std::string& meeting_mode_id;  // the meeting shown in meeting mode
  WriterState writer;
  LoadProgress load_progress;
  const StorageHealth& storage;
  const ExchangeView& exchange;
  const VaultView& vault;
  const HelpMap& helpmap;
  const std::vector<const Case*>& due_for_deletion;  // closed cases past their retention, earliest first
  OpeningView opening = {};
};

struct OpenNewCase {};
struct SubmitNewCase {
  CaseDraft draft;
};
struct NavigateBack {};
struct OpenCase {
  std::string case_id;
};
struct ShowCases {};
struct ShowSettings {};
struct DeleteCaseRequest {
  std::string case_id;
};
struct DuplicateCaseRequest {
  std::string case_id;
  std::string pseudonym;
};
struct UndoLast {};
struct DismissToast {};
struct ChangeSettings {
  DeviceSettings settings;
};
struct RetrySave {};
struct TakeOver {};          // make this window the one that writes
struct ExportBackup {};      // save every case (including unsaved changes) as a file
struct CheckStorage {};      // measure storage use again (Instellingen opened)
// Any edit of a case, through the domain's one command path. `toast` (optional) confirms it;
// `undoable` offers "Ongedaan maken" in that toast.
struct EditCase {
  EditCase(Command c, std::string confirmation = {}, bool can_undo = false)
      : command(std::move(c)), toast(std::move(confirmation)), undoable(can_undo) {}
  Command command;
  std::string toast;
  bool undoable = false;
};
struct ShowFollowUp {};
struct OpenMeetingMode {
  std::string case_id;
  std::string meeting_id;
};
struct PrintAgenda {
  std::string case_id;
  std::string meeting_id;
};
struct PrintSummary {
  std::string case_id;
};

struct OpenExport {
  std::vector<std::string> case_ids;  // preselected; empty: every case
};
struct OpenImport {};
struct MakeBundle {
  std::vector<std::string> case_ids;
  bool everything = false;  // a full backup (resets the backup reminder)
  bool include_identifying = false;
  std::string passphrase;
};
struct ShareBundle {};
struct SaveBundleAgain {};
struct PickBundleFile {};
struct OpenBundle {
  std::string passphrase;
};
struct ApplyImport {
  std::vector<std::string> restore_ids;  // cases deleted on this device that the user wants back
};
struct CloseExchange {};

struct SetUpVault {  // first start
  std::string user_name;
  std::string passphrase;
};
struct Unlock {
  std::string passphrase;
};
struct LockNow {};
struct ChangePassphrase {
  std::string current;
  std::string next;
};
struct ShowRetention {};
struct DeleteExpiredCases {  // retention: confirmed by the user
  std::vector<std::string> case_ids;
};
// Sociale kaart and signaalrapport.
struct ShowHelpMap {};
struct ShowReport {};
struct EditHelpMap {
  HelpMapCommand command;
  std::string toast;  // confirms the change (optional)
};
struct PrintHelpCard {
  std::optional<Region> region;  // none: every region
  std::string school;
};
struct ExportReportCsv {
  ReportQuery query;
};
struct OpenLink {
  std::string url;  // tel: or mailto:
};

using UiCommand = std::variant<OpenNewCase, SubmitNewCase, NavigateBack, OpenCase, ShowCases, ShowSettings,
                               DeleteCaseRequest, DuplicateCaseRequest, UndoLast, DismissToast, ChangeSettings,
                               RetrySave, EditCase, ShowFollowUp, OpenMeetingMode, PrintAgenda, PrintSummary,
                               TakeOver, ExportBackup, CheckStorage, OpenExport, OpenImport, MakeBundle, ShareBundle,
                               SaveBundleAgain, PickBundleFile, OpenBundle, ApplyImport, CloseExchange, SetUpVault,
                               Unlock, LockNow, ChangePassphrase, ShowRetention, DeleteExpiredCases, ShowHelpMap,
                               ShowReport, EditHelpMap, PrintHelpCard, ExportReportCsv, OpenLink>;
using Commands = std::vector<UiCommand>;

}  // namespace rots::ui
