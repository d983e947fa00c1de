#pragma once
// Timer on the browser's setTimeout.
#include "platform/timer.hpp"

namespace rots {

class WebTimer final : public Timer {
 public:
  void after(int delay_ms, std::function<void()> fn) override;
};

}  // namespace rots
