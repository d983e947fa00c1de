#include "platform/native/memory_backend.hpp"

namespace rots {

void MemoryBackend::open(Done done) { done(BackendStatus{}); }

void MemoryBackend::load_all(Loaded done) {
  std::vector<StoredRecord> all;
  all.reserve(records_.size());
  for (const auto& [key, value] : records_) all.push_back({key, value});
  done(std::move(all), BackendStatus{});
}

void MemoryBackend::commit(std::vector<RecordWrite> writes, Done done) {
  if (!failure_.ok()) {
    done(failure_);  // all or nothing: nothing of this commit lands
    return;
  }
  for (auto& w : writes) {
    if (w.value)
      records_[w.key] = std::move(*w.value);
    else
      records_.erase(w.key);
  }
  done(BackendStatus{});
}

}  // namespace rots
