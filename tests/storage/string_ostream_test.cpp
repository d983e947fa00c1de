#include <doctest/doctest.h>

#include <string>

#include "storage/string_ostream.hpp"

using rots::StringOStream;

TEST_CASE("string stream: everything written is handed over, across every growth of its buffer") {
  std::string expected;
  StringOStream out(1);
  for (int i = 0; i < 20000; ++i) {
    const std::string piece = std::to_string(i) + (i % 7 == 0 ? "é\n" : ",");
    out << piece;
    out.put('x');
    expected += piece + 'x';
  }
  CHECK(out.good());
  const std::string text = std::move(out).take();
  CHECK(text.size() == expected.size());
  CHECK(text == expected);
}

TEST_CASE("string stream: nothing written is an empty text, and a taken stream refuses more") {
  StringOStream out;
  CHECK(std::string(std::move(out).take()).empty());
  out.put('a');
  CHECK(out.bad());
}
