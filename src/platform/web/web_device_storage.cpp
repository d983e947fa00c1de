#include "platform/web/web_device_storage.hpp"

#include <emscripten/emscripten.h>

extern "C" {
void rots_storage_check(int request_id, int ask_persistence);
void rots_save_file(const char* name, const char* mime, const char* content, int length);
int rots_can_share_files(void);
void rots_share_file(const char* name, const char* mime, const char* content, int length);
void rots_open_file(int request_id, const char* accept, double max_bytes);
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

bool WebDeviceStorage::can_share_files() const { return rots_can_share_files() != 0; }

void WebDeviceStorage::share_file(const std::string& file_name, const std::string& mime_type,
                                  const std::string& content) {
  rots_share_file(file_name.c_str(), mime_type.c_str(), content.data(), static_cast<int>(content.size()));
}

void WebDeviceStorage::open_file(const std::string& accept, std::size_t max_bytes,
                                 std::function<void(OpenedFile)> done) {
  const int id = next_request_id_++;
  open_requests_[id] = std::move(done);
  rots_open_file(id, accept.c_str(), static_cast<double>(max_bytes));
}

void WebDeviceStorage::finish_open(int request_id, OpenedFile file) {
  auto it = open_requests_.find(request_id);
  if (it == open_requests_.end()) return;
  auto done = std::move(it->second);
  open_requests_.erase(it);
  done(std::move(file));
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

// status: 0 cancelled, 1 read, 2 too large, 3 unreadable. The JS half frees `data` afterwards.
EMSCRIPTEN_KEEPALIVE void rots_file_on_open(int request_id, int status, const char* name, const char* data,
                                            int length) {
  if (!rots::g_storage) return;
  rots::OpenedFile file;
  file.status = status == 1   ? rots::OpenedFile::Status::Read
                : status == 2 ? rots::OpenedFile::Status::TooLarge
                : status == 3 ? rots::OpenedFile::Status::Unreadable
                              : rots::OpenedFile::Status::Cancelled;
  if (name) file.name = name;
  if (data && length > 0) file.bytes.assign(data, static_cast<std::size_t>(length));
  rots::g_storage->finish_open(request_id, std::move(file));
}
}
