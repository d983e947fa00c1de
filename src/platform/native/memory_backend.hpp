#pragma once
// In-memory record backend for native tests and tools. Completes synchronously. Can be told
// to fail, so tests can prove that a failing store loses nothing already saved.
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "platform/record_backend.hpp"

namespace rots {

class MemoryBackend final : public RecordBackend {
 public:
  void open(Done done) override;
  void load_range(KeyRange range, Batch batch, Done done) override;
  void hold_loads(bool hold) override;
  void commit(std::vector<RecordWrite> writes, Done done) override;

  // Every later commit fails with this status until cleared (BackendErrorKind::None).
  void fail_commits_with(BackendStatus status) { failure_ = std::move(status); }
  // Puts raw text under a key, bypassing the codec (for corrupt-record tests).
  void put_raw(std::string key, std::string value) { records_[std::move(key)] = std::move(value); }
  const std::map<std::string, std::string>& records() const { return records_; }
  void set_batch_size(std::size_t n) { batch_size_ = n; }
  // While held, commits wait (as IndexedDB's do) until release_commits() lands them in order.
  void hold_commits(bool hold) { hold_ = hold; }
  void release_commits();
  std::size_t held_commits() const { return held_.size(); }
  std::size_t commits() const { return commits_; }
  std::size_t records_read() const { return records_read_; }  // by every load so far

 private:
  std::map<std::string, std::string> records_;
  BackendStatus failure_;
  std::size_t batch_size_ = 500;
  std::size_t commits_ = 0;
  std::size_t records_read_ = 0;
  bool hold_ = false;
  std::vector<std::pair<std::vector<RecordWrite>, Done>> held_;
  // A load delivers its batches one by one, and stops between them while loads are held.
  struct Load {
    std::vector<StoredRecord> found;
    std::size_t delivered = 0;
    Batch batch;
    Done done;
  };
  bool loads_held_ = false;
  std::vector<std::shared_ptr<Load>> waiting_loads_;
  void continue_load(const std::shared_ptr<Load>& load);
  void land(std::vector<RecordWrite> writes, Done done);
};

}  // namespace rots
