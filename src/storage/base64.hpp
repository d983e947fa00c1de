#pragma once
// Base64 (RFC 4648, standard alphabet, '=' padding) decoding of sealed records. libsodium's
// sodium_base642bin is constant-time, which secrets need, but it spent a fifth of opening sealed
// cases (perf, docs/BENCHMARKS.md) on text that is ciphertext, public by design. This decoder
// is a table lookup, and as strict: only the canonical form sodium_bin2base64 writes is read.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace rots {

// The bytes of `text`, or nullopt unless it is canonical padded base64: a multiple of four
// characters from the alphabet, at most two '=' at the end only, and no bits set past the data.
std::optional<std::vector<std::uint8_t>> decode_base64(std::string_view text);

}  // namespace rots
