// The nesting pre-scan that runs before cereal (and the fuzz targets) see untrusted JSON.
#include <doctest/doctest.h>

#include <string>

#include "storage/json_depth.hpp"

using namespace rots;

TEST_SUITE("json nesting depth") {

TEST_CASE("counts arrays and objects, and only deeper than the cap is too deep") {
  CHECK_FALSE(json_nesting_depth_exceeds("", 0));
  CHECK_FALSE(json_nesting_depth_exceeds("42", 0));
  CHECK(json_nesting_depth_exceeds("[]", 0));
  CHECK_FALSE(json_nesting_depth_exceeds("[[1]]", 2));
  CHECK(json_nesting_depth_exceeds("[[1]]", 1));
  CHECK_FALSE(json_nesting_depth_exceeds(R"({"a": {"b": [1, {"c": 2}]}})", 4));
  CHECK(json_nesting_depth_exceeds(R"({"a": {"b": [1, {"c": 2}]}})", 3));
  CHECK_FALSE(json_nesting_depth_exceeds("[][][][][]", 1));  // siblings do not add up
}

TEST_CASE("brackets inside strings do not count, escaped quotes do not end the string") {
  CHECK_FALSE(json_nesting_depth_exceeds(R"(["[[[[{{{{"])", 1));
  CHECK_FALSE(json_nesting_depth_exceeds(R"(["a \" [[[[ \" {{{{"])", 1));
  CHECK_FALSE(json_nesting_depth_exceeds(R"(["ends in a backslash \\", "[[[["])", 1));
  CHECK(json_nesting_depth_exceeds(R"(["\\"[[)", 2));  // the string ends after \\, the brackets count
}

TEST_CASE("survives hostile input: 100,000 levels, unbalanced closers, an unterminated string") {
  CHECK(json_nesting_depth_exceeds(std::string(100000, '['), 32));
  CHECK(json_nesting_depth_exceeds(std::string(100000, '{'), 32));
  CHECK_FALSE(json_nesting_depth_exceeds(std::string(100000, ']') + "[[", 2));  // closers never go below 0
  CHECK_FALSE(json_nesting_depth_exceeds("\"" + std::string(1000, '['), 1));
  CHECK_FALSE(json_nesting_depth_exceeds("\"\\", 0));  // a backslash as the last byte
}

}  // TEST_SUITE
