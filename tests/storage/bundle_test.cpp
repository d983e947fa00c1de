// Case bundles: what a user relies on when a file travels by mail or USB stick. The right
// passphrase gives back exactly what was sealed; anything else (wrong passphrase, a changed or
// cut-off file, a hostile payload) gives an error code the UI can word, and never contents.
// The layout checks below read the file as docs/bundle-format.md describes it.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "storage/bundle.hpp"
#include "storage/crypto.hpp"
#include "storage/exchange.hpp"
#include "storage/record_codec.hpp"

using namespace rots;

namespace {

const std::string passphrase = "Sénne's bundel voor Anaïs";
constexpr KdfParams cheap = bundle_kdf_min;  // the tests' key derivations stay fast

std::string_view view(const std::vector<std::uint8_t>& bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::string case_id(int n) {
  std::string id = "0123456789abcdef0123456789abcde0";
  id.back() = "0123456789abcdef"[n % 16];
  id[30] = "0123456789abcdef"[n / 16 % 16];
  return id;
}

BundleRecord case_record(int n, std::string pseudonym, std::string hulpvraag = "") {
  Case c;
  c.id = case_id(n);
  c.pseudonym = std::move(pseudonym);
  c.region = Region::OostVlaanderen;
  c.registered_on = {2026, 11, 23};
  c.hulpvraag = std::move(hulpvraag);
  c.created_at_ms = 1763800000000 + n;
  c.updated_at_ms = 1763800005000 + n;
  return {case_record_key(c.id), encode_case(c)};
}

BundleManifest sample_manifest() {
  BundleManifest m;
  m.app_version = "0.1.0";
  m.exported_at_ms = 1763900000000;
  m.exported_by = "Anaïs Peeters";
  m.device_id = "tablet-clb-gent-07";
  return m;
}

// Three records, one of them over 150 KiB: the payload spans three 64 KiB chunks.
BundleContents sample_contents() {
  std::string long_text;
  while (long_text.size() < 150 * 1024) long_text += "Zoë wil terug naar één vaste school; de ouders steunen dat. ";
  return {sample_manifest(),
          {case_record(1, "Zoë V. — \"Zoë\""), case_record(2, "Jongere met een lang dossier", long_text),
           case_record(3, "Anaïs")}};
}

template <class T>
BundleErrorCode code_of(const BundleResult<T>& result) {
  REQUIRE(std::holds_alternative<BundleError>(result));  // never contents
  return std::get<BundleError>(result).code;
}

template <class T>
T value_of(BundleResult<T> result) {
  if (auto* e = std::get_if<BundleError>(&result)) FAIL("unexpected error: " << e->detail);
  return std::move(std::get<T>(result));
}

std::uint32_t u32_at(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint8_t>(bytes[at]) | static_cast<std::uint8_t>(bytes[at + 1]) << 8 |
         static_cast<std::uint8_t>(bytes[at + 2]) << 16 | static_cast<std::uint32_t>(static_cast<std::uint8_t>(bytes[at + 3])) << 24;
}

void put_u32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>(value >> (8 * i) & 0xff);
}

// Where each chunk's length field starts, walking the file as the format document describes.
std::vector<std::size_t> chunk_offsets(std::string_view file) {
  std::vector<std::size_t> offsets;
  for (std::size_t at = 60; at + 4 <= file.size(); at += 4 + u32_at(file, at)) offsets.push_back(at);
  return offsets;
}

// The key a reader derives from the file's own salt and parameters (for open_bundle_stream).
struct DerivedKey {
  SecretKey key;
  explicit DerivedKey(std::string_view file, std::string_view pass = passphrase) {
    std::array<std::uint8_t, kdf_salt_bytes> salt{};
    for (std::size_t i = 0; i < salt.size(); ++i) salt[i] = static_cast<std::uint8_t>(file[20 + i]);
    const KdfParams kdf{u32_at(file, 12), u32_at(file, 16)};
    REQUIRE(derive_key_argon2id(pass, salt, kdf, key.bytes) == KdfStatus::Ok);
  }
};

// [u32 length][bytes], written here independently of the code under test.
std::string entry(std::string_view bytes) {
  std::string out(4, '\0');
  put_u32(out, 0, static_cast<std::uint32_t>(bytes.size()));
  return out.append(bytes);
}

std::string manifest_json(const std::vector<std::pair<std::string, std::string>>& records, int class_version = 1,
                          int format = 1) {
  std::string list;
  for (const auto& [key, hash] : records)
    list += (list.empty() ? "" : ", ") + std::string(R"({"key": ")") + key + R"(", "hash": ")" + hash + R"("})";
  return R"({"manifest": {"cereal_class_version": )" + std::to_string(class_version) + R"(, "format": )" +
         std::to_string(format) +
         R"(, "app_version": "0.1.0", "exported_at_ms": 1763900000000, "exported_by": "Sénne", "device_id": "t1", "records": [)" +
         list + "]}}";
}

// A payload with one record entry per (key, text): the manifest lists each text's real hash.
std::string payload_of(const std::vector<std::pair<std::string, std::string>>& records) {
  std::vector<std::pair<std::string, std::string>> listed;
  for (const auto& [key, text] : records) listed.emplace_back(key, blake2b_256_hex(text));
  std::string out = entry(manifest_json(listed));
  for (const auto& r : records) out += entry(r.second);
  return out;
}

}  // namespace

TEST_SUITE("case bundle") {

TEST_CASE("a bundle gives back every record byte for byte, accents and several chunks included") {
  const BundleContents sent = sample_contents();
  const auto file = encode_bundle(sent, passphrase, cheap);
  const BundleContents got = value_of(decode_bundle(view(file), passphrase));

  CHECK(got.records == sent.records);
  CHECK(got.records[0].json.find("Zoë V.") != std::string::npos);
  CHECK(got.manifest.format == bundle_format_version);
  CHECK(got.manifest.app_version == "0.1.0");
  CHECK(got.manifest.exported_at_ms == 1763900000000);
  CHECK(got.manifest.exported_by == "Anaïs Peeters");
  CHECK(got.manifest.device_id == "tablet-clb-gent-07");
  REQUIRE(got.manifest.records.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(got.manifest.records[i].key == sent.records[i].key);
    CHECK(got.manifest.records[i].hash == blake2b_256_hex(sent.records[i].json));
  }
  auto decoded = decode_case(got.records[1].json);  // what the importer will do next
  REQUIRE(std::holds_alternative<Case>(decoded));
  CHECK(std::get<Case>(decoded).hulpvraag.size() > 150 * 1024);
}

TEST_CASE("the file is laid out as docs/bundle-format.md says") {
  const auto bytes = encode_bundle(sample_contents(), passphrase, {2, 9 * 1024});
  const std::string_view file = view(bytes);
  CHECK(file.substr(0, 8) == "ROTSBNDL");
  CHECK(file[8] == 1);  // format version 1, little-endian u16
  CHECK(file[9] == 0);
  CHECK(file[10] == 1);  // Argon2id v1.3
  CHECK(file[11] == 0);  // reserved
  CHECK(u32_at(file, 12) == 2);
  CHECK(u32_at(file, 16) == 9 * 1024);

  const BundleHeader header = value_of(read_bundle_header(file));
  CHECK(header.format == 1);
  CHECK(header.kdf_id == 1);
  CHECK(header.kdf == KdfParams{2, 9 * 1024});
  CHECK(header.salt_hex == to_hex(std::span(reinterpret_cast<const std::uint8_t*>(file.data()) + 20, 16)));

  // Chunks of 64 KiB of payload (plus 17 bytes of tag and MAC) up to the last, which ends the file.
  const auto offsets = chunk_offsets(file);
  REQUIRE(offsets.size() == 3);  // ~151 KiB of payload
  CHECK(u32_at(file, offsets[0]) == 65536 + 17);
  CHECK(u32_at(file, offsets[1]) == 65536 + 17);
  CHECK(u32_at(file, offsets[2]) < 65536 + 17);
  CHECK(offsets[2] + 4 + u32_at(file, offsets[2]) == file.size());

  const DerivedKey key(file);
  const std::string plaintext = value_of(open_bundle_stream(file, key.key.bytes));
  CHECK(plaintext.size() == 2 * 65536 + u32_at(file, offsets[2]) - 17);
  CHECK(plaintext == serialize_bundle_payload(sample_contents()));
}

// Import reads the records where they were decrypted (open_bundle): the same records and
// manifest as decode_bundle copies out, also once the opened bundle has been moved, and its
// failures are decode_bundle's.
TEST_CASE("a bundle opened in place holds what decode_bundle copies out") {
  const BundleContents sent = sample_contents();
  const auto file = encode_bundle(sent, passphrase, cheap);
  OpenedBundle moved = std::move(std::get<OpenedBundle>(open_bundle(view(file), passphrase)));
  const OpenedBundle opened = std::move(moved);
  REQUIRE(opened.records.size() == sent.records.size());
  for (std::size_t i = 0; i < sent.records.size(); ++i) {
    CHECK(opened.records[i].key == sent.records[i].key);
    CHECK(opened.records[i].json == sent.records[i].json);
  }
  CHECK(opened.manifest == value_of(decode_bundle(view(file), passphrase)).manifest);
  CHECK(code_of(open_bundle(view(file), "niet het wachtwoord")) == BundleErrorCode::WrongPassphrase);
}

TEST_CASE("an empty bundle (no records) round-trips") {
  const BundleContents empty{sample_manifest(), {}};
  const auto file = encode_bundle(empty, passphrase, cheap);
  CHECK(chunk_offsets(view(file)).size() == 1);
  const BundleContents got = value_of(decode_bundle(view(file), passphrase));
  CHECK(got.records.empty());
  CHECK(got.manifest.records.empty());
  CHECK(got.manifest.exported_by == "Anaïs Peeters");
}

TEST_CASE("a bundle written with the default key derivation opens") {
  const BundleContents sent{sample_manifest(), {case_record(9, "Zoë")}};
  const auto file = encode_bundle(sent, passphrase);
  CHECK(value_of(read_bundle_header(view(file))).kdf == bundle_default_kdf);
  CHECK(value_of(decode_bundle(view(file), passphrase)).records == sent.records);
}

TEST_CASE("every bundle gets its own salt and nonce: the same contents never give the same file") {
  const BundleContents sent{sample_manifest(), {case_record(1, "Zoë")}};
  const auto a = encode_bundle(sent, passphrase, cheap);
  const auto b = encode_bundle(sent, passphrase, cheap);
  CHECK(view(a).substr(20, 16) != view(b).substr(20, 16));  // salt
  CHECK(view(a).substr(36, 24) != view(b).substr(36, 24));  // stream header (nonce)
  CHECK(view(a).substr(60) != view(b).substr(60));
}

TEST_CASE("a wrong passphrase is reported as such, a near miss too") {
  const auto file = encode_bundle(sample_contents(), passphrase, cheap);
  CHECK(code_of(decode_bundle(view(file), "Senne's bundel voor Anais")) == BundleErrorCode::WrongPassphrase);
  CHECK(code_of(decode_bundle(view(file), "")) == BundleErrorCode::WrongPassphrase);
  CHECK(code_of(decode_bundle(view(file), passphrase + " ")) == BundleErrorCode::WrongPassphrase);
}

TEST_CASE("a changed byte anywhere is caught with the code for that region, and nothing is returned") {
  const auto original = encode_bundle(sample_contents(), passphrase, cheap);
  const std::string file(view(original));
  const auto offsets = chunk_offsets(file);
  REQUIRE(offsets.size() == 3);
  struct Flip {
    const char* region;
    std::size_t at;
    BundleErrorCode expected;
  };
  const std::vector<Flip> flips{
      {"magic", 0, BundleErrorCode::NotABundle},
      {"magic, last byte", 7, BundleErrorCode::NotABundle},
      {"format version", 8, BundleErrorCode::UnsupportedVersion},
      {"format version, high byte", 9, BundleErrorCode::UnsupportedVersion},
      {"KDF id", 10, BundleErrorCode::UnsupportedVersion},
      {"reserved", 11, BundleErrorCode::UnsupportedVersion},
      {"ops 1 -> 254: over the cap", 12, BundleErrorCode::BadParameters},
      {"ops, high byte", 15, BundleErrorCode::BadParameters},
      {"memory 8192 -> 8447 KiB: within the caps, another key", 16, BundleErrorCode::WrongPassphrase},
      {"memory, third byte: over the cap", 18, BundleErrorCode::BadParameters},
      {"salt", 20, BundleErrorCode::WrongPassphrase},
      {"salt, last byte", 35, BundleErrorCode::WrongPassphrase},
      {"stream header", 36, BundleErrorCode::WrongPassphrase},
      {"stream header, last byte", 59, BundleErrorCode::WrongPassphrase},
      {"first chunk length, high byte", offsets[0] + 3, BundleErrorCode::Damaged},
      {"first chunk, tag byte", offsets[0] + 4, BundleErrorCode::WrongPassphrase},
      {"first chunk, body", offsets[0] + 4 + 1000, BundleErrorCode::WrongPassphrase},
      {"first chunk, MAC", offsets[1] - 1, BundleErrorCode::WrongPassphrase},
      {"second chunk length, high byte", offsets[1] + 3, BundleErrorCode::Damaged},
      {"second chunk, body", offsets[1] + 4 + 30000, BundleErrorCode::Damaged},
      {"final chunk length, high byte", offsets[2] + 3, BundleErrorCode::Damaged},
      {"final chunk, tag byte", offsets[2] + 4, BundleErrorCode::Damaged},
      {"final chunk, body", offsets[2] + 4 + 100, BundleErrorCode::Damaged},
      {"final chunk, last byte of the MAC", file.size() - 1, BundleErrorCode::Damaged},
  };
  for (const Flip& flip : flips) {
    CAPTURE(flip.region);
    std::string changed = file;
    changed[flip.at] = static_cast<char>(changed[flip.at] ^ 0xff);
    CHECK(code_of(decode_bundle(changed, passphrase)) == flip.expected);
  }
}

TEST_CASE("KDF parameters changed within the caps are caught: another key, and the header is authenticated") {
  const auto original = encode_bundle(sample_contents(), passphrase, cheap);
  std::string changed(view(original));
  put_u32(changed, 12, 2);  // one more pass
  CHECK(code_of(decode_bundle(changed, passphrase)) == BundleErrorCode::WrongPassphrase);
  // Even with the original key the change is caught: the header is the first chunk's additional data.
  const DerivedKey original_key(view(original));
  CHECK(value_of(open_bundle_stream(view(original), original_key.key.bytes)).size() > 0);
  CHECK(code_of(open_bundle_stream(changed, original_key.key.bytes)) == BundleErrorCode::WrongPassphrase);
}

TEST_CASE("a length field that is off by a little: the next chunk runs past the end or fails to authenticate") {
  const auto original = encode_bundle(sample_contents(), passphrase, cheap);
  const std::string file(view(original));
  const auto offsets = chunk_offsets(file);
  const DerivedKey key(file);
  std::string longer = file;
  put_u32(longer, offsets[2], u32_at(file, offsets[2]) + 1);
  CHECK(code_of(open_bundle_stream(longer, key.key.bytes)) == BundleErrorCode::Truncated);
  std::string shorter = file;
  put_u32(shorter, offsets[1], u32_at(file, offsets[1]) - 1);
  CHECK(code_of(open_bundle_stream(shorter, key.key.bytes)) == BundleErrorCode::Damaged);
  std::string too_short = file;
  put_u32(too_short, offsets[1], 16);  // less than a chunk's own tag and MAC
  CHECK(code_of(open_bundle_stream(too_short, key.key.bytes)) == BundleErrorCode::Damaged);
}

TEST_CASE("a file cut off anywhere is Truncated, never a success") {
  const auto original = encode_bundle(sample_contents(), passphrase, cheap);
  const std::string file(view(original));
  const auto offsets = chunk_offsets(file);
  const DerivedKey key(file);
  std::vector<std::size_t> cuts;
  for (std::size_t n = 0; n <= 64; ++n) cuts.push_back(n);  // inside the header and the first length
  for (std::size_t at : offsets)
    for (std::size_t d = 0; d <= 5; ++d) cuts.push_back(at + d), cuts.push_back(at - d);  // around each chunk start
  for (std::size_t n = 64; n < file.size(); n += 4099) cuts.push_back(n);
  cuts.push_back(file.size() - 1);
  for (std::size_t n : cuts) {
    CAPTURE(n);
    CHECK(code_of(open_bundle_stream(std::string_view(file).substr(0, n), key.key.bytes)) == BundleErrorCode::Truncated);
  }
  // The whole path, key derivation included, for a few of them.
  for (std::size_t n : {std::size_t{0}, std::size_t{5}, std::size_t{59}, offsets[1], offsets[2], file.size() - 1}) {
    CAPTURE(n);
    CHECK(code_of(decode_bundle(std::string_view(file).substr(0, n), passphrase)) == BundleErrorCode::Truncated);
  }
}

TEST_CASE("bytes after the final chunk are TrailingData") {
  const auto original = encode_bundle(sample_contents(), passphrase, cheap);
  std::string file(view(original));
  CHECK(code_of(decode_bundle(file + '\0', passphrase)) == BundleErrorCode::TrailingData);
  const std::string again = file.substr(chunk_offsets(file).back());  // the final chunk once more
  CHECK(code_of(decode_bundle(file + again, passphrase)) == BundleErrorCode::TrailingData);
}

TEST_CASE("chunks swapped, dropped or repeated are Damaged") {
  const auto original = encode_bundle(sample_contents(), passphrase, cheap);
  const std::string file(view(original));
  const auto o = chunk_offsets(file);
  const std::string head = file.substr(0, o[0]), c0 = file.substr(o[0], o[1] - o[0]),
                    c1 = file.substr(o[1], o[2] - o[1]), c2 = file.substr(o[2]);
  const DerivedKey key(file);
  CHECK(value_of(open_bundle_stream(head + c0 + c1 + c2, key.key.bytes)).size() > 0);
  CHECK(code_of(open_bundle_stream(head + c0 + c2, key.key.bytes)) == BundleErrorCode::Damaged);
  CHECK(code_of(open_bundle_stream(head + c0 + c1 + c1 + c2, key.key.bytes)) == BundleErrorCode::Damaged);
  CHECK(code_of(open_bundle_stream(head + c1 + c0 + c2, key.key.bytes)) == BundleErrorCode::WrongPassphrase);
  // Chunks from another bundle (same passphrase) do not fit either.
  const auto other = encode_bundle(sample_contents(), passphrase, cheap);
  const std::string foreign = std::string(view(other)).substr(o[1], o[2] - o[1]);
  CHECK(code_of(open_bundle_stream(head + c0 + foreign + c2, key.key.bytes)) == BundleErrorCode::Damaged);
}

TEST_CASE("KDF parameters outside the caps are refused before any key is derived") {
  const auto original = encode_bundle({sample_manifest(), {}}, passphrase, cheap);
  const std::string file(view(original));
  const std::vector<KdfParams> refused{{0, 8192},       {11, 8192},      {1, 8191},   {1, 256 * 1024 + 1},
                                       {1, 0xffffffff}, {0xffffffff, 8192}, {0, 0}};
  for (const KdfParams& kdf : refused) {
    CAPTURE(kdf.ops);
    CAPTURE(kdf.memory_kib);
    std::string changed = file;
    put_u32(changed, 12, kdf.ops);
    put_u32(changed, 16, kdf.memory_kib);
    CHECK(code_of(read_bundle_header(changed)) == BundleErrorCode::BadParameters);
    CHECK(code_of(decode_bundle(changed, passphrase)) == BundleErrorCode::BadParameters);
    const SecretKey zero_key;
    CHECK(code_of(open_bundle_stream(changed, zero_key.bytes)) == BundleErrorCode::BadParameters);
  }
  for (const KdfParams& kdf : {bundle_kdf_min, bundle_kdf_max, KdfParams{10, 8192}, KdfParams{1, 256 * 1024}}) {
    std::string changed = file;
    put_u32(changed, 12, kdf.ops);
    put_u32(changed, 16, kdf.memory_kib);
    CHECK(value_of(read_bundle_header(changed)).kdf == kdf);  // the caps themselves are allowed
  }
  CHECK_THROWS_AS(encode_bundle({sample_manifest(), {}}, passphrase, {1, 4096}), std::invalid_argument);
  CHECK_THROWS_AS(encode_bundle({sample_manifest(), {}}, passphrase, {11, 8192}), std::invalid_argument);
}

TEST_CASE("a file over 256 MiB is TooLarge before anything else is looked at") {
  std::string huge(max_bundle_bytes + 1, '\0');
  const auto small = encode_bundle({sample_manifest(), {}}, passphrase, cheap);
  huge.replace(0, small.size(), view(small));  // a valid bundle up front
  CHECK(code_of(read_bundle_header(huge)) == BundleErrorCode::TooLarge);
  CHECK(code_of(decode_bundle(huge, passphrase)) == BundleErrorCode::TooLarge);
  const SecretKey zero_key;
  CHECK(code_of(open_bundle_stream(huge, zero_key.bytes)) == BundleErrorCode::TooLarge);
  huge.replace(0, 8, "NOTROTS!");
  CHECK(code_of(read_bundle_header(huge)) == BundleErrorCode::TooLarge);
  huge.resize(max_bundle_bytes);
  CHECK(code_of(read_bundle_header(huge)) == BundleErrorCode::NotABundle);  // exactly at the cap: looked at
}

TEST_CASE("other files are NotABundle; a newer format is UnsupportedVersion even when shorter than our header") {
  CHECK(code_of(read_bundle_header("{\"format\": \"rots-werkmap-kopie\"}")) == BundleErrorCode::NotABundle);
  CHECK(code_of(read_bundle_header("PK\x03\x04")) == BundleErrorCode::NotABundle);
  CHECK(code_of(read_bundle_header("ROTS")) == BundleErrorCode::Truncated);  // the start of a bundle
  CHECK(code_of(read_bundle_header(std::string("ROTSBNDL\x02\x00", 10))) == BundleErrorCode::UnsupportedVersion);
  CHECK(code_of(read_bundle_header(std::string("ROTSBNDL\x01\x00\x02", 11))) == BundleErrorCode::UnsupportedVersion);
  CHECK(code_of(read_bundle_header(std::string("ROTSBNDL\x01\x00\x01\x00", 12))) == BundleErrorCode::Truncated);
}

TEST_CASE("the writer refuses contents the reader would refuse") {
  const BundleRecord good = case_record(1, "Zoë");
  auto refused = [&](std::vector<BundleRecord> records) {
    CHECK_THROWS_AS(encode_bundle({sample_manifest(), std::move(records)}, passphrase, cheap), std::invalid_argument);
  };
  refused({good, good});                                             // duplicate key
  refused({{"settings:device", good.json}});                         // not a case
  refused({{"case:" + std::string(32, 'A'), good.json}});            // upper-case id
  refused({{good.key, "{\"case\": \"Zo\xeb\"}"}});                   // Latin-1, not UTF-8
  refused({{good.key, good.json + std::string(1, '\0')}});          // a NUL byte
  refused({{good.key, "{\"case\": \"" + std::string(max_record_bytes, 'x') + "\"}"}});  // over 1 MiB
}

TEST_CASE("payload: the manifest must list exactly the records present") {
  const std::string a = case_record(1, "Zoë").json, b = case_record(2, "Anaïs").json;
  const std::string ka = case_record_key(case_id(1)), kb = case_record_key(case_id(2));
  const BundleContents good = value_of(parse_bundle_payload(payload_of({{ka, a}, {kb, b}})));
  CHECK(good.records == std::vector<BundleRecord>{{ka, a}, {kb, b}});
  CHECK(good.manifest.exported_by == "Sénne");

  const std::string listed_two = entry(manifest_json({{ka, blake2b_256_hex(a)}, {kb, blake2b_256_hex(b)}}));
  CHECK(code_of(parse_bundle_payload(listed_two + entry(a))) == BundleErrorCode::BadContents);
  CHECK(code_of(parse_bundle_payload(listed_two + entry(a) + entry(b) + entry(b))) == BundleErrorCode::BadContents);
  CHECK(code_of(parse_bundle_payload(listed_two + entry(a) + entry(b) + "\n")) == BundleErrorCode::BadContents);
  // A flood of empty entries after an empty list is refused at the first, not collected.
  const std::string flood = entry(manifest_json({})) + std::string(4 * 1000000, '\0');
  CHECK(code_of(parse_bundle_payload(flood)) == BundleErrorCode::BadContents);
  CHECK(code_of(parse_bundle_payload("")) == BundleErrorCode::BadContents);
}

TEST_CASE("payload: a record must match its hash") {
  const std::string a = case_record(1, "Zoë").json;
  const std::string ka = case_record_key(case_id(1));
  std::string changed = a;
  changed[changed.find("Zo")] = 'z';
  const std::string payload = entry(manifest_json({{ka, blake2b_256_hex(a)}})) + entry(changed);
  CHECK(code_of(parse_bundle_payload(payload)) == BundleErrorCode::BadContents);
  const std::string upper_hash = entry(manifest_json({{ka, std::string(64, 'F')}})) + entry(a);
  CHECK(code_of(parse_bundle_payload(upper_hash)) == BundleErrorCode::BadContents);
}

TEST_CASE("payload: keys must be case:<id>, once each") {
  const std::string a = case_record(1, "Zoë").json;
  for (const std::string& key : {"case:" + case_id(1) + "x", std::string("case:"), std::string("settings:device"),
                                "CASE:" + case_id(1), "case:" + std::string(32, 'g'), std::string("")}) {
    CAPTURE(key);
    CHECK(code_of(parse_bundle_payload(payload_of({{key, a}}))) == BundleErrorCode::BadContents);
  }
  const std::string ka = case_record_key(case_id(1));
  CHECK(code_of(parse_bundle_payload(payload_of({{ka, a}, {ka, a}}))) == BundleErrorCode::BadContents);
}

// The container leaves a record's text to the importer's decoding, which reads it anyway.
TEST_CASE("import: records must be UTF-8 without NUL bytes") {
  const BundleRecord good = case_record(1, "Zoë");
  std::string latin1 = good.json, nul = good.json;
  latin1.replace(latin1.find("Zoë"), 3, "Zo\xeb");
  nul.append(std::string("\0{\"b\": 2}", 9));  // rapidjson would stop at the NUL and take the case
  for (const std::string& text : {latin1, nul}) {
    CAPTURE(text);
    const BundleContents contents = value_of(parse_bundle_payload(payload_of({{good.key, text}})));
    const auto imported = records_of(contents);
    REQUIRE(code_of(imported) == BundleErrorCode::BadContents);
    CHECK(std::get<BundleError>(imported).detail.starts_with("record 1 (" + good.key + "): "));
  }
}

TEST_CASE("import: a record that is not one JSON object refuses the whole bundle and names the record") {
  const BundleRecord good = case_record(1, "Zoë");
  const std::string kb = case_record_key(case_id(2));
  // Deep nesting must be refused without exhausting the (small, wasm) stack.
  const std::string deep = "{\"case\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  for (const std::string& text : {std::string("[1, 2]"), std::string("\"Zoë\""), std::string("{\"case\": "),
                                 std::string("{} {}"), std::string(""), std::string("{\"case\": [1]}"), deep}) {
    CAPTURE(text);
    // The container is sound (hashes, keys, UTF-8): the importer's decoding refuses the record.
    const BundleContents contents = value_of(parse_bundle_payload(payload_of({{good.key, good.json}, {kb, text}})));
    const auto imported = records_of(contents);
    REQUIRE(code_of(imported) == BundleErrorCode::BadContents);
    CHECK(std::get<BundleError>(imported).detail.starts_with("record 2 (" + kb + "): "));
  }
  CHECK(value_of(records_of(value_of(parse_bundle_payload(payload_of({{good.key, good.json}}))))).cases.at(0).pseudonym == "Zoë");
}

TEST_CASE("payload: the manifest is checked for nesting, encoding, shape and version before use") {
  const std::string a = case_record(1, "Zoë").json;
  const std::string ka = case_record_key(case_id(1));
  const std::string listed = manifest_json({{ka, blake2b_256_hex(a)}});
  auto with_manifest = [&](const std::string& text) { return parse_bundle_payload(entry(text) + entry(a)); };

  std::string deep = listed;
  deep.insert(deep.find("\"records\""), "\"extra\": " + std::string(40, '[') + std::string(40, ']') + ", ");
  CHECK(code_of(with_manifest(deep)) == BundleErrorCode::BadContents);
  std::string deep_in_a_string = listed;  // brackets inside a string are text, not nesting
  deep_in_a_string.replace(deep_in_a_string.find("Sénne"), 6, std::string(100, '['));
  CHECK(value_of(with_manifest(deep_in_a_string)).manifest.exported_by == std::string(100, '['));

  std::string latin1 = listed;
  latin1.replace(latin1.find("Sénne"), 6, "S\xe9nne");
  CHECK(code_of(with_manifest(latin1)) == BundleErrorCode::BadContents);
  CHECK(code_of(with_manifest(listed.substr(0, listed.size() - 1))) == BundleErrorCode::BadContents);
  std::string no_records = listed;
  no_records.replace(no_records.find("\"records\""), 9, "\"recordz\"");
  CHECK(code_of(with_manifest(no_records)) == BundleErrorCode::BadContents);
  std::string wrong_type = listed;
  wrong_type.replace(wrong_type.find("1763900000000"), 13, "\"yesterday\"");
  CHECK(code_of(with_manifest(wrong_type)) == BundleErrorCode::BadContents);
  CHECK(code_of(with_manifest("[]")) == BundleErrorCode::BadContents);

  // As documented: member order does not matter, unknown members are ignored.
  const std::string reordered =
      R"({"manifest": {"records": [{"hash": ")" + blake2b_256_hex(a) + R"(", "key": ")" + ka +
      R"("}], "device_id": "t2", "exported_by": "", "exported_at_ms": 5, "app_version": "0.2.0", "format": 1,)"
      R"( "cereal_class_version": 1, "signature": "later"}})";
  const BundleContents read = value_of(with_manifest(reordered));
  CHECK(read.manifest.device_id == "t2");
  CHECK(read.manifest.app_version == "0.2.0");
  CHECK(read.records.size() == 1);
  CHECK(code_of(with_manifest(manifest_json({{ka, blake2b_256_hex(a)}}, 2))) == BundleErrorCode::UnsupportedVersion);
  CHECK(code_of(with_manifest(manifest_json({{ka, blake2b_256_hex(a)}}, 1, 2))) == BundleErrorCode::BadContents);
}

TEST_CASE("payload: entries cut off or longer than allowed are refused without reading past the end") {
  const std::string a = case_record(1, "Zoë").json;
  const std::string ka = case_record_key(case_id(1));
  const std::string payload = payload_of({{ka, a}});
  for (std::size_t cut : {std::size_t{0}, std::size_t{2}, payload.size() - a.size() - 2, payload.size() - 1}) {
    CAPTURE(cut);
    CHECK(code_of(parse_bundle_payload(payload.substr(0, cut))) == BundleErrorCode::BadContents);
  }
  std::string claims_more = payload;
  put_u32(claims_more, payload.size() - a.size() - 4, static_cast<std::uint32_t>(max_record_bytes + 1));
  CHECK(code_of(parse_bundle_payload(claims_more)) == BundleErrorCode::BadContents);
  std::string huge_manifest = payload;
  put_u32(huge_manifest, 0, 0xffffffff);
  CHECK(code_of(parse_bundle_payload(huge_manifest)) == BundleErrorCode::BadContents);
}

TEST_CASE("the payload the writer produces is what the parser reads") {
  const BundleContents sent = sample_contents();
  const BundleContents got = value_of(parse_bundle_payload(serialize_bundle_payload(sent)));
  CHECK(got.records == sent.records);
  CHECK(got.manifest.records.size() == sent.records.size());
  BundleContents stale = sent;  // a manifest list passed in is replaced by the records' own
  stale.manifest.records = {{"case:" + std::string(32, '0'), std::string(64, '0')}};
  stale.manifest.format = 7;
  const BundleContents fixed = value_of(parse_bundle_payload(serialize_bundle_payload(stale)));
  CHECK(fixed.manifest.format == bundle_format_version);
  CHECK(fixed.manifest.records == got.manifest.records);
}

}  // TEST_SUITE
