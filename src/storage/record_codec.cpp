#include "storage/record_codec.hpp"

#include <cereal/archives/json.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <sstream>

#include "core/text.hpp"
#include "storage/case_archive.hpp"

namespace rots {
namespace {

constexpr const char* case_root = "case";

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

std::string case_record_key(std::string_view case_id) { return "case:" + std::string(case_id); }

std::string encode_case(const Case& c) {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive archive(out, cereal::JSONOutputArchive::Options::NoIndent());
    archive(cereal::make_nvp(case_root, c));
  }
  return out.str();
}

Decoded<Case> decode_case(std::string_view text) {
  if (auto error = precheck(text, case_root)) return *error;
  try {
    std::istringstream in{std::string(text)};
    cereal::JSONInputArchive archive(in);
    Case c;
    archive(cereal::make_nvp(case_root, c));
    if (!is_case_id(c.id)) return DecodeError{DecodeErrorCode::InvalidValue, "malformed case id"};
    return c;
  } catch (const UnsupportedSchemaVersion& e) {
    return DecodeError{DecodeErrorCode::UnsupportedVersion, e.what()};
  } catch (const InvalidRecordValue& e) {
    return DecodeError{DecodeErrorCode::InvalidValue, e.what()};
  } catch (const std::exception& e) {
    // cereal::Exception (missing field) or a rapidjson assertion (wrong type).
    return DecodeError{DecodeErrorCode::WrongShape, e.what()};
  }
}

}  // namespace rots
