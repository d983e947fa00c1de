#pragma once
// Turns one finger's raw touches into what a tablet user means: a quick touch is a tap (one
// click), a drag scrolls the content under the finger (never clicking what it started on), a
// flick keeps scrolling with decaying speed, and a press held still opens the item's actions.
// Pure logic: CSS pixels and milliseconds in, gesture events out.
#include <optional>
#include <vector>

namespace rots::ui {

enum class GestureKind { Tap, LongPress, ScrollStart, Scroll, ScrollEnd };

struct GestureEvent {
  GestureKind kind;
  float x = 0, y = 0;    // Tap/LongPress/ScrollStart: the touch-down point; Scroll: the current point
  float dx = 0, dy = 0;  // Scroll: finger movement since the previous Scroll/ScrollStart
  float vx = 0, vy = 0;  // ScrollEnd: release velocity in CSS px per second (0 after a rest)
};

struct GestureConfig {
  float tap_slop = 10.0f;             // a touch that moves further is a scroll, not a tap
  double long_press_ms = 500.0;       // held still this long: long-press
  double velocity_window_ms = 100.0;  // release velocity is measured over this last stretch
};

class GestureRecognizer {
 public:
  explicit GestureRecognizer(GestureConfig config = {}) : config_(config) {}

  std::vector<GestureEvent> touch_start(float x, float y, double t_ms);
  std::vector<GestureEvent> touch_move(float x, float y, double t_ms);
  std::vector<GestureEvent> touch_end(float x, float y, double t_ms);
  std::vector<GestureEvent> touch_cancel(double t_ms);  // the browser took the touch: never a tap
  // Emits the long-press when it is due. touch_move/touch_end also emit a due long-press first,
  // so a late timer does not lose it.
  std::vector<GestureEvent> tick(double t_ms);

  // When tick() should run next (the long-press deadline), if anything is pending.
  std::optional<double> next_tick_ms() const;
  bool finger_down() const { return state_ != State::Idle; }

 private:
  enum class State { Idle, Pressed, Scrolling, LongPressed };
  struct Sample {
    float x, y;
    double t;
  };

  void remember(float x, float y, double t);
  std::vector<GestureEvent> follow(float x, float y, double t_ms);
  GestureEvent scroll_end(double t_ms) const;

  GestureConfig config_;
  State state_ = State::Idle;
  float down_x_ = 0, down_y_ = 0;
  double down_t_ = 0;
  float last_x_ = 0, last_y_ = 0;  // where the last Scroll left the content
  std::vector<Sample> samples_;    // recent positions, for the release velocity
};

// Inertial scrolling after a flick: the speed decays exponentially (time constant 325 ms, as on
// iOS) and the scroll stops below 20 px/s.
class Inertia {
 public:
  struct Step {
    float dx = 0, dy = 0;
  };

  void start(float vx, float vy, double t_ms);
  Step step(double t_ms);  // displacement since the previous step
  bool active() const { return active_; }
  void stop() { active_ = false; }

 private:
  bool active_ = false;
  float vx_ = 0, vy_ = 0;  // px/s at start
  double start_t_ = 0, last_t_ = 0;
};

}  // namespace rots::ui
