#include "core/settings.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace rots {

int larger_text_size(int percent) {
  for (int step : text_size_steps)
    if (step > percent) return step;
  return text_size_steps.back();
}

int smaller_text_size(int percent) {
  for (auto it = text_size_steps.rbegin(); it != text_size_steps.rend(); ++it)
    if (*it < percent) return *it;
  return text_size_steps.front();
}

bool is_text_size_step(int percent) {
  return std::find(text_size_steps.begin(), text_size_steps.end(), percent) != text_size_steps.end();
}

std::optional<ValidationCode> validate_user_name(std::string_view name) {
  if (!is_valid_utf8(name) || name.find_first_of("\r\n\t") != std::string_view::npos) return ValidationCode::InvalidText;
  if (name.find_first_not_of(' ') == std::string_view::npos) return ValidationCode::Required;
  if (utf8_length(name) > max_user_name_length) return ValidationCode::TooLong;
  return std::nullopt;
}

int days_since_export(const DeviceSettings& s, std::int64_t now_ms) {
  constexpr std::int64_t day_ms = 24LL * 60 * 60 * 1000;
  if (s.last_export_at_ms <= 0 || now_ms < s.last_export_at_ms) return 0;
  return static_cast<int>((now_ms - s.last_export_at_ms) / day_ms);
}

bool backup_due(const DeviceSettings& s, std::int64_t now_ms) {
  return s.last_export_at_ms <= 0 || days_since_export(s, now_ms) >= s.backup_reminder_days;
}

}  // namespace rots
