#include <doctest/doctest.h>

#include <cmath>

#include "ui/gesture.hpp"

using namespace rots::ui;

namespace {
using Events = std::vector<GestureEvent>;

int count(const Events& events, GestureKind kind) {
  int n = 0;
  for (const auto& e : events) n += e.kind == kind;
  return n;
}

void append(Events& all, const Events& more) { all.insert(all.end(), more.begin(), more.end()); }

struct Sum {
  float dx = 0, dy = 0;
};

Sum scrolled(const Events& events) {
  Sum s;
  for (const auto& e : events)
    if (e.kind == GestureKind::Scroll) {
      s.dx += e.dx;
      s.dy += e.dy;
    }
  return s;
}

// Drags from (x, y) at t = 0 by (step_x, step_y) every 10 ms, `moves` times, then lifts at
// `lift_t` on the last point. Integer steps keep every float sum exact.
Events drag(GestureRecognizer& g, float x, float y, float step_x, float step_y, int moves, double lift_t) {
  Events all = g.touch_start(x, y, 0);
  for (int i = 1; i <= moves; ++i)
    append(all, g.touch_move(x + step_x * static_cast<float>(i), y + step_y * static_cast<float>(i), 10.0 * i));
  append(all, g.touch_end(x + step_x * static_cast<float>(moves), y + step_y * static_cast<float>(moves), lift_t));
  return all;
}
}  // namespace

TEST_CASE("a quick touch is exactly one tap at the touch-down point") {
  GestureRecognizer g;
  CHECK(g.touch_start(100, 200, 0).empty());
  CHECK(g.finger_down());
  CHECK(g.touch_move(103, 202, 40).empty());  // within the slop: still a tap
  const auto end = g.touch_end(104, 203, 90);
  REQUIRE(end.size() == 1);
  CHECK(end[0].kind == GestureKind::Tap);
  CHECK(end[0].x == 100);
  CHECK(end[0].y == 200);
  CHECK_FALSE(g.finger_down());
  CHECK_FALSE(g.next_tick_ms().has_value());
}

TEST_CASE("the tap slop is a Euclidean distance from the touch-down point") {
  SUBCASE("exactly at the slop is still a tap") {
    GestureRecognizer g;
    g.touch_start(0, 0, 0);
    CHECK(g.touch_move(6, 8, 20).empty());  // distance 10
    const auto end = g.touch_end(6, 8, 40);
    REQUIRE(end.size() == 1);
    CHECK(end[0].kind == GestureKind::Tap);
  }
  SUBCASE("diagonal beyond the slop scrolls although each axis is within it") {
    GestureRecognizer g;
    g.touch_start(0, 0, 0);
    const auto moved = g.touch_move(8, 8, 20);  // distance 11.3
    REQUIRE(moved.size() == 2);
    CHECK(moved[0].kind == GestureKind::ScrollStart);
    CHECK(moved[1].kind == GestureKind::Scroll);
    CHECK(count(g.touch_end(8, 8, 40), GestureKind::Tap) == 0);
  }
  SUBCASE("the slop is configurable") {
    GestureRecognizer g(GestureConfig{30.0f, 500.0, 100.0});
    g.touch_start(0, 0, 0);
    CHECK(g.touch_move(0, 25, 20).empty());
    CHECK(g.touch_end(0, 25, 40).at(0).kind == GestureKind::Tap);
  }
}

TEST_CASE("a drag scrolls by exactly the finger's movement and never taps") {
  GestureRecognizer g;
  // (2, -5) per 10 ms: the second move leaves the slop; lift at 200 ms on the last point.
  const auto all = drag(g, 300, 800, 2, -5, 20, 200);
  CHECK(count(all, GestureKind::Tap) == 0);
  CHECK(count(all, GestureKind::LongPress) == 0);
  REQUIRE(count(all, GestureKind::ScrollStart) == 1);
  CHECK(count(all, GestureKind::ScrollEnd) == 1);

  REQUIRE(all.size() >= 2);
  CHECK(all[0].kind == GestureKind::ScrollStart);  // before any Scroll, at the touch-down point
  CHECK(all[0].x == 300);
  CHECK(all[0].y == 800);
  CHECK(all[1].kind == GestureKind::Scroll);
  CHECK(all[1].dx == 4);  // the first Scroll carries the slop part too
  CHECK(all[1].dy == -10);
  CHECK(all[1].x == 304);  // Scroll reports the current point
  CHECK(all[1].y == 790);

  const Sum s = scrolled(all);
  CHECK(s.dx == 40);  // exactly the finger's movement: nothing lost
  CHECK(s.dy == -100);
  CHECK(all.back().kind == GestureKind::ScrollEnd);
  CHECK(all.back().vx == doctest::Approx(200.0));  // 2 px / 10 ms
  CHECK(all.back().vy == doctest::Approx(-500.0));
  CHECK_FALSE(g.finger_down());
}

TEST_CASE("a lift away from the last move scrolls the rest, and a lone far lift is a scroll") {
  SUBCASE("lift point differs from the last move") {
    GestureRecognizer g;
    Events all = g.touch_start(0, 0, 0);
    append(all, g.touch_move(0, 30, 10));
    append(all, g.touch_end(0, 50, 20));
    CHECK(scrolled(all).dy == 50);
    CHECK(all.back().kind == GestureKind::ScrollEnd);
    CHECK(count(all, GestureKind::Tap) == 0);
  }
  SUBCASE("a swipe whose only event after the touch-down is the lift") {
    GestureRecognizer g;
    g.touch_start(10, 10, 0);
    const auto end = g.touch_end(10, 90, 30);
    REQUIRE(end.size() == 3);
    CHECK(end[0].kind == GestureKind::ScrollStart);
    CHECK(end[1].kind == GestureKind::Scroll);
    CHECK(end[1].dy == 80);
    CHECK(end[2].kind == GestureKind::ScrollEnd);
    CHECK(end[2].vy > 0);
  }
}

TEST_CASE("release velocity uses only the last velocity window") {
  GestureRecognizer g;
  Events all = g.touch_start(0, 0, 0);
  // Slow for 500 ms (100 px/s), then a flick of 3000 px/s for the last 100 ms.
  for (int i = 1; i <= 50; ++i) append(all, g.touch_move(static_cast<float>(i), 0, 10.0 * i));
  for (int i = 1; i <= 10; ++i) append(all, g.touch_move(50.0f + 30.0f * static_cast<float>(i), 0, 500.0 + 10.0 * i));
  append(all, g.touch_end(350, 0, 600));
  CHECK(scrolled(all).dx == 350);
  REQUIRE(all.back().kind == GestureKind::ScrollEnd);
  CHECK(all.back().vx == doctest::Approx(3000.0));  // not the 583 px/s average of the whole drag
  CHECK(all.back().vy == 0);
}

TEST_CASE("a drag that rests before lifting does not fling") {
  SUBCASE("rested for the whole window: zero velocity") {
    GestureRecognizer g;
    g.touch_start(300, 800, 0);
    g.touch_move(300, 700, 50);
    g.touch_move(300, 600, 100);
    const auto end = g.touch_end(300, 600, 400);  // held still for 300 ms
    REQUIRE(end.size() == 1);
    CHECK(end[0].kind == GestureKind::ScrollEnd);
    CHECK(end[0].vx == 0);
    CHECK(end[0].vy == 0);
  }
  SUBCASE("rested for exactly the window: still zero") {
    GestureRecognizer g;
    const auto all = drag(g, 0, 0, 0, 10, 20, 300);  // last move at 200 ms
    CHECK(all.back().kind == GestureKind::ScrollEnd);
    CHECK(all.back().vy == 0);
  }
  SUBCASE("rested for part of the window: slower than the drag") {
    GestureRecognizer g;
    const auto all = drag(g, 0, 0, 0, 10, 20, 250);  // 1000 px/s until 200 ms, then still
    const float vy = all.back().vy;
    CHECK(vy > 0);
    CHECK(vy < 750.0f);
  }
}

TEST_CASE("a press held still becomes one long-press and no tap") {
  GestureRecognizer g;
  g.touch_start(50, 60, 1000.25);
  REQUIRE(g.next_tick_ms().has_value());
  const double due = *g.next_tick_ms();
  CHECK(due == doctest::Approx(1500.25));
  CHECK(g.tick(due - 1).empty());
  CHECK(g.touch_move(53, 56, due - 0.5).empty());  // jitter within the slop keeps it pending
  const auto lp = g.tick(due);  // a timer firing exactly on time
  REQUIRE(lp.size() == 1);
  CHECK(lp[0].kind == GestureKind::LongPress);
  CHECK(lp[0].x == 50);
  CHECK(lp[0].y == 60);
  CHECK(g.tick(due + 100).empty());  // only once
  CHECK_FALSE(g.next_tick_ms().has_value());
  CHECK(g.finger_down());
  CHECK(g.touch_move(90, 120, 1600).empty());  // moving afterwards does not scroll
  CHECK(g.touch_end(90, 120, 1700).empty());
  CHECK_FALSE(g.finger_down());
}

TEST_CASE("a late timer does not lose the long-press or turn it into a tap or scroll") {
  SUBCASE("lift after the deadline without a tick") {
    GestureRecognizer g;
    g.touch_start(5, 5, 0);
    const auto end = g.touch_end(5, 5, 700);
    REQUIRE(end.size() == 1);
    CHECK(end[0].kind == GestureKind::LongPress);
  }
  SUBCASE("move after the deadline without a tick") {
    GestureRecognizer g;
    g.touch_start(5, 5, 0);
    const auto moved = g.touch_move(5, 80, 650);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].kind == GestureKind::LongPress);
    CHECK(g.touch_end(5, 80, 700).empty());
  }
}

TEST_CASE("scrolling cancels the pending long-press") {
  GestureRecognizer g;
  g.touch_start(0, 0, 0);
  g.touch_move(0, 40, 100);
  CHECK_FALSE(g.next_tick_ms().has_value());
  CHECK(g.tick(1000).empty());
  const auto end = g.touch_end(0, 40, 1000);
  CHECK(count(end, GestureKind::LongPress) == 0);
  CHECK(count(end, GestureKind::ScrollEnd) == 1);
}

TEST_CASE("a second finger is ignored") {
  GestureRecognizer g;
  g.touch_start(10, 10, 0);
  CHECK(g.touch_start(500, 500, 200).empty());
  CHECK(*g.next_tick_ms() == doctest::Approx(500.0));  // the first finger's deadline stands
  const auto end = g.touch_end(10, 10, 300);
  REQUIRE(end.size() == 1);
  CHECK(end[0].kind == GestureKind::Tap);
  CHECK(end[0].x == 10);  // where the first finger went down
}

TEST_CASE("a cancelled touch never taps and ends a scroll without a fling") {
  GestureRecognizer g;
  g.touch_start(10, 10, 0);
  CHECK(g.touch_cancel(20).empty());
  CHECK_FALSE(g.finger_down());
  CHECK_FALSE(g.next_tick_ms().has_value());
  CHECK(g.touch_end(10, 10, 30).empty());  // nothing left to end

  g.touch_start(10, 10, 100);
  g.touch_move(10, 60, 110);
  g.touch_move(10, 110, 120);  // a fast flick: 5000 px/s
  const auto cancelled = g.touch_cancel(125);
  REQUIRE(cancelled.size() == 1);
  CHECK(cancelled[0].kind == GestureKind::ScrollEnd);
  CHECK(cancelled[0].vx == 0);
  CHECK(cancelled[0].vy == 0);
  CHECK(g.touch_move(10, 200, 130).empty());
}

TEST_CASE("events without a finger down do nothing, and each touch starts afresh") {
  GestureRecognizer g;
  CHECK(g.touch_move(1, 2, 0).empty());
  CHECK(g.touch_end(1, 2, 10).empty());
  CHECK(g.tick(10000).empty());
  CHECK_FALSE(g.finger_down());

  drag(g, 0, 0, 0, 30, 10, 100);  // a fast flick first
  const auto tap = drag(g, 0, 0, 0, 0, 0, 50);
  REQUIRE(tap.size() == 1);
  CHECK(tap[0].kind == GestureKind::Tap);
  // A slow drag after the flick: its velocity owes nothing to the flick's samples.
  const auto slow = drag(g, 0, 0, 0, 2, 20, 200);
  CHECK(slow.back().vy == doctest::Approx(200.0));
}

TEST_CASE("inertia travels a bounded, monotone distance and stops") {
  Inertia inertia;
  CHECK_FALSE(inertia.active());
  inertia.start(0, 2000, 0);
  REQUIRE(inertia.active());
  float travelled = 0, previous_step = 1e9f;
  double t = 0;
  while (inertia.active() && t < 10000) {
    t += 16;
    const auto s = inertia.step(t);
    CHECK(s.dx == 0);
    CHECK(s.dy >= 0);
    CHECK(s.dy <= previous_step + 1e-3f);  // slowing down
    previous_step = s.dy;
    travelled += s.dy;
  }
  CHECK_FALSE(inertia.active());
  CHECK(t < 2000);  // 2000 px/s decays below 20 px/s in about 1.5 s
  CHECK(travelled > 600.0f);
  CHECK(travelled < 2000.0f * 0.325f);  // below v·τ
  CHECK(inertia.step(t + 16).dy == 0);
}

TEST_CASE("inertia keeps the flick's direction and does not depend on the frame rate") {
  Inertia fine, coarse;
  fine.start(-300, 400, 1000);
  coarse.start(-300, 400, 1000);
  Inertia::Step a, b;
  for (int i = 1; i <= 30; ++i) {
    const auto s = fine.step(1000 + 10.0 * i);
    a.dx += s.dx;
    a.dy += s.dy;
  }
  for (int i = 1; i <= 10; ++i) {
    const auto s = coarse.step(1000 + 30.0 * i);
    b.dx += s.dx;
    b.dy += s.dy;
  }
  CHECK(a.dx < 0);
  CHECK(a.dy > 0);
  CHECK(a.dy / a.dx == doctest::Approx(-4.0 / 3.0));
  CHECK(a.dx == doctest::Approx(b.dx).epsilon(1e-4));
  CHECK(a.dy == doctest::Approx(b.dy).epsilon(1e-4));
  // v·τ·(1 - e^(-300/325)) along y.
  CHECK(a.dy == doctest::Approx(400.0 * 0.325 * (1.0 - std::exp(-300.0 / 325.0))).epsilon(1e-4));
}

TEST_CASE("inertia: a slow release does not move, same time twice is still, and stop() stops") {
  Inertia slow;
  slow.start(5, 5, 0);
  CHECK_FALSE(slow.active());
  CHECK(slow.step(16).dx == 0);

  Inertia fast;
  fast.start(1000, 0, 0);
  CHECK(fast.step(16).dx > 0);
  CHECK(fast.step(16).dx == 0);  // same time twice: no movement
  CHECK(fast.step(10).dx == 0);  // time going backwards: no movement
  fast.stop();
  CHECK_FALSE(fast.active());
  CHECK(fast.step(32).dx == 0);
}
