// Known answers for the cryptography that bundles (and later encryption at rest) rely on. The
// expected bytes come from tools/bundle_reference.py, which computes them WITHOUT libsodium:
// Argon2id from argon2-cffi (the reference implementation libargon2), ChaCha20 and Poly1305 from
// OpenSSL (python3-cryptography), BLAKE2b from Python's hashlib. The native and the wasm test
// binaries both check them, so both builds are shown to compute the same, correct bytes.
#include <doctest/doctest.h>
#include <sodium.h>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "storage/crypto.hpp"

using namespace rots;

namespace {

std::vector<std::uint8_t> bytes_of(std::string_view text) { return {text.begin(), text.end()}; }

std::vector<std::uint8_t> from_hex(std::string_view hex) {
  std::vector<std::uint8_t> out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

const std::string kat_passphrase = "Zo\xc3\xab's sleutel";  // "Zoë's sleutel", UTF-8
const std::array<std::uint8_t, kdf_salt_bytes> kat_salt = [] {
  std::array<std::uint8_t, kdf_salt_bytes> salt{};
  const std::string_view text = "rots-kat-salt-16";
  std::copy(text.begin(), text.end(), salt.begin());
  return salt;
}();

std::string argon2id_hex(std::string_view passphrase, KdfParams params) {
  std::array<std::uint8_t, 32> key{};
  REQUIRE(derive_key_argon2id(passphrase, kat_salt, params, key) == KdfStatus::Ok);
  return to_hex(key);
}

}  // namespace

TEST_SUITE("crypto") {

TEST_CASE("Argon2id gives the reference implementation's keys") {
  CHECK(argon2id_hex(kat_passphrase, {1, 8192}) == "51457d1255758e8bcaa328c37bd53ed1b2e11ca70ef2e1d6708fa35cd0d05854");
  CHECK(argon2id_hex(kat_passphrase, {3, 12288}) == "156e1b58f09b25eff1fdb2094324678c7e90460d1be91d2cc6feceee46e4ea89");
  CHECK(argon2id_hex("", {2, 9216}) == "c72d1dd89fd185ddf96029b07156e91fc52b1b9e6a45071690f1a3dec32e682f");
}

TEST_CASE("secretstream (XChaCha20-Poly1305) chunks are the bytes of the construction computed with OpenSSL") {
  std::array<std::uint8_t, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
  for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<std::uint8_t>(i);
  std::array<std::uint8_t, crypto_secretstream_xchacha20poly1305_HEADERBYTES> header{};
  for (std::size_t i = 0; i < header.size(); ++i) header[i] = static_cast<std::uint8_t>(0xa0 + i);
  const auto ad = bytes_of("ROTSBNDL header stand-in");
  struct Chunk {
    std::vector<std::uint8_t> message;
    unsigned char tag;
    const char* sealed_hex;
  };
  const std::vector<Chunk> chunks{
      {bytes_of("Eerste stuk: Zo\xc3\xab"), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
       "355a29310ea6ad2a6a3aeb5b64c3255963cfdd4330c75753fd08857f291a788a334e"},
      {{}, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, "2d86337751274f3640ad3750a60f953cab"},
      {std::vector<std::uint8_t>(100, 'x'), crypto_secretstream_xchacha20poly1305_TAG_FINAL,
       "c0198fe960e744d95303cd8361e4dda125b66cc8589e0d9f160a9fb9c8e4e4e36ad6b0d719fe44d022b8e4326b59ae9417685bceb19a3"
       "2dea415309a0cc328e564718c51ae42b34a7438d91ecd0a9e1cd756eea13e50aa979a75d7d02dc9e183032307c54a4c9c8f9b04f7c0"
       "f607e4fff590bfd3bc"},
  };
  REQUIRE(sodium_init() >= 0);

  SUBCASE("sealing") {
    // init_push is init_pull after drawing a random header: with this fixed header the pushed
    // chunks are what a writer that drew it would produce.
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data(), key.data());
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      CAPTURE(i);
      std::vector<std::uint8_t> out(chunks[i].message.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
      crypto_secretstream_xchacha20poly1305_push(&state, out.data(), nullptr, chunks[i].message.data(),
                                                 chunks[i].message.size(), i == 0 ? ad.data() : nullptr,
                                                 i == 0 ? ad.size() : 0, chunks[i].tag);
      CHECK(to_hex(out) == chunks[i].sealed_hex);
    }
  }
  SUBCASE("opening") {
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data(), key.data());
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      CAPTURE(i);
      const auto sealed = from_hex(chunks[i].sealed_hex);
      std::vector<std::uint8_t> message(sealed.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
      unsigned char tag = 0xff;
      REQUIRE(crypto_secretstream_xchacha20poly1305_pull(&state, message.data(), nullptr, &tag, sealed.data(),
                                                         sealed.size(), i == 0 ? ad.data() : nullptr,
                                                         i == 0 ? ad.size() : 0) == 0);
      CHECK(message == chunks[i].message);
      CHECK(tag == chunks[i].tag);
    }
  }
}

TEST_CASE("BLAKE2b-256 is hashlib's blake2b(digest_size=32), not a truncated BLAKE2b-512") {
  CHECK(blake2b_256_hex("") == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  CHECK(blake2b_256_hex(kat_passphrase) == "d55bbeddc32aa2c7ef6fdc513aab3e8e967f41ac6f72738f73c1e7b00e8ebdf0");
}

TEST_CASE("both builds run libsodium 1.0.18") { CHECK(crypto_library_version() == "1.0.18"); }

TEST_CASE("random bytes look random: every call differs, and 4 KiB use nearly every byte value") {
  std::array<std::uint8_t, 32> a{}, b{};
  random_bytes(a);
  random_bytes(b);
  CHECK(a != b);
  CHECK(a != std::array<std::uint8_t, 32>{});
  std::vector<std::uint8_t> many(4096);
  random_bytes(many);
  const std::set<std::uint8_t> values(many.begin(), many.end());
  CHECK(values.size() > 240);  // a uniform source misses none of 256 values (expected ~256)
}

TEST_CASE("Argon2id refuses what libsodium cannot run, and leaves a zeroed key") {
  std::array<std::uint8_t, 32> key;
  key.fill(0x55);
  CHECK(derive_key_argon2id("x", kat_salt, {0, 8192}, key) == KdfStatus::InvalidParameters);
  CHECK(key == std::array<std::uint8_t, 32>{});
  key.fill(0x55);
  CHECK(derive_key_argon2id("x", kat_salt, {1, 7}, key) == KdfStatus::InvalidParameters);  // under 8 KiB
  CHECK(key == std::array<std::uint8_t, 32>{});
  std::array<std::uint8_t, 8> short_key{};
  CHECK_THROWS_AS(derive_key_argon2id("x", kat_salt, {1, 8192}, short_key), std::invalid_argument);
}

TEST_CASE("Argon2id runs at the bundle reader's memory cap (256 MiB), also within wasm's 1 GiB") {
  std::array<std::uint8_t, 32> key{};
  CHECK(derive_key_argon2id(kat_passphrase, kat_salt, {1, 256 * 1024}, key) == KdfStatus::Ok);
  CHECK(key != std::array<std::uint8_t, 32>{});
}

#ifdef __EMSCRIPTEN__
// Natively, 2 GiB would simply be allocated; in wasm the heap cannot grow past -sMAXIMUM_MEMORY
// (1 GiB), and with -sABORTING_MALLOC=0 the failed allocation must come back as an error.
TEST_CASE("Argon2id without the memory it needs reports OutOfMemory (wasm: heap capped at 1 GiB)") {
  std::array<std::uint8_t, 32> key{};
  CHECK(derive_key_argon2id(kat_passphrase, kat_salt, {1, 2u << 20}, key) == KdfStatus::OutOfMemory);
  CHECK(derive_key_argon2id(kat_passphrase, kat_salt, {1, 8192}, key) == KdfStatus::Ok);  // and it recovers
}
#endif

TEST_CASE("secure_wipe zeroes buffers and empties strings") {
  std::array<std::uint8_t, 16> buffer;
  buffer.fill(0xee);
  secure_wipe(buffer.data(), buffer.size());
  CHECK(buffer == std::array<std::uint8_t, 16>{});
  std::string text = "geheime sleutel die lang genoeg is om op de heap te staan";
  secure_wipe(text);
  CHECK(text.empty());
}

TEST_CASE("to_hex writes two lowercase digits per byte") {
  const std::array<std::uint8_t, 4> bytes{0x00, 0x0f, 0xab, 0xff};
  CHECK(to_hex(bytes) == "000fabff");
  CHECK(to_hex(std::span<const std::uint8_t>{}) == "");
}

}  // TEST_SUITE
