#include "app/cli/bundle_json.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <ctime>
#include <set>
#include <variant>

#include "app/cli/cli_error.hpp"
#include "storage/json_depth.hpp"
#include "storage/record_codec.hpp"

namespace rots::cli {
namespace {

using Allocator = rapidjson::Document::AllocatorType;

// A document of records nests about 12 levels deep (records → case → merge copy → sync → stamp).
constexpr std::size_t max_document_depth = 64;

rapidjson::Value string_value(std::string_view s, Allocator& a) {
  return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), a);
}

rapidjson::Value manifest_value(const BundleManifest& m, Allocator& a) {
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("format", m.format, a);
  v.AddMember("app_version", string_value(m.app_version, a), a);
  v.AddMember("exported_at_ms", m.exported_at_ms, a);
  v.AddMember("exported_at", string_value(format_utc(m.exported_at_ms), a), a);  // for readers only
  v.AddMember("exported_by", string_value(m.exported_by, a), a);
  v.AddMember("device_id", string_value(m.device_id, a), a);
  rapidjson::Value entries(rapidjson::kArrayType);
  for (const auto& e : m.records) {
    rapidjson::Value entry(rapidjson::kObjectType);
    entry.AddMember("key", string_value(e.key, a), a);
    entry.AddMember("hash", string_value(e.hash, a), a);
    entries.PushBack(entry, a);
  }
  v.AddMember("records", entries, a);
  return v;
}

std::string compact_text(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return {buffer.GetString(), buffer.GetSize()};
}

BundleRecord checked_record(const rapidjson::Value& v, std::string_view where) {
  if (!v.IsObject()) fail_file(std::string(where) + ": not a JSON object");
  auto decoded = decode_case(compact_text(v));
  if (auto* error = std::get_if<DecodeError>(&decoded))
    fail_file(std::string(where) + ": " + std::string(describe(error->code)) + " (" + error->detail + ")");
  const Case& c = std::get<Case>(decoded);
  return BundleRecord{case_record_key(c.id), encode_case(c)};
}

}  // namespace

std::string contents_to_json(const BundleContents& contents) {
  rapidjson::Document doc(rapidjson::kObjectType);
  const rapidjson::Value manifest = manifest_value(contents.manifest, doc.GetAllocator());
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("manifest");
  manifest.Accept(writer);
  writer.Key("records");
  writer.StartArray();
  // Each record exactly as stored (decode_case has checked it is one JSON object). Spliced as
  // text, never rebuilt as a tree: a record may nest deeper than a recursive writer's stack.
  for (const auto& r : contents.records)
    writer.RawValue(r.json.data(), r.json.size(), rapidjson::kObjectType);
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::vector<BundleRecord> records_from_json(std::string_view text, std::string_view source) {
  const std::string name(source);
  // Checked before parsing: building the tree is iterative, but writing a record back out
  // (compact_text) recurses once per level.
  if (json_nesting_depth_exceeds(text, max_document_depth))
    fail_file(name + ": JSON nested deeper than " + std::to_string(max_document_depth) + " levels");
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError())
    fail_file(name + ": not valid JSON (" + rapidjson::GetParseError_En(doc.GetParseError()) + " at byte " +
              std::to_string(doc.GetErrorOffset()) + ")");
  if (!doc.IsObject() || !doc.HasMember("records") || !doc["records"].IsArray())
    fail_file(name + ": expected {\"manifest\": ..., \"records\": [...]}");
  const auto& list = doc["records"].GetArray();
  std::vector<BundleRecord> records;
  std::set<std::string> keys;
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const std::string where = name + ": record " + std::to_string(i + 1);
    records.push_back(checked_record(list[i], where));
    if (!keys.insert(records.back().key).second) fail_file(where + ": the same case as an earlier record");
  }
  return records;
}

std::string format_utc(std::int64_t unix_ms) {
  const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
  std::tm tm{};
  if (!gmtime_r(&seconds, &tm)) return std::to_string(unix_ms) + " ms";
  char text[64];
  if (std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm) == 0) return std::to_string(unix_ms) + " ms";
  return text;
}

}  // namespace rots::cli
