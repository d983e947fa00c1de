#include "storage/crypto.hpp"

#include <sodium.h>

#include <stdexcept>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace rots {
namespace {

// In wasm, libsodium 1.0.18 takes every random byte from JavaScript (randombytes.c,
// Module.getRandomValue). Left alone it looks for `window.crypto` or `self.crypto` and else
// falls back to Node's require('crypto'), so under Node it would use another source than in the
// browser. Web Crypto's getRandomValues is on globalThis in browsers, workers and Node >= 19:
// give libsodium that before sodium_init looks. Where it is missing, libsodium's search applies.
void use_web_crypto_random() {
#ifdef __EMSCRIPTEN__
  EM_ASM({
    if (Module.getRandomValue === undefined && typeof globalThis.crypto === 'object' &&
        typeof globalThis.crypto.getRandomValues === 'function') {
      Module.getRandomValue = function() {
        var word = new Uint32Array(1);
        globalThis.crypto.getRandomValues(word);
        return word[0] >>> 0;
      };
    }
  });
#endif
}

void ensure_sodium() {
  static const bool ready = [] {
    use_web_crypto_random();
    return sodium_init() >= 0;
  }();
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

bool within_libsodium_limits(std::string_view passphrase, const KdfParams& params) {
  const unsigned long long memlimit = static_cast<unsigned long long>(params.memory_kib) * 1024u;
  return params.ops >= crypto_pwhash_argon2id_OPSLIMIT_MIN && params.ops <= crypto_pwhash_argon2id_OPSLIMIT_MAX &&
         memlimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memlimit <= crypto_pwhash_argon2id_MEMLIMIT_MAX &&
         passphrase.size() <= crypto_pwhash_argon2id_PASSWD_MAX;
}

}  // namespace

SecretKey::~SecretKey() { secure_wipe(bytes, sizeof bytes); }

void secure_wipe(void* data, std::size_t size) { sodium_memzero(data, size); }

void secure_wipe(std::string& text) {
  text.resize(text.capacity());  // the whole buffer, not only what is in use now
  sodium_memzero(text.data(), text.size());
  text.clear();
}

void random_bytes(std::span<std::uint8_t> out) {
  ensure_sodium();
  randombytes_buf(out.data(), out.size());
}

KdfStatus derive_key_argon2id(std::string_view passphrase, std::span<const std::uint8_t, kdf_salt_bytes> salt,
                              const KdfParams& params, std::span<std::uint8_t> key) {
  if (key.size() < crypto_pwhash_argon2id_BYTES_MIN || key.size() > crypto_pwhash_argon2id_BYTES_MAX)
    throw std::invalid_argument("Argon2id key length out of range");
  ensure_sodium();
  if (!within_libsodium_limits(passphrase, params)) {
    sodium_memzero(key.data(), key.size());
    return KdfStatus::InvalidParameters;
  }
  const char* text = passphrase.empty() ? "" : passphrase.data();
  const int rc = crypto_pwhash_argon2id(key.data(), key.size(), text, passphrase.size(), salt.data(), params.ops,
                                        static_cast<std::size_t>(params.memory_kib) * 1024u,
                                        crypto_pwhash_argon2id_ALG_ARGON2ID13);
  // Every input was checked above: what is left to fail is getting the memory.
  return rc == 0 ? KdfStatus::Ok : KdfStatus::OutOfMemory;
}

std::string blake2b_256_hex(std::string_view bytes) {
  ensure_sodium();
  std::uint8_t digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                     nullptr, 0);
  return to_hex(digest);
}

std::string to_hex(std::span<const std::uint8_t> bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (std::uint8_t b : bytes) {
    out += digits[b >> 4];
    out += digits[b & 0xf];
  }
  return out;
}

std::string_view crypto_library_version() { return sodium_version_string(); }

}  // namespace rots
