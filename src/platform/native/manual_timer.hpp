#pragma once
// A Timer for tests: time stands still until the test advances it.
#include <cstdint>
#include <map>

#include "platform/timer.hpp"

namespace rots {

class ManualTimer final : public Timer {
 public:
  void after(int delay_ms, std::function<void()> fn) override {
    pending_.emplace(now_ms_ + delay_ms, std::move(fn));
  }
  // Moves time forward and runs everything that became due, in order.
  void advance(std::int64_t ms) {
    const std::int64_t until = now_ms_ + ms;
    while (!pending_.empty() && pending_.begin()->first <= until) {
      auto node = pending_.extract(pending_.begin());
      now_ms_ = node.key();
      node.mapped()();
    }
    now_ms_ = until;
  }
  std::size_t waiting() const { return pending_.size(); }

 private:
  std::int64_t now_ms_ = 0;
  std::multimap<std::int64_t, std::function<void()>> pending_;
};

}  // namespace rots
