#include "core/region.hpp"

namespace rots {

std::string_view region_key(Region r) {
  switch (r) {
    case Region::Brussel: return "brussel";
    case Region::VlaamsBrabant: return "vlaams-brabant";
    case Region::Antwerpen: return "antwerpen";
    case Region::OostVlaanderen: return "oost-vlaanderen";
    case Region::WestVlaanderen: return "west-vlaanderen";
    case Region::Limburg: return "limburg";
  }
  return "";
}

std::optional<Region> region_from_key(std::string_view key) {
  for (Region r : all_regions)
    if (region_key(r) == key) return r;
  return std::nullopt;
}

}  // namespace rots
