#include "storage/record_codec.hpp"

#include <cereal/archives/json.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <optional>
#include <sstream>

#include "core/text.hpp"
#include "storage/case_archive.hpp"

namespace rots {
namespace {

constexpr const char* case_root = "case";
constexpr const char* settings_root = "settings";
constexpr const char* service_root = "service";

std::string parse_error_detail(const rapidjson::Document& doc) {
  return std::string(rapidjson::GetParseError_En(doc.GetParseError())) + " at byte " +
         std::to_string(doc.GetErrorOffset());
}

// Checks size, encoding and JSON syntax before cereal sees the text, so the error says what
// is wrong instead of whatever cereal trips over first.
std::optional<DecodeError> precheck(std::string_view text, const char* root) {
  if (text.size() > max_record_bytes)
    return DecodeError{DecodeErrorCode::TooLarge, std::to_string(text.size()) + " bytes"};
  if (!is_valid_utf8(text)) return DecodeError{DecodeErrorCode::NotJson, "not UTF-8 text"};
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) return DecodeError{DecodeErrorCode::NotJson, parse_error_detail(doc)};
  if (!doc.IsObject() || !doc.HasMember(root) || !doc[root].IsObject())
    return DecodeError{DecodeErrorCode::WrongShape, std::string("expected an object with member '") + root + "'"};
  return std::nullopt;
}

}  // namespace

std::string case_record_key(std::string_view case_id) { return case_key_prefix + std::string(case_id); }
std::string tombstone_record_key(std::string_view case_id) { return tombstone_key_prefix + std::string(case_id); }
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
  std::ostringstream out;
  {
    cereal::JSONOutputArchive archive(out, cereal::JSONOutputArchive::Options::NoIndent());
    archive(cereal::make_nvp(root, value));
  }
  return out.str();
}

template <class T>
Decoded<T> decode_record(const char* root, std::string_view text) {
  if (auto error = precheck(text, root)) return *error;
  try {
    std::istringstream in{std::string(text)};
    cereal::JSONInputArchive archive(in);
    T value{};
    archive(cereal::make_nvp(root, value));
    return value;
  } catch (const UnsupportedSchemaVersion& e) {
    return DecodeError{DecodeErrorCode::UnsupportedVersion, e.what()};
  } catch (const InvalidRecordValue& e) {
    return DecodeError{DecodeErrorCode::InvalidValue, e.what()};
  } catch (const std::exception& e) {
    // cereal::Exception (missing field) or a rapidjson assertion (wrong type).
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
