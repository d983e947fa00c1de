#pragma once
// Where records live: one key/value entry per domain record. Calls complete asynchronously
// (IndexedDB); a completion callback may run later, from the browser's event loop.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rots {

struct StoredRecord {
  std::string key;
  std::string value;
};

// One write of a commit: a value to put, or nullopt to delete the key.
struct RecordWrite {
  std::string key;
  std::optional<std::string> value;
};

enum class BackendErrorKind {
  None,
  QuotaExceeded,  // the device or browser is out of storage space for this site
  Unavailable,    // storage cannot be opened (private mode, blocked, disabled)
  Failed,         // the transaction aborted for another reason
};

struct BackendStatus {
  BackendErrorKind kind = BackendErrorKind::None;
  std::string detail;  // the browser's own words, for the log
  bool ok() const { return kind == BackendErrorKind::None; }
};

class RecordBackend {
 public:
  using Done = std::function<void(BackendStatus)>;
  // A batch of records, with how many have arrived so far and how many there are in all.
  using Batch = std::function<void(std::vector<StoredRecord>, std::size_t loaded, std::size_t total)>;

  virtual ~RecordBackend() = default;
  virtual void open(Done done) = 0;
  // Delivers every record in batches (so a large store can show progress between them), then
  // calls `done` once.
  virtual void load_all(Batch batch, Done done) = 0;
  // All writes land together or none does (one transaction).
  virtual void commit(std::vector<RecordWrite> writes, Done done) = 0;
};

}  // namespace rots
