#include "ui/gesture.hpp"

#include <cmath>

namespace rots::ui {
namespace {
constexpr double time_constant_ms = 325.0;
constexpr float stop_speed = 20.0f;  // px/s

// Distance travelled after `elapsed` ms by an exponentially decaying speed v (px/s).
float decayed_distance(float v, double elapsed) {
  return static_cast<float>(v * (time_constant_ms / 1000.0) * (1.0 - std::exp(-elapsed / time_constant_ms)));
}
}  // namespace

void GestureRecognizer::remember(float x, float y, double t) {
  samples_.push_back({x, y, t});
  // Keep only what the velocity window can use (plus the sample just before it).
  while (samples_.size() > 2 && samples_[1].t < t - config_.velocity_window_ms) samples_.erase(samples_.begin());
}

std::vector<GestureEvent> GestureRecognizer::touch_start(float x, float y, double t_ms) {
  if (state_ != State::Idle) return {};  // one finger drives input; others are ignored
  state_ = State::Pressed;
  down_x_ = last_x_ = x;
  down_y_ = last_y_ = y;
  down_t_ = t_ms;
  samples_.clear();
  remember(x, y, t_ms);
  return {};
}

std::vector<GestureEvent> GestureRecognizer::touch_move(float x, float y, double t_ms) {
  std::vector<GestureEvent> out;
  if (state_ == State::Idle || state_ == State::LongPressed) return out;
  remember(x, y, t_ms);
  if (state_ == State::Pressed) {
    if (std::hypot(x - down_x_, y - down_y_) <= config_.tap_slop) return out;
    state_ = State::Scrolling;
    out.push_back({GestureKind::ScrollStart, down_x_, down_y_});
  }
  // The first Scroll also carries the slop, so the content follows the whole finger movement.
  out.push_back({GestureKind::Scroll, x, y, x - last_x_, y - last_y_});
  last_x_ = x;
  last_y_ = y;
  return out;
}

GestureEvent GestureRecognizer::release_velocity(double t_ms) const {
  GestureEvent end{GestureKind::ScrollEnd, last_x_, last_y_};
  // The oldest sample inside the window, compared with the newest.
  const Sample* first = nullptr;
  for (const auto& s : samples_)
    if (s.t >= t_ms - config_.velocity_window_ms) {
      first = &s;
      break;
    }
  const Sample& last = samples_.back();
  if (!first || first == &last || last.t - first->t <= 0.0) return end;  // the finger rested: no fling
  const double seconds = (last.t - first->t) / 1000.0;
  end.vx = static_cast<float>((last.x - first->x) / seconds);
  end.vy = static_cast<float>((last.y - first->y) / seconds);
  return end;
}

std::vector<GestureEvent> GestureRecognizer::touch_end(float x, float y, double t_ms) {
  std::vector<GestureEvent> out;
  switch (state_) {
    case State::Pressed: {
      const bool moved_out = std::hypot(x - down_x_, y - down_y_) > config_.tap_slop;
      if (!moved_out && t_ms - down_t_ < config_.long_press_ms) out.push_back({GestureKind::Tap, down_x_, down_y_});
      break;
    }
    case State::Scrolling:
      if (x != last_x_ || y != last_y_) {
        remember(x, y, t_ms);
        out.push_back({GestureKind::Scroll, x, y, x - last_x_, y - last_y_});
        last_x_ = x;
        last_y_ = y;
      }
      out.push_back(release_velocity(t_ms));
      break;
    case State::Idle:
    case State::LongPressed: break;
  }
  state_ = State::Idle;
  return out;
}

std::vector<GestureEvent> GestureRecognizer::touch_cancel(double) {
  std::vector<GestureEvent> out;
  if (state_ == State::Scrolling) out.push_back({GestureKind::ScrollEnd, last_x_, last_y_});
  state_ = State::Idle;
  return out;
}

std::vector<GestureEvent> GestureRecognizer::tick(double t_ms) {
  if (state_ != State::Pressed || t_ms - down_t_ < config_.long_press_ms) return {};
  state_ = State::LongPressed;
  return {{GestureKind::LongPress, down_x_, down_y_}};
}

std::optional<double> GestureRecognizer::next_tick_ms() const {
  if (state_ != State::Pressed) return std::nullopt;
  return down_t_ + config_.long_press_ms;
}

void Inertia::start(float vx, float vy, double t_ms) {
  vx_ = vx;
  vy_ = vy;
  start_t_ = last_t_ = t_ms;
  active_ = std::hypot(vx, vy) >= stop_speed;
}

Inertia::Step Inertia::step(double t_ms) {
  if (!active_ || t_ms <= last_t_) return {};
  const double before = last_t_ - start_t_, now = t_ms - start_t_;
  Step s{decayed_distance(vx_, now) - decayed_distance(vx_, before),
         decayed_distance(vy_, now) - decayed_distance(vy_, before)};
  last_t_ = t_ms;
  const double speed = std::hypot(vx_, vy_) * std::exp(-now / time_constant_ms);
  if (speed < stop_speed) active_ = false;
  return s;
}

}  // namespace rots::ui
