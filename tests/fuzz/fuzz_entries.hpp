#pragma once
// What each fuzz target does with one input, shared by the libFuzzer targets (tests/fuzz/
// fuzz_*.cpp) and the regression test that replays the committed inputs in every build
// (tests/storage/fuzz_regression_test.cpp), so both check exactly the same promises.
//
// Beyond "does not crash", each entry checks what the decoder promises its callers; a broken
// promise is a `violation` (the fuzz target aborts on it, so libFuzzer keeps the input):
//  - a rejected input comes with an error detail (shown in logs and the quarantine report);
//  - an accepted input is stable: encoding it and decoding that gives the same value back.
#include <optional>
#include <string>
#include <string_view>

#include "storage/record_codec.hpp"

namespace rots::fuzz {

// fuzz_record: the same bytes offered as a stored case and as stored device settings.
struct RecordOutcome {
  std::optional<DecodeErrorCode> case_error;      // nullopt: decoded as a case
  std::optional<DecodeErrorCode> settings_error;  // nullopt: decoded as settings
  std::string violation;                          // empty: every promise held
};
RecordOutcome run_record(std::string_view bytes);

std::string_view error_code_name(DecodeErrorCode code);

}  // namespace rots::fuzz
