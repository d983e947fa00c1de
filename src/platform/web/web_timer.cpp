#include "platform/web/web_timer.hpp"

#include <emscripten/eventloop.h>

namespace rots {

void WebTimer::after(int delay_ms, std::function<void()> fn) {
  auto* owned = new std::function<void()>(std::move(fn));
  emscripten_set_timeout(
      [](void* data) {
        auto* f = static_cast<std::function<void()>*>(data);
        (*f)();
        delete f;
      },
      delay_ms, owned);
}

}  // namespace rots
