#pragma once
// One writer across the app's tabs and windows: only the holder of this lock opens the store
// for writing. In the browser: Web Locks, with a BroadcastChannel to ask the holder to hand
// over (it saves first); natively there is only ever one window.
#include <functional>

namespace rots {

class WriterLock {
 public:
  using Acquired = std::function<void(bool acquired)>;
  virtual ~WriterLock() = default;
  // Becomes the writer if no other window is (waiting a moment for a window that is closing).
  virtual void acquire(Acquired done) = 0;
  // Asks the writer window to hand over, and becomes the writer once it did (or, if it does
  // not answer, takes the lock from it).
  virtual void take_over(Acquired done) = 0;
  // Stops being the writer (after everything is saved).
  virtual void release() = 0;
  // Another window asks to take over: save, then release().
  virtual void on_take_over_requested(std::function<void()> fn) = 0;
  // The lock was taken without a hand-over: stop writing at once.
  virtual void on_lost(std::function<void()> fn) = 0;
};

// The only window there is (native tools and tests).
class SoleWriterLock final : public WriterLock {
 public:
  void acquire(Acquired done) override { done(true); }
  void take_over(Acquired done) override { done(true); }
  void release() override {}
  void on_take_over_requested(std::function<void()>) override {}
  void on_lost(std::function<void()>) override {}
};

}  // namespace rots
