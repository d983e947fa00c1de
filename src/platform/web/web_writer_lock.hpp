#pragma once
// WriterLock on Web Locks and BroadcastChannel (shell/jslib/lock.js).
#include <map>

#include "platform/writer_lock.hpp"

namespace rots {

class WebWriterLock final : public WriterLock {
 public:
  WebWriterLock();
  ~WebWriterLock() override;
  void acquire(Acquired done) override;
  void take_over(Acquired done) override;
  void release() override;
  void on_take_over_requested(std::function<void()> fn) override { take_over_requested_ = std::move(fn); }
  void on_lost(std::function<void()> fn) override { lost_ = std::move(fn); }

  // Entry points for the JS half.
  void finish(int request_id, bool acquired);
  void take_over_requested() { if (take_over_requested_) take_over_requested_(); }
  void lost() { if (lost_) lost_(); }

 private:
  int next_request_id_ = 1;
  std::map<int, Acquired> requests_;
  std::function<void()> take_over_requested_;
  std::function<void()> lost_;
};

}  // namespace rots
