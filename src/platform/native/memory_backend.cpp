#include "platform/native/memory_backend.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace rots {

void MemoryBackend::open(Done done) { done(BackendStatus{}); }

void MemoryBackend::load_range(KeyRange range, Batch batch, Done done) {
  // A copy: a batch callback may commit, which must not move the ground under this loop.
  auto load = std::make_shared<Load>();
  for (auto it = records_.lower_bound(range.first); it != records_.end() && range.contains(it->first); ++it)
    load->found.push_back({it->first, it->second});
  records_read_ += load->found.size();
  load->batch = std::move(batch);
  load->done = std::move(done);
  continue_load(load);
}

void MemoryBackend::continue_load(const std::shared_ptr<Load>& load) {
  const std::size_t total = load->found.size();
  for (;;) {
    if (loads_held_) {  // its end waits too, as IndexedDB's does
      waiting_loads_.push_back(load);
      return;
    }
    if (load->delivered == total) break;
    const std::size_t end = std::min(total, load->delivered + batch_size_);
    std::vector<StoredRecord> chunk(std::make_move_iterator(load->found.begin() + static_cast<std::ptrdiff_t>(load->delivered)),
                                    std::make_move_iterator(load->found.begin() + static_cast<std::ptrdiff_t>(end)));
    load->delivered = end;
    load->batch(std::move(chunk), end, total);  // may hold the loads
  }
  load->done(BackendStatus{});
}

void MemoryBackend::hold_loads(bool hold) {
  loads_held_ = hold;
  if (hold) return;
  auto waiting = std::exchange(waiting_loads_, {});
  for (const auto& load : waiting) continue_load(load);
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
