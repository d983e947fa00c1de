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

// Long ASCII runs are checked eight bytes at a time: a bad or a good sequence is found at every
// place in and between those words, and at the end.
TEST_CASE("invalid UTF-8 is recognised anywhere in long text") {
  const std::string ascii(40, 'a');
  for (std::size_t at = 0; at <= ascii.size(); ++at) {
    INFO("at byte ", at);
    std::string latin1 = ascii, truncated = ascii, good = ascii;
    latin1.insert(at, "\xeb");
    truncated.insert(at, "\xc3");
    good.insert(at, "\xc3\xab");  // ë
    CHECK_FALSE(is_valid_utf8(latin1));
    CHECK_FALSE(is_valid_utf8(truncated.substr(0, at + 1)));
    CHECK(is_valid_utf8(good));
    CHECK_FALSE(is_valid_utf8_without_nul(latin1));
    CHECK_FALSE(is_valid_utf8_without_nul(truncated.substr(0, at + 1)));
    CHECK(is_valid_utf8_without_nul(good));
  }
}

// A NUL byte is valid UTF-8, but a JSON parser stops reading at it: the check that refuses it
// too must find it at every place in and between the eight-byte words, also beside a character.
TEST_CASE("text with a NUL byte anywhere is refused by the check without NUL") {
  const std::string ascii(40, 'a');
  CHECK(is_valid_utf8_without_nul(ascii));
  for (std::size_t at = 0; at <= ascii.size(); ++at) {
    INFO("at byte ", at);
    std::string nul = ascii, after_e = ascii;
    nul.insert(at, 1, '\0');
    after_e.insert(at, std::string("\xc3\xab\0", 3));  // ë, then NUL
    CHECK(is_valid_utf8(nul));
    CHECK_FALSE(is_valid_utf8_without_nul(nul));
    CHECK_FALSE(is_valid_utf8_without_nul(nul.substr(0, at + 1)));
    CHECK_FALSE(is_valid_utf8_without_nul(after_e));
    std::string one_byte = ascii;  // every other byte below 0x80 is allowed
    for (int c = 1; c < 0x80; ++c) {
      one_byte[at % ascii.size()] = static_cast<char>(c);
      CHECK(is_valid_utf8_without_nul(one_byte));
    }
  }
}

TEST_CASE("trim removes surrounding white space only") {
  CHECK(trim_spaces("  Zoë  ") == "Zoë");
  CHECK(trim_spaces("\t\n") == "");
  CHECK(trim_spaces("A B") == "A B");
}

TEST_CASE("an excerpt of untrusted text for an error detail is one UTF-8 line of bounded length") {
  CHECK(excerpt("gent", 32) == "gent");
  CHECK(excerpt("a\nb\r\tc\x7f", 32) == "a\\x0Ab\\x0D\\x09c\\x7F");  // control characters escaped
  CHECK(excerpt(std::string("nul\0here", 8), 32) == "nul\\x00here");
  CHECK(excerpt("\xC3(", 32) == "\\xC3(");                          // an invalid byte escaped
  CHECK(excerpt("abcdef", 4) == "abcd…");
  CHECK(excerpt("abcé", 4) == "abc…");  // é is two bytes: never cut in half
  const std::string long_line(500, '\n');
  const std::string cut = excerpt(long_line, 48);
  CHECK(cut.size() <= 48 + std::string("…").size());
  CHECK(cut.find('\n') == std::string::npos);
  CHECK(is_valid_utf8(cut));
}
