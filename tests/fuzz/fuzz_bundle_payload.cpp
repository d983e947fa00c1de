// libFuzzer target: the decrypted bundle payload parser (parse_bundle_payload): manifest
// and records, no cryptography, then the importer's decoding of each record (records_of).
// The checks live in fuzz_entries.cpp, shared with the regression test.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto outcome = rots::fuzz::run_bundle_payload({reinterpret_cast<const char*>(data), size});
  if (!outcome.violation.empty()) {
    std::fprintf(stderr, "fuzz_bundle_payload: %s\n", outcome.violation.c_str());
    std::abort();
  }
  return 0;
}
