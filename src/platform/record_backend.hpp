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

// The keys from `first` (included) up to `end` (excluded; empty: to the last key), in key order.
struct KeyRange {
  std::string first;
  std::string end;
  bool contains(const std::string& key) const { return key >= first && (end.empty() || key < end); }
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
  // Delivers the records of `range` in batches (so a large store can show progress between
  // them), then calls `done` once. Several loads may run at once.
  virtual void load_range(KeyRange range, Batch batch, Done done) = 0;
  void load_all(Batch batch, Done done) { load_range({}, std::move(batch), std::move(done)); }
  // While held, loads under way deliver nothing (a batch read meanwhile waits) and ask for no
  // further batch; releasing continues them in order. For moments when the page's thread is
  // needed for something the user waits on (unlocking), not for the reading behind it.
  virtual void hold_loads(bool hold) = 0;
  // All writes land together or none does (one transaction).
  virtual void commit(std::vector<RecordWrite> writes, Done done) = 0;
};

}  // namespace rots
