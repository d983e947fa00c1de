#include "fuzz_entries.hpp"

#include <variant>

namespace rots::fuzz {
namespace {

// Decodes `bytes`; when that succeeds, checks the value survives encode → decode unchanged
// (a value the decoder accepts but the encoder cannot reproduce would be lost on the next save).
template <class T, class Decode, class Encode>
std::optional<DecodeErrorCode> check_decoder(std::string_view what, std::string_view bytes, Decode decode,
                                             Encode encode, std::string& violation) {
  auto decoded = decode(bytes);
  if (auto* error = std::get_if<DecodeError>(&decoded)) {
    if (error->detail.empty()) violation += std::string(what) + ": rejected without a detail; ";
    return error->code;
  }
  const T& value = std::get<T>(decoded);
  auto again = decode(encode(value));
  if (auto* error = std::get_if<DecodeError>(&again))
    violation += std::string(what) + ": its own encoding is rejected (" + error->detail + "); ";
  else if (!(std::get<T>(again) == value))
    violation += std::string(what) + ": encode then decode changes the value; ";
  return std::nullopt;
}

}  // namespace

RecordOutcome run_record(std::string_view bytes) {
  RecordOutcome out;
  out.case_error = check_decoder<Case>("case", bytes, decode_case, encode_case, out.violation);
  out.settings_error =
      check_decoder<DeviceSettings>("settings", bytes, decode_settings, encode_settings, out.violation);
  return out;
}

std::string_view error_code_name(DecodeErrorCode code) {
  switch (code) {
    case DecodeErrorCode::TooLarge: return "toolarge";
    case DecodeErrorCode::NotJson: return "notjson";
    case DecodeErrorCode::WrongShape: return "wrongshape";
    case DecodeErrorCode::InvalidValue: return "invalidvalue";
    case DecodeErrorCode::UnsupportedVersion: return "unsupported";
  }
  return "unknown";
}

}  // namespace rots::fuzz
