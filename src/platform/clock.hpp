#pragma once
#include <cstdint>

#include "core/date.hpp"

namespace rots {
// Local calendar day and Unix milliseconds, from the system (browser: the device clock).
Date local_today();
std::int64_t unix_time_ms();
}  // namespace rots
