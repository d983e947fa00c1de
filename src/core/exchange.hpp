#pragma once
// Decisions around exchanging cases that need no screen: the bundle's file name, how strong a
// passphrase is, and when an export is a full backup.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace rots {

// "rots-2026-11-23-zoe.rotsbundle", "rots-2026-11-23-zoe-milan-en-3-andere.rotsbundle",
// "rots-2026-11-23-alles-12-casussen.rotsbundle": pseudonyms only, folded to plain letters.
std::string bundle_file_name(const Date& today, const std::vector<std::string>& pseudonyms, bool everything);

inline constexpr std::size_t min_passphrase_length = 10;  // characters
enum class PassphraseStrength { TooShort, Weak, Reasonable, Strong };
// A rough estimate (length × variety, with repeats discounted): enough for a hint, not a promise.
PassphraseStrength passphrase_strength(std::string_view passphrase);

}  // namespace rots
