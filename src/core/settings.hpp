#pragma once
// Per-device display settings. The text size replaces the browser's pinch zoom (which a
// canvas app must disable), in steps up to 200 %.
#include <array>

namespace rots {

enum class Theme { Light, Dark };

inline constexpr std::array<int, 7> text_size_steps = {85, 100, 115, 130, 150, 175, 200};

struct DeviceSettings {
  Theme theme = Theme::Light;
  int text_size_percent = 100;
  bool operator==(const DeviceSettings&) const = default;
};

// The next larger / smaller step (stays at the ends). A value between steps snaps to a step.
int larger_text_size(int percent);
int smaller_text_size(int percent);
bool is_text_size_step(int percent);

}  // namespace rots
