#pragma once
// Forced into every C++ translation unit (CMake: -include) so that no file can include
// rapidjson with its default configuration before cereal does.
//  - RAPIDJSON_ASSERT throws: with the default, malformed input aborts (debug) or is undefined
//    behaviour (NDEBUG) instead of producing a catchable error.
//  - The iterative parser keeps deep nesting ("[[[[...") on the heap, not the (small) wasm stack.
//  - Numbers are parsed at normal precision: rapidjson 1.1.0's full-precision path calls
//    __builtin_clzll(0) for a zero significand with a large exponent ("0e99", found by
//    fuzz_record), which is undefined behaviour. The stored format has no floating-point
//    fields, so the extra precision bought nothing.
#include <stdexcept>

namespace rots {
struct JsonAssertionFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};
}  // namespace rots

#define RAPIDJSON_ASSERT_THROWS
#define RAPIDJSON_ASSERT(x) \
  if (!(x)) { throw ::rots::JsonAssertionFailure("rapidjson assertion failed: " #x); }
#define RAPIDJSON_PARSE_DEFAULT_FLAGS kParseIterativeFlag
// cereal's own choice (cereal/archives/json.hpp sets it unless set): here because
// json_streams.hpp includes rapidjson's writer before cereal can.
#define RAPIDJSON_WRITE_DEFAULT_FLAGS kWriteNanAndInfFlag

#include "json_streams.hpp"  // beside this file: it is forced in with -include
