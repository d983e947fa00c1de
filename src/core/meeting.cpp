#include "core/meeting.hpp"

#include <cstdio>

namespace rots {

std::string format_time(int minute) {
  char buffer[8];
  const int clamped = minute < 0 ? 0 : minute % minutes_per_day;
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", clamped / 60, clamped % 60);
  return buffer;
}

}  // namespace rots
