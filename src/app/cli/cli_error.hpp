#pragma once
// How rots-bundle fails: one line on stderr and an exit code scripts can rely on.
//   0 success · 1 a bad, damaged or hostile file (or a wrong passphrase) · 2 a usage error
#include <cstddef>
#include <string>
#include <string_view>

#include "storage/bundle.hpp"
#include "storage/record_codec.hpp"

namespace rots::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_bad_file = 1;
inline constexpr int exit_usage = 2;

struct CliError {
  int exit_code;
  std::string message;
};

[[noreturn]] void fail_file(std::string message);
[[noreturn]] void fail_usage(std::string message);

// "wrong passphrase, or the header was changed", …: what the code means to a user.
std::string_view describe(BundleErrorCode code);
std::string_view describe(DecodeErrorCode code);
[[noreturn]] void fail_bundle(std::string_view file, const BundleError& error);

// The message folded onto one line (control characters become spaces), at most `limit` bytes:
// details can quote bytes from a hostile file.
std::string one_line(std::string_view message, std::size_t limit = 400);

}  // namespace rots::cli
