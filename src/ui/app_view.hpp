#pragma once
// What screens read (AppView) and what they emit (UiCommand). Screens own no business rules:
// they draw state and turn taps into commands that the app applies.
#include <variant>
#include <vector>

#include "core/workspace.hpp"
#include "storage/record_store.hpp"

namespace rots::ui {

enum class Screen { CaseList, NewCase };
enum class LoadPhase { Loading, Ready, Unavailable };

struct AppView {
  const Workspace& workspace;
  Screen screen;
  LoadPhase load_phase;
  const SaveState& save;
  const std::vector<QuarantinedRecord>& quarantined;
  const std::vector<ValidationIssue>& new_case_issues;  // from the last failed submit
  Date today;
};

struct OpenNewCase {};
struct CloseNewCase {};
struct SubmitNewCase {
  CaseDraft draft;
};
struct RetrySave {};

using UiCommand = std::variant<OpenNewCase, CloseNewCase, SubmitNewCase, RetrySave>;
using Commands = std::vector<UiCommand>;

}  // namespace rots::ui
