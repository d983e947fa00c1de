#include "fuzz_entries.hpp"

#include <variant>

#include "core/text.hpp"
#include "storage/exchange.hpp"

namespace rots::fuzz {
namespace {

// An error detail is one line of UTF-8 text: it is logged, shown in the quarantine report and
// printed by rots-bundle, whatever bytes the input held.
std::optional<std::string> detail_problem(const std::string& detail) {
  if (detail.empty()) return "rejected without a detail";
  if (!is_valid_utf8(detail)) return "detail is not UTF-8";
  for (unsigned char c : detail)
    if (c < 0x20 || c == 0x7f) return "detail holds a control character: " + excerpt(detail, 80);
  return std::nullopt;
}

// Decodes `bytes`; when that succeeds, checks the value survives encode → decode unchanged
// (a value the decoder accepts but the encoder cannot reproduce would be lost on the next save).
template <class T, class Decode, class Encode>
std::optional<DecodeErrorCode> check_decoder(std::string_view what, std::string_view bytes, Decode decode,
                                             Encode encode, std::string& violation) {
  auto decoded = decode(bytes);
  if (auto* error = std::get_if<DecodeError>(&decoded)) {
    if (auto problem = detail_problem(error->detail)) violation += std::string(what) + ": " + *problem + "; ";
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

void check_detail(const BundleError& error, std::string& violation) {
  if (auto problem = detail_problem(error.detail)) violation += "bundle error: " + *problem + "; ";
}

// Accepted contents are what the writer would produce again: serializing them and parsing that
// gives the same manifest and records (nothing the parser accepts is lost on re-export).
void check_payload_round_trip(const BundleContents& contents, std::string& violation) {
  auto again = parse_bundle_payload(serialize_bundle_payload(contents));
  if (auto* error = std::get_if<BundleError>(&again)) {
    violation += "accepted payload does not survive serialize → parse: " + error->detail + "; ";
    return;
  }
  const BundleContents& second = std::get<BundleContents>(again);
  if (!(second.manifest == contents.manifest) || !(second.records == contents.records))
    violation += "serialize → parse changes accepted contents; ";
  if (contents.manifest.records.size() != contents.records.size())
    violation += "manifest and records differ in number; ";
}

BundleOutcome payload_outcome(const BundleResult<BundleContents>& parsed) {
  BundleOutcome out;
  if (auto* error = std::get_if<BundleError>(&parsed)) {
    out.error = error->code;
    check_detail(*error, out.violation);
    return out;
  }
  const BundleContents& contents = std::get<BundleContents>(parsed);
  check_payload_round_trip(contents, out.violation);
  // Then the importer's check of every record (decode_case, decode_service), as import_bundle
  // makes it: whether a record is one JSON object of the right shape is decided there.
  auto imported = records_of(contents);
  if (auto* error = std::get_if<BundleError>(&imported)) {
    out.error = error->code;
    check_detail(*error, out.violation);
  }
  return out;
}

}  // namespace

// Not a secret: printed by make_seeds (Argon2id("fuzz", the seeds' fixed salt, 1 pass, 8 MiB)).
const std::uint8_t bundle_file_key[32] = {0xea, 0xac, 0xc0, 0x60, 0x3a, 0x5b, 0x2a, 0x1e, 0x50, 0xf2, 0x9e,
                                          0x16, 0xb5, 0x93, 0x05, 0xa8, 0x91, 0x05, 0xd4, 0x5f, 0xbf, 0x71,
                                          0x91, 0xcf, 0x82, 0xa0, 0xa9, 0xa8, 0x4f, 0xa0, 0xd9, 0x04};

BundleOutcome run_bundle_payload(std::string_view bytes) { return payload_outcome(parse_bundle_payload(bytes)); }

BundleOutcome run_bundle_file(std::string_view bytes) {
  auto header = read_bundle_header(bytes);
  auto stream = open_bundle_stream(bytes, bundle_file_key);
  BundleOutcome out;
  if (auto* error = std::get_if<BundleError>(&header)) {
    check_detail(*error, out.violation);
    const auto* stream_error = std::get_if<BundleError>(&stream);
    if (!stream_error || stream_error->code != error->code)
      out.violation += "a file whose header is refused opens, or fails differently; ";
  }
  if (auto* error = std::get_if<BundleError>(&stream)) {
    out.error = error->code;
    check_detail(*error, out.violation);
    return out;
  }
  BundleOutcome payload = payload_outcome(parse_bundle_payload(std::get<std::string>(stream)));
  payload.violation = out.violation + payload.violation;
  return payload;
}

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

std::string_view error_code_name(BundleErrorCode code) {
  switch (code) {
    case BundleErrorCode::NotABundle: return "notabundle";
    case BundleErrorCode::UnsupportedVersion: return "unsupported";
    case BundleErrorCode::TooLarge: return "toolarge";
    case BundleErrorCode::BadParameters: return "badparameters";
    case BundleErrorCode::WrongPassphrase: return "wrongpassphrase";
    case BundleErrorCode::Damaged: return "damaged";
    case BundleErrorCode::Truncated: return "truncated";
    case BundleErrorCode::TrailingData: return "trailingdata";
    case BundleErrorCode::BadContents: return "badcontents";
    case BundleErrorCode::OutOfMemory: return "outofmemory";
  }
  return "unknown";
}

}  // namespace rots::fuzz
