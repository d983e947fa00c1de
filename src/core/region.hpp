#pragma once
// The six regions in which the networks against early school leaving are organised.
#include <array>
#include <optional>
#include <string_view>

namespace rots {

enum class Region { Brussel, VlaamsBrabant, Antwerpen, OostVlaanderen, WestVlaanderen, Limburg };

inline constexpr std::array<Region, 6> all_regions = {
    Region::Brussel,        Region::VlaamsBrabant,  Region::Antwerpen,
    Region::OostVlaanderen, Region::WestVlaanderen, Region::Limburg};

// Stable key written to storage and bundles; never reorder or rename (display names live in
// the UI text catalog).
std::string_view region_key(Region r);
std::optional<Region> region_from_key(std::string_view key);

}  // namespace rots
