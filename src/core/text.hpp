#pragma once
// Small UTF-8 text helpers the domain needs (validation counts characters, not bytes).
#include <cstddef>
#include <string>
#include <string_view>

namespace rots {

std::string_view trim_spaces(std::string_view s);
// Number of code points; invalid sequences count one per byte.
std::size_t utf8_length(std::string_view s);
bool is_valid_utf8(std::string_view s);
// The same, and no NUL byte: text a JSON parser reads in full (rapidjson stops at a NUL).
bool is_valid_utf8_without_nul(std::string_view s);

// Untrusted text quoted in an error detail: at most `max_bytes` of it (then "…"), never cut
// inside a character, control characters and invalid bytes shown as \xNN, so the detail stays
// one valid UTF-8 line whatever the input held.
std::string excerpt(std::string_view text, std::size_t max_bytes);

}  // namespace rots
