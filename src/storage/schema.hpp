#pragma once
// Schema versions of everything this app writes. Raise a version when a type's stored shape
// changes, keep loading every older version, and add a golden file for the new one.
// Golden files: tests/golden/ (one record per released version, written by that version's
// code; see tests/golden/README.md), loaded by tests/storage/golden_test.cpp.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace rots {
namespace schema {
// 1: id, pseudonym, region, registered_on, created/updated times
// 2: + hulpvraag
// 3: + aanmelding (channel, requester, ROTS criteria)
// 4: + jongere, status and its changes, meetings, agreements, notes, history
// 5: + sync (version vector, unit stamps, removed items), merge base, open conflicts
// 6: + referrals to help-map services, knelpunten (bottleneck tags)
inline constexpr std::uint32_t case_version = 6;
inline constexpr std::uint32_t referral_version = 1;
// Help-map entries ("service:<id>" records), their own type since case schema 6.
inline constexpr std::uint32_t service_version = 1;
inline constexpr std::uint32_t workflow_version = 1;  // Jongere, Meeting, Agreement, Note
inline constexpr std::uint32_t aanmelding_version = 1;
// settings 2: + device id, last full export, backup reminder days
// settings 3: + user name, auto-lock minutes, retention months
inline constexpr std::uint32_t settings_version = 3;
// Case summaries ("summary:<id>", storage/record_codec.hpp) carry their own version ("v": 1).
// They are derived from the case: one that cannot be read is not used and is written again
// once its case is open, so they need no golden file.
}  // namespace schema

// Data written by a newer app version: refuse clearly rather than guess.
struct UnsupportedSchemaVersion : std::runtime_error {
  UnsupportedSchemaVersion(const std::string& type, std::uint32_t version)
      : std::runtime_error(type + " schema version " + std::to_string(version) + " is newer than this app") {}
};
}  // namespace rots
