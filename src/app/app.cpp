#include "app/app.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "platform/clock.hpp"
#include "platform/random_id.hpp"
#include "core/case_summary.hpp"
#include "core/exchange.hpp"
#include "storage/backup.hpp"
#include "storage/exchange.hpp"
#include "storage/helpmap_defaults.hpp"
#include "ui/print_html.hpp"
#include "ui/text_edit.hpp"
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
  store_.on_change([this] { on_save_state_changed(); });
}

// A frame only when the top bar's save state changes: a commit starting while "Opslaan…" already
// shows changes nothing on screen, and a frame then would hold up the commit's answer, which
// reaches the page's one thread only after the frame.
void App::on_save_state_changed() {
  const SaveState& state = store_.state();
  const ShownSaveState now{state.phase, state.last_error.kind};
  if (now == shown_save_) return;
  shown_save_ = now;
  hooks_.request_frame();
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
    if (acquired) load();  // draws when there is something to show: the lock screen, progress
    else hooks_.request_frame();
  });
}

// Everything but the cases first (keyring, settings, summaries: little to read), so the lock
// screen and then the list come at once; the cases are read after it, while the passphrase is
// typed, and opened in the background once unlocked.
void App::load() {
  load_phase_ = ui::LoadPhase::Loading;
  load_progress_ = {};
  const std::uint64_t generation = ++load_generation_;
  opening_ = {};
  opening_.done = false;
  fetching_case_id_.clear();
  reading_behind_lock_ = false;
  store_.read_keyring([this, generation](BackendStatus status, std::optional<std::string> keyring) {
    if (generation != load_generation_) return;
    if (status.ok() && keyring && !store_.has_key()) {
      // The rest is read once the lock screen is drawn: its batches, handed to wasm between
      // frames, would otherwise come before that first frame and hold it up.
      show_lock_screen(*keyring);
      read_after_frame_ = generation;
      return;
    }
    read_records(generation);  // a failure to read shows once the rest fails too
  });
}

// The lock screen as soon as the keyring is read: the rest (the cases' summaries, the help
// services, the settings, all sealed) is read behind it while the passphrase is typed.
void App::show_lock_screen(const std::string& stored_keyring) {
  take_keyring(stored_keyring);
  load_phase_ = ui::LoadPhase::Ready;
  reading_behind_lock_ = true;
  ++vault_.generation;
  hooks_.request_frame();
}

// The lock screen asks for the passphrase of this keyring; one it cannot read says so there.
void App::take_keyring(const std::string& stored_keyring) {
  vault_.phase = ui::VaultPhase::Locked;
  vault_.error.clear();
  auto decoded = decode_keyring(stored_keyring);
  if (auto* keyring = std::get_if<Keyring>(&decoded)) {
    keyring_ = *keyring;
  } else {
    std::fprintf(stderr, "keyring unreadable: %s\n", std::get<DecodeError>(decoded).detail.c_str());
    vault_.error = ui::text::unlock_bad_keyring;
  }
}

void App::read_records(std::uint64_t generation) {
  store_.open_and_load(
      [this, generation](LoadProgress progress) {
        if (generation != load_generation_) return;
        load_progress_ = progress;
        if (!reading_behind_lock_) progress_frame(500);  // the lock screen shows no progress: no frame
      },
      [this, generation](LoadReport report) {
        if (generation != load_generation_) return;
        const bool read = report.status.ok();
        finish_load(std::move(report));
        if (read) read_cases();
        else opening_.done = true;
      });
}

void App::read_cases() {
  const std::uint64_t generation = load_generation_;
  opening_.reading = true;
  store_.load_cases(
      [this, generation](std::vector<StoredRecord> records, LoadProgress) {
        if (generation != load_generation_) return;
        for (auto& r : records) opening_.waiting.push_back(std::move(r));
        if (hooks_.background_work) hooks_.background_work();
      },
      [this, generation](BackendStatus status) {
        if (generation != load_generation_) return;
        opening_.reading = false;
        if (!status.ok()) {
          std::fprintf(stderr, "reading the cases failed: %s\n", status.detail.c_str());
          opening_.failed = true;
          hooks_.request_frame();
        }
        if (hooks_.background_work) hooks_.background_work();
      });
}

// Progress is drawn now and then, one frame, not per batch: on a slow GPU a frame costs the
// page's thread more than a batch does (SwiftShader: ~150 ms), and nothing else changes on screen.
void App::progress_frame(double every_ms) {
  const double now = static_cast<double>(unix_time_ms());
  if (now - progress_frame_at_ms_ < every_ms) return;
  progress_frame_at_ms_ = now;
  if (hooks_.draw_once) hooks_.draw_once();
  else hooks_.request_frame();
}

bool App::unlocked_and_ready() const {
  return vault_.phase == ui::VaultPhase::Unlocked && key_ && load_phase_ == ui::LoadPhase::Ready;
}

void App::open_waiting(std::size_t budget) {
  auto& waiting = opening_.waiting;
  const std::size_t end = std::min(waiting.size(), opening_.next + budget);
  std::vector<StoredRecord> slice(std::make_move_iterator(waiting.begin() + static_cast<std::ptrdiff_t>(opening_.next)),
                                  std::make_move_iterator(waiting.begin() + static_cast<std::ptrdiff_t>(end)));
  opening_.next = end;
  if (opening_.next == waiting.size()) {
    waiting.clear();
    opening_.next = 0;
  }
  LoadReport report;
  store_.decode_records(report, slice);
  take_opened(report);
}

// Full cases replace their outlines; one already open (opened before its turn, or edited since)
// is newer than this copy and stays.
void App::take_opened(LoadReport& report) {
  for (auto& c : report.cases)
    if (workspace_.open_case(std::move(c))) search_warm_ = false;
  for (auto& q : report.quarantined) {
    std::fprintf(stderr, "quarantined record %s: %s\n", q.key.c_str(), q.error.detail.c_str());
    quarantined_.push_back(std::move(q));
  }
  for (auto& key : report.plaintext_keys)
    if (key.starts_with(case_key_prefix)) opening_.plaintext_keys.push_back(std::move(key));
}

void App::finish_opening() {
  opening_.done = true;
  for (const auto& id : workspace_.drop_unopened())
    std::printf("case %s: a summary without a readable case record\n", id.c_str());  // quarantined, or gone
  if (writer_ == ui::WriterState::Writer) {
    // Summaries missing (cases written by an earlier version) or stale are written again, and
    // cases written before encryption are sealed.
    std::vector<const Case*> summaries, reseal;
    for (const Case& c : workspace_.cases()) {
      const auto it = opening_.summaries.find(c.id);
      if (it == opening_.summaries.end() || !(it->second == summary_of(c))) summaries.push_back(&c);
    }
    for (const std::string& key : opening_.plaintext_keys)
      if (const Case* c = workspace_.find(key.substr(std::string_view(case_key_prefix).size()))) reseal.push_back(c);
    if (!reseal.empty()) store_.save_cases(reseal);
    if (!summaries.empty()) store_.save_summaries(summaries);
  }
  opening_.summaries.clear();
  opening_.plaintext_keys.clear();
  if (!selected_case_id_.empty() && !workspace_.find(selected_case_id_)) {
    selected_case_id_.clear();
    screen_ = ui::Screen::CaseList;
  }
  hooks_.request_frame();
}

// The user chose a case that is still an outline: read it now rather than wait for its turn.
void App::open_before_its_turn(const std::string& case_id) {
  if (fetching_case_id_ == case_id || !unlocked_and_ready()) return;
  fetching_case_id_ = case_id;
  const std::uint64_t generation = load_generation_;
  store_.load_case(case_id, [this, generation](std::vector<StoredRecord> records) {
    if (generation != load_generation_) return;
    LoadReport report;
    store_.decode_records(report, records);
    take_opened(report);
    hooks_.request_frame();
  });
}

ui::OpeningView App::opening_view() const {
  ui::OpeningView view;
  view.done = opening_.done;
  view.failed = opening_.failed;
  view.total = workspace_.cases().size();
  view.opened = view.total - workspace_.unopened_count();
  return view;
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
  if (!opening_.done) return show_toast(ui::text::still_opening, false);
  std::vector<const Case*> cases;
  for (const auto& c : workspace_.cases()) cases.push_back(&c);
  platform_.device_storage.save_file(backup_file_name(local_today()), "application/json",
                                     encode_backup(cases, unix_time_ms()));
}

void App::finish_load(LoadReport report) {
  const bool behind_lock = std::exchange(reading_behind_lock_, false);
  if (report.status.ok() && behind_lock && !store_.has_key()) {
    // The lock screen shows already, perhaps with a passphrase half typed: leave it as it is.
    load_phase_ = ui::LoadPhase::Ready;
    locked_report_ = std::move(report);
    return;
  }
  if (report.status.ok() && !store_.has_key()) {
    // Nothing is decoded into the workspace before the passphrase is given.
    vault_.phase = ui::VaultPhase::Setup;
    vault_.error.clear();
    if (report.keyring) take_keyring(*report.keyring);
    load_phase_ = ui::LoadPhase::Ready;
    locked_report_ = std::move(report);
    ++vault_.generation;
    hooks_.request_frame();
    return;
  }
  // Unlocked while the rest was read behind the lock screen: what was read before the key
  // came is still sealed.
  if (store_.has_key()) store_.open_sealed(report);
  apply_loaded(std::move(report));
}

void App::apply_loaded(LoadReport report) {
  if (!report.status.ok()) {
    std::fprintf(stderr, "storage unavailable: %s\n", report.status.detail.c_str());
    load_phase_ = ui::LoadPhase::Unavailable;
  } else {
    load_phase_ = ui::LoadPhase::Ready;
  }
  vault_.phase = ui::VaultPhase::Unlocked;
  vault_.working = false;
  vault_.error.clear();
  for (const auto& q : report.quarantined)
    std::fprintf(stderr, "quarantined record %s: %s\n", q.key.c_str(), q.error.detail.c_str());
  for (const auto& q : report.unreadable_summaries)  // written again once its case is open
    std::printf("summary %s not used: %s\n", q.key.c_str(), q.error.detail.c_str());
  workspace_.load(std::move(report.cases), std::move(report.deleted_cases));
  std::vector<Case> outlines;
  outlines.reserve(report.summaries.size());
  for (auto& summary : report.summaries) {
    outlines.push_back(outline_of(summary));
    opening_.summaries.emplace(summary.id, std::move(summary));
  }
  workspace_.add_outlines(std::move(outlines));
  search_warm_ = false;
  helpmap_.load(default_services(), std::move(report.services));
  if (report.settings) settings_ = *report.settings;
  if (settings_.device_id.empty()) {
    // Made once: tells this device's changes apart from a colleague's when cases are merged.
    settings_.device_id = new_random_id();
    store_.save_settings(settings_);
  }
  quarantined_ = std::move(report.quarantined);
  if (key_) reseal_plaintext(report);
  if (!selected_case_id_.empty() && !workspace_.find(selected_case_id_)) {
    selected_case_id_.clear();
    screen_ = ui::Screen::CaseList;
  }
  check_storage(true);
  last_activity_ms_ = unix_time_ms();
  arm_auto_lock();
  hooks_.request_frame();
}

// Records written before encryption (or before a setup that was interrupted) are written
// again, sealed, in the next commit.
void App::reseal_plaintext(const LoadReport& report) {
  std::vector<const Case*> cases;
  std::vector<std::string> deleted;
  std::vector<const Service*> services;
  bool settings = false;
  for (const std::string& key : report.plaintext_keys) {
    if (key == settings_record_key) settings = true;
    if (key.starts_with(case_key_prefix))
      if (const Case* c = workspace_.find(key.substr(std::string_view(case_key_prefix).size()))) cases.push_back(c);
    if (key.starts_with(tombstone_key_prefix)) deleted.push_back(key.substr(std::string_view(tombstone_key_prefix).size()));
    if (key.starts_with(service_key_prefix))
      if (const Service* s = helpmap_.find(key.substr(service_key_prefix.size()))) services.push_back(s);
  }
  for (const std::string& id : deleted) {
    const auto it = workspace_.deleted_cases().find(id);
    if (it != workspace_.deleted_cases().end()) store_.save_cases({}, {id}, it->second);
  }
  if (!cases.empty()) store_.save_cases(cases);
  if (!services.empty()) store_.save_services(services);
  if (settings || !cases.empty() || !deleted.empty() || !services.empty()) store_.save_settings(settings_);  // commits now
}

CommandContext App::context(std::string new_id) const {
  return CommandContext{settings_.user_name, local_today(), unix_time_ms(), std::move(new_id), settings_.device_id};
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
  if (!selected_case_id_.empty() && !workspace_.is_open(selected_case_id_)) open_before_its_turn(selected_case_id_);
  const Date today = local_today();
  const ui::AppView view{workspace_,      screen_,       load_phase_,     store_.state(),    quarantined_,
                         new_case_issues_, today,         unix_time_ms(), selected_case_id_, settings_,
                         toast_,           meeting_mode_id_, writer_,         load_progress_,    storage_health_,
                         exchange_,        vault_,          helpmap_,
                         retention_watch_.due(workspace_, today, settings_.retention_months),
                         opening_view()};
  ui::Commands commands;
  ui_.draw(view, commands);
  for (const auto& command : commands) handle(command);
  // Drawn after the commands were applied, so "Opgeslagen" never shows beside an edit made in
  // this very frame that is not written yet.
  ui_.draw_save_state(store_.state(), load_phase_, writer_);
  if (!commands.empty()) hooks_.request_frame();
  frame_outdated_ = std::any_of(commands.begin(), commands.end(), [](const ui::UiCommand& c) {
    // A typed edit is on screen already (the form draws its draft): that frame is shown at once.
    return !std::holds_alternative<ui::EditCase>(c) && !std::holds_alternative<ui::EditHelpMap>(c) &&
           !std::holds_alternative<ui::ChangeSettings>(c);
  });
  if (read_after_frame_ != 0) {
    // From the event loop, after this frame has been handed to the browser; the derivation's
    // warm-up a little later, once the reading is under way.
    const std::uint64_t generation = std::exchange(read_after_frame_, 0);
    platform_.timer.after(0, [this, generation] {
      if (generation == load_generation_) read_records(generation);
    });
    platform_.timer.after(100, [this, generation] {
      if (generation == load_generation_ && vault_.phase == ui::VaultPhase::Locked && !vault_.working) prepare_unlock();
    });
  }
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
  store_.save_cases(changed, result.deleted_case_ids, unix_time_ms(), result.undeleted_case_ids);
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
                            std::holds_alternative<ui::SetUpVault>(command) ||
                            std::holds_alternative<ui::ChangePassphrase>(command) ||
                            std::holds_alternative<ui::DeleteExpiredCases>(command) ||
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
          if (result.error == ApplyError::NotOpen) show_toast(ui::text::still_opening, false);
          if (!result.ok()) return;
          last_undo_ = result.undo;
          if (selected_case_id_ == c.case_id) {
            selected_case_id_.clear();
            screen_ = ui::Screen::CaseList;
          }
          show_toast(format(ui::text::deleted_format, name), true);
        } else if constexpr (std::is_same_v<T, ui::DuplicateCaseRequest>) {
          auto result = apply_and_save(DuplicateCase{c.case_id, c.pseudonym});
          if (result.error == ApplyError::NotOpen) show_toast(ui::text::still_opening, false);
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
          const bool lock_time_changed = c.settings.auto_lock_minutes != settings_.auto_lock_minutes;
          settings_ = c.settings;
          store_.save_settings(settings_);
          if (lock_time_changed) arm_auto_lock();
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
          apply_import(c.restore_ids);
        } else if constexpr (std::is_same_v<T, ui::CloseExchange>) {
          close_exchange();
        } else if constexpr (std::is_same_v<T, ui::SetUpVault>) {
          set_up_vault(c);
        } else if constexpr (std::is_same_v<T, ui::Unlock>) {
          unlock(c.passphrase);
        } else if constexpr (std::is_same_v<T, ui::LockNow>) {
          lock();
        } else if constexpr (std::is_same_v<T, ui::ChangePassphrase>) {
          change_passphrase(c);
        } else if constexpr (std::is_same_v<T, ui::ShowRetention>) {
          screen_ = ui::Screen::Retention;
        } else if constexpr (std::is_same_v<T, ui::DeleteExpiredCases>) {
          delete_expired(c.case_ids);
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
    if (result.error == ApplyError::NotOpen) show_toast(ui::text::still_opening, false);
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
  if (!opening_.done) return show_toast(ui::text::still_opening, false);  // an outline is not a case to send
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
    exchange_.plan = plan_import(workspace_.cases(), import_cases_, exchange_.from, workspace_.deleted_cases());
    exchange_.services_new = exchange_.services_changed = exchange_.services_conflicts = 0;
    for (const ServiceMerge& m : plan_service_import(helpmap_, import_services_, exchange_.from)) {
      exchange_.services_new += m.kind == MergeKind::New;
      exchange_.services_changed += m.kind == MergeKind::TakeTheirs || m.kind == MergeKind::Merged;
      exchange_.services_conflicts += m.kind == MergeKind::Conflicts;
    }
    exchange_.phase = ui::ExchangePhase::Preview;
  });
}

void App::apply_import(const std::vector<std::string>& restore_ids) {
  // Planned again against what is held now, then applied as one command and one write.
  const ImportPlan plan = plan_import(workspace_.cases(), import_cases_, exchange_.from, workspace_.deleted_cases());
  std::vector<Case> results;
  for (const CaseMerge& m : plan.cases) {
    const bool restore = std::find(restore_ids.begin(), restore_ids.end(), m.result.id) != restore_ids.end();
    if (m.kind == MergeKind::Unchanged || (m.kind == MergeKind::DeletedHere && !restore)) continue;
    results.push_back(m.result);
  }
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

// ---- Encryption at rest ----------------------------------------------------------------------

namespace rots::app {

void App::set_up_vault(const ui::SetUpVault& request) {
  vault_.working = true;
  vault_.error.clear();
  run_after_next_frame([this, request] {
    NewVault vault;
    try {
      vault = create_vault(request.passphrase);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "vault setup failed: %s\n", e.what());
      vault_.working = false;
      vault_.error = ui::text::unlock_no_memory;
      return;
    }
    // The keyring lands first, alone: until it does, nothing is written sealed.
    store_.commit_keyring(vault.keyring, [this, vault, name = request.user_name](BackendStatus status) {
      if (!status.ok()) {
        vault_.working = false;
        vault_.error = format(ui::text::vault_write_failed, ui::text::save_error(status.kind));
        hooks_.request_frame();
        return;
      }
      keyring_ = vault.keyring;
      key_ = vault.key;
      store_.use_key(key_);
      LoadReport report = locked_report_ ? std::move(*locked_report_) : LoadReport{};
      locked_report_.reset();
      store_.open_sealed(report);  // sealed records under a lost keyring stay quarantined
      apply_loaded(std::move(report));
      settings_.user_name = name;
      store_.save_settings(settings_);
    });
  });
}

void App::unlock(const std::string& passphrase) {
  if (!keyring_) return;
  vault_.working = true;
  vault_.error.clear();
  // The cases read behind the lock screen wait from the tap until the list is drawn: each batch
  // handed to wasm holds the page's thread (~50 ms for 12 MB) that the unlock needs. Only once
  // the rest (summaries) is read: the unlock waits for that.
  const bool hold_reading = locked_report_.has_value();
  if (hold_reading) platform_.records.hold_loads(true);
  run_after_next_frame([this, hold_reading, passphrase = std::string(passphrase)]() mutable {
    auto result = unlock_vault(*keyring_, passphrase);
    secure_wipe(passphrase);
    const auto release_reading = [this, hold_reading] {
      if (hold_reading) platform_.timer.after(0, [this] { platform_.records.hold_loads(false); });
    };
    if (auto* error = std::get_if<UnlockError>(&result)) {
      release_reading();
      vault_.working = false;
      vault_.error = *error == UnlockError::OutOfMemory ? ui::text::unlock_no_memory
                     : *error == UnlockError::BadParameters ? ui::text::unlock_bad_keyring
                                                             : ui::text::unlock_wrong;
      std::printf("unlock refused\n");  // a user error, not a fault
      return;
    }
    key_ = std::get<DataKey>(result);
    store_.use_key(key_);
    if (locked_report_) {
      LoadReport report = std::move(*locked_report_);
      locked_report_.reset();
      store_.open_sealed(report);
      apply_loaded(std::move(report));
    } else if (reading_behind_lock_) {
      // The rest is still being read: "Ontgrendelen…" stays until finish_load opens it (what
      // is read from now on is opened as it comes).
    } else {
      load();  // locked after use: read everything again (what is still queued wins)
    }
    release_reading();  // after this frame, which draws the list
  });
}

void App::lock() {
  if (vault_.phase != ui::VaultPhase::Unlocked || !key_) return;
  store_.flush_now();  // queued writes are sealed already: they land even while locked
  store_.forget_key();
  key_.reset();
  forget_case_data();
  vault_.phase = ui::VaultPhase::Locked;
  vault_.error.clear();
  vault_.change_message.clear();
  ++vault_.generation;
  ++auto_lock_generation_;
  hooks_.request_frame();
}

// Everything in memory that shows or holds case data; the screen and the selected id (random)
// stay, so unlocking returns to where the user was.
void App::forget_case_data() {
  workspace_.load({});
  locked_report_.reset();
  toast_.reset();
  last_undo_.reset();
  new_case_issues_.clear();
  job_ = nullptr;
  secure_wipe(bundle_bytes_);
  secure_wipe(import_bytes_);
  import_cases_.clear();
  if (screen_ == ui::Screen::Exchange) screen_ = exchange_return_;
  exchange_ = {};
  ui::edit_session().end();
  ui_ = ui::Ui{};
  search_warm_ = false;
  ++load_generation_;  // cases still being read belong to the data forgotten here
  opening_ = {};
  fetching_case_id_.clear();
}

bool App::needs_background_work() const {
  if (!unlocked_and_ready()) return false;
  if (opening_.next < opening_.waiting.size()) return true;
  if (!opening_.done) return !opening_.reading;  // everything read and opened: finish
  return !search_warm_;
}

bool App::work_in_background(std::size_t budget) {
  if (!needs_background_work()) return true;
  if (opening_.next < opening_.waiting.size()) {
    open_waiting(budget);
    // Indexed as they open: a search typed meanwhile then need not index thousands at once.
    search_warm_ = ui_.warm_search(workspace_, budget);
    progress_frame(1000);
    return false;
  }
  if (!opening_.done) {
    finish_opening();
    return false;
  }
  search_warm_ = ui_.warm_search(workspace_, budget);
  return search_warm_;
}

void App::change_passphrase(const ui::ChangePassphrase& request) {
  if (!keyring_ || !key_) return;
  vault_.changing_passphrase = true;
  vault_.change_message.clear();
  run_after_next_frame([this, request = ui::ChangePassphrase(request)]() mutable {
    auto finish = [this](const char* message, bool failed) {
      vault_.changing_passphrase = false;
      vault_.change_message = message;
      vault_.change_failed = failed;
      hooks_.request_frame();
    };
    auto check = unlock_vault(*keyring_, request.current);
    secure_wipe(request.current);
    if (!std::holds_alternative<DataKey>(check) || !key_) return finish(ui::text::current_passphrase_wrong, true);
    Keyring next;
    try {
      next = rewrap_vault(*key_, request.next);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "re-wrap failed: %s\n", e.what());
      return finish(ui::text::unlock_no_memory, true);
    }
    secure_wipe(request.next);
    // Only once the new keyring is stored does it replace the old one here.
    store_.commit_keyring(next, [this, next, finish](BackendStatus status) {
      if (!status.ok()) return finish(ui::text::passphrase_change_failed, true);
      keyring_ = next;
      finish(ui::text::passphrase_changed, false);
    });
  });
}

void App::note_activity() { last_activity_ms_ = unix_time_ms(); }

std::int64_t App::auto_lock_ms() const { return static_cast<std::int64_t>(settings_.auto_lock_minutes) * 60 * 1000; }

// One timer at a time: when it fires the idle time is checked again (activity in between moves
// the deadline, so the timer is re-armed rather than reset on every touch).
void App::arm_auto_lock() {
  if (vault_.phase != ui::VaultPhase::Unlocked || !key_) return;
  const std::uint64_t generation = ++auto_lock_generation_;
  const std::int64_t wait = std::max<std::int64_t>(1000, last_activity_ms_ + auto_lock_ms() - unix_time_ms());
  platform_.timer.after(static_cast<int>(std::min<std::int64_t>(wait, 24LL * 3600 * 1000)), [this, generation] {
    if (generation == auto_lock_generation_) check_idle();
  });
}

void App::check_idle() {
  if (vault_.phase != ui::VaultPhase::Unlocked || !key_) return;
  if (unix_time_ms() - last_activity_ms_ >= auto_lock_ms()) return lock();
  arm_auto_lock();
}

void App::delete_expired(const std::vector<std::string>& case_ids) {
  if (!opening_.done) return show_toast(ui::text::still_opening, false);
  int deleted = 0;
  for (const std::string& id : case_ids)
    if (apply_and_save(DeleteCase{id}).ok()) ++deleted;
  last_undo_.reset();
  if (std::find(case_ids.begin(), case_ids.end(), selected_case_id_) != case_ids.end()) selected_case_id_.clear();
  screen_ = ui::Screen::CaseList;
  char message[128];
  std::snprintf(message, sizeof message, ui::text::retention_deleted_format, deleted);
  show_toast(message, false);
}

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
  if (!opening_.done) return show_toast(ui::text::still_opening, false);
  const SignalReport report = signal_report(workspace_.cases(), request.query, local_today());
  const std::string csv = report_csv(report, ui::text::report_label);
  const std::string name = "signaalrapport-" + to_iso(request.query.from) + "-" + to_iso(request.query.to) + ".csv";
  platform_.device_storage.save_file(name, "text/csv;charset=utf-8", csv);
  show_toast(ui::text::report_exported, false);
}

}  // namespace rots::app
