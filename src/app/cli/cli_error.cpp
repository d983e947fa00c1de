#include "app/cli/cli_error.hpp"

#include <algorithm>

namespace rots::cli {

void fail_file(std::string message) { throw CliError{exit_bad_file, std::move(message)}; }
void fail_usage(std::string message) { throw CliError{exit_usage, std::move(message)}; }

std::string_view describe(BundleErrorCode code) {
  switch (code) {
    case BundleErrorCode::NotABundle: return "not a case bundle (.rotsbundle) file";
    case BundleErrorCode::UnsupportedVersion: return "made by a newer version of ROTS Werkmap";
    case BundleErrorCode::TooLarge: return "too large to be a case bundle";
    case BundleErrorCode::BadParameters: return "key derivation parameters outside the allowed limits";
    case BundleErrorCode::WrongPassphrase: return "wrong passphrase, or the header was changed";
    case BundleErrorCode::Damaged: return "damaged or tampered with";
    case BundleErrorCode::Truncated: return "incomplete: the file was cut off";
    case BundleErrorCode::TrailingData: return "unexpected data after the end of the bundle";
    case BundleErrorCode::BadContents: return "decrypted, but its contents are invalid";
    case BundleErrorCode::OutOfMemory: return "not enough memory to derive the key";
  }
  return "unreadable";
}

std::string_view describe(DecodeErrorCode code) {
  switch (code) {
    case DecodeErrorCode::TooLarge: return "record too large";
    case DecodeErrorCode::NotJson: return "not valid JSON";
    case DecodeErrorCode::WrongShape: return "not a case record";
    case DecodeErrorCode::InvalidValue: return "a field holds a value that is not allowed";
    case DecodeErrorCode::UnsupportedVersion: return "written by a newer version of ROTS Werkmap";
  }
  return "unreadable record";
}

void fail_bundle(std::string_view file, const BundleError& error) {
  std::string message = std::string(file) + ": " + std::string(describe(error.code));
  if (!error.detail.empty()) message += " (" + error.detail + ")";
  fail_file(std::move(message));
}

std::string one_line(std::string_view message, std::size_t limit) {
  std::string out;
  out.reserve(std::min(message.size(), limit));
  for (char ch : message) {
    if (out.size() >= limit) {
      out += "…";
      break;
    }
    const auto byte = static_cast<unsigned char>(ch);
    out += (byte < 0x20 || byte == 0x7f) ? ' ' : ch;
  }
  return out;
}

}  // namespace rots::cli
