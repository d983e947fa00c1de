#include "platform/web/web_device_storage.hpp"

#include <emscripten/emscripten.h>

extern "C" {
void rots_storage_check(int request_id, int ask_persistence);
void rots_save_file(const char* name, const char* mime, const char* content, int length);
}

namespace rots {
namespace {
WebDeviceStorage* g_storage = nullptr;  // the JS half calls back into the one live instance
}

WebDeviceStorage::WebDeviceStorage() { g_storage = this; }
WebDeviceStorage::~WebDeviceStorage() { g_storage = nullptr; }

void WebDeviceStorage::check(bool ask_persistence, std::function<void(StorageHealth)> done) {
  const int id = next_request_id_++;
  requests_[id] = std::move(done);
  rots_storage_check(id, ask_persistence ? 1 : 0);
}

void WebDeviceStorage::save_file(const std::string& file_name, const std::string& mime_type,
                                 const std::string& content) {
  rots_save_file(file_name.c_str(), mime_type.c_str(), content.data(), static_cast<int>(content.size()));
}

void WebDeviceStorage::finish(int request_id, StorageHealth health) {
  auto it = requests_.find(request_id);
  if (it == requests_.end()) return;
  auto done = std::move(it->second);
  requests_.erase(it);
  done(health);
}

}  // namespace rots

extern "C" {
EMSCRIPTEN_KEEPALIVE void rots_storage_on_health(int request_id, int persistence, int estimate_known, double usage,
                                                 double quota, int suggest_home_screen) {
  if (!rots::g_storage) return;
  rots::StorageHealth health;
  health.persistence = persistence == 1   ? rots::Persistence::Persistent
                       : persistence == 2 ? rots::Persistence::BestEffort
                       : persistence == 3 ? rots::Persistence::Unsupported
                                          : rots::Persistence::Unknown;
  health.estimate_known = estimate_known != 0;
  health.usage_bytes = usage;
  health.quota_bytes = quota;
  health.suggest_home_screen = suggest_home_screen != 0;
  rots::g_storage->finish(request_id, health);
}
}
