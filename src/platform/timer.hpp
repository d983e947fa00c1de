#pragma once
// Deferred work on the event loop (browser: setTimeout). The store uses it to gather a burst
// of edits into one write; tests drive a manual timer instead of waiting.
#include <functional>

namespace rots {

class Timer {
 public:
  virtual ~Timer() = default;
  // Runs `fn` once, `delay_ms` from now, from the event loop (never from inside this call).
  virtual void after(int delay_ms, std::function<void()> fn) = 0;
};

}  // namespace rots
