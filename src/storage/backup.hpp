#pragma once
// A plain copy of every case as one JSON file, for when the browser cannot store more (the
// user keeps their work in a file). The records inside are the same cereal JSON the store
// writes, so the bundle importer can read them. Not encrypted: the screen that offers it says
// so. (Encrypted case bundles are the normal way to move cases; see docs/bundle-format.md.)
#include <cstdint>
#include <string>
#include <vector>

#include "core/case.hpp"
#include "core/date.hpp"

namespace rots {

inline constexpr const char* backup_format_name = "rots-werkmap-kopie";
inline constexpr int backup_format_version = 1;

std::string encode_backup(const std::vector<const Case*>& cases, std::int64_t exported_at_ms);
std::string backup_file_name(const Date& today);  // "rots-werkmap-kopie-2026-11-23.json"

}  // namespace rots
