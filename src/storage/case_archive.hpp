#pragma once
// cereal serialization of the domain types. Field names are part of the stored format:
// rename nothing; add fields with a new class version and keep loading the old ones.
#include <array>
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

// Enums are stored by name, so reordering them can never change what old records mean.
template <class E, std::size_t N>
struct EnumNames {
  std::array<std::pair<E, const char*>, N> names;
  const char* of(E e) const {
    for (const auto& [value, name] : names)
      if (value == e) return name;
    return "";
  }
  E from(const std::string& key, const char* what) const {
    for (const auto& [value, name] : names)
      if (key == name) return value;
    throw InvalidRecordValue(std::string("unknown ") + what + ": " + key.substr(0, 24));
  }
};
inline constexpr EnumNames<Channel, 3> channel_names{
    {{{Channel::Telefoon, "telefoon"}, {Channel::Email, "e-mail"}, {Channel::Anders, "anders"}}}};
inline constexpr EnumNames<RequesterKind, 4> requester_names{{{{RequesterKind::Clb, "clb"},
                                                                {RequesterKind::Jeugdhulp, "jeugdhulp"},
                                                                {RequesterKind::School, "school"},
                                                                {RequesterKind::Andere, "andere"}}}};

template <class Archive>
std::string save_minimal(const Archive&, const Channel& c) {
  return channel_names.of(c);
}
template <class Archive>
void load_minimal(const Archive&, Channel& c, const std::string& key) {
  c = channel_names.from(key, "channel");
}
template <class Archive>
std::string save_minimal(const Archive&, const RequesterKind& r) {
  return requester_names.of(r);
}
template <class Archive>
void load_minimal(const Archive&, RequesterKind& r, const std::string& key) {
  r = requester_names.from(key, "requester");
}

template <class Archive>
void serialize(Archive& ar, Aanmelding& a, const std::uint32_t version) {
  if (version > schema::aanmelding_version) throw UnsupportedSchemaVersion("aanmelding", version);
  ar(cereal::make_nvp("channel", a.channel), cereal::make_nvp("requester", a.requester),
     cereal::make_nvp("requester_name", a.requester_name), cereal::make_nvp("requester_contact", a.requester_contact),
     cereal::make_nvp("clb_criteria", a.clb_criteria), cereal::make_nvp("clb_other", a.clb_other),
     cereal::make_nvp("youth_care_criteria", a.youth_care_criteria),
     cereal::make_nvp("youth_care_other", a.youth_care_other));
  if ((a.clb_criteria & ~all_clb_bits) != 0 || (a.youth_care_criteria & ~all_youth_care_bits) != 0)
    throw InvalidRecordValue("unknown criterion");
}

template <class Archive>
void serialize(Archive& ar, Case& c, const std::uint32_t version) {
  if (version > schema::case_version) throw UnsupportedSchemaVersion("case", version);
  ar(cereal::make_nvp("id", c.id), cereal::make_nvp("pseudonym", c.pseudonym),
     cereal::make_nvp("region", c.region), cereal::make_nvp("registered_on", c.registered_on),
     cereal::make_nvp("created_at_ms", c.created_at_ms),
     cereal::make_nvp("updated_at_ms", c.updated_at_ms));
  if (version >= 2) ar(cereal::make_nvp("hulpvraag", c.hulpvraag));
  if (version >= 3) ar(cereal::make_nvp("aanmelding", c.aanmelding));
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
CEREAL_CLASS_VERSION(rots::Aanmelding, rots::schema::aanmelding_version);
CEREAL_CLASS_VERSION(rots::DeviceSettings, rots::schema::settings_version);
