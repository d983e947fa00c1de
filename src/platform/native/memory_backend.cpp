#include "platform/native/memory_backend.hpp"

#include <utility>

namespace rots {

void MemoryBackend::open(Done done) { done(BackendStatus{}); }

void MemoryBackend::load_range(KeyRange range, Batch batch, Done done) {
  // A copy: a batch callback may commit, which must not move the ground under this loop.
  std::vector<StoredRecord> found;
  for (auto it = records_.lower_bound(range.first); it != records_.end() && range.contains(it->first); ++it)
    found.push_back({it->first, it->second});
  records_read_ += found.size();
  std::vector<StoredRecord> chunk;
  std::size_t loaded = 0;
  for (auto& record : found) {
    chunk.push_back(std::move(record));
    if (chunk.size() == batch_size_) {
      loaded += chunk.size();
      batch(std::exchange(chunk, {}), loaded, found.size());
    }
  }
  if (!chunk.empty()) batch(std::move(chunk), found.size(), found.size());
  done(BackendStatus{});
}

void MemoryBackend::commit(std::vector<RecordWrite> writes, Done done) {
  if (hold_) {
    held_.emplace_back(std::move(writes), std::move(done));
    return;
  }
  land(std::move(writes), std::move(done));
}

void MemoryBackend::release_commits() {
  auto held = std::exchange(held_, {});
  for (auto& [writes, done] : held) land(std::move(writes), std::move(done));
}

void MemoryBackend::land(std::vector<RecordWrite> writes, Done done) {
  if (!failure_.ok()) {
    done(failure_);  // all or nothing: nothing of this commit lands
    return;
  }
  ++commits_;
  for (auto& w : writes) {
    if (w.value)
      records_[w.key] = std::move(*w.value);
    else
      records_.erase(w.key);
  }
  done(BackendStatus{});
}

}  // namespace rots
