#pragma once
// What each fuzz target does with one input, shared by the libFuzzer targets (tests/fuzz/
// fuzz_*.cpp) and the regression test that replays the committed inputs in every build
// (tests/storage/fuzz_regression_test.cpp), so both check exactly the same promises.
//
// Beyond "does not crash", each entry checks what the decoder promises its callers; a broken
// promise is a `violation` (the fuzz target aborts on it, so libFuzzer keeps the input):
//  - a rejected input comes with an error detail, one line of UTF-8 without control characters
//    (it is logged, shown in the quarantine report and printed by rots-bundle);
//  - an accepted input is stable: encoding it and decoding that gives the same value back.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "storage/bundle.hpp"
#include "storage/record_codec.hpp"

namespace rots::fuzz {

// fuzz_record: the same bytes offered as a stored case and as stored device settings.
struct RecordOutcome {
  std::optional<DecodeErrorCode> case_error;      // nullopt: decoded as a case
  std::optional<DecodeErrorCode> settings_error;  // nullopt: decoded as settings
  std::string violation;                          // empty: every promise held
};
RecordOutcome run_record(std::string_view bytes);

// fuzz_bundle_payload: the decrypted payload (manifest and records), no cryptography, then the
// importer's decoding of each record (records_of), as import_bundle reads a bundle.
// fuzz_bundle_file: a whole file, header and chunk stream opened with bundle_file_key (no
// Argon2id per input), then its payload as above.
struct BundleOutcome {
  std::optional<BundleErrorCode> error;  // nullopt: accepted
  std::string violation;                 // empty: every promise held
};
BundleOutcome run_bundle_payload(std::string_view bytes);
BundleOutcome run_bundle_file(std::string_view bytes);

// The key of the committed file seeds: Argon2id of bundle_seed_passphrase with the seeds' salt
// at bundle_kdf_min (tests/fuzz/generate/make_seeds.cpp makes them and checks this key).
inline constexpr const char* bundle_seed_passphrase = "fuzz";
extern const std::uint8_t bundle_file_key[32];

// Lowercase names used in seed file names: "notjson", "wrongpassphrase", ...
std::string_view error_code_name(DecodeErrorCode code);
std::string_view error_code_name(BundleErrorCode code);

}  // namespace rots::fuzz
