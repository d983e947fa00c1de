#include <doctest/doctest.h>

#include "ui/gesture.hpp"

using namespace rots::ui;

namespace {
int count(const std::vector<GestureEvent>& events, GestureKind kind) {
  int n = 0;
  for (const auto& e : events) n += e.kind == kind;
  return n;
}

void append(std::vector<GestureEvent>& all, const std::vector<GestureEvent>& more) {
  all.insert(all.end(), more.begin(), more.end());
}
}  // namespace

TEST_CASE("a quick touch is exactly one tap at the touch-down point") {
  GestureRecognizer g;
  CHECK(g.touch_start(100, 200, 0).empty());
  CHECK(g.touch_move(103, 202, 40).empty());  // within the slop: still a tap
  auto end = g.touch_end(104, 203, 90);
  REQUIRE(end.size() == 1);
  CHECK(end[0].kind == GestureKind::Tap);
  CHECK(end[0].x == 100);
  CHECK(end[0].y == 200);
  CHECK_FALSE(g.finger_down());
}

TEST_CASE("a drag scrolls by exactly the finger's movement and never taps") {
  GestureRecognizer g;
  std::vector<GestureEvent> all;
  append(all, g.touch_start(300, 800, 0));
  for (int i = 1; i <= 10; ++i) append(all, g.touch_move(300, 800.0f - 50.0f * static_cast<float>(i), 16.0 * i));
  append(all, g.touch_end(300, 300, 170));
  CHECK(count(all, GestureKind::Tap) == 0);
  CHECK(count(all, GestureKind::ScrollStart) == 1);
  CHECK(count(all, GestureKind::ScrollEnd) == 1);
  float total_dy = 0;
  for (const auto& e : all)
    if (e.kind == GestureKind::Scroll) total_dy += e.dy;
  CHECK(total_dy == doctest::Approx(-500.0f));  // slop included: nothing lost
  CHECK(all.back().kind == GestureKind::ScrollEnd);
  CHECK(all.back().vy < -2000.0f);  // a flick upwards: ~3100 px/s
}

TEST_CASE("a drag that rests before lifting does not fling") {
  GestureRecognizer g;
  g.touch_start(300, 800, 0);
  g.touch_move(300, 700, 50);
  g.touch_move(300, 600, 100);
  auto end = g.touch_end(300, 600, 400);  // held still for 300 ms
  REQUIRE_FALSE(end.empty());
  CHECK(end.back().kind == GestureKind::ScrollEnd);
  CHECK(end.back().vx == 0);
  CHECK(end.back().vy == 0);
}

TEST_CASE("a press held still becomes one long-press and no tap") {
  GestureRecognizer g;
  g.touch_start(50, 60, 1000);
  REQUIRE(g.next_tick_ms().has_value());
  CHECK(*g.next_tick_ms() == doctest::Approx(1500.0));
  CHECK(g.tick(1400).empty());
  auto lp = g.tick(1500);
  REQUIRE(lp.size() == 1);
  CHECK(lp[0].kind == GestureKind::LongPress);
  CHECK(lp[0].x == 50);
  CHECK_FALSE(g.next_tick_ms().has_value());
  CHECK(g.touch_move(90, 120, 1600).empty());  // moving afterwards does not scroll
  CHECK(g.touch_end(90, 120, 1700).empty());
}

TEST_CASE("a second finger is ignored and a cancelled touch never taps") {
  GestureRecognizer g;
  g.touch_start(10, 10, 0);
  CHECK(g.touch_start(500, 500, 10).empty());
  CHECK(g.touch_cancel(20).empty());
  CHECK_FALSE(g.finger_down());

  g.touch_start(10, 10, 100);
  g.touch_move(10, 60, 120);
  auto cancelled = g.touch_cancel(130);
  REQUIRE(cancelled.size() == 1);
  CHECK(cancelled[0].kind == GestureKind::ScrollEnd);
  CHECK(cancelled[0].vy == 0);
}

TEST_CASE("inertia travels a bounded, monotone distance and stops") {
  Inertia inertia;
  inertia.start(0, 2000, 0);
  REQUIRE(inertia.active());
  float travelled = 0, previous_step = 1e9f;
  double t = 0;
  while (inertia.active() && t < 10000) {
    t += 16;
    const auto s = inertia.step(t);
    CHECK(s.dy >= 0);
    CHECK(s.dy <= previous_step + 1e-3f);  // slowing down
    previous_step = s.dy;
    travelled += s.dy;
  }
  CHECK_FALSE(inertia.active());
  CHECK(travelled > 500.0f);
  CHECK(travelled < 2000.0f * 0.325f);  // below v·τ
  CHECK(inertia.step(t).dy == 0);
}

TEST_CASE("inertia: a slow release does not move, and stop() stops") {
  Inertia slow;
  slow.start(5, 5, 0);
  CHECK_FALSE(slow.active());
  Inertia fast;
  fast.start(1000, 0, 0);
  CHECK(fast.step(16).dx > 0);
  CHECK(fast.step(16).dx == 0);  // same time twice: no movement
  fast.stop();
  CHECK(fast.step(32).dx == 0);
}
