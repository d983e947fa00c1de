#pragma once
// Case bundle files (.rotsbundle): records sealed under a passphrase for the trip through mail,
// USB sticks and shared drives. The byte layout is specified in docs/bundle-format.md.
//
// Decoding treats its input as hostile. Everything that costs memory or time is capped before it
// is spent: the file size, the key-derivation parameters, each chunk's length, the nesting depth
// of the JSON. Every failure is a BundleError with a code (the UI words it in Dutch) and a
// technical detail (for logs and the command-line tool); nothing is partially returned.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "storage/crypto.hpp"  // KdfParams

namespace rots {

inline constexpr std::uint16_t bundle_format_version = 1;
inline constexpr std::size_t max_bundle_bytes = 256u << 20;  // 256 MiB

// Argon2id cost (KdfParams: storage/crypto.hpp). The writer uses bundle_default_kdf; the reader
// accepts anything within the caps (each of ops and memory on its own) and refuses the rest
// before it derives anything.
inline constexpr KdfParams bundle_kdf_min{1, 8 * 1024};       // 8 MiB
inline constexpr KdfParams bundle_kdf_max{10, 256 * 1024};    // 256 MiB
extern const KdfParams bundle_default_kdf;  // measured: docs/bundle-format.md

// One record as stored on the device: its store key ("case:<id>") and its cereal JSON text.
struct BundleRecord {
  std::string key;
  std::string json;
  bool operator==(const BundleRecord&) const = default;
};

struct BundleManifest {
  std::uint16_t format = bundle_format_version;
  std::string app_version;
  std::int64_t exported_at_ms = 0;
  std::string exported_by;  // the device user's name (may be empty)
  std::string device_id;
  // In record order: each record's key and the BLAKE2b-256 hash (hex) of its JSON bytes.
  struct Entry {
    std::string key;
    std::string hash;
    bool operator==(const Entry&) const = default;
  };
  std::vector<Entry> records;
  bool operator==(const BundleManifest&) const = default;
};

struct BundleContents {
  BundleManifest manifest;
  std::vector<BundleRecord> records;
};

// A bundle opened in place: the records are views into the decrypted payload, which is wiped
// when the OpenedBundle goes (import decodes the records from there: no copy of tens of
// megabytes of case text left unwiped in freed memory).
struct BundleRecordView {
  std::string_view key;
  std::string_view json;
};
struct WipeOnDelete {
  void operator()(std::string* text) const;
};
struct OpenedBundle {
  BundleManifest manifest;
  std::unique_ptr<std::string, WipeOnDelete> plaintext;  // on the heap: the views stay valid when moved
  std::vector<BundleRecordView> records;
};

// What the header says, readable without the passphrase (`rots-bundle inspect`).
struct BundleHeader {
  std::uint16_t format = 0;
  std::uint8_t kdf_id = 0;  // 1: Argon2id v1.3
  KdfParams kdf;
  std::string salt_hex;
};

enum class BundleErrorCode {
  NotABundle,          // wrong magic bytes: some other file
  UnsupportedVersion,  // a newer format (or KDF) than this app knows
  TooLarge,            // over max_bundle_bytes
  BadParameters,       // KDF parameters outside the caps
  WrongPassphrase,     // the first chunk does not authenticate: wrong passphrase (or a changed header)
  Damaged,             // a later chunk does not authenticate, chunks out of order, bad framing
  Truncated,           // the file ends before the final chunk
  TrailingData,        // bytes after the final chunk
  BadContents,         // decrypted, but the manifest or a record is malformed or does not match its hash
  OutOfMemory,         // the key derivation could not get its memory
};

struct BundleError {
  BundleErrorCode code;
  std::string detail;  // technical, one line
};

template <class T>
using BundleResult = std::variant<T, BundleError>;

// Seals the contents (their manifest's record list and format are filled in here from the
// records). The salt and the stream's nonce come from libsodium's random source.
// Everything written can be read back: contents that decode_bundle would refuse (a key that is
// not "case:<id>" or "service:<id>", a duplicate key, a record over max_record_bytes or not UTF-8
// without NUL bytes, a file over max_bundle_bytes) or KDF parameters outside the caps throw
// std::invalid_argument; key derivation without memory throws std::bad_alloc. The records' JSON
// is the importer's to check (records_of): they come from encode_case and encode_service.
std::vector<std::uint8_t> encode_bundle(const BundleContents& contents, std::string_view passphrase,
                                        const KdfParams& kdf = bundle_default_kdf);

BundleResult<BundleHeader> read_bundle_header(std::string_view bytes);
BundleResult<BundleContents> decode_bundle(std::string_view bytes, std::string_view passphrase);
// The same checks, the records left in place.
BundleResult<OpenedBundle> open_bundle(std::string_view bytes, std::string_view passphrase);

// The steps of decode_bundle, exposed for the fuzz targets (which must not spend Argon2id time
// on every input) and the tests.
BundleResult<std::string> open_bundle_stream(std::string_view bytes, const std::uint8_t (&key)[32]);
BundleResult<BundleContents> parse_bundle_payload(std::string_view plaintext);
std::string serialize_bundle_payload(const BundleContents& contents);

// How an error detail names a bundle's record, the reader's and the importer's alike: counted
// from 1, with its key ("record 2 (case:0123…): ").
std::string record_label(std::size_t index, std::string_view key);

}  // namespace rots
