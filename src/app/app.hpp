#pragma once
// The application: holds the domain state and the store, applies the UI's commands through the
// one command path (Workspace::apply), persists what changed, and draws the UI each frame.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/retention.hpp"
#include "core/settings.hpp"
#include "core/workspace.hpp"
#include "platform/device_storage.hpp"
#include "platform/record_backend.hpp"
#include "platform/timer.hpp"
#include "platform/writer_lock.hpp"
#include "storage/record_store.hpp"
#include "ui/app_view.hpp"
#include "ui/screens.hpp"

namespace rots::app {

struct AppHooks {
  std::function<void()> request_frame;
  std::function<void(double delay_ms)> wake_after;  // a frame after this delay (toast expiry)
  std::function<void(const std::string& html)> print;  // shows a printable page with a print button
  std::function<void(const std::string& url)> open_link;  // tel: and mailto: to the phone or mail app
  // One frame to show progress (request_frame draws a few, for input to settle).
  std::function<void()> draw_once;
  // There is work for work_in_background (cases read and waiting to be opened): start it.
  std::function<void()> background_work;
};

// The browser (or a native stand-in) behind the app.
struct Platform {
  RecordBackend& records;
  Timer& timer;
  WriterLock& writer_lock;
  DeviceStorage& device_storage;
};

class App {
 public:
  App(Platform platform, AppHooks hooks);

  void start();  // becomes the writer (or learns another window is), then loads every record
  void draw_frame();
  // The frame just drawn handled a command other than an edit typed into a form (a tap on a
  // button): its picture is from before it, and the next frame, already asked for, shows the
  // result. Not worth handing to the GPU.
  bool frame_outdated() const { return frame_outdated_; }
  // The page is being hidden or closed: write what is waiting now.
  void flush_now() { store_.flush_now(); }
  bool has_unsaved_changes() const { return store_.state().phase != SavePhase::Saved; }
  // Work done a slice (`budget` cases) at a time between events after unlocking, without
  // drawing frames: first the cases read at start-up are opened (the list shows them from their
  // summaries until then), then the case list's search index is built, so the first search does
  // not wait for it. True when nothing is left for now (or nothing can be done: locked).
  bool work_in_background(std::size_t budget);
  bool needs_background_work() const;
  bool loaded() const {
    return load_phase_ != ui::LoadPhase::Loading || writer_ == ui::WriterState::OtherWindow;
  }
  const DeviceSettings& settings() const { return settings_; }
  double last_save_ms() const { return store_.last_save_ms(); }  // for the benchmarks
  // A touch, click or key: the idle clock for auto-lock starts again.
  void note_activity();
  // The page is visible again: lock first if it was away (or idle) too long.
  void page_shown() { check_idle(); }
  // A stored value opened with the data key ("" while locked or when it does not open); for the
  // browser tests that check what IndexedDB holds (shell/boot.js, rotsAutomation.openStored).
  std::string open_stored(const std::string& key, const std::string& value) const {
    if (!key_) return {};
    if (!is_sealed_record(value)) return value;
    return open_record(*key_, key, value).value_or(std::string());
  }

 private:
  // ---- encryption at rest (storage/vault.hpp) ----
  void set_up_vault(const ui::SetUpVault& request);
  void unlock(const std::string& passphrase);
  void lock();
  void change_passphrase(const ui::ChangePassphrase& request);
  void arm_auto_lock();
  void check_idle();
  std::int64_t auto_lock_ms() const;
  void apply_loaded(LoadReport report);
  void reseal_plaintext(const LoadReport& report);
  void delete_expired(const std::vector<std::string>& case_ids);

  void load();
  // ---- start-up in two parts (storage/record_store.hpp) ----
  void read_cases();
  void open_waiting(std::size_t budget);
  void take_opened(LoadReport& report);
  void finish_opening();
  void open_before_its_turn(const std::string& case_id);
  bool unlocked_and_ready() const;
  void progress_frame(double every_ms);
  ui::OpeningView opening_view() const;
  void hand_over();
  void take_over();
  void check_storage(bool ask_persistence);
  void export_backup();
  void open_exchange(ui::ExchangeMode mode, std::vector<std::string> preselected);
  void make_bundle(const ui::MakeBundle& request);
  void pick_bundle_file();
  void open_bundle(const std::string& passphrase);
  void apply_import(const std::vector<std::string>& restore_ids);
  void edit_helpmap(const ui::EditHelpMap& edit);
  void export_report(const ui::ExportReportCsv& request);
  void close_exchange();
  // Slow work (Argon2id) runs after a frame has shown that it is under way.
  void run_after_next_frame(std::function<void()> job);
  void on_save_state_changed();
  void show_lock_screen(const std::string& stored_keyring);
  void take_keyring(const std::string& stored_keyring);
  void read_records(std::uint64_t generation);
  bool may_write(const ui::UiCommand& command) const;
  void finish_load(LoadReport report);
  void forget_case_data();
  void handle(const ui::UiCommand& command);
  void submit_new_case(const CaseDraft& draft);
  void edit_case(const ui::EditCase& edit);
  void navigate_back();
  ApplyResult apply_and_save(const Command& command);
  void show_toast(std::string text, bool can_undo);
  CommandContext context(std::string new_id = {}) const;

  Platform platform_;
  Workspace workspace_;
  RetentionWatch retention_watch_;  // the list's reminder asks each frame
  RecordStore store_;
  AppHooks hooks_;
  using ShownSaveState = std::pair<SavePhase, BackendErrorKind>;
  ShownSaveState shown_save_{SavePhase::Saved, BackendErrorKind::None};
  ui::WriterState writer_ = ui::WriterState::Starting;
  LoadProgress load_progress_;
  StorageHealth storage_health_;
  ui::Ui ui_;
  bool search_warm_ = false;  // the index holds every case loaded (warm_search is done)
  // The cases as they are read after the rest, until every one is open.
  struct Opening {
    std::vector<StoredRecord> waiting;  // read, not opened yet (sealed: opened once unlocked)
    std::size_t next = 0;               // the first of `waiting` not opened yet
    bool reading = false;               // the store is still reading cases
    bool done = true;                   // all read and opened (or nothing to open)
    bool failed = false;                // reading failed: what was not read stays an outline
    std::map<std::string, CaseSummary> summaries;  // as stored: rewritten where they are missing or stale
    std::vector<std::string> plaintext_keys;       // case records written before encryption
  } opening_;
  std::uint64_t load_generation_ = 0;  // a newer load (take-over, lock) makes older callbacks moot
  bool frame_outdated_ = false;
  std::uint64_t read_after_frame_ = 0;  // the load whose reading waits for the lock screen's first frame
  std::string fetching_case_id_;       // opened before its turn (the user chose it)
  double progress_frame_at_ms_ = 0;    // the last frame asked for to show loading progress
  ui::Screen screen_ = ui::Screen::CaseList;
  ui::LoadPhase load_phase_ = ui::LoadPhase::Loading;
  std::string selected_case_id_;
  std::string meeting_mode_id_;
  DeviceSettings settings_;
  std::vector<QuarantinedRecord> quarantined_;
  std::vector<ValidationIssue> new_case_issues_;
  std::optional<ui::Toast> toast_;
  std::int64_t toast_expires_ms_ = 0;
  std::optional<Command> last_undo_;
  ui::ExchangeView exchange_;
  ui::Screen exchange_return_ = ui::Screen::CaseList;
  std::string bundle_bytes_;  // the bundle just made, for "Delen…" and "Opnieuw downloaden"
  std::string import_bytes_;  // the file chosen for import
  std::vector<Case> import_cases_;
  std::vector<Service> import_services_;
  HelpMap helpmap_;
  std::function<void()> job_;
  int job_frames_ = 0;
  // Encryption at rest.
  ui::VaultView vault_;
  std::optional<Keyring> keyring_;
  DataKey key_;                             // only while unlocked
  bool reading_behind_lock_ = false;  // the lock screen shows; the rest of the store is being read
  std::optional<LoadReport> locked_report_;  // loaded at start, opened at the first unlock
  std::int64_t last_activity_ms_ = 0;
  std::uint64_t auto_lock_generation_ = 0;  // a newer timer replaces the armed one
};

}  // namespace rots::app
