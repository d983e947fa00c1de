#pragma once
// DeviceStorage on navigator.storage and a download link (shell/jslib/device.js).
#include <map>

#include "platform/device_storage.hpp"

namespace rots {

class WebDeviceStorage final : public DeviceStorage {
 public:
  WebDeviceStorage();
  ~WebDeviceStorage() override;
  void check(bool ask_persistence, std::function<void(StorageHealth)> done) override;
  void save_file(const std::string& file_name, const std::string& mime_type, const std::string& content) override;

  bool can_share_files() const override;
  void share_file(const std::string& file_name, const std::string& mime_type, const std::string& content) override;
  void open_file(const std::string& accept, std::size_t max_bytes, std::function<void(OpenedFile)> done) override;
  void finish(int request_id, StorageHealth health);  // from the JS half
  void finish_open(int request_id, OpenedFile file);

 private:
  int next_request_id_ = 1;
  std::map<int, std::function<void(StorageHealth)>> requests_;
  std::map<int, std::function<void(OpenedFile)>> open_requests_;
};

}  // namespace rots
