#include "storage/record_store.hpp"

#include <utility>

namespace rots {
namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

void decode_plain(LoadReport& report, const std::string& key, std::string_view value) {
  if (key == settings_record_key) {
    auto decoded = decode_settings(value);
    if (auto* error = std::get_if<DecodeError>(&decoded)) report.quarantined.push_back({key, *error});
    else report.settings = std::get<DeviceSettings>(decoded);
    return;
  }
  if (starts_with(key, service_key_prefix)) {
    auto decoded = decode_service(value);
    if (auto* error = std::get_if<DecodeError>(&decoded)) report.quarantined.push_back({key, *error});
    else if (service_record_key(std::get<Service>(decoded).id) != key)
      report.quarantined.push_back({key, {DecodeErrorCode::InvalidValue, "id does not match key"}});
    else report.services.push_back(std::move(std::get<Service>(decoded)));
    return;
  }
  if (starts_with(key, tombstone_key_prefix)) {
    auto decoded = decode_tombstone(value);
    const std::string id = key.substr(std::string_view(tombstone_key_prefix).size());
    if (auto* error = std::get_if<DecodeError>(&decoded)) report.quarantined.push_back({key, *error});
    else if (!is_case_id(id)) report.quarantined.push_back({key, {DecodeErrorCode::InvalidValue, "malformed case id"}});
    else report.deleted_cases[id] = std::get<std::int64_t>(decoded);
    return;
  }
  if (starts_with(key, summary_key_prefix)) {
    auto decoded = decode_summary(value);
    if (auto* error = std::get_if<DecodeError>(&decoded)) report.unreadable_summaries.push_back({key, *error});
    else if (summary_record_key(std::get<CaseSummary>(decoded).id) != key)
      report.unreadable_summaries.push_back({key, {DecodeErrorCode::InvalidValue, "id does not match key"}});
    else report.summaries.push_back(std::move(std::get<CaseSummary>(decoded)));
    return;
  }
  if (!starts_with(key, case_key_prefix)) {
    report.quarantined.push_back({key, {DecodeErrorCode::WrongShape, "unknown record kind"}});
    return;
  }
  auto decoded = decode_case(value);
  if (auto* error = std::get_if<DecodeError>(&decoded)) {
    report.quarantined.push_back({key, *error});
  } else {
    auto& c = std::get<Case>(decoded);
    if (case_record_key(c.id) != key)
      report.quarantined.push_back({key, {DecodeErrorCode::InvalidValue, "id does not match key"}});
    else
      report.cases.push_back(std::move(c));
  }
}

void open_and_decode(LoadReport& report, const SecretKey& key, const StoredRecord& record) {
  auto plaintext = open_record(key, record.key, record.value);
  if (!plaintext) {
    report.quarantined.push_back({record.key, {DecodeErrorCode::NotJson, "does not open with this device's key"}});
    return;
  }
  decode_plain(report, record.key, *plaintext);
  secure_wipe(*plaintext);
}

// The two parts of everything stored but the cases: keys before "case:" and after "case;".
const KeyRange before_cases{"", case_key_prefix};
const KeyRange after_cases{case_keys_end, ""};
const KeyRange all_cases{case_key_prefix, case_keys_end};

}  // namespace

RecordStore::RecordStore(RecordBackend& backend, Timer& timer) : backend_(backend), timer_(timer) {}

RecordStore::~RecordStore() { *alive_ = false; }

void RecordStore::with_open_backend(RecordBackend::Done then) {
  if (opened_) return then(BackendStatus{});
  backend_.open([this, then = std::move(then)](BackendStatus status) {
    if (status.ok()) opened_ = true;
    then(std::move(status));
  });
}

void RecordStore::open_and_load(std::function<void(LoadProgress)> progress, std::function<void(LoadReport)> done) {
  with_open_backend([this, progress = std::move(progress), done = std::move(done)](BackendStatus status) mutable {
    if (!status.ok()) {
      LoadReport failed;
      failed.status = status;
      done(std::move(failed));
      return;
    }
    auto report = std::make_shared<LoadReport>();
    auto take = [this, report, progress](std::vector<StoredRecord> records, std::size_t loaded, std::size_t total) {
      for (auto& r : records)
        if (!pending_.contains(r.key)) decode_stored(*report, r);  // a queued write is newer
      if (progress) progress(LoadProgress{loaded, total});
    };
    auto finish = [this, report, done = std::move(done)](BackendStatus load_status) {
      report->status = std::move(load_status);
      for (const KeyRange* range : {&before_cases, &after_cases})
        for (auto& queued : queued_in(*range)) decode_stored(*report, queued);
      done(std::move(*report));
    };
    backend_.load_range(before_cases, take, [this, take, finish = std::move(finish)](BackendStatus first) mutable {
      if (!first.ok()) return finish(std::move(first));
      backend_.load_range(after_cases, take, std::move(finish));
    });
  });
}

void RecordStore::read_keyring(KeyringRead done) {
  with_open_backend([this, done = std::move(done)](BackendStatus status) mutable {
    if (!status.ok()) return done(std::move(status), std::nullopt);
    auto keyring = std::make_shared<std::optional<std::string>>();
    const KeyRange only{keyring_record_key, std::string(keyring_record_key) + '\x01'};
    backend_.load_range(
        only,
        [keyring](std::vector<StoredRecord> records, std::size_t, std::size_t) {
          for (auto& r : records)
            if (r.key == keyring_record_key) *keyring = std::move(r.value);
        },
        [keyring, done = std::move(done)](BackendStatus read_status) { done(std::move(read_status), std::move(*keyring)); });
  });
}

std::vector<StoredRecord> RecordStore::queued_in(const KeyRange& range) const {
  std::vector<StoredRecord> records;
  for (const auto& [key, write] : pending_)
    if (write.value && range.contains(key)) records.push_back({key, *write.value});
  return records;
}

void RecordStore::load_cases(CaseBatch batch, std::function<void(BackendStatus)> done) {
  backend_.load_range(
      all_cases,
      [this, batch](std::vector<StoredRecord> records, std::size_t loaded, std::size_t total) {
        std::erase_if(records, [this](const StoredRecord& r) { return pending_.contains(r.key); });
        batch(std::move(records), LoadProgress{loaded, total});
      },
      [this, batch, done = std::move(done)](BackendStatus status) {
        if (status.ok()) {
          auto queued = queued_in(all_cases);
          if (!queued.empty()) batch(std::move(queued), LoadProgress{});
        }
        done(std::move(status));
      });
}

void RecordStore::load_case(const std::string& case_id, std::function<void(std::vector<StoredRecord>)> done) {
  const std::string key = case_record_key(case_id);
  if (const auto it = pending_.find(key); it != pending_.end()) {
    done(it->second.value ? std::vector<StoredRecord>{{key, *it->second.value}} : std::vector<StoredRecord>{});
    return;
  }
  auto found = std::make_shared<std::vector<StoredRecord>>();
  backend_.load_range(
      KeyRange{key, key + '\x01'},  // this key alone
      [found](std::vector<StoredRecord> records, std::size_t, std::size_t) {
        for (auto& r : records) found->push_back(std::move(r));
      },
      [found, done = std::move(done)](BackendStatus) { done(std::move(*found)); });
}

void RecordStore::load_everything(std::function<void(LoadProgress)> progress, std::function<void(LoadReport)> done) {
  open_and_load({}, [this, progress = std::move(progress), done = std::move(done)](LoadReport first) mutable {
    auto report = std::make_shared<LoadReport>(std::move(first));
    if (!report->status.ok()) return done(std::move(*report));
    load_cases(
        [this, report, progress](std::vector<StoredRecord> records, LoadProgress p) {
          decode_records(*report, records);
          if (progress && p.total > 0) progress(p);
        },
        [report, done = std::move(done)](BackendStatus status) {
          report->status = std::move(status);
          done(std::move(*report));
        });
  });
}

void RecordStore::decode_records(LoadReport& report, std::vector<StoredRecord>& records) const {
  for (auto& record : records) {
    decode_stored(report, record);
    std::string().swap(record.value);
  }
}

void RecordStore::decode_stored(LoadReport& report, StoredRecord& record) const {
  if (record.key == keyring_record_key) {
    report.keyring = std::move(record.value);
  } else if (!is_sealed_record(record.value)) {
    report.plaintext_keys.push_back(record.key);
    decode_plain(report, record.key, record.value);
  } else if (key_) {
    open_and_decode(report, *key_, record);
  } else {
    report.sealed.push_back(std::move(record));
  }
}

void RecordStore::open_sealed(LoadReport& report) const {
  if (!key_) return;
  auto sealed = std::exchange(report.sealed, {});
  for (auto& record : sealed) {
    open_and_decode(report, *key_, record);
    std::string().swap(record.value);  // at 10,000 cases the sealed copies would double the peak heap
  }
}

void RecordStore::commit_keyring(const Keyring& keyring, std::function<void(BackendStatus)> done) {
  backend_.commit({RecordWrite{keyring_record_key, encode_keyring(keyring)}}, std::move(done));
}

void RecordStore::save_cases(const std::vector<const Case*>& cases, const std::vector<std::string>& deleted_ids,
                             std::int64_t deleted_at_ms, const std::vector<std::string>& undeleted_ids) {
  for (const Case* c : cases) {
    const auto start = Clock::now();
    queue(case_record_key(c->id), encode_case(*c), start);
    queue(summary_record_key(c->id), encode_summary(summary_of(*c)), Clock::now());
  }
  for (const auto& id : deleted_ids) {
    queue(case_record_key(id), std::nullopt);
    queue(summary_record_key(id), std::nullopt);
    queue(tombstone_record_key(id), encode_tombstone(deleted_at_ms));
  }
  for (const auto& id : undeleted_ids) queue(tombstone_record_key(id), std::nullopt);
  schedule_commit();
}

void RecordStore::save_services(const std::vector<const Service*>& services) {
  for (const Service* s : services) {
    const auto start = Clock::now();
    queue(service_record_key(s->id), encode_service(*s), start);
  }
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

void RecordStore::save_summaries(const std::vector<const Case*>& cases) {
  for (const Case* c : cases) queue(summary_record_key(c->id), encode_summary(summary_of(*c)));
  schedule_commit();
}

void RecordStore::save_settings(const DeviceSettings& settings) {
  queue(settings_record_key, encode_settings(settings));
  commit_pending();  // a settings tap is one action, not a burst: no reason to wait
}

void RecordStore::queue(std::string key, std::optional<std::string> value, Clock::time_point encode_start) {
  if (value && key_) {
    std::string sealed = seal_record(*key_, key, record_schema_version(key), *value);
    secure_wipe(*value);
    value = std::move(sealed);
  }
  auto& slot = pending_[key];
  slot = RecordWrite{std::move(key), std::move(value)};
  pending_encode_ms_ += ms_since(encode_start);
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
  const double encode_ms = std::exchange(pending_encode_ms_, 0.0);
  const auto start = Clock::now();
  std::vector<RecordWrite> writes;
  writes.reserve(sent.size());
  for (const auto& [key, write] : sent) writes.push_back(write);
  update_state();
  backend_.commit(std::move(writes), [this, sent = std::move(sent), encode_ms, start](BackendStatus status) mutable {
    if (status.ok()) last_save_ms_ = encode_ms + ms_since(start);
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
