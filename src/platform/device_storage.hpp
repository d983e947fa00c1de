#pragma once
// What the device says about the app's storage, and saving a file for the user.
// Browser: navigator.storage (persist, estimate) and a download; natively: nothing to ask.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace rots {

enum class Persistence {
  Unknown,      // not asked yet / no answer yet
  Persistent,   // the browser will not clear the data to free space
  BestEffort,   // the browser may clear it under storage pressure (or after 7 days unused on Safari)
  Unsupported,  // the browser has no way to ask
};

struct StorageHealth {
  Persistence persistence = Persistence::Unknown;
  bool estimate_known = false;
  double usage_bytes = 0;
  double quota_bytes = 0;
  // iPad/iPhone Safari in a tab: data is only kept reliably once the app is on the home screen.
  bool suggest_home_screen = false;
};

// A file the user picked (the browser's file chooser).
struct OpenedFile {
  enum class Status { Cancelled, Read, TooLarge, Unreadable };
  Status status = Status::Cancelled;
  std::string name;
  std::string bytes;
};

class DeviceStorage {
 public:
  virtual ~DeviceStorage() = default;
  // Asks for persistent storage (once per call; browsers remember the answer) and measures use.
  virtual void check(bool ask_persistence, std::function<void(StorageHealth)> done) = 0;
  // Offers `content` to the user as a file download named `file_name`.
  virtual void save_file(const std::string& file_name, const std::string& mime_type, const std::string& content) = 0;
  // The system share sheet (tablets: mail, drive, AirDrop…), where the browser can share files.
  virtual bool can_share_files() const = 0;
  virtual void share_file(const std::string& file_name, const std::string& mime_type, const std::string& content) = 0;
  // Lets the user pick one file; files over `max_bytes` are refused before they are read.
  virtual void open_file(const std::string& accept, std::size_t max_bytes, std::function<void(OpenedFile)> done) = 0;
};

// Natively there is nothing to ask; files are not offered (the command-line tool writes its own).
class NoDeviceStorage final : public DeviceStorage {
 public:
  void check(bool, std::function<void(StorageHealth)> done) override { done(StorageHealth{Persistence::Unsupported}); }
  void save_file(const std::string&, const std::string&, const std::string&) override {}
  bool can_share_files() const override { return false; }
  void share_file(const std::string&, const std::string&, const std::string&) override {}
  void open_file(const std::string&, std::size_t, std::function<void(OpenedFile)> done) override { done({}); }
};

}  // namespace rots
