#pragma once
// Per-device display settings. The text size replaces the browser's pinch zoom (which a
// canvas app must disable), in steps up to 200 %.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/case.hpp"

namespace rots {

enum class Theme { Light, Dark };

inline constexpr std::array<int, 7> text_size_steps = {85, 100, 115, 130, 150, 175, 200};

inline constexpr int default_backup_reminder_days = 7;
inline constexpr int max_backup_reminder_days = 90;

// Locking: after this many idle minutes (no touch, no key; a hidden tab counts as idle).
inline constexpr std::array<int, 5> auto_lock_minute_steps = {2, 5, 10, 15, 30};
inline constexpr int default_auto_lock_minutes = 10;
// Retention of closed cases, in months after closing (README: why 12).
inline constexpr std::array<int, 5> retention_month_steps = {6, 12, 18, 24, 36};
inline constexpr int default_retention_months = 12;
inline constexpr std::size_t max_user_name_length = 60;  // characters

struct DeviceSettings {
  Theme theme = Theme::Light;
  int text_size_percent = 100;
  // Schema version 2: exchange and backup.
  std::string device_id = {};           // random, made at first start: tells this device's changes apart
  std::int64_t last_export_at_ms = 0;   // last "everything" export (0: never)
  int backup_reminder_days = default_backup_reminder_days;
  // Schema version 3: the device user and the protection of the data at rest.
  std::string user_name = {};  // who works on this device: the history's "who" (set at first start)
  int auto_lock_minutes = default_auto_lock_minutes;
  int retention_months = default_retention_months;
  bool operator==(const DeviceSettings&) const = default;
};

// The device user's name (first start): required, one line, at most max_user_name_length.
// Returns nullopt when it is fine. (ValidationCode: core/case.hpp.)
std::optional<ValidationCode> validate_user_name(std::string_view name);

// Whole days since the last full export, and whether to remind (never exported counts as due).
int days_since_export(const DeviceSettings& s, std::int64_t now_ms);
bool backup_due(const DeviceSettings& s, std::int64_t now_ms);

// The next larger / smaller step (stays at the ends). A value between steps snaps to a step.
int larger_text_size(int percent);
int smaller_text_size(int percent);
bool is_text_size_step(int percent);

}  // namespace rots
