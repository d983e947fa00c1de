#pragma once
// The JSON document of `rots-bundle export-json` and `create`:
//   {"manifest": {...}, "records": [ <each record's JSON object, e.g. {"case": {...}}>, ... ]}
// Records are embedded as JSON values (not strings), so the document reads and diffs well.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/bundle.hpp"

namespace rots::cli {

// Pretty-printed (2-space indent, UTF-8 as is), ending in a newline; each record is embedded
// exactly as stored in the bundle.
std::string contents_to_json(const BundleContents& contents);

// The records of such a document, each checked with decode_case and re-encoded with
// encode_case under its store key ("case:<id>"). The document's manifest is not used: a new
// bundle gets a new one. An empty list is a valid (empty) bundle. Fails (bad file) naming
// `source` and the record's position.
std::vector<BundleRecord> records_from_json(std::string_view text, std::string_view source);

// "2026-11-23 10:00:00 UTC"
std::string format_utc(std::int64_t unix_ms);

}  // namespace rots::cli
