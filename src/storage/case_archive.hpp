#pragma once
// cereal serialization of the domain types. Field names are part of the stored format:
// rename nothing; add fields with a new class version and keep loading the old ones.
#include <cereal/cereal.hpp>
#include <string>

#include "core/case.hpp"
#include "core/settings.hpp"
#include "storage/schema.hpp"

namespace rots {

struct InvalidRecordValue : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <class Archive>
std::string save_minimal(const Archive&, const Date& d) {
  return to_iso(d);
}
template <class Archive>
void load_minimal(const Archive&, Date& d, const std::string& text) {
  auto parsed = parse_iso_date(text);
  if (!parsed) throw InvalidRecordValue("invalid date: " + text.substr(0, 32));
  d = *parsed;
}

template <class Archive>
std::string save_minimal(const Archive&, const Region& r) {
  return std::string(region_key(r));
}
template <class Archive>
void load_minimal(const Archive&, Region& r, const std::string& key) {
  auto parsed = region_from_key(key);
  if (!parsed) throw InvalidRecordValue("unknown region: " + key.substr(0, 32));
  r = *parsed;
}

template <class Archive>
void serialize(Archive& ar, Case& c, const std::uint32_t version) {
  if (version > schema::case_version) throw UnsupportedSchemaVersion("case", version);
  ar(cereal::make_nvp("id", c.id), cereal::make_nvp("pseudonym", c.pseudonym),
     cereal::make_nvp("region", c.region), cereal::make_nvp("registered_on", c.registered_on),
     cereal::make_nvp("created_at_ms", c.created_at_ms),
     cereal::make_nvp("updated_at_ms", c.updated_at_ms));
  if (version >= 2) ar(cereal::make_nvp("hulpvraag", c.hulpvraag));
}

template <class Archive>
std::string save_minimal(const Archive&, const Theme& t) {
  return t == Theme::Dark ? "dark" : "light";
}
template <class Archive>
void load_minimal(const Archive&, Theme& t, const std::string& key) {
  if (key != "dark" && key != "light") throw InvalidRecordValue("unknown theme: " + key.substr(0, 16));
  t = key == "dark" ? Theme::Dark : Theme::Light;
}

template <class Archive>
void serialize(Archive& ar, DeviceSettings& s, const std::uint32_t version) {
  if (version > schema::settings_version) throw UnsupportedSchemaVersion("settings", version);
  ar(cereal::make_nvp("theme", s.theme), cereal::make_nvp("text_size_percent", s.text_size_percent));
  if (!is_text_size_step(s.text_size_percent)) throw InvalidRecordValue("text size out of range");
}

}  // namespace rots

CEREAL_CLASS_VERSION(rots::Case, rots::schema::case_version);
CEREAL_CLASS_VERSION(rots::DeviceSettings, rots::schema::settings_version);
