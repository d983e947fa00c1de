#pragma once
// The help map's default data (assets/helpmap/sociale-kaart.json, embedded at build time so it
// is there offline from the first start): the service kinds of the "Eerste Hulp Bij
// schooluitval" card and the public coordinator contacts, each with its source.
#include <string_view>
#include <variant>
#include <vector>

#include "core/helpmap.hpp"
#include "storage/record_codec.hpp"

namespace rots {

// Reads the default data file's format (a plain, hand-editable JSON document; see the file).
Decoded<std::vector<Service>> parse_default_services(std::string_view json);
// The embedded file, parsed (a broken file fails the unit tests, never a user's start-up: then
// the help map simply starts empty).
std::vector<Service> default_services();

}  // namespace rots
