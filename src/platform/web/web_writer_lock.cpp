#include "platform/web/web_writer_lock.hpp"

#include <emscripten/emscripten.h>

extern "C" {
void rots_lock_acquire(int request_id);
void rots_lock_take_over(int request_id);
void rots_lock_release();
}

namespace rots {
namespace {
WebWriterLock* g_lock = nullptr;  // the JS half calls back into the one live instance
}

WebWriterLock::WebWriterLock() { g_lock = this; }
WebWriterLock::~WebWriterLock() { g_lock = nullptr; }

void WebWriterLock::acquire(Acquired done) {
  const int id = next_request_id_++;
  requests_[id] = std::move(done);
  rots_lock_acquire(id);
}

void WebWriterLock::take_over(Acquired done) {
  const int id = next_request_id_++;
  requests_[id] = std::move(done);
  rots_lock_take_over(id);
}

void WebWriterLock::release() { rots_lock_release(); }

void WebWriterLock::finish(int request_id, bool acquired) {
  auto it = requests_.find(request_id);
  if (it == requests_.end()) return;
  Acquired done = std::move(it->second);
  requests_.erase(it);
  done(acquired);
}

}  // namespace rots

extern "C" {
EMSCRIPTEN_KEEPALIVE void rots_lock_on_done(int request_id, int acquired) {
  if (rots::g_lock) rots::g_lock->finish(request_id, acquired != 0);
}
EMSCRIPTEN_KEEPALIVE void rots_lock_on_take_over_requested() {
  if (rots::g_lock) rots::g_lock->take_over_requested();
}
EMSCRIPTEN_KEEPALIVE void rots_lock_on_lost() {
  if (rots::g_lock) rots::g_lock->lost();
}
}
