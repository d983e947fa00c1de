#pragma once
// What screens read (AppView) and what they emit (UiCommand). Screens own no business rules:
// they draw state and turn taps into commands that the app applies.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/settings.hpp"
#include "core/workspace.hpp"
#include "platform/device_storage.hpp"
#include "storage/record_store.hpp"

namespace rots::ui {

enum class Screen { CaseList, CaseDetail, NewCase, Settings, FollowUp, MeetingMode };
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

using UiCommand = std::variant<OpenNewCase, SubmitNewCase, NavigateBack, OpenCase, ShowCases, ShowSettings,
                               DeleteCaseRequest, DuplicateCaseRequest, UndoLast, DismissToast, ChangeSettings,
                               RetrySave, EditCase, ShowFollowUp, OpenMeetingMode, PrintAgenda, PrintSummary,
                               TakeOver, ExportBackup, CheckStorage>;
using Commands = std::vector<UiCommand>;

}  // namespace rots::ui
