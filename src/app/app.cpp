#include "app/app.hpp"

#include <algorithm>
#include <cstdio>

#include "platform/clock.hpp"
#include "platform/random_id.hpp"
#include "core/exchange.hpp"
#include "storage/backup.hpp"
#include "storage/exchange.hpp"
#include "storage/helpmap_defaults.hpp"
#include "ui/print_html.hpp"
#include "ui/text_nl.hpp"

namespace rots::app {
namespace {
constexpr std::int64_t toast_duration_ms = 6000;  // long enough to reach "Ongedaan maken"
constexpr const char* bundle_mime_type = "application/octet-stream";

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
  helpmap_.load(default_services(), std::move(report.services));
  if (report.settings) settings_ = *report.settings;
  if (settings_.device_id.empty()) {
    // Made once: tells this device's changes apart from a colleague's when cases are merged.
    settings_.device_id = new_random_id();
    store_.save_settings(settings_);
  }
  quarantined_ = std::move(report.quarantined);
  if (!selected_case_id_.empty() && !workspace_.find(selected_case_id_)) {
    selected_case_id_.clear();
    screen_ = ui::Screen::CaseList;
  }
  check_storage(true);
  hooks_.request_frame();
}

CommandContext App::context(std::string new_id) const {
  return CommandContext{"", local_today(), unix_time_ms(), std::move(new_id), settings_.device_id};
}

void App::run_after_next_frame(std::function<void()> job) {
  job_ = std::move(job);
  job_frames_ = 0;
}

void App::draw_frame() {
  if (job_ && job_frames_ >= 2) {
    auto job = std::move(job_);
    job_ = nullptr;
    job();
  }
  if (toast_ && unix_time_ms() >= toast_expires_ms_) toast_.reset();
  const ui::AppView view{workspace_,      screen_,       load_phase_,     store_.state(),    quarantined_,
                         new_case_issues_, local_today(), unix_time_ms(), selected_case_id_, settings_,
                         toast_,           meeting_mode_id_, writer_,         load_progress_,    storage_health_,
                         exchange_,       helpmap_};
  ui::Commands commands;
  ui_.draw(view, commands);
  for (const auto& command : commands) handle(command);
  // Drawn after the commands were applied, so "Opgeslagen" never shows beside an edit made in
  // this very frame that is not written yet.
  ui_.draw_save_state(store_.state(), load_phase_, writer_);
  if (!commands.empty()) hooks_.request_frame();
  if (job_) {
    // Frame 1 handled the command, frame 2 showed "…": then the job runs, after that frame is on screen.
    ++job_frames_;
    hooks_.wake_after(job_frames_ >= 2 ? 30.0 : 0.0);
  }
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
                            std::holds_alternative<ui::RetrySave>(command) ||
                            std::holds_alternative<ui::OpenImport>(command) ||
                            std::holds_alternative<ui::PickBundleFile>(command) ||
                            std::holds_alternative<ui::OpenBundle>(command) ||
                            std::holds_alternative<ui::ApplyImport>(command) ||
                            std::holds_alternative<ui::EditHelpMap>(command);
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
        } else if constexpr (std::is_same_v<T, ui::OpenExport>) {
          open_exchange(ui::ExchangeMode::Export, c.case_ids);
        } else if constexpr (std::is_same_v<T, ui::OpenImport>) {
          open_exchange(ui::ExchangeMode::Import, {});
        } else if constexpr (std::is_same_v<T, ui::MakeBundle>) {
          make_bundle(c);
        } else if constexpr (std::is_same_v<T, ui::ShareBundle>) {
          platform_.device_storage.share_file(exchange_.file_name, bundle_mime_type, bundle_bytes_);
        } else if constexpr (std::is_same_v<T, ui::SaveBundleAgain>) {
          platform_.device_storage.save_file(exchange_.file_name, bundle_mime_type, bundle_bytes_);
        } else if constexpr (std::is_same_v<T, ui::PickBundleFile>) {
          pick_bundle_file();
        } else if constexpr (std::is_same_v<T, ui::OpenBundle>) {
          open_bundle(c.passphrase);
        } else if constexpr (std::is_same_v<T, ui::ApplyImport>) {
          apply_import();
        } else if constexpr (std::is_same_v<T, ui::CloseExchange>) {
          close_exchange();
        } else if constexpr (std::is_same_v<T, ui::ShowHelpMap>) {
          screen_ = ui::Screen::HelpMap;
        } else if constexpr (std::is_same_v<T, ui::ShowReport>) {
          screen_ = ui::Screen::Report;
        } else if constexpr (std::is_same_v<T, ui::EditHelpMap>) {
          edit_helpmap(c);
        } else if constexpr (std::is_same_v<T, ui::PrintHelpCard>) {
          if (hooks_.print) hooks_.print(ui::helpmap_card_html(helpmap_, c.region, c.school, local_today()));
        } else if constexpr (std::is_same_v<T, ui::ExportReportCsv>) {
          export_report(c);
        } else if constexpr (std::is_same_v<T, ui::OpenLink>) {
          if (hooks_.open_link) hooks_.open_link(c.url);
        }
      },
      command);
}

void App::navigate_back() {
  if (screen_ == ui::Screen::Exchange) return close_exchange();
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

// ---- Delen en back-up ------------------------------------------------------------------------

void App::open_exchange(ui::ExchangeMode mode, std::vector<std::string> preselected) {
  if (screen_ != ui::Screen::Exchange) exchange_return_ = screen_;
  const std::uint64_t generation = exchange_.generation + 1;
  exchange_ = {};
  exchange_.mode = mode;
  exchange_.generation = generation;
  exchange_.preselected = std::move(preselected);
  exchange_.can_share = platform_.device_storage.can_share_files();
  bundle_bytes_.clear();
  import_bytes_.clear();
  import_cases_.clear();
  import_services_.clear();
  screen_ = ui::Screen::Exchange;
}

void App::close_exchange() {
  exchange_.phase = ui::ExchangePhase::Editing;
  bundle_bytes_.clear();
  import_bytes_.clear();
  import_cases_.clear();
  screen_ = exchange_return_;
  if (screen_ == ui::Screen::CaseDetail && !workspace_.find(selected_case_id_)) screen_ = ui::Screen::CaseList;
}

void App::make_bundle(const ui::MakeBundle& request) {
  exchange_.phase = ui::ExchangePhase::Working;
  exchange_.error.clear();
  run_after_next_frame([this, request] {
    ExportRequest export_request;
    std::vector<std::string> pseudonyms;
    for (const Case* c : workspace_.cases_for_list()) {
      if (!request.everything && std::find(request.case_ids.begin(), request.case_ids.end(), c->id) == request.case_ids.end())
        continue;
      export_request.cases.push_back(c);
      pseudonyms.push_back(c->pseudonym);
    }
    if (request.everything) export_request.services = services_for_export(helpmap_);
    export_request.include_identifying = request.include_identifying;
    export_request.device_id = settings_.device_id;
    export_request.now_ms = unix_time_ms();
    try {
      const auto bytes = export_bundle(export_request, request.passphrase);
      bundle_bytes_.assign(bytes.begin(), bytes.end());
    } catch (const std::exception& e) {
      std::fprintf(stderr, "bundle export failed: %s\n", e.what());
      exchange_.error = ui::text::bundle_error(BundleErrorCode::OutOfMemory);
      exchange_.phase = ui::ExchangePhase::Editing;
      return;
    }
    exchange_.file_name = bundle_file_name(local_today(), pseudonyms, request.everything);
    platform_.device_storage.save_file(exchange_.file_name, bundle_mime_type, bundle_bytes_);
    exchange_.phase = ui::ExchangePhase::Exported;
    if (request.everything && writer_ == ui::WriterState::Writer) {
      settings_.last_export_at_ms = export_request.now_ms;
      store_.save_settings(settings_);
    }
  });
}

void App::pick_bundle_file() {
  // No type filter: iPadOS greys out files whose extension it does not know; the magic bytes decide.
  platform_.device_storage.open_file("", max_bundle_bytes, [this](OpenedFile file) {
    using Status = OpenedFile::Status;
    if (file.status == Status::Cancelled) return;
    exchange_.error.clear();
    exchange_.file_name = file.name;
    exchange_.file_ready = file.status == Status::Read;
    import_bytes_ = std::move(file.bytes);
    if (file.status == Status::TooLarge) exchange_.error = ui::text::file_too_large;
    if (file.status == Status::Unreadable) exchange_.error = ui::text::file_unreadable;
    hooks_.request_frame();
  });
}

void App::open_bundle(const std::string& passphrase) {
  exchange_.phase = ui::ExchangePhase::Working;
  exchange_.error.clear();
  run_after_next_frame([this, passphrase] {
    exchange_.phase = ui::ExchangePhase::Editing;
    BundleResult<ImportedBundle> result = BundleError{BundleErrorCode::OutOfMemory, ""};
    try {
      result = import_bundle(import_bytes_, passphrase);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "bundle import failed: %s\n", e.what());
    }
    if (auto* error = std::get_if<BundleError>(&result)) {
      std::printf("bundle refused: %s\n", error->detail.c_str());  // a user error, not a fault
      exchange_.error = ui::text::bundle_error(error->code);
      return;
    }
    ImportedBundle& bundle = std::get<ImportedBundle>(result);
    exchange_.from = bundle.manifest.exported_by;
    exchange_.exported_at_ms = bundle.manifest.exported_at_ms;
    import_cases_ = std::move(bundle.cases);
    import_services_ = std::move(bundle.services);
    exchange_.plan = plan_import(workspace_.cases(), import_cases_, exchange_.from);
    exchange_.services_new = exchange_.services_changed = exchange_.services_conflicts = 0;
    for (const ServiceMerge& m : plan_service_import(helpmap_, import_services_, exchange_.from)) {
      exchange_.services_new += m.kind == MergeKind::New;
      exchange_.services_changed += m.kind == MergeKind::TakeTheirs || m.kind == MergeKind::Merged;
      exchange_.services_conflicts += m.kind == MergeKind::Conflicts;
    }
    exchange_.phase = ui::ExchangePhase::Preview;
  });
}

void App::apply_import() {
  // Planned again against what is held now, then applied as one command and one write.
  const ImportPlan plan = plan_import(workspace_.cases(), import_cases_, exchange_.from);
  std::vector<Case> results;
  for (const CaseMerge& m : plan.cases)
    if (m.kind != MergeKind::Unchanged) results.push_back(m.result);
  const int count = static_cast<int>(results.size());
  if (count > 0 && !apply_and_save(ImportCases{std::move(results), exchange_.from}).ok()) {
    exchange_.error = ui::text::bundle_error(BundleErrorCode::BadContents);
    return;
  }
  std::vector<Service> services;
  for (ServiceMerge& m : plan_service_import(helpmap_, import_services_, exchange_.from))
    if (m.kind != MergeKind::Unchanged) services.push_back(std::move(m.result));
  if (!services.empty()) edit_helpmap(ui::EditHelpMap{ImportServices{std::move(services)}, {}});
  last_undo_.reset();
  exchange_return_ = ui::Screen::CaseList;
  close_exchange();
  char message[128];
  std::snprintf(message, sizeof message, ui::text::imported_format, count);
  show_toast(message, false);
}

}  // namespace rots::app

namespace rots::app {

void App::edit_helpmap(const ui::EditHelpMap& edit) {
  const HelpMapResult result = apply(helpmap_, edit.command, context(new_random_id()));
  if (!result.ok()) {
    std::printf("help map edit refused (%zu issues)\n", result.issues.size());  // the form shows why
    return;
  }
  std::vector<const Service*> changed;
  for (const auto& id : result.changed_ids)
    if (const Service* s = helpmap_.find(id)) changed.push_back(s);
  store_.save_services(changed);
  if (!edit.toast.empty()) show_toast(edit.toast, false);
}

void App::export_report(const ui::ExportReportCsv& request) {
  const SignalReport report = signal_report(workspace_.cases(), request.query, local_today());
  const std::string csv = report_csv(report, ui::text::report_label);
  const std::string name = "signaalrapport-" + to_iso(request.query.from) + "-" + to_iso(request.query.to) + ".csv";
  platform_.device_storage.save_file(name, "text/csv;charset=utf-8", csv);
  show_toast(ui::text::report_exported, false);
}

}  // namespace rots::app
