#include "storage/backup.hpp"

#include <cstdio>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "storage/record_codec.hpp"

namespace rots {

std::string encode_backup(const std::vector<const Case*>& cases, std::int64_t exported_at_ms) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
  out.StartObject();
  out.Key("format");
  out.String(backup_format_name);
  out.Key("version");
  out.Int(backup_format_version);
  out.Key("exported_at_ms");
  out.Int64(exported_at_ms);
  out.Key("records");
  out.StartArray();
  for (const Case* c : cases) {
    const std::string key = case_record_key(c->id);
    const std::string value = encode_case(*c);
    out.StartObject();
    out.Key("key");
    out.String(key.c_str(), static_cast<rapidjson::SizeType>(key.size()));
    out.Key("value");  // the stored record text, unchanged
    out.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

std::string backup_file_name(const Date& today) {
  char name[64];
  std::snprintf(name, sizeof name, "%s-%04d-%02d-%02d.json", backup_format_name, today.year, today.month, today.day);
  return name;
}

}  // namespace rots
