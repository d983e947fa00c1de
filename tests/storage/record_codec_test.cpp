#include <doctest/doctest.h>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "storage/record_codec.hpp"
#include "storage/schema.hpp"

using namespace rots;

namespace {
Case sample_case() {
  Case c;
  c.id = std::string(32, 'c');
  c.pseudonym = "Zoë \"Z\" — één";
  c.region = Region::OostVlaanderen;
  c.registered_on = {2026, 11, 22};
  c.hulpvraag = "Hoe krijgen we haar terug naar school?\nZe zit al 3 maanden thuis.";
  c.created_at_ms = 1763800000000;
  c.updated_at_ms = 1763800001234;
  return c;
}

DecodeErrorCode error_code(const Decoded<Case>& d) {
  REQUIRE(std::holds_alternative<DecodeError>(d));
  return std::get<DecodeError>(d).code;
}

// A record as version 1 of the schema writes it, typed by hand from the format's field names.
const std::string v1_record =
    R"({"case":{"cereal_class_version":1,"id":"0123456789abcdef0123456789abcdef","pseudonym":"Zoë",)"
    R"("region":"west-vlaanderen","registered_on":"2026-11-20","created_at_ms":1000,"updated_at_ms":2000}})";
}  // namespace

TEST_CASE("a case survives encode and decode unchanged, accents and quotes included") {
  const Case c = sample_case();
  auto decoded = decode_case(encode_case(c));
  REQUIRE(std::holds_alternative<Case>(decoded));
  CHECK(std::get<Case>(decoded) == c);
}

TEST_CASE("a version 1 record written by hand decodes to the expected case") {
  auto decoded = decode_case(v1_record);
  REQUIRE(std::holds_alternative<Case>(decoded));
  const Case& c = std::get<Case>(decoded);
  CHECK(c.id == "0123456789abcdef0123456789abcdef");
  CHECK(c.pseudonym == "Zoë");
  CHECK(c.region == Region::WestVlaanderen);
  CHECK(c.registered_on == Date{2026, 11, 20});
  CHECK(c.created_at_ms == 1000);
  CHECK(c.updated_at_ms == 2000);
  CHECK(c.hulpvraag.empty());  // added in version 2
}

TEST_CASE("a version 2 record carries the hulpvraag") {
  std::string v2 = v1_record;
  v2.replace(v2.find("\"cereal_class_version\":1"), 24, "\"cereal_class_version\":2");
  v2.replace(v2.find("}}"), 2, ",\"hulpvraag\":\"Terug naar school?\"}}");
  auto decoded = decode_case(v2);
  REQUIRE(std::holds_alternative<Case>(decoded));
  CHECK(std::get<Case>(decoded).hulpvraag == "Terug naar school?");
}

TEST_CASE("malformed JSON is an error, not a crash") {
  CHECK(error_code(decode_case(R"({"case":{"id":)")) == DecodeErrorCode::NotJson);
  CHECK(error_code(decode_case("")) == DecodeErrorCode::NotJson);
  CHECK(error_code(decode_case("{'case':1}")) == DecodeErrorCode::NotJson);
  CHECK(error_code(decode_case("null")) == DecodeErrorCode::WrongShape);
  CHECK(error_code(decode_case("[]")) == DecodeErrorCode::WrongShape);
}

// rapidjson stops reading at a NUL byte: what follows it would be ignored, not refused.
TEST_CASE("a record that is not UTF-8 or holds a NUL byte is refused before it is read") {
  const std::string good = encode_case(sample_case());
  REQUIRE(std::holds_alternative<Case>(decode_case(good)));
  std::string latin1 = good;
  latin1.replace(latin1.find("Zoë"), 3, "Zo\xeb");
  for (const std::string& text : {latin1, good + std::string(1, '\0'), good + std::string("\0{\"b\": 2}", 9),
                                  std::string(good).insert(good.find("Zoë"), 1, '\0')}) {
    CAPTURE(text);
    CHECK(error_code(decode_case(text)) == DecodeErrorCode::NotJson);
  }
  const std::string summary = encode_summary(summary_of(sample_case()));
  const auto summary_with_nul = decode_summary(summary + std::string(1, '\0'));
  REQUIRE(std::holds_alternative<DecodeError>(summary_with_nul));
  CHECK(std::get<DecodeError>(summary_with_nul).code == DecodeErrorCode::NotJson);
}

// What cereal refuses is read again by a check that follows the parser without building a
// document, to name the problem: the member "case" must be the top object's own and hold an
// object; anywhere else it does not count.
TEST_CASE("a record whose top object has no case object is a shape error, with the reason") {
  for (const char* text : {R"({"case":5})", R"({"case":[{}]})", R"({"other":{"case":{}}})", R"([{"case":{}}])",
                           R"({"x":[{"case":{}}]})", R"({"case":"{}"})", R"("case")"}) {
    INFO(text);
    const auto decoded = decode_case(text);
    REQUIRE(error_code(decoded) == DecodeErrorCode::WrongShape);
    CHECK(std::get<DecodeError>(decoded).detail == "expected an object with member 'case'");
  }
  // Past the shape check (cereal then finds the fields missing): the first "case" decides.
  CHECK(std::get<DecodeError>(decode_case(R"({"v":1,"case":{}})")).detail != "expected an object with member 'case'");
  const auto cut = decode_case(R"({"case":{}} x)");
  REQUIRE(error_code(cut) == DecodeErrorCode::NotJson);
  CHECK(std::get<DecodeError>(cut).detail == "The document root must not be followed by other values. at byte 12");
}

// cereal reads a record before any shape check (record_codec.cpp): a whole, valid case in the
// wrong place must still be refused, never taken member by member in order.
TEST_CASE("a valid case in an array or as an array of its values is a shape error") {
  const std::string full = encode_case(sample_case());
  const std::string object = full.substr(full.find('{', 1), full.size() - full.find('{', 1) - 1);  // {"case":OBJECT}
  REQUIRE(std::holds_alternative<Case>(decode_case("{\"case\":" + object + "}")));
  // The object's member values in order, names dropped.
  rapidjson::Document doc;
  doc.Parse(object.c_str());
  REQUIRE(doc.IsObject());
  rapidjson::Value array(rapidjson::kArrayType);
  for (rapidjson::SizeType i = 0; i < doc.MemberCount(); ++i)  // by index: rapidjson's != is ambiguous in C++20
    array.PushBack((doc.MemberBegin() + i)->value, doc.GetAllocator());
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  array.Accept(writer);
  const std::string values = buffer.GetString();
  REQUIRE(values.find("\"cccccccc") != std::string::npos);
  for (const std::string& text : {"[" + full + "]", "[" + object + "]", "{\"case\":" + values + "}",
                                  "{\"case\":[" + object + "]}", values}) {
    INFO(text);
    const auto decoded = decode_case(text);
    REQUIRE(error_code(decoded) == DecodeErrorCode::WrongShape);
    CHECK(std::get<DecodeError>(decoded).detail == "expected an object with member 'case'");
  }
}

TEST_CASE("every truncation of a valid record is rejected") {
  const std::string full = encode_case(sample_case());
  for (std::size_t n = 0; n < full.size(); ++n) {
    CAPTURE(n);
    CHECK(std::holds_alternative<DecodeError>(decode_case(full.substr(0, n))));
  }
}

TEST_CASE("binary data with an absurd length prefix is refused without allocating it") {
  // What cereal's binary archive would read as a string of 2^64-1 bytes.
  std::string hostile(8, '\xff');
  hostile += "Zo";
  CHECK(error_code(decode_case(hostile)) == DecodeErrorCode::NotJson);
  std::string with_nul("{\"case\":{}}\0\0\0\0", 15);
  CHECK(std::holds_alternative<DecodeError>(decode_case(with_nul)));
}

TEST_CASE("oversized records are refused before parsing") {
  std::string huge = R"({"case":{"pseudonym":")" + std::string(max_record_bytes, 'a') + "\"}}";
  CHECK(error_code(decode_case(huge)) == DecodeErrorCode::TooLarge);
}

TEST_CASE("deep nesting neither overflows the stack nor decodes") {
  CHECK(error_code(decode_case(std::string(20000, '['))) == DecodeErrorCode::NotJson);
  const int depth = 100000;
  std::string balanced = R"({"case":{"pseudonym":)" + std::string(depth, '[') + std::string(depth, ']') + "}}";
  CHECK(error_code(decode_case(balanced)) == DecodeErrorCode::WrongShape);
}

TEST_CASE("fields of the wrong type or missing fields are a shape error") {
  std::string wrong_type = v1_record;
  wrong_type.replace(wrong_type.find("\"Zoë\""), 6, "42");
  CHECK(error_code(decode_case(wrong_type)) == DecodeErrorCode::WrongShape);

  std::string missing = v1_record;
  missing.replace(missing.find(",\"updated_at_ms\":2000"), 20, "");
  CHECK(error_code(decode_case(missing)) == DecodeErrorCode::WrongShape);

  std::string overflow = v1_record;
  overflow.replace(overflow.find("1000"), 4, "99999999999999999999999");
  CHECK(error_code(decode_case(overflow)) == DecodeErrorCode::WrongShape);
}

TEST_CASE("values the domain does not allow are rejected") {
  auto with = [](std::string from, std::string to) {
    std::string r = v1_record;
    r.replace(r.find(from), from.size(), to);
    return r;
  };
  CHECK(error_code(decode_case(with("west-vlaanderen", "atlantis"))) == DecodeErrorCode::InvalidValue);
  CHECK(error_code(decode_case(with("2026-11-20", "2026-02-30"))) == DecodeErrorCode::InvalidValue);
  CHECK(error_code(decode_case(with("0123456789abcdef", "../../etc/passwd"))) == DecodeErrorCode::InvalidValue);
}

TEST_CASE("a record from a newer schema version is refused clearly") {
  std::string newer = v1_record;
  newer.replace(newer.find("\"cereal_class_version\":1"), 24, "\"cereal_class_version\":" + std::to_string(rots::schema::case_version + 1));
  CHECK(error_code(decode_case(newer)) == DecodeErrorCode::UnsupportedVersion);
}

TEST_CASE("device settings round trip, and bad values are refused") {
  const DeviceSettings s{Theme::Dark, 150};
  auto decoded = decode_settings(encode_settings(s));
  REQUIRE(std::holds_alternative<DeviceSettings>(decoded));
  CHECK(std::get<DeviceSettings>(decoded) == s);
  const std::string hand = R"({"settings":{"cereal_class_version":1,"theme":"light","text_size_percent":115}})";
  auto from_hand = decode_settings(hand);
  REQUIRE(std::holds_alternative<DeviceSettings>(from_hand));
  CHECK(std::get<DeviceSettings>(from_hand) == DeviceSettings{Theme::Light, 115});
  CHECK(std::holds_alternative<DecodeError>(decode_settings(
      R"({"settings":{"cereal_class_version":1,"theme":"light","text_size_percent":5000}})")));
  CHECK(std::holds_alternative<DecodeError>(decode_settings(
      R"({"settings":{"cereal_class_version":1,"theme":"neon","text_size_percent":100}})")));
}

TEST_CASE("the aanmelding survives a round trip and unknown criteria are refused") {
  Case c = sample_case();
  c.aanmelding.channel = Channel::Email;
  c.aanmelding.requester = RequesterKind::Jeugdhulp;
  c.aanmelding.requester_name = "An De Smet (OCJ)";
  c.aanmelding.requester_contact = "an@example.org";
  c.aanmelding.youth_care_criteria = static_cast<std::uint32_t>(YouthCareCriterion::ConsensusWithClb) |
                                     static_cast<std::uint32_t>(YouthCareCriterion::ReactivateThuiszitter);
  c.aanmelding.clb_other = "Tijdelijk onderwijs aan huis bekijken";
  auto decoded = decode_case(encode_case(c));
  REQUIRE(std::holds_alternative<Case>(decoded));
  CHECK(std::get<Case>(decoded) == c);

  std::string text = encode_case(c);
  text.replace(text.find("\"youth_care_criteria\": 9"), 24, "\"youth_care_criteria\": 64");
  CHECK(error_code(decode_case(text)) == DecodeErrorCode::InvalidValue);
  std::string channel = encode_case(c);
  channel.replace(channel.find("\"e-mail\""), 8, "\"fax\"");
  CHECK(error_code(decode_case(channel)) == DecodeErrorCode::InvalidValue);
}

TEST_CASE("a case with the whole workflow survives encode and decode unchanged") {
  Case c = sample_case();
  c.jongere.birth_year = 2011;
  c.jongere.level = SchoolLevel::Secundair;
  c.jongere.problem_areas = static_cast<std::uint32_t>(ProblemArea::Thuiszitter);
  c.jongere.earlier_trajectories.push_back({TrajectoryKind::TimeOut, "Liep vast na 3 weken"});
  c.status = CaseStatus::Afgesloten;
  c.status_changes.push_back({CaseStatus::Aangemeld, CaseStatus::Afgesloten, ClosingReason::TerugOpSchool, "An", 5});
  Meeting m;
  m.id = "m1";
  m.kind = MeetingKind::Overlegtafel;
  m.date = {2026, 12, 1};
  m.start_minute = 14 * 60 + 30;
  m.participants.push_back({"Sara", "CLB Gent", ParticipantRole::Clb, Attendance::Present});
  m.preparation.zorgen = "Angst";
  m.feedback_due = Date{2026, 12, 8};
  m.traject.push_back({"Dagbesteding", "Zorgboerderij De Hoeve", Date{2027, 1, 4}});
  c.meetings.push_back(m);
  c.agreements.push_back({"a1", "Schoolbezoek", "Sara", {2026, 12, 5}, "Tom", AgreementStatus::Gedaan, "m1", 7});
  c.notes.push_back({"n1", "m1", "An", 1, 2, "Tweede versie", {{"Eerste versie", "An", 1}}});
  c.history.push_back({ChangeKind::NoteEdited, "", "An", 2});
  auto decoded = decode_case(encode_case(c));
  REQUIRE(std::holds_alternative<Case>(decoded));
  CHECK(std::get<Case>(decoded) == c);

  // Unset optional values (no feedback date, no start date, no level) survive as unset.
  Meeting bare;
  bare.id = "m2";
  bare.date = {2026, 12, 2};
  bare.traject.push_back({"Stap", "", std::nullopt});
  c.meetings.push_back(bare);
  c.jongere.level.reset();
  auto again = decode_case(encode_case(c));
  REQUIRE(std::holds_alternative<Case>(again));
  CHECK(std::get<Case>(again) == c);
}

TEST_CASE("a version 3 record (before the workflow) loads as a registered case with an empty workflow") {
  const std::string v3 = R"({"case":{"cereal_class_version":3,"id":"cccccccccccccccccccccccccccccccc","pseudonym":"Zoë",)"
                         R"("region":"limburg","registered_on":"2026-11-02","created_at_ms":1,"updated_at_ms":2,)"
                         R"("hulpvraag":"","aanmelding":{"cereal_class_version":1,"channel":"telefoon","requester":"clb",)"
                         R"("requester_name":"","requester_contact":"","clb_criteria":1,"clb_other":"",)"
                         R"("youth_care_criteria":0,"youth_care_other":""}}})";
  auto decoded = decode_case(v3);
  REQUIRE(std::holds_alternative<Case>(decoded));
  const Case& c = std::get<Case>(decoded);
  CHECK(c.pseudonym == "Zoë");
  CHECK(c.status == CaseStatus::Aangemeld);
  CHECK(c.meetings.empty());
  CHECK(c.aanmelding.has(ClbCriterion::NaftAlreadyFollowed));
}

TEST_CASE("a summary survives encode and decode, and every truncation or hostile nesting is refused") {
  Case c = sample_case();
  c.status = CaseStatus::Opvolging;
  c.jongere.problem_areas = 5;
  Meeting m;
  m.kind = MeetingKind::Overlegtafel;
  m.date = {2026, 12, 3};
  m.start_minute = 13 * 60 + 30;
  c.meetings.push_back(m);
  Agreement open_one, done_one;
  open_one.due = {2026, 12, 10};
  done_one.due = {2026, 12, 1};
  done_one.status = AgreementStatus::Gedaan;
  c.agreements = {open_one, done_one};
  const std::string text = encode_summary(summary_of(c));
  auto decoded = decode_summary(text);
  REQUIRE(std::holds_alternative<CaseSummary>(decoded));
  const CaseSummary& s = std::get<CaseSummary>(decoded);
  CHECK(s == summary_of(c));
  CHECK(s.pseudonym == "Zoë \"Z\" — één");
  CHECK(s.open_agreement_due == std::vector<Date>{Date{2026, 12, 10}});

  for (std::size_t n = 0; n < text.size(); ++n) CHECK(std::holds_alternative<DecodeError>(decode_summary(text.substr(0, n))));
  const std::string deep = "{\"summary\":" + std::string(30000, '[') + std::string(30000, ']') + "}";
  CHECK(std::get<DecodeError>(decode_summary(deep)).code == DecodeErrorCode::InvalidValue);
  std::string bad_id = text;
  bad_id.replace(bad_id.find(c.id), 4, "ZZZZ");
  CHECK(std::get<DecodeError>(decode_summary(bad_id)).code == DecodeErrorCode::InvalidValue);
  std::string newer = text;
  newer.replace(newer.find("\"v\":1"), 5, "\"v\":9");
  CHECK(std::get<DecodeError>(decode_summary(newer)).code == DecodeErrorCode::UnsupportedVersion);
}

