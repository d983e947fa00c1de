#include "app/app.hpp"

#include <cstdio>

#include "platform/clock.hpp"
#include "platform/random_id.hpp"
#include "storage/backup.hpp"
#include "ui/print_html.hpp"
#include "ui/text_nl.hpp"

namespace rots::app {
namespace {
constexpr std::int64_t toast_duration_ms = 6000;  // long enough to reach "Ongedaan maken"

std::string format(const char* pattern, const std::string& value) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, pattern, value.c_str());
  return buffer;
}
}  // namespace

App::App(Platform platform, AppHooks hooks)
    : platform_(platform), store_(platform.records, platform.timer), hooks_(std::move(hooks)) {
  store_.on_change([this] { hooks_.request_frame(); });
}

void App::start() {
  platform_.writer_lock.on_take_over_requested([this] { hand_over(); });
  platform_.writer_lock.on_lost([this] {
    // Taken without a hand-over: stop writing now; what is still queued stays unsaved.
    store_.set_writable(false);
    writer_ = ui::WriterState::ReadOnly;
    hooks_.request_frame();
  });
  platform_.writer_lock.acquire([this](bool acquired) {
    writer_ = acquired ? ui::WriterState::Writer : ui::WriterState::OtherWindow;
    if (acquired) load();
    hooks_.request_frame();
  });
}

void App::load() {
  load_phase_ = ui::LoadPhase::Loading;
  load_progress_ = {};
  store_.open_and_load(
      [this](LoadProgress progress) {
        load_progress_ = progress;
        hooks_.request_frame();
      },
      [this](LoadReport report) { finish_load(std::move(report)); });
}

// Another window wants to write: save what is waiting, then let go and become read-only.
void App::hand_over() {
  if (writer_ != ui::WriterState::Writer) return;
  store_.flush_now();
  store_.when_idle([this](bool) {
    store_.set_writable(false);
    platform_.writer_lock.release();
    writer_ = ui::WriterState::ReadOnly;
    hooks_.request_frame();
  });
}

void App::take_over() {
  if (writer_ != ui::WriterState::OtherWindow && writer_ != ui::WriterState::ReadOnly) return;
  const auto before = writer_;
  writer_ = ui::WriterState::TakingOver;
  platform_.writer_lock.take_over([this, before](bool acquired) {
    writer_ = acquired ? ui::WriterState::Writer : before;
    if (acquired) {
      // The other window may have changed anything: start again from what is stored.
      store_.discard_unsaved();
      store_.set_writable(true);
      last_undo_.reset();
      toast_.reset();
      load();
    }
    hooks_.request_frame();
  });
  hooks_.request_frame();
}

void App::check_storage(bool ask_persistence) {
  platform_.device_storage.check(ask_persistence, [this](StorageHealth health) {
    storage_health_ = health;
    hooks_.request_frame();
  });
}

void App::export_backup() {
  std::vector<const Case*> cases;
  for (const auto& c : workspace_.cases()) cases.push_back(&c);
  platform_.device_storage.save_file(backup_file_name(local_today()), "application/json",
                                     encode_backup(cases, unix_time_ms()));
}

void App::finish_load(LoadReport report) {
  if (!report.status.ok()) {
    std::fprintf(stderr, "storage unavailable: %s\n", report.status.detail.c_str());
    load_phase_ = ui::LoadPhase::Unavailable;
  } else {
    load_phase_ = ui::LoadPhase::Ready;
  }
  for (const auto& q : report.quarantined)
    std::fprintf(stderr, "quarantined record %s: %s\n", q.key.c_str(), q.error.detail.c_str());
  workspace_.load(std::move(report.cases));
  if (report.settings) settings_ = *report.settings;
  quarantined_ = std::move(report.quarantined);
  if (!selected_case_id_.empty() && !workspace_.find(selected_case_id_)) {
    selected_case_id_.clear();
    screen_ = ui::Screen::CaseList;
  }
  check_storage(true);
  hooks_.request_frame();
}

CommandContext App::context(std::string new_id) const {
  return CommandContext{"", local_today(), unix_time_ms(), std::move(new_id)};
}

void App::draw_frame() {
  if (toast_ && unix_time_ms() >= toast_expires_ms_) toast_.reset();
  const ui::AppView view{workspace_,      screen_,       load_phase_,     store_.state(),    quarantined_,
                         new_case_issues_, local_today(), unix_time_ms(), selected_case_id_, settings_,
                         toast_,           meeting_mode_id_, writer_,         load_progress_,    storage_health_};
  ui::Commands commands;
  ui_.draw(view, commands);
  for (const auto& command : commands) handle(command);
  // Drawn after the commands were applied, so "Opgeslagen" never shows beside an edit made in
  // this very frame that is not written yet.
  ui_.draw_save_state(store_.state(), load_phase_, writer_);
  if (!commands.empty()) hooks_.request_frame();
}

ApplyResult App::apply_and_save(const Command& command) {
  ApplyResult result = workspace_.apply(command, context(new_random_id()));
  if (!result.ok()) return result;
  std::vector<const Case*> changed;
  for (const auto& id : result.changed_case_ids) changed.push_back(workspace_.find(id));
  store_.save_cases(changed, result.deleted_case_ids);
  return result;
}

void App::show_toast(std::string text, bool can_undo) {
  toast_ = ui::Toast{std::move(text), can_undo};
  toast_expires_ms_ = unix_time_ms() + toast_duration_ms;
  hooks_.wake_after(static_cast<double>(toast_duration_ms) + 50.0);
}

// Only the writer window changes data; the others may look, print and take over.
bool App::may_write(const ui::UiCommand& command) const {
  const bool changes_data = std::holds_alternative<ui::SubmitNewCase>(command) ||
                            std::holds_alternative<ui::EditCase>(command) ||
                            std::holds_alternative<ui::DeleteCaseRequest>(command) ||
                            std::holds_alternative<ui::DuplicateCaseRequest>(command) ||
                            std::holds_alternative<ui::UndoLast>(command) ||
                            std::holds_alternative<ui::ChangeSettings>(command) ||
                            std::holds_alternative<ui::OpenNewCase>(command) ||
                            std::holds_alternative<ui::RetrySave>(command);
  return !changes_data || writer_ == ui::WriterState::Writer;
}

void App::handle(const ui::UiCommand& command) {
  if (!may_write(command)) return;
  std::visit(
      [this](const auto& c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, ui::OpenNewCase>) {
          new_case_issues_.clear();
          screen_ = ui::Screen::NewCase;
        } else if constexpr (std::is_same_v<T, ui::SubmitNewCase>) {
          submit_new_case(c.draft);
        } else if constexpr (std::is_same_v<T, ui::NavigateBack>) {
          navigate_back();
        } else if constexpr (std::is_same_v<T, ui::ShowCases>) {
          screen_ = ui::Screen::CaseList;
        } else if constexpr (std::is_same_v<T, ui::ShowFollowUp>) {
          screen_ = ui::Screen::FollowUp;
        } else if constexpr (std::is_same_v<T, ui::EditCase>) {
          edit_case(c);
        } else if constexpr (std::is_same_v<T, ui::OpenMeetingMode>) {
          selected_case_id_ = c.case_id;
          meeting_mode_id_ = c.meeting_id;
          screen_ = ui::Screen::MeetingMode;
        } else if constexpr (std::is_same_v<T, ui::PrintAgenda>) {
          const Case* found = workspace_.find(c.case_id);
          const Meeting* meeting = found ? found->meeting(c.meeting_id) : nullptr;
          if (meeting && hooks_.print) hooks_.print(ui::agenda_html(*found, *meeting, local_today()));
        } else if constexpr (std::is_same_v<T, ui::PrintSummary>) {
          const Case* found = workspace_.find(c.case_id);
          if (found && hooks_.print) hooks_.print(ui::summary_html(*found, local_today()));
        } else if constexpr (std::is_same_v<T, ui::OpenCase>) {
          selected_case_id_ = c.case_id;
          screen_ = ui::Screen::CaseDetail;
        } else if constexpr (std::is_same_v<T, ui::ShowSettings>) {
          check_storage(false);
          screen_ = ui::Screen::Settings;
        } else if constexpr (std::is_same_v<T, ui::DeleteCaseRequest>) {
          const Case* c_ptr = workspace_.find(c.case_id);
          const std::string name = c_ptr ? c_ptr->pseudonym : std::string();
          auto result = apply_and_save(DeleteCase{c.case_id});
          if (!result.ok()) return;
          last_undo_ = result.undo;
          if (selected_case_id_ == c.case_id) {
            selected_case_id_.clear();
            screen_ = ui::Screen::CaseList;
          }
          show_toast(format(ui::text::deleted_format, name), true);
        } else if constexpr (std::is_same_v<T, ui::DuplicateCaseRequest>) {
          auto result = apply_and_save(DuplicateCase{c.case_id, c.pseudonym});
          if (!result.ok()) return;
          last_undo_ = result.undo;
          show_toast(format(ui::text::duplicated_format, c.pseudonym), true);
        } else if constexpr (std::is_same_v<T, ui::UndoLast>) {
          if (!last_undo_) return;
          auto result = apply_and_save(*last_undo_);
          last_undo_.reset();
          if (result.ok()) show_toast(ui::text::undone, false);
        } else if constexpr (std::is_same_v<T, ui::DismissToast>) {
          toast_.reset();
        } else if constexpr (std::is_same_v<T, ui::ChangeSettings>) {
          settings_ = c.settings;
          store_.save_settings(settings_);
        } else if constexpr (std::is_same_v<T, ui::RetrySave>) {
          store_.retry();
          check_storage(false);
        } else if constexpr (std::is_same_v<T, ui::TakeOver>) {
          take_over();
        } else if constexpr (std::is_same_v<T, ui::ExportBackup>) {
          export_backup();
        } else if constexpr (std::is_same_v<T, ui::CheckStorage>) {
          check_storage(false);
        }
      },
      command);
}

void App::navigate_back() {
  if (screen_ == ui::Screen::MeetingMode && workspace_.find(selected_case_id_)) {
    screen_ = ui::Screen::CaseDetail;
    return;
  }
  screen_ = ui::Screen::CaseList;
}

void App::edit_case(const ui::EditCase& edit) {
  const ApplyResult result = apply_and_save(edit.command);
  if (!result.ok()) {
    std::fprintf(stderr, "edit refused (%d, %zu issues)\n", static_cast<int>(result.error), result.issues.size());
    return;
  }
  if (result.changed_case_ids.empty()) return;  // nothing changed
  if (edit.undoable) last_undo_ = result.undo;
  if (!edit.toast.empty()) show_toast(edit.toast, edit.undoable);
}

void App::submit_new_case(const CaseDraft& draft) {
  const ApplyResult result = apply_and_save(CreateCase{draft});
  new_case_issues_ = result.issues;
  if (!result.ok()) return;
  last_undo_.reset();
  selected_case_id_ = result.changed_case_ids.front();
  screen_ = ui::Screen::CaseList;
}

}  // namespace rots::app
