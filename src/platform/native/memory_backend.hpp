#pragma once
// In-memory record backend for native tests and tools. Completes synchronously. Can be told
// to fail, so tests can prove that a failing store loses nothing already saved.
#include <map>

#include "platform/record_backend.hpp"

namespace rots {

class MemoryBackend final : public RecordBackend {
 public:
  void open(Done done) override;
  void load_all(Loaded done) override;
  void commit(std::vector<RecordWrite> writes, Done done) override;

  // Every later commit fails with this status until cleared (BackendErrorKind::None).
  void fail_commits_with(BackendStatus status) { failure_ = std::move(status); }
  // Puts raw text under a key, bypassing the codec (for corrupt-record tests).
  void put_raw(std::string key, std::string value) { records_[std::move(key)] = std::move(value); }
  const std::map<std::string, std::string>& records() const { return records_; }

 private:
  std::map<std::string, std::string> records_;
  BackendStatus failure_;
};

}  // namespace rots
