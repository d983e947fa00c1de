// How long bundle key derivation (Argon2id) takes, natively and in wasm under Node; the figures
// behind bundle_default_kdf (docs/bundle-format.md). Not part of the test run:
//   cmake --build build/native --target rots_kdf_bench && build/native/tests/rots_kdf_bench
//   cmake --build build/wasm --target rots_kdf_bench && node --no-experimental-fetch build/wasm/tests/rots_kdf_bench.js
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <vector>

#include "storage/bundle.hpp"
#include "storage/crypto.hpp"

namespace {

double derive_ms(const rots::KdfParams& params) {
  std::array<std::uint8_t, rots::kdf_salt_bytes> salt{};
  rots::random_bytes(salt);
  std::array<std::uint8_t, 32> key{};
  const auto start = std::chrono::steady_clock::now();
  if (rots::derive_key_argon2id("een zin als wachtwoord", salt, params, key) != rots::KdfStatus::Ok) return -1;
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main() {
  const std::vector<rots::KdfParams> candidates{{2, 32 * 1024}, {3, 32 * 1024}, {2, 64 * 1024}, {3, 64 * 1024},
                                                {4, 64 * 1024}, {2, 128 * 1024}, {3, 128 * 1024}, {1, 256 * 1024}};
  derive_ms({1, 64 * 1024});  // warm-up: grows the wasm heap once, as the first export in the app would
  std::printf("ops  memory   median of 5 (ms)\n");
  for (const auto& p : candidates) {
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) runs.push_back(derive_ms(p));
    std::sort(runs.begin(), runs.end());
    std::printf("%3u  %4u MiB  %8.0f%s\n", p.ops, p.memory_kib / 1024, runs[2],
                p == rots::bundle_default_kdf ? "   <- default" : "");
  }
}
