#include "storage/record_codec.hpp"

#include <cereal/archives/json.hpp>
#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <optional>

#include "core/text.hpp"
#include "storage/case_archive.hpp"
#include "storage/json_shape.hpp"
#include "storage/string_ostream.hpp"
#include "storage/view_istream.hpp"

namespace rots {
namespace {

constexpr const char* case_root = "case";
constexpr const char* settings_root = "settings";
constexpr const char* service_root = "service";

std::string parse_error_detail(rapidjson::ParseErrorCode code, std::size_t offset) {
  return std::string(rapidjson::GetParseError_En(code)) + " at byte " + std::to_string(offset);
}

std::string parse_error_detail(const rapidjson::Document& doc) {
  return parse_error_detail(doc.GetParseError(), doc.GetErrorOffset());
}

DecodeError wrong_shape(const char* root) {
  return DecodeError{DecodeErrorCode::WrongShape, std::string("expected an object with member '") + root + "'"};
}

// What every record is checked for before it is parsed: its size, that it is UTF-8, and that it
// holds no NUL byte (rapidjson would stop reading there and take a record with anything after it).
std::optional<DecodeError> text_problem(std::string_view text, std::size_t max_bytes) {
  if (text.size() > max_bytes) return DecodeError{DecodeErrorCode::TooLarge, std::to_string(text.size()) + " bytes"};
  if (is_valid_utf8_without_nul(text)) return std::nullopt;
  return DecodeError{DecodeErrorCode::NotJson, is_valid_utf8(text) ? "contains a NUL byte" : "not UTF-8 text"};
}

// Checks size, encoding and JSON syntax, and that `root` is a member of the top object, so the
// error says what is wrong instead of whatever a reader trips over first.
std::optional<DecodeError> parse_record(std::string_view text, const char* root, std::size_t max_bytes,
                                        rapidjson::Document& doc) {
  if (auto problem = text_problem(text, max_bytes)) return problem;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) return DecodeError{DecodeErrorCode::NotJson, parse_error_detail(doc)};
  if (!doc.IsObject() || !doc.HasMember(root)) return wrong_shape(root);
  return std::nullopt;
}

// For text cereal refused: the syntax and shape checks of parse_record, and that the root member
// holds an object, with a reader that builds nothing, to name the problem (syntax with its
// offset, or the shape). Size and UTF-8 are checked before cereal reads anything.
std::optional<DecodeError> precheck(std::string_view text, const char* root) {
  rapidjson::MemoryStream memory(text.data(), text.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(memory);
  rapidjson::Reader reader;
  JsonShape shape(root);
  if (!reader.Parse(stream, shape))
    return DecodeError{DecodeErrorCode::NotJson, parse_error_detail(reader.GetParseErrorCode(), reader.GetErrorOffset())};
  if (!shape.top_is_object || !shape.root_is_object) return wrong_shape(root);
  return std::nullopt;
}

}  // namespace

std::string case_record_key(std::string_view case_id) { return case_key_prefix + std::string(case_id); }
std::string tombstone_record_key(std::string_view case_id) { return tombstone_key_prefix + std::string(case_id); }
std::string summary_record_key(std::string_view case_id) { return summary_key_prefix + std::string(case_id); }
std::string service_record_key(std::string_view service_id) {
  return std::string(service_key_prefix) + std::string(service_id);
}

std::uint32_t record_schema_version(std::string_view key) {
  if (key.starts_with(case_key_prefix)) return schema::case_version;
  if (key == settings_record_key) return schema::settings_version;
  if (key.starts_with(service_key_prefix)) return schema::service_version;
  return 1;  // tombstones and anything else: version 1 so far
}

std::string encode_tombstone(std::int64_t deleted_at_ms) {
  return "{\"deleted\":{\"at_ms\":" + std::to_string(deleted_at_ms) + "}}";
}

Decoded<std::int64_t> decode_tombstone(std::string_view text) {
  if (text.size() > 256) return DecodeError{DecodeErrorCode::TooLarge, std::to_string(text.size()) + " bytes"};
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) return DecodeError{DecodeErrorCode::NotJson, parse_error_detail(doc)};
  if (!doc.IsObject() || !doc.HasMember("deleted") || !doc["deleted"].IsObject() ||
      !doc["deleted"].HasMember("at_ms") || !doc["deleted"]["at_ms"].IsInt64())
    return DecodeError{DecodeErrorCode::WrongShape, "expected {\"deleted\":{\"at_ms\":<integer>}}"};
  return doc["deleted"]["at_ms"].GetInt64();
}

template <class T>
std::string encode_record(const char* root, const T& value) {
  StringOStream out;
  {
    cereal::JSONOutputArchive archive(out, cereal::JSONOutputArchive::Options::NoIndent());
    archive(cereal::make_nvp(root, value));
  }  // the archive's destructor writes the closing brace
  return std::move(out).take();
}

// cereal reads the text first; only text it refuses is read again by the precheck, to say what is
// wrong. cereal refuses everything the precheck does (its parser has the same grammar; named
// members are looked up, never taken by position, and the root must be an object), so a good
// record is read once. The UTF-8 check comes first: cereal would take any bytes in a string.
template <class T>
Decoded<T> decode_record(const char* root, std::string_view text) {
  if (auto problem = text_problem(text, max_record_bytes)) return *problem;
  try {
    ViewIStream in(text);
    cereal::JSONInputArchive archive(in);
    T value{};
    archive(cereal::make_nvp(root, value));
    return value;
  } catch (const UnsupportedSchemaVersion& e) {
    return DecodeError{DecodeErrorCode::UnsupportedVersion, e.what()};
  } catch (const InvalidRecordValue& e) {
    return DecodeError{DecodeErrorCode::InvalidValue, e.what()};
  } catch (const std::exception& e) {
    // Not JSON or not the shape (the precheck says which), else cereal::Exception (a missing
    // field) or a rapidjson assertion (a wrong type).
    if (auto error = precheck(text, root)) return *error;
    return DecodeError{DecodeErrorCode::WrongShape, e.what()};
  }
}

std::string encode_case(const Case& c) { return encode_record(case_root, c); }

Decoded<Case> decode_case(std::string_view text) {
  auto decoded = decode_record<Case>(case_root, text);
  if (auto* c = std::get_if<Case>(&decoded); c && !is_case_id(c->id))
    return DecodeError{DecodeErrorCode::InvalidValue, "malformed case id"};
  return decoded;
}

std::string encode_settings(const DeviceSettings& s) { return encode_record(settings_root, s); }
Decoded<DeviceSettings> decode_settings(std::string_view text) { return decode_record<DeviceSettings>(settings_root, text); }

}  // namespace rots

namespace rots {

std::string encode_service(const Service& s) { return encode_record(service_root, s); }

Decoded<Service> decode_service(std::string_view text) {
  auto decoded = decode_record<Service>(service_root, text);
  if (auto* s = std::get_if<Service>(&decoded); s && !is_service_id(s->id))
    return DecodeError{DecodeErrorCode::InvalidValue, "malformed service id"};
  return decoded;
}

}  // namespace rots

namespace rots {
namespace {

constexpr std::size_t max_summary_bytes = 64 * 1024;  // a summary is a few hundred bytes
constexpr int summary_version = 1;

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

std::string_view string_of(const rapidjson::Value& v) {
  if (!v.IsString()) throw InvalidRecordValue("expected text");
  return {v.GetString(), v.GetStringLength()};
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* name) {
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd()) throw InvalidRecordValue(std::string("missing ") + name);
  return it->value;
}

Date date_of(const rapidjson::Value& v) {
  const auto date = parse_iso_date(string_of(v));
  if (!date) throw InvalidRecordValue("invalid date");
  return *date;
}

std::int64_t int64_of(const rapidjson::Value& v) {
  if (!v.IsInt64()) throw InvalidRecordValue("expected an integer");
  return v.GetInt64();
}

rapidjson::Value::ConstArray array_of(const rapidjson::Value& v) {
  if (!v.IsArray()) throw InvalidRecordValue("expected a list");
  return v.GetArray();
}

CaseSummary summary_from(const rapidjson::Value& o) {
  if (!o.IsObject()) throw InvalidRecordValue("expected an object");
  const std::int64_t version = int64_of(member(o, "v"));
  if (version > summary_version || version < 1)
    throw UnsupportedSchemaVersion("summary", static_cast<std::uint32_t>(version));
  CaseSummary s;
  s.id = string_of(member(o, "id"));
  if (!is_case_id(s.id)) throw InvalidRecordValue("malformed case id");
  s.pseudonym = string_of(member(o, "pseudonym"));
  const auto region = region_from_key(string_of(member(o, "region")));
  if (!region) throw InvalidRecordValue("unknown region");
  s.region = *region;
  s.registered_on = date_of(member(o, "registered_on"));
  s.created_at_ms = int64_of(member(o, "created_at_ms"));
  s.updated_at_ms = int64_of(member(o, "updated_at_ms"));
  s.status = case_status_names.from(std::string(string_of(member(o, "status"))), "status");
  const std::int64_t areas = int64_of(member(o, "problem_areas"));
  if (areas < 0 || areas > 0xffffffffLL) throw InvalidRecordValue("problem areas out of range");
  s.problem_areas = static_cast<std::uint32_t>(areas);
  for (const auto& m : array_of(member(o, "meetings"))) {
    const auto slot = array_of(m);
    if (slot.Size() != 3) throw InvalidRecordValue("expected [kind, date, minute]");
    const std::int64_t minute = int64_of(slot[2]);
    if (minute < 0 || minute >= minutes_per_day) throw InvalidRecordValue("meeting time out of range");
    s.meetings.push_back({meeting_kind_names.from(std::string(string_of(slot[0])), "meeting kind"), date_of(slot[1]),
                          static_cast<int>(minute)});
  }
  for (const auto& due : array_of(member(o, "open_due"))) s.open_agreement_due.push_back(date_of(due));
  return s;
}

}  // namespace

std::string encode_summary(const CaseSummary& s) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  w.Key("summary");
  w.StartObject();
  w.Key("v");
  w.Int(summary_version);
  w.Key("id");
  write_string(w, s.id);
  w.Key("pseudonym");
  write_string(w, s.pseudonym);
  w.Key("region");
  write_string(w, region_key(s.region));
  w.Key("registered_on");
  write_string(w, to_iso(s.registered_on));
  w.Key("created_at_ms");
  w.Int64(s.created_at_ms);
  w.Key("updated_at_ms");
  w.Int64(s.updated_at_ms);
  w.Key("status");
  write_string(w, case_status_names.of(s.status));
  w.Key("problem_areas");
  w.Int64(s.problem_areas);
  w.Key("meetings");
  w.StartArray();
  for (const MeetingSlot& m : s.meetings) {
    w.StartArray();
    write_string(w, meeting_kind_names.of(m.kind));
    write_string(w, to_iso(m.date));
    w.Int(m.start_minute);
    w.EndArray();
  }
  w.EndArray();
  w.Key("open_due");
  w.StartArray();
  for (const Date& due : s.open_agreement_due) write_string(w, to_iso(due));
  w.EndArray();
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

Decoded<CaseSummary> decode_summary(std::string_view text) {
  rapidjson::Document doc;
  if (auto error = parse_record(text, "summary", max_summary_bytes, doc)) return *error;
  try {
    return summary_from(doc["summary"]);
  } catch (const UnsupportedSchemaVersion& e) {
    return DecodeError{DecodeErrorCode::UnsupportedVersion, e.what()};
  } catch (const InvalidRecordValue& e) {
    return DecodeError{DecodeErrorCode::InvalidValue, e.what()};
  } catch (const std::exception& e) {  // a rapidjson assertion (json_config.hpp)
    return DecodeError{DecodeErrorCode::WrongShape, e.what()};
  }
}

}  // namespace rots
