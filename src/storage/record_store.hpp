#pragma once
// The app's records on top of a RecordBackend: loads and decodes everything at start-up
// (quarantining what cannot be decoded), and saves changed records: every user action lands
// whole in one commit, and the actions of a short burst share that commit. Failed writes stay
// queued in memory and are retried, so a full disk never loses a change still on screen.
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "platform/record_backend.hpp"
#include "platform/timer.hpp"
#include "storage/record_codec.hpp"
#include "storage/vault.hpp"

namespace rots {

// A stored record that could not be decoded. It stays in storage untouched.
struct QuarantinedRecord {
  std::string key;
  DecodeError error;
};

struct LoadReport {
  BackendStatus status;
  std::vector<Case> cases;
  std::vector<CaseSummary> summaries;      // what the list shows of each case (core/case_summary.hpp)
  std::optional<DeviceSettings> settings;  // none saved yet: defaults apply
  std::map<std::string, std::int64_t> deleted_cases;  // case id -> when it was deleted here
  std::vector<Service> services;           // help-map entries added or changed on some device
  std::vector<QuarantinedRecord> quarantined;
  // Summaries that cannot be decoded: not quarantined, as they are derived from the case and
  // written again once it is open (App::finish_opening); listed for the log.
  std::vector<QuarantinedRecord> unreadable_summaries;
  std::optional<std::string> keyring;      // the stored keyring (storage/vault.hpp), if there is one
  std::vector<StoredRecord> sealed;        // loaded without the data key: opened by open_sealed
  std::vector<std::string> plaintext_keys; // records stored unencrypted (written before encryption)
};

// Saved: everything the user changed is on disk. Saving: changes are waiting for the next
// write or being written. Failed: the last write failed; the changes stay queued in memory.
enum class SavePhase { Saved, Saving, Failed };

struct SaveState {
  SavePhase phase = SavePhase::Saved;
  BackendStatus last_error;     // set while phase == Failed
  std::size_t unsaved_records = 0;
};

struct LoadProgress {
  std::size_t loaded = 0;
  std::size_t total = 0;
};

class RecordStore {
 public:
  // Edits within this window are written together; a burst of typing becomes one write.
  static constexpr int coalesce_ms = 300;

  RecordStore(RecordBackend& backend, Timer& timer);
  ~RecordStore();

  // Start-up, first part: loads every record but the cases themselves (keyring, settings, case
  // summaries, tombstones, help map) — little to read, so the lock screen and the case list come
  // at once. Again after a lock: what is still queued wins over what is stored. Sealed records
  // are opened with the data key if one is in use, else kept in report.sealed.
  void open_and_load(std::function<void(LoadProgress)> progress, std::function<void(LoadReport)> done);
  // The keyring alone, as stored (none in a store without encryption), read before the rest:
  // the lock screen needs nothing else, and the rest is read while the passphrase is typed.
  using KeyringRead = std::function<void(BackendStatus, std::optional<std::string> keyring)>;
  void read_keyring(KeyringRead done);
  // Then the cases, batch by batch as they are read, as stored (open them with decode_records);
  // a case with a queued write comes as queued, with the last batch.
  using CaseBatch = std::function<void(std::vector<StoredRecord>, LoadProgress)>;
  void load_cases(CaseBatch batch, std::function<void(BackendStatus)> done);
  // One case before its turn (the user opened it): its record as stored or queued, or none.
  void load_case(const std::string& case_id, std::function<void(std::vector<StoredRecord>)> done);
  // Both parts, every case decoded (sealed ones kept in report.sealed without a key): for tools,
  // benches and tests that need everything at once. Progress is the cases'.
  void load_everything(std::function<void(LoadProgress)> progress, std::function<void(LoadReport)> done);
  // Opens (with the data key in use) and decodes records into `report`; each record's text is
  // freed once decoded (at 10,000 cases the sealed copies would double the peak heap).
  void decode_records(LoadReport& report, std::vector<StoredRecord>& records) const;
  // Opens and decodes report.sealed with the data key in use (unlock after load).
  void open_sealed(LoadReport& report) const;

  // From now on every value written is sealed under `key`; forget_key drops it (locking).
  // Values already queued stay as they were sealed.
  void use_key(DataKey key) { key_ = std::move(key); }
  void forget_key() { key_.reset(); }
  bool has_key() const { return key_ != nullptr; }
  // Writes the keyring alone and at once, outside the queue: a passphrase change must either
  // land now or not at all (a failed one is never retried behind the user's back).
  void commit_keyring(const Keyring& keyring, std::function<void(BackendStatus)> done);

  // One user action: the changed cases, the deleted ones (remembered with `deleted_at_ms`, so a
  // bundle does not bring them back unasked) and the ones brought back (forgotten as deleted).
  // They are written together, at most coalesce_ms later, in one all-or-nothing commit (with
  // whatever else is queued).
  void save_cases(const std::vector<const Case*>& cases, const std::vector<std::string>& deleted_ids = {},
                  std::int64_t deleted_at_ms = 0, const std::vector<std::string>& undeleted_ids = {});
  void save_settings(const DeviceSettings& settings);
  // Summaries of cases stored without one (written by an earlier version), in the next commit.
  void save_summaries(const std::vector<const Case*>& cases);
  // Changed help-map entries: written like cases (one commit per burst).
  void save_services(const std::vector<const Service*>& services);
  // Writes what is queued now (the page is being hidden or closed, or another tab takes over).
  void flush_now();
  // Retries the writes that failed before, if any.
  void retry();
  // Calls `done` once nothing is queued or being written (true), or a write failed (false).
  void when_idle(std::function<void(bool saved)> done);

  // A window that is no longer the writer stops writing at once (its queue is kept, unsent).
  void set_writable(bool writable);
  // Forgets what is queued: the window became the writer again and reloads what is stored.
  void discard_unsaved();

  const SaveState& state() const { return state_; }
  // How long the last successful commit took, in ms: encoding and sealing its records plus the
  // backend's write until it completed (the coalescing wait is not work). For the benchmarks.
  double last_save_ms() const { return last_save_ms_; }
  // Called after every state change (a commit started, succeeded or failed).
  void on_change(std::function<void()> listener) { listener_ = std::move(listener); }

 private:
  using Clock = std::chrono::steady_clock;
  // `encode_start`: when encoding the value began, so its cost counts in last_save_ms.
  void queue(std::string key, std::optional<std::string> value, Clock::time_point encode_start = Clock::now());
  void decode_stored(LoadReport& report, StoredRecord& record) const;
  // Queued writes of keys in `range` that put a value, as records.
  std::vector<StoredRecord> queued_in(const KeyRange& range) const;
  void with_open_backend(RecordBackend::Done then);  // opens it the first time only
  void schedule_commit();
  void commit_pending();
  void finish_commit(std::map<std::string, RecordWrite> sent, BackendStatus status);
  void update_state();
  void notify();

  RecordBackend& backend_;
  Timer& timer_;
  std::map<std::string, RecordWrite> pending_;  // by key: a later write replaces an earlier one
  bool in_flight_ = false;
  bool flush_scheduled_ = false;
  bool writable_ = true;
  bool opened_ = false;
  DataKey key_;
  SaveState state_;
  std::function<void()> listener_;
  std::vector<std::function<void(bool)>> idle_waiters_;
  double pending_encode_ms_ = 0;  // encoding and sealing of what is in pending_
  double last_save_ms_ = 0;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);  // timer callbacks check it
};

}  // namespace rots
