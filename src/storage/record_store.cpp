#include "storage/record_store.hpp"

namespace rots {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

void decode_into(LoadReport& report, StoredRecord& record) {
  if (record.key == settings_record_key) {
    auto decoded = decode_settings(record.value);
    if (auto* error = std::get_if<DecodeError>(&decoded)) report.quarantined.push_back({record.key, *error});
    else report.settings = std::get<DeviceSettings>(decoded);
    return;
  }
  if (!starts_with(record.key, "case:")) {
    report.quarantined.push_back({record.key, {DecodeErrorCode::WrongShape, "unknown record kind"}});
    return;
  }
  auto decoded = decode_case(record.value);
  if (auto* error = std::get_if<DecodeError>(&decoded)) {
    report.quarantined.push_back({record.key, *error});
  } else {
    auto& c = std::get<Case>(decoded);
    if (case_record_key(c.id) != record.key)
      report.quarantined.push_back({record.key, {DecodeErrorCode::InvalidValue, "id does not match key"}});
    else
      report.cases.push_back(std::move(c));
  }
}

}  // namespace

void RecordStore::open_and_load(std::function<void(LoadReport)> done) {
  backend_.open([this, done = std::move(done)](BackendStatus status) mutable {
    if (!status.ok()) {
      LoadReport failed;
      failed.status = status;
      done(std::move(failed));
      return;
    }
    backend_.load_all([done = std::move(done)](std::vector<StoredRecord> records, BackendStatus load_status) {
      LoadReport report;
      report.status = load_status;
      for (auto& r : records) decode_into(report, r);
      done(std::move(report));
    });
  });
}

void RecordStore::save_cases(const std::vector<const Case*>& cases, const std::vector<std::string>& deleted_ids) {
  for (const Case* c : cases) {
    const auto key = case_record_key(c->id);
    pending_[key] = RecordWrite{key, encode_case(*c)};
  }
  for (const auto& id : deleted_ids) {
    const auto key = case_record_key(id);
    pending_[key] = RecordWrite{key, std::nullopt};
  }
  commit_pending();
}

void RecordStore::save_settings(const DeviceSettings& settings) {
  pending_[settings_record_key] = RecordWrite{settings_record_key, encode_settings(settings)};
  commit_pending();
}

void RecordStore::retry() { commit_pending(); }

void RecordStore::commit_pending() {
  if (in_flight_ || pending_.empty()) return;  // the running commit picks the rest up when done
  in_flight_ = true;
  auto sent = std::move(pending_);
  pending_.clear();
  std::vector<RecordWrite> writes;
  writes.reserve(sent.size());
  for (const auto& [key, write] : sent) writes.push_back(write);
  state_.phase = SavePhase::Saving;
  state_.unsaved_records = sent.size();
  notify();
  backend_.commit(std::move(writes), [this, sent = std::move(sent)](BackendStatus status) mutable {
    finish_commit(std::move(sent), std::move(status));
  });
}

void RecordStore::finish_commit(std::map<std::string, RecordWrite> sent, BackendStatus status) {
  in_flight_ = false;
  if (!status.ok()) {
    // Keep what failed, unless a newer write of the same record is already waiting.
    for (auto& [key, write] : sent) pending_.try_emplace(key, std::move(write));
    state_.phase = SavePhase::Failed;
    state_.last_error = std::move(status);
    state_.unsaved_records = pending_.size();
    notify();
    return;
  }
  if (!pending_.empty()) {
    commit_pending();
    return;
  }
  state_ = SaveState{};
  notify();
}

void RecordStore::notify() {
  if (listener_) listener_();
}

}  // namespace rots
