#pragma once
// Tells whether a frame would put different pixels on the screen than the last one drawn. The
// frame loop draws a few frames after each event until the UI settles, and the last of them
// usually shows exactly what the one before showed: handing it to the GPU again costs a tablet
// battery, and in software rendering (headless Chromium) ~100 ms. The canvas keeps its drawing
// buffer (preserveDrawingBuffer), so a frame not drawn leaves the last picture in place.
// Pure logic: the frame is described as byte ranges (draw lists, clip rectangles, canvas size).
#include <cstddef>
#include <vector>

namespace rots::ui {

class FrameChangeDetector {
 public:
  void begin();
  // Appends one range to the frame's description; its length is part of it, so the same bytes
  // split differently between ranges count as a change.
  void add(const void* data, std::size_t size);
  template <typename T>
  void add_value(const T& value) { add(&value, sizeof value); }
  // True when the frame described since begin() differs from the last one finished, or when
  // nothing has been finished since the start or since invalidate().
  bool finish();
  // The next frame counts as changed whatever it holds: what is on the screen no longer matches
  // what was described (fonts uploaded again, a page brought back).
  void invalidate() { known_ = false; }

 private:
  std::vector<unsigned char> last_;
  std::vector<unsigned char> current_;
  bool known_ = false;
};

}  // namespace rots::ui
