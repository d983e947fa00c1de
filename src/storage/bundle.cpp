#include "storage/bundle.hpp"

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <new>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#include "core/case.hpp"
#include "core/helpmap.hpp"
#include "core/text.hpp"
#include "storage/json_depth.hpp"
#include "storage/json_shape.hpp"
#include "storage/record_codec.hpp"
#include "storage/view_istream.hpp"

namespace rots {

// Measured in docs/bundle-format.md: the strongest setting that derives in about a second in the
// wasm build.
const KdfParams bundle_default_kdf{3, 64 * 1024};

namespace {
struct NewerManifest : std::runtime_error {
  using std::runtime_error::runtime_error;
};
constexpr std::uint32_t manifest_class_version = 1;
}  // namespace

// cereal finds these by argument-dependent lookup: they must be in namespace rots.
template <class Archive>
void serialize(Archive& archive, BundleManifest::Entry& entry) {
  archive(cereal::make_nvp("key", entry.key), cereal::make_nvp("hash", entry.hash));
}

template <class Archive>
void serialize(Archive& archive, BundleManifest& m, std::uint32_t version) {
  if (version > manifest_class_version)
    throw NewerManifest("bundle manifest version " + std::to_string(version) + " is newer than this app");
  archive(cereal::make_nvp("format", m.format), cereal::make_nvp("app_version", m.app_version),
          cereal::make_nvp("exported_at_ms", m.exported_at_ms), cereal::make_nvp("exported_by", m.exported_by),
          cereal::make_nvp("device_id", m.device_id), cereal::make_nvp("records", m.records));
}

}  // namespace rots

CEREAL_CLASS_VERSION(rots::BundleManifest, rots::manifest_class_version);

namespace rots {
namespace {

// ---- layout (docs/bundle-format.md) -----------------------------------------------------------
constexpr std::array<char, 8> magic{'R', 'O', 'T', 'S', 'B', 'N', 'D', 'L'};
constexpr std::uint8_t kdf_argon2id13 = 1;
constexpr std::size_t version_offset = 8, kdf_id_offset = 10, reserved_offset = 11, ops_offset = 12,
                      memory_offset = 16, salt_offset = 20, stream_header_offset = 36;
constexpr std::size_t header_bytes = 60;  // all of the above; the first chunk's additional data
constexpr std::size_t stream_header_bytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t chunk_overhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr std::size_t chunk_plaintext_bytes = 64 * 1024;
constexpr std::size_t chunk_ciphertext_max = chunk_plaintext_bytes + chunk_overhead;
constexpr std::uint8_t tag_message = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
constexpr std::uint8_t tag_final = crypto_secretstream_xchacha20poly1305_TAG_FINAL;
static_assert(stream_header_offset + stream_header_bytes == header_bytes);
static_assert(salt_offset + kdf_salt_bytes == stream_header_offset);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == secret_key_bytes);
static_assert(crypto_pwhash_argon2id_SALTBYTES == kdf_salt_bytes);

// Payload limits: a hostile payload may not make the parser hold more than these.
constexpr std::size_t max_manifest_bytes = 4u << 20;  // ~35,000 records
constexpr std::size_t max_manifest_depth = 32;        // a real manifest nests 4 deep
constexpr std::string_view case_key_prefix = "case:";

BundleError error(BundleErrorCode code, std::string detail) { return BundleError{code, std::move(detail)}; }

std::uint8_t byte_at(std::string_view bytes, std::size_t at) { return static_cast<std::uint8_t>(bytes[at]); }

std::uint32_t load_u32(std::string_view bytes, std::size_t at) {
  return std::uint32_t{byte_at(bytes, at)} | std::uint32_t{byte_at(bytes, at + 1)} << 8 |
         std::uint32_t{byte_at(bytes, at + 2)} << 16 | std::uint32_t{byte_at(bytes, at + 3)} << 24;
}

std::uint16_t load_u16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>(byte_at(bytes, at) | byte_at(bytes, at + 1) << 8);
}

template <class Bytes>
void append_le(Bytes& out, std::uint64_t value, int size) {
  for (int i = 0; i < size; ++i) out.push_back(static_cast<typename Bytes::value_type>((value >> (8 * i)) & 0xff));
}

const std::uint8_t* data_at(std::string_view bytes, std::size_t at) {
  return reinterpret_cast<const std::uint8_t*>(bytes.data()) + at;
}

bool within_caps(const KdfParams& kdf) {
  return kdf.ops >= bundle_kdf_min.ops && kdf.ops <= bundle_kdf_max.ops && kdf.memory_kib >= bundle_kdf_min.memory_kib &&
         kdf.memory_kib <= bundle_kdf_max.memory_kib;
}

std::string at_byte(std::size_t at) { return " at byte " + std::to_string(at); }

// ---- header ------------------------------------------------------------------------------------
// Fields are checked in file order, each as soon as its bytes are there, so a short file of a
// newer format says "newer", and a cut-off download says "truncated".
std::optional<BundleError> check_fixed_fields(std::string_view bytes) {
  if (bytes.size() > max_bundle_bytes)
    return error(BundleErrorCode::TooLarge, std::to_string(bytes.size()) + " bytes, over " +
                                                std::to_string(max_bundle_bytes));
  const std::size_t magic_present = std::min(bytes.size(), magic.size());
  if (bytes.substr(0, magic_present) != std::string_view(magic.data(), magic_present))
    return error(BundleErrorCode::NotABundle, "the file does not start with ROTSBNDL");
  if (bytes.size() >= kdf_id_offset && load_u16(bytes, version_offset) != bundle_format_version)
    return error(BundleErrorCode::UnsupportedVersion, "format version " + std::to_string(load_u16(bytes, version_offset)));
  if (bytes.size() > kdf_id_offset && byte_at(bytes, kdf_id_offset) != kdf_argon2id13)
    return error(BundleErrorCode::UnsupportedVersion, "key derivation " + std::to_string(byte_at(bytes, kdf_id_offset)));
  if (bytes.size() > reserved_offset && byte_at(bytes, reserved_offset) != 0)
    return error(BundleErrorCode::UnsupportedVersion, "reserved header byte is " + std::to_string(byte_at(bytes, reserved_offset)));
  if (bytes.size() < header_bytes)
    return error(BundleErrorCode::Truncated, "the header ends" + at_byte(bytes.size()));
  return std::nullopt;
}

BundleHeader header_fields(std::string_view bytes) {
  BundleHeader h;
  h.format = load_u16(bytes, version_offset);
  h.kdf_id = byte_at(bytes, kdf_id_offset);
  h.kdf = KdfParams{load_u32(bytes, ops_offset), load_u32(bytes, memory_offset)};
  h.salt_hex = to_hex(std::span(data_at(bytes, salt_offset), kdf_salt_bytes));
  return h;
}

// ---- chunks ------------------------------------------------------------------------------------
// Wipes the stream state (it holds the subkey) however the function leaves.
struct StreamState {
  crypto_secretstream_xchacha20poly1305_state state{};
  StreamState() = default;
  StreamState(const StreamState&) = delete;
  StreamState& operator=(const StreamState&) = delete;
  ~StreamState() { secure_wipe(&state, sizeof state); }
};

// The 60 header bytes, then [u32 length][chunk] for each chunk of at most 64 KiB of payload.
std::vector<std::uint8_t> seal(std::string_view payload, const std::array<std::uint8_t, header_bytes>& header,
                               const SecretKey& key) {
  const std::size_t chunks = std::max<std::size_t>(1, (payload.size() + chunk_plaintext_bytes - 1) / chunk_plaintext_bytes);
  std::vector<std::uint8_t> out(header.begin(), header.end());
  out.reserve(header_bytes + payload.size() + chunks * (4 + chunk_overhead));
  StreamState stream;
  crypto_secretstream_xchacha20poly1305_init_push(&stream.state, out.data() + stream_header_offset, key.bytes);
  std::array<std::uint8_t, header_bytes> additional_data;  // the header as written, stream nonce included
  std::copy_n(out.begin(), header_bytes, additional_data.begin());
  for (std::size_t i = 0; i < chunks; ++i) {
    const std::string_view piece = payload.substr(std::min(payload.size(), i * chunk_plaintext_bytes), chunk_plaintext_bytes);
    const bool first = i == 0;
    append_le(out, piece.size() + chunk_overhead, 4);
    const std::size_t at = out.size();
    out.resize(at + piece.size() + chunk_overhead);
    crypto_secretstream_xchacha20poly1305_push(&stream.state, out.data() + at, nullptr, data_at(piece, 0), piece.size(),
                                               first ? additional_data.data() : nullptr, first ? header_bytes : 0,
                                               i + 1 == chunks ? tag_final : tag_message);
  }
  return out;
}

// ---- payload -----------------------------------------------------------------------------------
void append_entry(std::string& out, std::string_view bytes) {
  if (bytes.size() > UINT32_MAX) throw std::length_error("bundle entry over 4 GiB");
  append_le(out, bytes.size(), 4);
  out.append(bytes);
}

// The next [u32 length][bytes] entry at `at`, at most `cap` bytes long.
BundleResult<std::string_view> next_entry(std::string_view payload, std::size_t& at, std::size_t cap, std::size_t index) {
  const auto where = [&] { return "entry " + std::to_string(index) + at_byte(at); };  // only for an error
  if (payload.size() - at < 4) return error(BundleErrorCode::BadContents, where() + ": length cut off");
  const std::uint32_t size = load_u32(payload, at);
  if (size > cap) return error(BundleErrorCode::BadContents, where() + ": " + std::to_string(size) + " bytes, over the cap");
  if (size > payload.size() - at - 4) return error(BundleErrorCode::BadContents, where() + ": runs past the end");
  const std::string_view entry = payload.substr(at + 4, size);
  at += 4 + size;
  return entry;
}

// UTF-8, no NUL (rapidjson would stop reading there and ignore the rest).
// Tested in one pass; only text that fails is looked at again, to say which.
std::optional<std::string> text_problem(std::string_view text) {
  if (is_valid_utf8_without_nul(text)) return std::nullopt;
  if (!is_valid_utf8(text)) return "not UTF-8";
  return "contains a NUL byte";
}

// A syntax check that builds nothing (no DOM): the reader's iterative parser keeps its stack
// on the heap, bounded by the size cap.
std::optional<std::string> json_object_problem(std::string_view text) {
  rapidjson::MemoryStream stream(text.data(), text.size());
  rapidjson::Reader reader;
  JsonShape shape;
  try {
    if (!reader.Parse(stream, shape))
      return std::string(rapidjson::GetParseError_En(reader.GetParseErrorCode())) + at_byte(reader.GetErrorOffset());
  } catch (const std::exception& e) {  // JsonAssertionFailure
    return std::string(e.what());
  }
  if (!shape.top_is_object) return std::string("not a JSON object");
  return std::nullopt;
}

std::string manifest_json(const BundleManifest& manifest) {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive archive(out, cereal::JSONOutputArchive::Options::NoIndent());
    archive(cereal::make_nvp("manifest", manifest));
  }
  return out.str();
}

BundleResult<BundleManifest> parse_manifest(std::string_view text) {
  if (auto problem = text_problem(text)) return error(BundleErrorCode::BadContents, "manifest: " + *problem);
  if (json_nesting_depth_exceeds(text, max_manifest_depth))
    return error(BundleErrorCode::BadContents, "manifest: nested deeper than " + std::to_string(max_manifest_depth));
  if (auto problem = json_object_problem(text)) return error(BundleErrorCode::BadContents, "manifest: " + *problem);
  try {
    ViewIStream in(text);
    cereal::JSONInputArchive archive(in);
    BundleManifest manifest;
    archive(cereal::make_nvp("manifest", manifest));
    return manifest;
  } catch (const NewerManifest& e) {
    return error(BundleErrorCode::UnsupportedVersion, e.what());
  } catch (const std::exception& e) {  // cereal::Exception (missing field), JsonAssertionFailure (wrong type)
    return error(BundleErrorCode::BadContents, std::string("manifest: ") + e.what());
  }
}

// Cases, and since case schema 6 help-map entries ("everything" bundles).
bool is_record_key(std::string_view key) {
  if (key.starts_with(service_key_prefix)) return is_service_id(key.substr(service_key_prefix.size()));
  return key.starts_with(case_key_prefix) && is_case_id(key.substr(case_key_prefix.size()));
}

// Who checks a payload. The reader (a file opened) hashes every record again against the
// manifest. The writer's own check (would this bundle be taken?) trusts the hashes, just made from
// these very bytes, and tests each record's text for what the importer will refuse.
enum class PayloadCheck { Reader, Writer };

// One record against its manifest entry. Reading, the container's check is the hash: whether the
// text is UTF-8 without NUL bytes and one JSON object of the right shape is the importer's check
// (decode_case, decode_service, which read every record anyway; checked here too, every record of
// a bundle would be read twice).
std::optional<BundleError> check_record(const BundleManifest::Entry& entry, std::string_view json, std::size_t index,
                                        PayloadCheck side) {
  if (side == PayloadCheck::Reader && blake2b_256_hex(json) != entry.hash)
    return error(BundleErrorCode::BadContents, record_label(index, entry.key) + "hash does not match");
  if (side == PayloadCheck::Writer) {
    if (auto problem = text_problem(json)) return error(BundleErrorCode::BadContents, record_label(index, entry.key) + *problem);
  }
  return std::nullopt;
}

std::optional<BundleError> check_keys(const BundleManifest& manifest) {
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < manifest.records.size(); ++i) {
    const std::string& key = manifest.records[i].key;
    if (!is_record_key(key)) return error(BundleErrorCode::BadContents, record_label(i, key) + "not a case:<id> or service:<id> key");
    if (!seen.insert(key).second) return error(BundleErrorCode::BadContents, record_label(i, key) + "duplicate key");
  }
  return std::nullopt;
}

}  // namespace

// ---- public ------------------------------------------------------------------------------------

std::string record_label(std::size_t index, std::string_view key) {
  return "record " + std::to_string(index + 1) + " (" + excerpt(key, 48) + "): ";
}

std::string serialize_bundle_payload(const BundleContents& contents) {
  BundleManifest manifest = contents.manifest;
  manifest.format = bundle_format_version;
  manifest.records.clear();
  for (const BundleRecord& r : contents.records) manifest.records.push_back({r.key, blake2b_256_hex(r.json)});
  const std::string manifest_text = manifest_json(manifest);
  std::size_t size = 4 + manifest_text.size();
  for (const BundleRecord& r : contents.records) size += 4 + r.json.size();
  std::string out;
  out.reserve(size);  // tens of megabytes: grown by doubling, they would be copied again and again
  append_entry(out, manifest_text);
  for (const BundleRecord& r : contents.records) append_entry(out, r.json);
  return out;
}

namespace {

// Every check of a payload, record by record; `keep` (when given) collects the records read.
// Export runs it without `keep`: it only has to know that its bundle would be taken.
BundleResult<BundleManifest> check_payload(std::string_view plaintext, std::vector<BundleRecordView>* keep,
                                           PayloadCheck side) {
  std::size_t at = 0;
  auto manifest_text = next_entry(plaintext, at, max_manifest_bytes, 0);
  if (auto* e = std::get_if<BundleError>(&manifest_text)) return *e;
  auto manifest = parse_manifest(std::get<std::string_view>(manifest_text));
  if (auto* e = std::get_if<BundleError>(&manifest)) return *e;
  const BundleManifest& m = std::get<BundleManifest>(manifest);
  if (m.format != bundle_format_version)
    return error(BundleErrorCode::BadContents, "manifest format " + std::to_string(m.format) + " in a format " +
                                                   std::to_string(bundle_format_version) + " file");
  if (auto e = check_keys(m)) return *e;
  // Entries are read only as far as the manifest lists them: a payload of millions of empty
  // entries is refused at the first one too many, not collected.
  for (std::size_t i = 0; i < m.records.size(); ++i) {
    if (at == plaintext.size())
      return error(BundleErrorCode::BadContents, "the manifest lists " + std::to_string(m.records.size()) +
                                                     " records, the bundle holds " + std::to_string(i));
    auto json = next_entry(plaintext, at, max_record_bytes, i + 1);
    if (auto* e = std::get_if<BundleError>(&json)) return *e;
    const std::string_view text = std::get<std::string_view>(json);
    if (auto e = check_record(m.records[i], text, i, side)) return *e;
    if (keep) keep->push_back({m.records[i].key, text});
  }
  if (at != plaintext.size())
    return error(BundleErrorCode::BadContents, "bytes after the last of the " + std::to_string(m.records.size()) +
                                                   " records the manifest lists" + at_byte(at));
  return manifest;
}

// The manifest and views of the records of a payload that passed every check.
struct CheckedPayload {
  BundleManifest manifest;
  std::vector<BundleRecordView> records;
};

BundleResult<CheckedPayload> check_read_payload(std::string_view plaintext) {
  std::vector<BundleRecordView> records;
  auto manifest = check_payload(plaintext, &records, PayloadCheck::Reader);
  if (auto* e = std::get_if<BundleError>(&manifest)) return *e;
  // The views' keys are the manifest's entries' keys: moving the manifest moves its vector's
  // buffer, not the entries, so they stay where the views point.
  return CheckedPayload{std::move(std::get<BundleManifest>(manifest)), std::move(records)};
}

// The records copied out of the payload (their keys too: the entries stay in place, see above).
BundleContents copied(BundleManifest manifest, const std::vector<BundleRecordView>& records) {
  BundleContents contents{std::move(manifest), {}};
  contents.records.reserve(records.size());
  for (const BundleRecordView& r : records) contents.records.push_back({std::string(r.key), std::string(r.json)});
  return contents;
}

}  // namespace

void WipeOnDelete::operator()(std::string* text) const {
  secure_wipe(*text);
  delete text;
}

BundleResult<BundleContents> parse_bundle_payload(std::string_view plaintext) {
  auto checked = check_read_payload(plaintext);
  if (auto* e = std::get_if<BundleError>(&checked)) return *e;
  CheckedPayload& payload = std::get<CheckedPayload>(checked);
  return copied(std::move(payload.manifest), payload.records);
}

BundleResult<BundleHeader> read_bundle_header(std::string_view bytes) {
  if (auto e = check_fixed_fields(bytes)) return *e;
  BundleHeader header = header_fields(bytes);
  if (!within_caps(header.kdf))
    return error(BundleErrorCode::BadParameters, "Argon2id ops " + std::to_string(header.kdf.ops) + ", memory " +
                                                     std::to_string(header.kdf.memory_kib) + " KiB: outside the caps");
  return header;
}

BundleResult<std::string> open_bundle_stream(std::string_view bytes, const std::uint8_t (&key)[32]) {
  auto header = read_bundle_header(bytes);
  if (auto* e = std::get_if<BundleError>(&header)) return *e;
  StreamState stream;
  crypto_secretstream_xchacha20poly1305_init_pull(&stream.state, data_at(bytes, stream_header_offset), key);
  std::string plaintext;
  // At most the ciphertext's size: reserved once, so the decrypted text is never moved, which
  // would copy it (tens of megabytes) and leave the old copies unwiped in freed memory.
  plaintext.reserve(bytes.size() - header_bytes);
  auto fail = [&plaintext](BundleErrorCode code, std::string detail) {
    secure_wipe(plaintext);
    return BundleResult<std::string>(error(code, std::move(detail)));
  };
  std::size_t at = header_bytes;
  for (bool first = true;; first = false) {
    if (bytes.size() - at < 4) return fail(BundleErrorCode::Truncated, "no final chunk: the file ends" + at_byte(bytes.size()));
    const std::uint32_t size = load_u32(bytes, at);
    if (size < chunk_overhead || size > chunk_ciphertext_max)
      return fail(BundleErrorCode::Damaged, "chunk length " + std::to_string(size) + at_byte(at));
    if (size > bytes.size() - at - 4)
      return fail(BundleErrorCode::Truncated, "the chunk" + at_byte(at) + " runs past the end");
    const std::size_t old = plaintext.size();
    plaintext.resize(old + size - chunk_overhead);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&stream.state, reinterpret_cast<unsigned char*>(plaintext.data()) + old,
                                                   nullptr, &tag, data_at(bytes, at + 4), size,
                                                   first ? data_at(bytes, 0) : nullptr, first ? header_bytes : 0) != 0)
      return first ? fail(BundleErrorCode::WrongPassphrase, "the first chunk does not authenticate")
                   : fail(BundleErrorCode::Damaged, "the chunk" + at_byte(at) + " does not authenticate");
    at += 4 + size;
    if (tag == tag_final) break;
    if (tag != tag_message) return fail(BundleErrorCode::Damaged, "chunk tag " + std::to_string(tag) + at_byte(at));
  }
  if (at != bytes.size())
    return fail(BundleErrorCode::TrailingData, std::to_string(bytes.size() - at) + " bytes after the final chunk");
  return plaintext;
}

BundleResult<OpenedBundle> open_bundle(std::string_view bytes, std::string_view passphrase) {
  auto header = read_bundle_header(bytes);
  if (auto* e = std::get_if<BundleError>(&header)) return *e;
  SecretKey key;
  const auto salt = std::span<const std::uint8_t, kdf_salt_bytes>(data_at(bytes, salt_offset), kdf_salt_bytes);
  switch (derive_key_argon2id(passphrase, salt, std::get<BundleHeader>(header).kdf, key.bytes)) {
    case KdfStatus::Ok: break;
    case KdfStatus::OutOfMemory:
      return error(BundleErrorCode::OutOfMemory,
                   "Argon2id could not get " + std::to_string(std::get<BundleHeader>(header).kdf.memory_kib) + " KiB");
    case KdfStatus::InvalidParameters:  // the caps lie within libsodium's limits; a passphrase over 4 GiB
      return error(BundleErrorCode::BadParameters, "libsodium refused the key derivation parameters");
  }
  auto plaintext = open_bundle_stream(bytes, key.bytes);
  if (auto* e = std::get_if<BundleError>(&plaintext)) return *e;
  OpenedBundle opened;
  opened.plaintext.reset(new std::string(std::move(std::get<std::string>(plaintext))));
  auto checked = check_read_payload(*opened.plaintext);
  if (auto* e = std::get_if<BundleError>(&checked)) return *e;  // the payload is wiped with `opened`
  opened.manifest = std::move(std::get<CheckedPayload>(checked).manifest);
  opened.records = std::move(std::get<CheckedPayload>(checked).records);
  return opened;
}

BundleResult<BundleContents> decode_bundle(std::string_view bytes, std::string_view passphrase) {
  auto opened = open_bundle(bytes, passphrase);
  if (auto* e = std::get_if<BundleError>(&opened)) return *e;
  OpenedBundle& bundle = std::get<OpenedBundle>(opened);
  return copied(std::move(bundle.manifest), bundle.records);
}

std::vector<std::uint8_t> encode_bundle(const BundleContents& contents, std::string_view passphrase, const KdfParams& kdf) {
  if (!within_caps(kdf)) throw std::invalid_argument("bundle KDF parameters outside the caps the reader accepts");
  std::string payload = serialize_bundle_payload(contents);
  const auto readable = check_payload(payload, nullptr, PayloadCheck::Writer);
  if (auto* e = std::get_if<BundleError>(&readable))
    throw std::invalid_argument("bundle contents the reader would refuse: " + e->detail);
  const std::size_t chunks = payload.size() / chunk_plaintext_bytes + 1;
  if (header_bytes + payload.size() + chunks * (4 + chunk_overhead) > max_bundle_bytes)
    throw std::invalid_argument("bundle over " + std::to_string(max_bundle_bytes) + " bytes");

  std::array<std::uint8_t, header_bytes> header{};
  std::copy(magic.begin(), magic.end(), header.begin());
  std::vector<std::uint8_t> fields;
  append_le(fields, bundle_format_version, 2);
  fields.push_back(kdf_argon2id13);
  fields.push_back(0);  // reserved
  append_le(fields, kdf.ops, 4);
  append_le(fields, kdf.memory_kib, 4);
  std::copy(fields.begin(), fields.end(), header.begin() + version_offset);
  const auto salt = std::span<std::uint8_t, kdf_salt_bytes>(header.data() + salt_offset, kdf_salt_bytes);
  random_bytes(salt);

  SecretKey key;
  if (derive_key_argon2id(passphrase, salt, kdf, key.bytes) != KdfStatus::Ok) throw std::bad_alloc();
  std::vector<std::uint8_t> sealed = seal(payload, header, key);
  secure_wipe(payload);
  return sealed;
}

}  // namespace rots
