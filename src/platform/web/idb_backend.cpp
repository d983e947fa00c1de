#include "platform/web/idb_backend.hpp"

#include <emscripten/emscripten.h>

#include <utility>

extern "C" {
void rots_idb_open(int request_id);
void rots_idb_load_range(int request_id, const char* first, const char* end);
void rots_idb_hold_loads(int hold);
void rots_idb_stage_put(const char* key, const char* value);
void rots_idb_stage_delete(const char* key);
void rots_idb_commit(int request_id);
}

namespace rots {
namespace {
IdbBackend* g_backend = nullptr;  // the JS half calls back into the one live instance

BackendStatus status_from(int kind, const char* detail) {
  const auto k = kind == 1 ? BackendErrorKind::QuotaExceeded
                 : kind == 2 ? BackendErrorKind::Unavailable
                 : kind == 0 ? BackendErrorKind::None
                             : BackendErrorKind::Failed;
  return BackendStatus{k, detail ? detail : ""};
}
}  // namespace

IdbBackend::IdbBackend() { g_backend = this; }
IdbBackend::~IdbBackend() { g_backend = nullptr; }

void IdbBackend::open(Done done) {
  const int id = next_request_id_++;
  requests_[id].done = std::move(done);
  rots_idb_open(id);
}

void IdbBackend::load_range(KeyRange range, Batch batch, Done done) {
  const int id = next_request_id_++;
  requests_[id].batch = std::move(batch);
  requests_[id].done = std::move(done);
  rots_idb_load_range(id, range.first.c_str(), range.end.c_str());
}

void IdbBackend::hold_loads(bool hold) { rots_idb_hold_loads(hold ? 1 : 0); }

void IdbBackend::commit(std::vector<RecordWrite> writes, Done done) {
  const int id = next_request_id_++;
  requests_[id].done = std::move(done);
  for (const auto& w : writes) {
    if (w.value)
      rots_idb_stage_put(w.key.c_str(), w.value->c_str());
    else
      rots_idb_stage_delete(w.key.c_str());
  }
  rots_idb_commit(id);
}

void IdbBackend::deliver_record(int request_id, const char* key, const char* value) {
  auto it = requests_.find(request_id);
  if (it != requests_.end()) it->second.records.push_back({key, value});
}

void IdbBackend::deliver_batch(int request_id, double loaded, double total) {
  auto it = requests_.find(request_id);
  if (it == requests_.end() || !it->second.batch) return;
  it->second.batch(std::exchange(it->second.records, {}), static_cast<std::size_t>(loaded),
                   static_cast<std::size_t>(total));
}

void IdbBackend::finish(int request_id, int kind, const char* detail) {
  auto it = requests_.find(request_id);
  if (it == requests_.end()) return;
  Request request = std::move(it->second);
  requests_.erase(it);
  auto status = status_from(kind, detail);
  if (request.done) request.done(std::move(status));
}

}  // namespace rots

extern "C" {
EMSCRIPTEN_KEEPALIVE void rots_idb_on_record(int request_id, const char* key, const char* value) {
  if (rots::g_backend) rots::g_backend->deliver_record(request_id, key, value);
}
EMSCRIPTEN_KEEPALIVE void rots_idb_on_batch(int request_id, double loaded, double total) {
  if (rots::g_backend) rots::g_backend->deliver_batch(request_id, loaded, total);
}
EMSCRIPTEN_KEEPALIVE void rots_idb_on_done(int request_id, int kind, const char* detail) {
  if (rots::g_backend) rots::g_backend->finish(request_id, kind, detail);
}
}
