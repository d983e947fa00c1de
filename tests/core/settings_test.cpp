#include <doctest/doctest.h>

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
