#include "platform/random_id.hpp"

#include <array>
#include <stdexcept>
#include <sys/random.h>
#include <unistd.h>

namespace rots {

std::string new_random_id() {
  std::array<unsigned char, 16> bytes{};
  if (getentropy(bytes.data(), bytes.size()) != 0) throw std::runtime_error("no secure random source");
  static constexpr char hex[] = "0123456789abcdef";
  std::string id;
  id.reserve(32);
  for (unsigned char b : bytes) {
    id.push_back(hex[b >> 4]);
    id.push_back(hex[b & 0xF]);
  }
  return id;
}

}  // namespace rots
