#pragma once
// The application: holds the domain state and the store, applies the UI's commands through the
// one command path, and draws the UI each frame.
#include <functional>
#include <memory>

#include "core/workspace.hpp"
#include "platform/record_backend.hpp"
#include "storage/record_store.hpp"
#include "ui/app_view.hpp"
#include "ui/screens.hpp"

namespace rots::app {

class App {
 public:
  App(RecordBackend& backend, std::function<void()> request_frame);

  void start();  // opens storage and loads every record
  void draw_frame();
  bool loaded() const { return load_phase_ != ui::LoadPhase::Loading; }

 private:
  void finish_load(LoadReport report);
  void handle(const ui::UiCommand& command);
  void submit_new_case(const CaseDraft& draft);

  Workspace workspace_;
  RecordStore store_;
  std::function<void()> request_frame_;
  ui::Ui ui_;
  ui::Screen screen_ = ui::Screen::CaseList;
  ui::LoadPhase load_phase_ = ui::LoadPhase::Loading;
  std::vector<QuarantinedRecord> quarantined_;
  std::vector<ValidationIssue> new_case_issues_;
};

}  // namespace rots::app
