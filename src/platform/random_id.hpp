#pragma once
#include <string>

namespace rots {
// 128 random bits as 32 lowercase hex digits, from the system's secure generator
// (browser: crypto.getRandomValues). Throws std::runtime_error if none is available.
std::string new_random_id();
}  // namespace rots
