// Seed corpus generator for the fuzz targets (see ../README.md). Writes, from today's encoders:
//   <corpus>/fuzz_record/          varied cases and settings, the golden records, damaged variants
//   <corpus>/fuzz_bundle_payload/  payloads (manifest + records) as the writer makes them, and broken ones
//   <corpus>/fuzz_bundle_file/     files sealed with the fuzz key (fuzz::bundle_file_key), and broken ones
//   <dict>/<target>.dict           the names and tokens each format uses, for libFuzzer's -dict
// Run through generate.sh; the output is committed. File names say what the regression test
// expects of each input: "<kind>-<expect>_<what>", kind case|settings|payload|file, expect ok
// or an error code name (fuzz_entries.cpp: error_code_name).
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <rapidjson/document.h>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <sodium.h>

#include "fuzz_entries.hpp"
#include "storage/bundle.hpp"
#include "storage/case_archive.hpp"
#include "storage/crypto.hpp"
#include "storage/record_codec.hpp"
#include "storage/schema.hpp"

using namespace rots;
namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("generator: '" + std::string(from) + "' not found");
  return text.replace(at, from.size(), to);
}

// ---- valid records ------------------------------------------------------------------------------

Case fresh_case() {  // just registered: every later part at its default
  Case c;
  c.id = "00112233445566778899aabbccddeeff";
  c.pseudonym = "J.";
  c.region = Region::Limburg;
  c.registered_on = Date{2026, 1, 5};
  c.created_at_ms = 1767600000000;
  c.updated_at_ms = 1767600000000;
  return c;
}

// Text that exercises the JSON escaper and the UTF-8 check: accents (precomposed and combining),
// quotes, backslashes, tabs and newlines, U+2028, a 4-byte emoji.
Case accented_case() {
  Case c = fresh_case();
  c.id = "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf";
  c.pseudonym = "Zoë \"Zo\" Ünal-Çelik";
  c.region = Region::Brussel;
  c.hulpvraag = "Wéér thuis?\tZe zegt: \"ik wil wel, maar…\"\nPad: C:\\school\\rooster\u2028einde \xF0\x9F\x8E\x92";
  c.aanmelding.channel = Channel::Anders;
  c.aanmelding.requester = RequesterKind::School;
  c.aanmelding.requester_name = "Mevr. Noe\xCC\x88lle Dæhlie";  // e + combining diaeresis
  c.aanmelding.requester_contact = "+32 9 123 45 67";
  c.aanmelding.clb_criteria = all_clb_bits;
  c.aanmelding.youth_care_criteria = all_youth_care_bits;
  c.jongere.birth_year = 2009;
  c.jongere.level = SchoolLevel::Buitengewoon;
  c.jongere.school = "Sint-Jozefsinstituut – ÖSO";
  c.jongere.problem_areas = all_problem_bits;
  c.jongere.absence_half_days = max_absence_half_days;
  for (TrajectoryKind k : all_trajectory_kinds) c.jongere.earlier_trajectories.push_back({k, "één keer"});
  return c;
}

// A closed case that walked through every status, with every enum value of meetings,
// agreements and history, optional fields both present and absent, and one very long note.
Case closed_case() {
  Case c = fresh_case();
  c.id = "ffeeddccbbaa99887766554433221100";
  c.pseudonym = "Casus Antwerpen 12";
  c.region = Region::Antwerpen;
  c.status = CaseStatus::Afgesloten;
  const CaseStatus path[] = {CaseStatus::Aangemeld, CaseStatus::InBehandeling, CaseStatus::OverlegGepland,
                             CaseStatus::Opvolging, CaseStatus::Afgesloten};
  std::int64_t at = 1767700000000;
  for (std::size_t i = 1; i < std::size(path); ++i)
    c.status_changes.push_back({path[i - 1], path[i], std::nullopt, "Jens", at += 86400000});
  for (ClosingReason r : all_closing_reasons) c.status_changes.push_back({CaseStatus::Opvolging, CaseStatus::Afgesloten, r, "Lotte", at += 1000});

  const MeetingKind kinds[] = {MeetingKind::Consult, MeetingKind::Overlegtafel};
  for (int m = 0; m < 2; ++m) {
    Meeting meeting;
    meeting.id = std::string(31, static_cast<char>('1' + m)) + "0";
    meeting.kind = kinds[m];
    meeting.date = Date{2026, 2, 28 - m * 27};
    meeting.start_minute = m == 0 ? 0 : minutes_per_day - 1;
    meeting.place = m == 0 ? "" : "Zaal ‘De Brug’";
    const Attendance attendances[] = {Attendance::Invited, Attendance::Present, Attendance::Absent};
    int n = 0;
    for (ParticipantRole role : all_participant_roles)
      meeting.participants.push_back({"Deelnemer " + std::to_string(n), m ? "Org" : "", role, attendances[n++ % 3]});
    meeting.consent_young_person = m == 1;
    meeting.feedback_due = m == 1 ? std::optional<Date>(Date{2028, 2, 29}) : std::nullopt;
    meeting.traject = {{"Stap", "Aanbieder", Date{2026, 12, 31}}, {"Zonder datum", "", std::nullopt}};
    c.meetings.push_back(meeting);
  }
  const AgreementStatus statuses[] = {AgreementStatus::Open, AgreementStatus::Gedaan, AgreementStatus::Geannuleerd};
  for (int a = 0; a < 3; ++a)
    c.agreements.push_back({std::string(32, static_cast<char>('a' + a)), "Afspraak", "Wie", Date{2026, 3, 1 + a},
                            "Opvolger", statuses[a], a == 0 ? c.meetings[0].id : "", at + a});
  Note long_note;
  long_note.id = std::string(32, 'e');
  long_note.author = "Marieke";
  long_note.text.reserve(2 * max_note_length);
  for (std::size_t i = 0; i < max_note_length; ++i) long_note.text += "ü";  // the longest note the app allows
  long_note.earlier = {{"eerste versie", "Marieke", at - 5}};
  c.notes.push_back(long_note);
  for (const auto& [kind, name] : change_kind_names.names) c.history.push_back({kind, name, "Jens", at++});
  return c;
}

// A case exchanged between devices (schema 5): version vector with extreme counters, stamps,
// removed items, a merge base and an open conflict (one level deep, as the app writes them).
Case exchanged_case() {
  Case c = accented_case();
  c.id = "0f0e0d0c0b0a09080706050403020100";
  c.sync.revision = 18446744073709551615u;
  c.sync.device_id = "d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1";
  c.sync.clock = {{"d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1", 18446744073709551615u}, {"d2", 0}};
  c.sync.stamps = {{"pseudonym", {"d2", 1}}, {"meeting:1234", {"d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1", 2}}};
  c.sync.removed = {"note:" + std::string(32, '9'), "agreement:" + std::string(32, '8')};
  Case base = fresh_case();
  base.id = c.id;
  c.merge_base = {base};
  Case theirs = base;
  theirs.pseudonym = "Zoë (hun versie)";
  c.conflict_theirs = {theirs};
  c.conflict_units = {"pseudonym", "hulpvraag"};
  c.conflict_from = "Anaïs";
  return c;
}

DeviceSettings dark_settings() {
  DeviceSettings s;
  s.theme = Theme::Dark;
  s.text_size_percent = 200;
  s.device_id = "d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1";
  s.last_export_at_ms = -1;
  s.backup_reminder_days = max_backup_reminder_days;
  return s;
}

// ---- rejected records ---------------------------------------------------------------------------

// A chain of merge copies `depth` deep. The app writes one level (and its encoder refuses
// more), so the chain is spliced as text: the decoder must refuse it without running out of
// stack on the way down.
std::string nested_merge_copies(int depth) {
  const std::string record = encode_case(fresh_case());
  const auto start = record.find('{', record.find("\"case\""));
  const auto end = record.find_last_of('}', record.rfind('}') - 1) + 1;
  const std::string object = record.substr(start, end - start);
  const std::string empty_base = "\"merge_base\": []";
  std::string chain = object;
  for (int i = 0; i < depth; ++i) chain = replaced(object, empty_base, "\"merge_base\": [" + chain + "]");
  return record.substr(0, start) + chain + record.substr(end);
}

void write_record_corpus(const fs::path& dir, const fs::path& golden) {
  fs::create_directories(dir);
  const std::string fresh = encode_case(fresh_case());
  const std::string closed = encode_case(closed_case());
  const std::string settings = encode_settings(dark_settings());
  const std::vector<std::pair<std::string, std::string>> files = {
      {"case-ok_fresh.json", fresh},
      {"case-ok_accents.json", encode_case(accented_case())},
      {"case-ok_closed-all-enums-long-note.json", closed},
      {"case-ok_exchanged-conflict.json", encode_case(exchanged_case())},
      {"settings-ok_default.json", encode_settings(DeviceSettings{})},
      {"settings-ok_dark-200.json", settings},
      {"case-notjson_truncated-half.json", closed.substr(0, closed.size() / 2)},
      {"case-notjson_truncated-last-brace.json", fresh.substr(0, fresh.size() - 1)},
      {"case-notjson_not-utf8.json", replaced(fresh, "\"J.\"", "\"J\xC3(\"")},
      {"case-notjson_empty.json", ""},
      {"case-notjson_deep-unclosed.json", "{\"case\":" + std::string(5000, '[')},
      {"case-wrongshape_deep-arrays.json", "{\"case\":" + std::string(5000, '[') + std::string(5000, ']') + "}"},
      {"case-wrongshape_settings-as-case.json", settings},
      {"case-wrongshape_id-is-number.json", replaced(fresh, "\"id\": \"00112233445566778899aabbccddeeff\"", "\"id\": 7")},
      {"case-wrongshape_missing-region.json", replaced(fresh, "\"region\": \"limburg\",", "")},
      {"case-invalidvalue_unknown-region.json", replaced(fresh, "\"limburg\"", "\"gent\"")},
      {"case-invalidvalue_february-30.json", replaced(fresh, "2026-01-05", "2026-02-30")},
      {"case-invalidvalue_short-id.json", replaced(fresh, "00112233445566778899aabbccddeeff", "0011")},
      {"case-invalidvalue_nested-merge-copies.json", nested_merge_copies(24)},
      {"case-unsupported_case-version-99.json", replaced(fresh, "\"cereal_class_version\": " + std::to_string(schema::case_version),
                                                          "\"cereal_class_version\": 99")},
      {"settings-invalidvalue_text-size-99.json", replaced(settings, "\"text_size_percent\": 200", "\"text_size_percent\": 99")},
      {"settings-unsupported_version-99.json", replaced(settings, "\"cereal_class_version\": " + std::to_string(schema::settings_version),
                                                          "\"cereal_class_version\": 99")},
  };
  for (const auto& [name, bytes] : files) write_file(dir / name, bytes);

  // The golden records: what released versions wrote, byte for byte.
  for (const auto& entry : fs::directory_iterator(golden)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".json") continue;
    const std::string kind = name.starts_with("settings") ? "settings" : "case";
    write_file(dir / (kind + "-ok_golden-" + name), read_file(entry.path()));
  }
}

// ---- bundles ------------------------------------------------------------------------------------

// Deterministic randomness, for this generator only: every bundle sealed after reset_randomness()
// gets the same salt (so one passphrase gives one key: fuzz::bundle_file_key) and the same
// stream nonce. Reusing a nonce under a key is fatal for real secrets; these seeds and their
// key are public test data.
std::uint64_t random_draws = 0;
void deterministic_bytes(void* out, std::size_t size) {
  unsigned char seed[randombytes_SEEDBYTES] = {'r', 'o', 't', 's', '-', 'f', 'u', 'z', 'z'};
  std::memcpy(seed + 16, &random_draws, sizeof random_draws);
  ++random_draws;
  randombytes_buf_deterministic(out, size, seed);
}
std::uint32_t deterministic_u32() {
  std::uint32_t value = 0;
  deterministic_bytes(&value, sizeof value);
  return value;
}
const char* deterministic_name() { return "rots-fuzz-seeds"; }
randombytes_implementation deterministic_random{deterministic_name, deterministic_u32, nullptr, nullptr,
                                                deterministic_bytes, nullptr};
void reset_randomness() { random_draws = 0; }

BundleRecord record_of(const Case& c) { return {case_record_key(c.id), encode_case(c)}; }

BundleContents contents_of(std::vector<Case> cases) {
  BundleContents contents;
  contents.manifest.app_version = "0.1.0";
  contents.manifest.exported_at_ms = 1767600000000;
  contents.manifest.exported_by = "Anaïs (CLB)";
  contents.manifest.device_id = std::string(32, 'd');
  for (const Case& c : cases) contents.records.push_back(record_of(c));
  return contents;
}

// The payload's entries ([u32 length][bytes] each, docs/bundle-format.md), to edit one and join
// them again with consistent lengths.
std::vector<std::string> entries_of(std::string_view payload) {
  std::vector<std::string> entries;
  for (std::size_t at = 0; at + 4 <= payload.size();) {
    std::uint32_t size = 0;
    for (int i = 3; i >= 0; --i) size = size << 8 | static_cast<unsigned char>(payload[at + i]);
    entries.emplace_back(payload.substr(at + 4, size));
    at += 4 + size;
  }
  return entries;
}

std::string joined(const std::vector<std::string>& entries) {
  std::string out;
  for (const auto& e : entries) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((e.size() >> (8 * i)) & 0xff);
    out += e;
  }
  return out;
}

std::string with_entry(std::string_view payload, std::size_t index, std::string entry) {
  auto entries = entries_of(payload);
  entries.at(index) = std::move(entry);
  return joined(entries);
}

std::string sealed(const BundleContents& contents, std::string_view passphrase) {
  reset_randomness();
  const auto bytes = encode_bundle(contents, passphrase, bundle_kdf_min);
  return {bytes.begin(), bytes.end()};
}

std::string with_byte(std::string bytes, std::size_t at, char value) {
  bytes.at(at) = value;
  return bytes;
}

// Records whose hash matches but whose text the parser must refuse (the writer refuses them,
// so the payload is serialized without it).
BundleContents raw_record_contents(std::string json) {
  BundleContents contents = contents_of({});
  contents.records.push_back({case_record_key(std::string(32, '7')), std::move(json)});
  return contents;
}

void write_payload_corpus(const fs::path& dir, const fs::path& golden) {
  fs::create_directories(dir);
  BundleContents golden_v5 = contents_of({});
  golden_v5.records.push_back({"case:3f9a0c1e7b5d42a8916e0d4c2b8a7f13", read_file(golden / "case_v5.json")});
  const std::string three = serialize_bundle_payload(contents_of({accented_case(), exchanged_case(), fresh_case()}));
  const std::string manifest = entries_of(three).at(0);
  const std::vector<std::pair<std::string, std::string>> files = {
      {"payload-ok_three-cases.bin", three},
      {"payload-ok_empty.bin", serialize_bundle_payload(contents_of({}))},
      {"payload-ok_golden-case-v5.bin", serialize_bundle_payload(golden_v5)},
      {"payload-badcontents_hash-mismatch.bin", with_entry(three, 3, replaced(entries_of(three).at(3), "\"J.\"", "\"K.\""))},
      {"payload-badcontents_cut-in-last-record.bin", three.substr(0, three.size() - 100)},
      {"payload-badcontents_bytes-after-last-record.bin", three + joined({"{}"})},
      {"payload-badcontents_record-missing.bin", [&] {
         auto entries = entries_of(three);
         entries.pop_back();
         return joined(entries);
       }()},
      {"payload-unsupported_manifest-version-2.bin",
       with_entry(three, 0, replaced(manifest, "\"cereal_class_version\": 1", "\"cereal_class_version\": 2"))},
      {"payload-badcontents_settings-key.bin",
       with_entry(three, 0, replaced(manifest, "\"case:00112233445566778899aabbccddeeff\"", "\"settings:device\""))},
      {"payload-badcontents_deep-manifest.bin",
       with_entry(three, 0, "{\"manifest\":" + std::string(40, '[') + std::string(40, ']') + "}")},
      {"payload-badcontents_record-not-an-object.bin", serialize_bundle_payload(raw_record_contents("[1, 2]"))},
      {"payload-badcontents_record-with-nul.bin",
       serialize_bundle_payload(raw_record_contents(std::string("{\"case\": \"a\0b\"}", 15)))},
      {"payload-badcontents_empty.bin", ""},
  };
  for (const auto& [name, bytes] : files) write_file(dir / name, bytes);
}

// The key a file sealed after reset_randomness() has under `passphrase`: Argon2id with the
// file's salt (read back through read_bundle_header, not from a hard-coded offset).
std::array<std::uint8_t, 32> key_of(const std::string& file, std::string_view passphrase) {
  auto header = read_bundle_header(file);
  if (!std::holds_alternative<BundleHeader>(header)) throw std::runtime_error("generated bundle has no header");
  const std::string& salt_hex = std::get<BundleHeader>(header).salt_hex;
  std::array<std::uint8_t, kdf_salt_bytes> salt{};
  if (sodium_hex2bin(salt.data(), salt.size(), salt_hex.data(), salt_hex.size(), nullptr, nullptr, nullptr) != 0)
    throw std::runtime_error("bad salt hex");
  std::array<std::uint8_t, 32> key{};
  if (derive_key_argon2id(passphrase, salt, bundle_kdf_min, key) != KdfStatus::Ok)
    throw std::runtime_error("Argon2id failed");
  return key;
}

void check_fuzz_key(const std::string& file) {
  const auto key = key_of(file, fuzz::bundle_seed_passphrase);
  if (std::equal(key.begin(), key.end(), fuzz::bundle_file_key)) return;
  std::string text;
  for (auto b : key) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02x, ", b);
    text += hex;
  }
  throw std::runtime_error("the seeds' key is not fuzz::bundle_file_key; set it in tests/fuzz/fuzz_entries.cpp to {" +
                           text + "}");
}

// Offsets from docs/bundle-format.md: version at 8, ops at 12, the first chunk's length at 60.
void write_file_corpus(const fs::path& dir) {
  fs::create_directories(dir);
  const std::string passphrase = fuzz::bundle_seed_passphrase;
  const std::string three = sealed(contents_of({accented_case(), exchanged_case(), fresh_case()}), passphrase);
  check_fuzz_key(three);
  Case big1 = closed_case(), big2 = closed_case(), big3 = closed_case();
  big2.id = std::string(32, '2');
  big3.id = std::string(32, '3');
  const std::string two_chunks = sealed(contents_of({big1, big2, big3}), passphrase);
  const std::vector<std::pair<std::string, std::string>> files = {
      {"file-ok_three-cases.rotsbundle", three},
      {"file-ok_empty.rotsbundle", sealed(contents_of({}), passphrase)},
      {"file-ok_two-chunks.rotsbundle", two_chunks},
      {"file-wrongpassphrase_other-passphrase.rotsbundle", sealed(contents_of({fresh_case()}), "not the fuzz passphrase")},
      {"file-wrongpassphrase_ops-changed-within-caps.rotsbundle", with_byte(three, 12, 2)},
      {"file-badparameters_ops-11.rotsbundle", with_byte(three, 12, 11)},
      {"file-unsupported_format-2.rotsbundle", with_byte(three, 8, 2)},
      {"file-notabundle_a-case-record.rotsbundle", encode_case(fresh_case())},
      {"file-truncated_header-only.rotsbundle", three.substr(0, 60)},
      {"file-truncated_last-byte-cut.rotsbundle", three.substr(0, three.size() - 1)},
      {"file-truncated_second-chunk-missing.rotsbundle", two_chunks.substr(0, 60 + 4 + 65536 + 17)},
      {"file-trailingdata_one-more-byte.rotsbundle", three + std::string(1, '\0')},
      {"file-damaged_chunk-length-16.rotsbundle", with_byte(three, 60, 16).replace(61, 3, std::string(3, '\0'))},
      {"file-damaged_second-chunk-flipped.rotsbundle", with_byte(two_chunks, two_chunks.size() - 20,
                                                                 static_cast<char>(two_chunks[two_chunks.size() - 20] ^ 1))},
  };
  for (const auto& [name, bytes] : files) write_file(dir / name, bytes);
}

// ---- dictionary ---------------------------------------------------------------------------------

void collect_names(const rapidjson::Value& v, std::set<std::string>& names) {
  if (v.IsObject()) {
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      names.insert(it->name.GetString());
      collect_names(it->value, names);
    }
  } else if (v.IsArray()) {
    for (const auto& item : v.GetArray()) collect_names(item, names);
  }
}

template <class Table>
void add_enum_names(const Table& table, std::set<std::string>& names) {
  for (const auto& entry : table.names) names.insert(entry.second);
}

// One dictionary line: the token in double quotes, with libFuzzer's escapes (\\, \", \xAB).
std::string dict_entry(std::string_view token) {
  std::string line = "\"";
  for (unsigned char ch : token) {
    if (ch == '\\' || ch == '"') {
      line += '\\';
      line += static_cast<char>(ch);
    } else if (ch < 0x20 || ch >= 0x7f) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", ch);
      line += hex;
    } else {
      line += static_cast<char>(ch);
    }
  }
  return line + "\"\n";
}

// Member names of the JSON samples, and every enum value the record format stores.
std::set<std::string> record_names(const std::vector<std::string>& samples) {
  std::set<std::string> names;
  for (const auto& text : samples) {
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    collect_names(doc, names);
  }
  for (Region r : all_regions) names.insert(std::string(region_key(r)));
  add_enum_names(channel_names, names);
  add_enum_names(requester_names, names);
  add_enum_names(school_level_names, names);
  add_enum_names(trajectory_names, names);
  add_enum_names(meeting_kind_names, names);
  add_enum_names(role_names, names);
  add_enum_names(attendance_names, names);
  add_enum_names(agreement_status_names, names);
  add_enum_names(case_status_names, names);
  add_enum_names(closing_reason_names, names);
  add_enum_names(change_kind_names, names);
  names.insert("dark");
  names.insert("light");
  return names;
}

// libFuzzer dictionary: quoted tokens the mutator splices in, so it reaches the decoders'
// checks instead of stopping at the first unknown name or bad length.
void write_dict(const fs::path& path, const std::set<std::string>& json_names, std::vector<std::string> tokens) {
  std::string out = "# Generated by tests/fuzz/generate/make_seeds.cpp: do not edit.\n";
  for (const auto& name : json_names) out += dict_entry("\"" + name + "\"");  // the name as a JSON string
  for (const auto& token : tokens) out += dict_entry(token);
  write_file(path, out);
}

const std::vector<std::string> json_tokens = {"{", "}", "[", "]", ":", ",", "true", "false", "null", "-0", "1e999",
                                              "\\u0000", "\\ud800", "\\n", "\\r", "\\t", "\\\"", "\\\\",
                                              "\\u2028", "\"2026-02-29\"", "18446744073709551616",
                                              "-9223372036854775809"};

// Little-endian u32 as 4 bytes.
std::string le32(std::uint32_t v) {
  return {static_cast<char>(v & 0xff), static_cast<char>((v >> 8) & 0xff), static_cast<char>((v >> 16) & 0xff),
          static_cast<char>(v >> 24)};
}

void write_dicts(const fs::path& dict) {
  fs::create_directories(dict);
  const auto records = record_names(
      {encode_case(closed_case()), encode_case(exchanged_case()), encode_settings(dark_settings())});
  write_dict(dict / "fuzz_record.dict", records, json_tokens);

  auto payload_names = records;
  const std::string payload = serialize_bundle_payload(contents_of({fresh_case()}));
  const auto manifest_names = record_names({entries_of(payload).at(0)});
  payload_names.insert(manifest_names.begin(), manifest_names.end());
  auto payload_tokens = json_tokens;
  for (const std::string& token : {std::string("\"case:"), le32(0), le32(1), le32(max_record_bytes), le32(max_record_bytes + 1),
                                  le32(0xffffffffu)})
    payload_tokens.push_back(token);
  write_dict(dict / "fuzz_bundle_payload.dict", payload_names, payload_tokens);

  // The file's fixed fields and the lengths and tags its readers branch on.
  write_dict(dict / "fuzz_bundle_file.dict", {},
             {"ROTSBNDL", std::string("\x01\x00\x01\x00", 4), le32(bundle_kdf_min.ops), le32(bundle_kdf_max.ops),
              le32(bundle_kdf_max.ops + 1), le32(bundle_kdf_min.memory_kib), le32(bundle_kdf_max.memory_kib),
              le32(bundle_kdf_max.memory_kib + 1), le32(16), le32(17), le32(65536 + 17), le32(65536 + 18)});
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: make_seeds <corpus-dir> <golden-dir> <dict-dir>\n";
    return 2;
  }
  if (randombytes_set_implementation(&deterministic_random) != 0) {  // before libsodium starts
    std::cerr << "make_seeds: cannot make libsodium's randomness deterministic\n";
    return 1;
  }
  try {
    const fs::path corpus = argv[1], golden = argv[2], dict = argv[3];
    write_record_corpus(corpus / "fuzz_record", golden);
    write_payload_corpus(corpus / "fuzz_bundle_payload", golden);
    write_file_corpus(corpus / "fuzz_bundle_file");
    write_dicts(dict);
  } catch (const std::exception& e) {
    std::cerr << "make_seeds: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
