#include "storage/record_store.hpp"

#include <utility>

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
  if (starts_with(record.key, service_key_prefix)) {
    auto decoded = decode_service(record.value);
    if (auto* error = std::get_if<DecodeError>(&decoded)) report.quarantined.push_back({record.key, *error});
    else if (service_record_key(std::get<Service>(decoded).id) != record.key)
      report.quarantined.push_back({record.key, {DecodeErrorCode::InvalidValue, "id does not match key"}});
    else report.services.push_back(std::move(std::get<Service>(decoded)));
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

RecordStore::RecordStore(RecordBackend& backend, Timer& timer) : backend_(backend), timer_(timer) {}

RecordStore::~RecordStore() { *alive_ = false; }

void RecordStore::open_and_load(std::function<void(LoadProgress)> progress, std::function<void(LoadReport)> done) {
  backend_.open([this, progress = std::move(progress), done = std::move(done)](BackendStatus status) mutable {
    if (!status.ok()) {
      LoadReport failed;
      failed.status = status;
      done(std::move(failed));
      return;
    }
    auto report = std::make_shared<LoadReport>();
    backend_.load_all(
        [report, progress](std::vector<StoredRecord> records, std::size_t loaded, std::size_t total) {
          for (auto& r : records) decode_into(*report, r);
          if (progress) progress(LoadProgress{loaded, total});
        },
        [report, done = std::move(done)](BackendStatus load_status) {
          report->status = std::move(load_status);
          done(std::move(*report));
        });
  });
}

void RecordStore::save_cases(const std::vector<const Case*>& cases, const std::vector<std::string>& deleted_ids) {
  for (const Case* c : cases) queue(case_record_key(c->id), encode_case(*c));
  for (const auto& id : deleted_ids) queue(case_record_key(id), std::nullopt);
  schedule_commit();
}

void RecordStore::save_services(const std::vector<const Service*>& services) {
  for (const Service* s : services) queue(service_record_key(s->id), encode_service(*s));
  schedule_commit();
}

void RecordStore::schedule_commit() {
  if (!flush_scheduled_ && !in_flight_) {
    flush_scheduled_ = true;
    timer_.after(coalesce_ms, [this, alive = std::weak_ptr<bool>(alive_)] {
      if (alive.expired() || !*alive.lock()) return;
      flush_scheduled_ = false;
      commit_pending();
    });
  }
  update_state();
}

void RecordStore::save_settings(const DeviceSettings& settings) {
  queue(settings_record_key, encode_settings(settings));
  commit_pending();  // a settings tap is one action, not a burst: no reason to wait
}

void RecordStore::queue(std::string key, std::optional<std::string> value) {
  auto& slot = pending_[key];
  slot = RecordWrite{std::move(key), std::move(value)};
}

void RecordStore::flush_now() { commit_pending(); }

void RecordStore::retry() { commit_pending(); }

void RecordStore::when_idle(std::function<void(bool saved)> done) {
  if (state_.phase == SavePhase::Failed) {
    done(false);
    return;
  }
  if (!in_flight_ && pending_.empty()) {
    done(true);
    return;
  }
  idle_waiters_.push_back(std::move(done));
}

void RecordStore::set_writable(bool writable) {
  writable_ = writable;
  if (writable_) commit_pending();
}

void RecordStore::discard_unsaved() {
  pending_.clear();
  state_ = SaveState{};
  update_state();
}

void RecordStore::commit_pending() {
  if (in_flight_ || pending_.empty() || !writable_) return;  // the running commit picks the rest up when done
  in_flight_ = true;
  auto sent = std::move(pending_);
  pending_.clear();
  std::vector<RecordWrite> writes;
  writes.reserve(sent.size());
  for (const auto& [key, write] : sent) writes.push_back(write);
  update_state();
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
    auto waiters = std::exchange(idle_waiters_, {});
    notify();
    for (auto& w : waiters) w(false);
    return;
  }
  state_.last_error = BackendStatus{};
  state_.phase = SavePhase::Saving;  // leaves Failed: update_state decides the rest
  if (!pending_.empty() && !flush_scheduled_) {
    commit_pending();  // what arrived meanwhile; a scheduled flush will take it otherwise
    return;
  }
  update_state();
}

// Saved only when nothing is queued or in flight; a failure stays visible until a write succeeds.
void RecordStore::update_state() {
  if (state_.phase != SavePhase::Failed) {
    const bool busy = in_flight_ || !pending_.empty();
    state_.phase = busy ? SavePhase::Saving : SavePhase::Saved;
  }
  state_.unsaved_records = pending_.size();
  notify();
  if (state_.phase == SavePhase::Saved && !idle_waiters_.empty()) {
    auto waiters = std::exchange(idle_waiters_, {});
    for (auto& w : waiters) w(true);
  }
}

void RecordStore::notify() {
  if (listener_) listener_();
}

}  // namespace rots
