#pragma once
// The little cryptography storage needs, on libsodium 1.0.18 (the same version and code natively
// and in wasm, see cmake/sodium.cmake). Case bundles use it; encryption at rest will too.
// libsodium is initialised on first use: callers never call sodium_init themselves.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace rots {

// Argon2id cost (libsodium's crypto_pwhash, one lane, Argon2 version 1.3).
struct KdfParams {
  std::uint32_t ops = 0;         // passes over the memory (libsodium's opslimit)
  std::uint32_t memory_kib = 0;  // memory in KiB (libsodium's memlimit / 1024)
  bool operator==(const KdfParams&) const = default;
};

inline constexpr std::size_t secret_key_bytes = 32;
inline constexpr std::size_t kdf_salt_bytes = 16;

// A symmetric key that wipes itself when it goes out of scope. Not copyable, so no stray copy
// of the key stays behind in memory.
struct SecretKey {
  std::uint8_t bytes[secret_key_bytes] = {};
  SecretKey() = default;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  ~SecretKey();
};

// Overwrites memory in a way the compiler may not optimise away (sodium_memzero).
void secure_wipe(void* data, std::size_t size);
void secure_wipe(std::string& text);  // its characters, then clears it

// Bytes from the system's secure random source (crypto.getRandomValues in the browser and Node).
void random_bytes(std::span<std::uint8_t> out);

enum class KdfStatus {
  Ok,
  InvalidParameters,  // below libsodium's minimum (1 pass, 8 KiB) or above what this platform can address
  OutOfMemory,        // the memory could not be allocated
};

// Argon2id(passphrase, salt) with the given cost. `key` must be 16..64 bytes long; it is zeroed
// unless the result is Ok. Takes long on purpose: callers cap the parameters first.
KdfStatus derive_key_argon2id(std::string_view passphrase, std::span<const std::uint8_t, kdf_salt_bytes> salt,
                              const KdfParams& params, std::span<std::uint8_t> key);

// BLAKE2b with a 32-byte digest (not a truncated BLAKE2b-512), as 64 lowercase hex digits.
std::string blake2b_256_hex(std::string_view bytes);

std::string to_hex(std::span<const std::uint8_t> bytes);  // lowercase

// The libsodium version in use ("1.0.18"), for the tests and diagnostics.
std::string_view crypto_library_version();

}  // namespace rots
