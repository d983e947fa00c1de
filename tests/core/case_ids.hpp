#pragma once
// The ids of listed cases, in order: what tests compare when two ways of listing must agree.
#include <string>
#include <vector>

#include "core/case.hpp"

namespace rots::test {

inline std::vector<std::string> ids_of(const std::vector<const Case*>& cases) {
  std::vector<std::string> ids;
  for (const Case* c : cases) ids.push_back(c->id);
  return ids;
}

}  // namespace rots::test
