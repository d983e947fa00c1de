#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/settings.hpp"

using namespace rots;

TEST_CASE("text size steps up to 200 % and down to 85 %, and stays at the ends") {
  CHECK(larger_text_size(100) == 115);
  CHECK(larger_text_size(175) == 200);
  CHECK(larger_text_size(200) == 200);
  CHECK(smaller_text_size(100) == 85);
  CHECK(smaller_text_size(85) == 85);
  CHECK(larger_text_size(120) == 130);  // between steps: snaps to the next one
  CHECK(is_text_size_step(150));
  CHECK_FALSE(is_text_size_step(120));
}

TEST_CASE("the device user's name is required, one line, at most 60 characters") {
  CHECK_FALSE(validate_user_name("Sara (CLB Gent)"));
  CHECK_FALSE(validate_user_name("Anaïs Van den Broeck"));
  CHECK(validate_user_name("") == ValidationCode::Required);
  CHECK(validate_user_name("   ") == ValidationCode::Required);
  CHECK(validate_user_name("Sara\nCLB") == ValidationCode::InvalidText);
  CHECK(validate_user_name(std::string(60, 'a')) == std::nullopt);
  CHECK(validate_user_name(std::string(61, 'a')) == ValidationCode::TooLong);
  std::string accents;
  for (int i = 0; i < 60; ++i) accents += "é";  // 60 characters, 120 bytes: characters count
  CHECK_FALSE(validate_user_name(accents));
}

TEST_CASE("a new device locks after 10 idle minutes and keeps closed cases 12 months") {
  const DeviceSettings s;
  CHECK(s.auto_lock_minutes == 10);
  CHECK(s.retention_months == 12);
  CHECK(std::find(auto_lock_minute_steps.begin(), auto_lock_minute_steps.end(), s.auto_lock_minutes) !=
        auto_lock_minute_steps.end());
}
