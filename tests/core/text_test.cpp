#include <doctest/doctest.h>

#include "core/text.hpp"

using namespace rots;

TEST_CASE("length counts characters, so accented names are not cut short") {
  CHECK(utf8_length("Zoë") == 3);
  CHECK(utf8_length("één") == 3);
  CHECK(utf8_length("€") == 1);
  CHECK(utf8_length("") == 0);
}

TEST_CASE("invalid UTF-8 is recognised") {
  CHECK(is_valid_utf8("Zoë — één"));
  CHECK_FALSE(is_valid_utf8("Zo\xeb"));          // Latin-1 byte, not UTF-8
  CHECK_FALSE(is_valid_utf8("\xc3"));            // truncated sequence
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));        // overlong
}

TEST_CASE("trim removes surrounding white space only") {
  CHECK(trim_spaces("  Zoë  ") == "Zoë");
  CHECK(trim_spaces("\t\n") == "");
  CHECK(trim_spaces("A B") == "A B");
}
