#include "ui/frame_change.hpp"

#include <cstdint>
#include <utility>

namespace rots::ui {

void FrameChangeDetector::begin() { current_.clear(); }

void FrameChangeDetector::add(const void* data, std::size_t size) {
  const auto length = static_cast<std::uint64_t>(size);
  const auto* length_bytes = reinterpret_cast<const unsigned char*>(&length);
  current_.insert(current_.end(), length_bytes, length_bytes + sizeof length);
  const auto* bytes = static_cast<const unsigned char*>(data);
  current_.insert(current_.end(), bytes, bytes + size);
}

bool FrameChangeDetector::finish() {
  const bool changed = !known_ || current_ != last_;
  std::swap(last_, current_);  // keeps both buffers' capacity: no allocation per frame
  known_ = true;
  return changed;
}

}  // namespace rots::ui
