#pragma once
// Turns domain records into stored text and back. Decoding treats its input as hostile: it
// comes from IndexedDB (which any page script of this origin or a broken update could have
// written) and later from bundle files. Only JSON is ever decoded from outside: its sizes are
// bounded by the bytes present, unlike cereal's binary archives.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "core/case.hpp"
#include "core/case_summary.hpp"
#include "core/helpmap.hpp"
#include "core/settings.hpp"

namespace rots {

inline constexpr std::size_t max_record_bytes = 1u << 20;  // 1 MiB: far above any real case

enum class DecodeErrorCode {
  TooLarge,            // over max_record_bytes: refused before parsing
  NotJson,             // malformed, truncated, not UTF-8, binary
  WrongShape,          // valid JSON, but not a record of the expected kind
  InvalidValue,        // a field holds a value the domain does not allow
  UnsupportedVersion,  // written by a newer app version
};

struct DecodeError {
  DecodeErrorCode code;
  std::string detail;  // technical, one line, for logs and the quarantine report
};

template <class T>
using Decoded = std::variant<T, DecodeError>;

std::string encode_case(const Case& c);
Decoded<Case> decode_case(std::string_view text);

std::string encode_settings(const DeviceSettings& s);
Decoded<DeviceSettings> decode_settings(std::string_view text);

// A deleted case, remembered so that importing a bundle that still holds it asks first.
std::string encode_tombstone(std::int64_t deleted_at_ms);
Decoded<std::int64_t> decode_tombstone(std::string_view text);

// What the case list needs of a case (core/case_summary.hpp), written beside it in the same
// commit so the list can show before the cases are opened. Flat JSON, decoded without cereal:
// there are as many as there are cases and they are read at every unlock.
std::string encode_summary(const CaseSummary& s);
Decoded<CaseSummary> decode_summary(std::string_view text);

// Help-map entries (core/helpmap.hpp).
std::string encode_service(const Service& s);
Decoded<Service> decode_service(std::string_view text);

// Storage keys.
std::string case_record_key(std::string_view case_id);
std::string tombstone_record_key(std::string_view case_id);
std::string service_record_key(std::string_view service_id);
std::string summary_record_key(std::string_view case_id);
inline constexpr std::string_view service_key_prefix = "service:";
inline constexpr const char* settings_record_key = "settings:device";
inline constexpr const char* case_key_prefix = "case:";
inline constexpr const char* tombstone_key_prefix = "deleted:";
inline constexpr const char* summary_key_prefix = "summary:";
// Every case record's key lies in [case_key_prefix, case_keys_end): start-up reads all other
// records first and the cases after (they are most of what is stored).
inline constexpr const char* case_keys_end = "case;";  // the character after ':' 
// The schema version a record under this key is written in (sealed records are bound to it).
std::uint32_t record_schema_version(std::string_view key);

}  // namespace rots
