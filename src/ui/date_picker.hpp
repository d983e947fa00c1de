#pragma once
#include <optional>

#include "core/date.hpp"

namespace rots::ui {
// A date shown as dd-mm-jjjj; a tap opens a month calendar with finger-sized days (weeks start
// on Monday, as in Belgium). Days after `latest` cannot be chosen. Returns true when changed.
bool date_field(const char* id, const char* label, Date& value, const Date& today,
                std::optional<Date> latest = std::nullopt, const char* error = nullptr);
}  // namespace rots::ui
