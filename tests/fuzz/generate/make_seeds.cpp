// Seed corpus generator for the fuzz targets (see ../README.md). Writes, from today's encoder:
//   <corpus>/fuzz_record/   varied cases and settings, the golden records, and damaged variants
//   <dict>/fuzz_record.dict every member name and enum name the record format uses
// Run through generate.sh; the output is committed. File names say what the regression test
// expects of each input: "<kind>-<expect>_<what>", kind case|settings, expect ok or an error code.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <rapidjson/document.h>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "storage/case_archive.hpp"
#include "storage/record_codec.hpp"

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
      {"case-unsupported_case-version-99.json", replaced(fresh, "\"cereal_class_version\": 5", "\"cereal_class_version\": 99")},
      {"settings-invalidvalue_text-size-99.json", replaced(settings, "\"text_size_percent\": 200", "\"text_size_percent\": 99")},
      {"settings-unsupported_version-3.json", replaced(settings, "\"cereal_class_version\": 2", "\"cereal_class_version\": 3")},
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

// libFuzzer dictionary: quoted tokens the mutator splices in, so it reaches the decoder's
// field and enum checks instead of stopping at the first unknown name.
void write_record_dict(const fs::path& path, const std::vector<std::string>& samples) {
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
  std::string out = "# Generated by tests/fuzz/generate/make_seeds.cpp: do not edit.\n";
  for (const auto& name : names) out += dict_entry("\"" + name + "\"");  // the name as a JSON string
  for (const char* token : {"{", "}", "[", "]", ":", ",", "true", "false", "null", "-0", "1e999", "\\u0000",
                            "\\ud800", "\"2026-02-29\"", "18446744073709551616", "-9223372036854775809"})
    out += dict_entry(token);
  write_file(path, out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: make_seeds <corpus-dir> <golden-dir> <dict-dir>\n";
    return 2;
  }
  try {
    const fs::path corpus = argv[1], golden = argv[2], dict = argv[3];
    write_record_corpus(corpus / "fuzz_record", golden);
    fs::create_directories(dict);
    write_record_dict(dict / "fuzz_record.dict",
                      {encode_case(closed_case()), encode_case(exchanged_case()), encode_settings(dark_settings())});
  } catch (const std::exception& e) {
    std::cerr << "make_seeds: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
