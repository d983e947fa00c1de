#pragma once
// A cheap look at untrusted JSON before a parser builds anything from it.
#include <cstddef>
#include <string_view>

namespace rots {

// True when arrays/objects in `text` nest deeper than `cap` levels ("[[1]]" is 2 deep). Brackets
// inside strings do not count (escapes, "\"" included, are skipped). Needs no valid JSON: it only
// counts, in one pass and constant memory, so it is safe on any input. A parser still has to
// reject what is malformed.
bool json_nesting_depth_exceeds(std::string_view text, std::size_t cap);

}  // namespace rots
