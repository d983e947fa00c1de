#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ui/frame_change.hpp"

using rots::ui::FrameChangeDetector;

namespace {

// A frame as the frame loop describes it: the canvas size, then one range per draw list.
struct Frame {
  int width = 768;
  int height = 1024;
  std::vector<std::string> lists;
};

bool describe(FrameChangeDetector& detector, const Frame& frame) {
  detector.begin();
  detector.add_value(frame.width);
  detector.add_value(frame.height);
  for (const std::string& list : frame.lists) detector.add(list.data(), list.size());
  return detector.finish();
}

const Frame lock_screen{768, 1024, {"Ontgrendel", "Wachtzin", "Ontgrendelen"}};

}  // namespace

TEST_CASE("frame changes: the first frame is drawn, the same picture again is not") {
  FrameChangeDetector detector;
  CHECK(describe(detector, lock_screen));
  CHECK_FALSE(describe(detector, lock_screen));
  CHECK_FALSE(describe(detector, lock_screen));
}

TEST_CASE("frame changes: one byte different anywhere is drawn") {
  FrameChangeDetector detector;
  describe(detector, lock_screen);
  for (std::size_t list = 0; list < lock_screen.lists.size(); ++list) {
    for (std::size_t at = 0; at < lock_screen.lists[list].size(); ++at) {
      Frame typed = lock_screen;
      typed.lists[list][at] ^= 0x01;
      CHECK(describe(detector, typed));
      CHECK(describe(detector, lock_screen));  // and back again is a change too
    }
  }
}

TEST_CASE("frame changes: a resized canvas with the same draw lists is drawn") {
  FrameChangeDetector detector;
  describe(detector, lock_screen);
  Frame landscape = lock_screen;
  landscape.width = 1024;
  landscape.height = 768;
  CHECK(describe(detector, landscape));
  CHECK_FALSE(describe(detector, landscape));
}

TEST_CASE("frame changes: the same bytes in other ranges, or a range more or less, are drawn") {
  FrameChangeDetector detector;
  describe(detector, Frame{768, 1024, {"ab", "c"}});
  CHECK(describe(detector, Frame{768, 1024, {"a", "bc"}}));
  CHECK(describe(detector, Frame{768, 1024, {"a", "bc", ""}}));
  CHECK(describe(detector, Frame{768, 1024, {"a", "bc"}}));
  CHECK_FALSE(describe(detector, Frame{768, 1024, {"a", "bc"}}));
}

TEST_CASE("frame changes: after invalidate the same picture is drawn once more") {
  FrameChangeDetector detector;
  describe(detector, lock_screen);
  detector.invalidate();
  CHECK(describe(detector, lock_screen));
  CHECK_FALSE(describe(detector, lock_screen));
}

TEST_CASE("frame changes: a frame is compared with the last one drawn, not the first") {
  FrameChangeDetector detector;
  Frame list{768, 1024, {"Gevallen", "A-01"}};
  Frame scrolled{768, 1024, {"Gevallen", "A-02"}};
  CHECK(describe(detector, list));
  CHECK(describe(detector, scrolled));
  CHECK_FALSE(describe(detector, scrolled));
  CHECK(describe(detector, list));
}
