#pragma once
// Per-device display settings. The text size replaces the browser's pinch zoom (which a
// canvas app must disable), in steps up to 200 %.
#include <array>
#include <cstdint>
#include <string>

namespace rots {

enum class Theme { Light, Dark };

inline constexpr std::array<int, 7> text_size_steps = {85, 100, 115, 130, 150, 175, 200};

inline constexpr int default_backup_reminder_days = 7;
inline constexpr int max_backup_reminder_days = 90;

struct DeviceSettings {
  Theme theme = Theme::Light;
  int text_size_percent = 100;
  // Schema version 2: exchange and backup.
  std::string device_id = {};           // random, made at first start: tells this device's changes apart
  std::int64_t last_export_at_ms = 0;   // last "everything" export (0: never)
  int backup_reminder_days = default_backup_reminder_days;
  bool operator==(const DeviceSettings&) const = default;
};

// Whole days since the last full export, and whether to remind (never exported counts as due).
int days_since_export(const DeviceSettings& s, std::int64_t now_ms);
bool backup_due(const DeviceSettings& s, std::int64_t now_ms);

// The next larger / smaller step (stays at the ends). A value between steps snaps to a step.
int larger_text_size(int percent);
int smaller_text_size(int percent);
bool is_text_size_step(int percent);

}  // namespace rots
