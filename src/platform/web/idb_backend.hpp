#pragma once
// RecordBackend on IndexedDB (shell/jslib/idb.js). Completions arrive from the browser's
// event loop through the exported rots_idb_on_* functions.
#include <map>

#include "platform/record_backend.hpp"

namespace rots {

class IdbBackend final : public RecordBackend {
 public:
  IdbBackend();
  ~IdbBackend() override;
  void open(Done done) override;
  void load_range(KeyRange range, Batch batch, Done done) override;
  void hold_loads(bool hold) override;
  void commit(std::vector<RecordWrite> writes, Done done) override;

  // Entry points for the JS half.
  void deliver_record(int request_id, const char* key, const char* value);
  void deliver_batch(int request_id, double loaded, double total);
  void finish(int request_id, int kind, const char* detail);

 private:
  struct Request {
    Done done;
    Batch batch;
    std::vector<StoredRecord> records;
  };
  int next_request_id_ = 1;
  std::map<int, Request> requests_;
};

}  // namespace rots
