#pragma once
// Encryption at rest. Every stored record is sealed (XChaCha20-Poly1305) under one random data
// key; the data key is stored only wrapped under a key derived from the user's passphrase
// (Argon2id, as in the bundle format). Changing the passphrase re-wraps the data key and leaves
// the records alone. The layout is specified in docs/encryption-at-rest.md.
//
// Stored records look like "rots-sealed:1:<schema version>:<base64 of nonce + ciphertext>". The
// record's key and the schema version are the additional data: a sealed value moved under another
// key, or relabelled with another version, does not open.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "storage/crypto.hpp"
#include "storage/record_codec.hpp"  // DecodeError

namespace rots {

inline constexpr const char* keyring_record_key = "vault:keyring";
inline constexpr std::uint32_t keyring_format_version = 1;
// Key derivation for the passphrase: the bundle format's default (docs/bundle-format.md).
// Readers accept the bundle's caps, so a keyring cannot make unlocking allocate without bound.
inline constexpr KdfParams vault_kdf_min{1, 8 * 1024};
inline constexpr KdfParams vault_kdf_max{10, 256 * 1024};
extern const KdfParams vault_default_kdf;

// What is stored (in plain text) under keyring_record_key: how to derive the wrapping key, and
// the wrapped data key. It holds nothing about any case.
struct Keyring {
  std::uint32_t format = keyring_format_version;
  KdfParams kdf;
  std::array<std::uint8_t, kdf_salt_bytes> salt{};
  std::array<std::uint8_t, 24> nonce{};
  std::array<std::uint8_t, secret_key_bytes + 16> wrapped_key{};  // ciphertext + tag
  bool operator==(const Keyring&) const = default;
};

std::string encode_keyring(const Keyring& keyring);
std::variant<Keyring, DecodeError> decode_keyring(std::string_view text);

using DataKey = std::shared_ptr<const SecretKey>;

struct NewVault {
  Keyring keyring;
  DataKey key;
};
// A fresh random data key, wrapped under `passphrase`. Throws std::bad_alloc when the key
// derivation cannot get its memory.
NewVault create_vault(std::string_view passphrase, const KdfParams& kdf = vault_default_kdf);

enum class UnlockError {
  WrongPassphrase,  // the wrapped key does not open (or the keyring was changed)
  BadParameters,    // the keyring asks for a cost outside the caps
  OutOfMemory,      // the key derivation could not get its memory
};
std::variant<DataKey, UnlockError> unlock_vault(const Keyring& keyring, std::string_view passphrase);

// Runs the key derivation once at a small cost (1 pass, 8 MiB) on a throwaway input, while the
// passphrase is still being typed. In wasm the browser first runs quickly compiled code and
// optimises a function only once it has run a while: the unlock's own derivation then takes
// ~90 ms less (docs/BENCHMARKS.md). Costs ~20 ms; does nothing else. Never throws.
void prepare_unlock() noexcept;

// The same data key wrapped under a new passphrase (new salt): every record stays readable.
// Throws std::bad_alloc like create_vault.
Keyring rewrap_vault(const SecretKey& key, std::string_view new_passphrase, const KdfParams& kdf = vault_default_kdf);

bool is_sealed_record(std::string_view stored);
std::string seal_record(const SecretKey& key, std::string_view record_key, std::uint32_t schema_version,
                        std::string_view plaintext);
// The plaintext, or nullopt when the value is not a sealed record of this key, record key and
// the schema version it claims.
std::optional<std::string> open_record(const SecretKey& key, std::string_view record_key, std::string_view stored);

}  // namespace rots
