#pragma once
// The app's records on top of a RecordBackend: loads and decodes everything at start-up
// (quarantining what cannot be decoded), and saves changed records, one commit per user
// action. Failed writes stay queued in memory and are retried with the next save, so a
// full disk never loses a change the user still sees on screen.
#include <map>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "platform/record_backend.hpp"
#include "storage/record_codec.hpp"

namespace rots {

// A stored record that could not be decoded. It stays in storage untouched.
struct QuarantinedRecord {
  std::string key;
  DecodeError error;
};

struct LoadReport {
  BackendStatus status;
  std::vector<Case> cases;
  std::optional<DeviceSettings> settings;  // none saved yet: defaults apply
  std::vector<QuarantinedRecord> quarantined;
};

enum class SavePhase { Saved, Saving, Failed };

struct SaveState {
  SavePhase phase = SavePhase::Saved;
  BackendStatus last_error;     // set while phase == Failed
  std::size_t unsaved_records = 0;
};

class RecordStore {
 public:
  explicit RecordStore(RecordBackend& backend) : backend_(backend) {}

  void open_and_load(std::function<void(LoadReport)> done);
  // One user action: the changed cases, the deleted ones, in one commit.
  void save_cases(const std::vector<const Case*>& cases, const std::vector<std::string>& deleted_ids = {});
  void save_settings(const DeviceSettings& settings);
  // Retries the writes that failed before, if any.
  void retry();

  const SaveState& state() const { return state_; }
  // Called after every state change (a commit started, succeeded or failed).
  void on_change(std::function<void()> listener) { listener_ = std::move(listener); }

 private:
  void commit_pending();
  void finish_commit(std::map<std::string, RecordWrite> sent, BackendStatus status);
  void notify();

  RecordBackend& backend_;
  std::map<std::string, RecordWrite> pending_;  // by key: a later write replaces an earlier one
  bool in_flight_ = false;
  SaveState state_;
  std::function<void()> listener_;
};

}  // namespace rots
