#include "storage/vault.hpp"

#include <rapidjson/document.h>
#include <sodium.h>

#include <charconv>
#include <exception>
#include <new>
#include <vector>

#include "storage/base64.hpp"

namespace rots {

// The bundle's measured default: about 0.3 s in the browser on this project's build machine.
const KdfParams vault_default_kdf{3, 64 * 1024};

namespace {

constexpr std::string_view sealed_prefix = "rots-sealed:1:";
constexpr std::string_view kdf_name = "argon2id13";
constexpr std::size_t nonce_bytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t tag_bytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
// base64 of a record at the codec's cap, plus nonce, tag and prefix: anything longer is refused unread.
constexpr std::size_t max_sealed_bytes = (max_record_bytes + nonce_bytes + tag_bytes) * 4 / 3 + 64;
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == secret_key_bytes);
static_assert(nonce_bytes == std::tuple_size_v<decltype(Keyring::nonce)>);

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

void append_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

// Binds the wrapped key to everything needed to unwrap it: a changed cost or salt fails like a
// wrong passphrase instead of deriving another key.
std::string keyring_additional_data(const Keyring& k) {
  std::string ad = "rots-keyring";
  append_u32(ad, k.format);
  append_u32(ad, k.kdf.ops);
  append_u32(ad, k.kdf.memory_kib);
  ad.append(reinterpret_cast<const char*>(k.salt.data()), k.salt.size());
  return ad;
}

std::string record_additional_data(std::string_view record_key, std::uint32_t schema_version) {
  std::string ad = "rots-record";
  ad += '\0';
  ad += record_key;
  ad += '\0';
  append_u32(ad, schema_version);
  return ad;
}

bool within_caps(const KdfParams& p) {
  return p.ops >= vault_kdf_min.ops && p.ops <= vault_kdf_max.ops && p.memory_kib >= vault_kdf_min.memory_kib &&
         p.memory_kib <= vault_kdf_max.memory_kib;
}

// The wrapping key from the passphrase; throws std::bad_alloc when Argon2id gets no memory.
void derive_wrapping_key(std::string_view passphrase, const Keyring& k, SecretKey& out) {
  const auto status = derive_key_argon2id(passphrase, k.salt, k.kdf, out.bytes);
  if (status == KdfStatus::OutOfMemory) throw std::bad_alloc();
  if (status != KdfStatus::Ok) throw std::invalid_argument("vault key derivation parameters");
}

Keyring wrap(const SecretKey& data_key, std::string_view passphrase, const KdfParams& kdf) {
  if (!within_caps(kdf)) throw std::invalid_argument("vault key derivation parameters outside the caps");
  Keyring k;
  k.kdf = kdf;
  random_bytes(k.salt);
  random_bytes(k.nonce);
  SecretKey wrapping;
  derive_wrapping_key(passphrase, k, wrapping);
  const std::string ad = keyring_additional_data(k);
  crypto_aead_xchacha20poly1305_ietf_encrypt(k.wrapped_key.data(), nullptr, data_key.bytes, sizeof data_key.bytes,
                                             bytes_of(ad), ad.size(), nullptr, k.nonce.data(), wrapping.bytes);
  return k;
}

template <std::size_t N>
bool hex_member(const rapidjson::Value& object, const char* name, std::array<std::uint8_t, N>& out) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsString() || it->value.GetStringLength() != 2 * N) return false;
  std::size_t written = 0;
  return sodium_hex2bin(out.data(), N, it->value.GetString(), 2 * N, nullptr, &written, nullptr) == 0 && written == N;
}

bool uint_member(const rapidjson::Value& object, const char* name, std::uint32_t& out) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsUint()) return false;
  out = it->value.GetUint();
  return true;
}

}  // namespace

std::string encode_keyring(const Keyring& k) {
  return "{\"keyring\":{\"format\":" + std::to_string(k.format) + ",\"kdf\":\"" + std::string(kdf_name) +
         "\",\"ops\":" + std::to_string(k.kdf.ops) + ",\"memory_kib\":" + std::to_string(k.kdf.memory_kib) +
         ",\"salt\":\"" + to_hex(k.salt) + "\",\"nonce\":\"" + to_hex(k.nonce) + "\",\"wrapped_key\":\"" +
         to_hex(k.wrapped_key) + "\"}}";
}

std::variant<Keyring, DecodeError> decode_keyring(std::string_view text) {
  if (text.size() > 4096) return DecodeError{DecodeErrorCode::TooLarge, std::to_string(text.size()) + " bytes"};
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError() || !doc.IsObject()) return DecodeError{DecodeErrorCode::NotJson, "keyring is not a JSON object"};
  if (!doc.HasMember("keyring") || !doc["keyring"].IsObject())
    return DecodeError{DecodeErrorCode::WrongShape, "expected an object with member 'keyring'"};
  const rapidjson::Value& o = doc["keyring"];
  Keyring k;
  if (!uint_member(o, "format", k.format)) return DecodeError{DecodeErrorCode::WrongShape, "keyring format"};
  if (k.format > keyring_format_version)
    return DecodeError{DecodeErrorCode::UnsupportedVersion, "keyring format " + std::to_string(k.format)};
  auto kdf = o.FindMember("kdf");
  if (kdf == o.MemberEnd() || !kdf->value.IsString() || std::string_view(kdf->value.GetString()) != kdf_name)
    return DecodeError{DecodeErrorCode::UnsupportedVersion, "unknown key derivation"};
  if (!uint_member(o, "ops", k.kdf.ops) || !uint_member(o, "memory_kib", k.kdf.memory_kib) ||
      !hex_member(o, "salt", k.salt) || !hex_member(o, "nonce", k.nonce) || !hex_member(o, "wrapped_key", k.wrapped_key))
    return DecodeError{DecodeErrorCode::WrongShape, "keyring field missing or malformed"};
  return k;
}

NewVault create_vault(std::string_view passphrase, const KdfParams& kdf) {
  auto key = std::make_shared<SecretKey>();
  random_bytes(key->bytes);
  Keyring keyring = wrap(*key, passphrase, kdf);
  return {keyring, std::move(key)};
}

std::variant<DataKey, UnlockError> unlock_vault(const Keyring& k, std::string_view passphrase) {
  if (!within_caps(k.kdf)) return UnlockError::BadParameters;
  SecretKey wrapping;
  try {
    derive_wrapping_key(passphrase, k, wrapping);
  } catch (const std::bad_alloc&) {
    return UnlockError::OutOfMemory;
  }
  auto key = std::make_shared<SecretKey>();
  const std::string ad = keyring_additional_data(k);
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(key->bytes, &length, nullptr, k.wrapped_key.data(),
                                                 k.wrapped_key.size(), bytes_of(ad), ad.size(), k.nonce.data(),
                                                 wrapping.bytes) != 0 ||
      length != secret_key_bytes)
    return UnlockError::WrongPassphrase;
  return DataKey(std::move(key));
}

void prepare_unlock() noexcept {
  const std::array<std::uint8_t, kdf_salt_bytes> salt{};
  std::array<std::uint8_t, 32> out{};
  try {
    derive_key_argon2id("", salt, KdfParams{1, 8 * 1024}, out);  // out of memory: the unlock will say so
  } catch (const std::exception&) {
    // libsodium could not start: the unlock reports it
  }
}

Keyring rewrap_vault(const SecretKey& key, std::string_view new_passphrase, const KdfParams& kdf) {
  return wrap(key, new_passphrase, kdf);
}

bool is_sealed_record(std::string_view stored) { return stored.substr(0, sealed_prefix.size()) == sealed_prefix; }

std::string seal_record(const SecretKey& key, std::string_view record_key, std::uint32_t schema_version,
                        std::string_view plaintext) {
  std::vector<std::uint8_t> box(nonce_bytes + plaintext.size() + tag_bytes);
  random_bytes(std::span(box.data(), nonce_bytes));
  const std::string ad = record_additional_data(record_key, schema_version);
  crypto_aead_xchacha20poly1305_ietf_encrypt(box.data() + nonce_bytes, nullptr, bytes_of(plaintext), plaintext.size(),
                                             bytes_of(ad), ad.size(), nullptr, box.data(), key.bytes);
  std::string out(sealed_prefix);
  out += std::to_string(schema_version);
  out += ':';
  const std::size_t base = out.size();
  out.resize(base + sodium_base64_ENCODED_LEN(box.size(), sodium_base64_VARIANT_ORIGINAL));
  sodium_bin2base64(out.data() + base, out.size() - base, box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL sodium writes
  return out;
}

std::optional<std::string> open_record(const SecretKey& key, std::string_view record_key, std::string_view stored) {
  if (!is_sealed_record(stored) || stored.size() > max_sealed_bytes) return std::nullopt;
  std::string_view rest = stored.substr(sealed_prefix.size());
  const auto colon = rest.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 9) return std::nullopt;
  std::uint32_t schema_version = 0;
  const auto [end, ec] = std::from_chars(rest.data(), rest.data() + colon, schema_version);
  if (ec != std::errc() || end != rest.data() + colon) return std::nullopt;
  rest.remove_prefix(colon + 1);
  const auto decoded = decode_base64(rest);
  if (!decoded || decoded->size() < nonce_bytes + tag_bytes) return std::nullopt;
  const std::vector<std::uint8_t>& box = *decoded;
  std::string plaintext(box.size() - nonce_bytes - tag_bytes, '\0');
  const std::string ad = record_additional_data(record_key, schema_version);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plaintext.data()), nullptr, nullptr,
                                                 box.data() + nonce_bytes, box.size() - nonce_bytes, bytes_of(ad),
                                                 ad.size(), box.data(), key.bytes) != 0)
    return std::nullopt;
  return plaintext;
}

}  // namespace rots
