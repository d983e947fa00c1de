#include "ui/gesture.hpp"

#include <algorithm>
#include <cmath>

namespace rots::ui {
namespace {
constexpr double time_constant_ms = 325.0;
constexpr double stop_speed = 20.0;  // px/s

void append(std::vector<GestureEvent>& out, const std::vector<GestureEvent>& more) {
  out.insert(out.end(), more.begin(), more.end());
}
}  // namespace

void GestureRecognizer::remember(float x, float y, double t) {
  samples_.push_back({x, y, t});
  // Keep only what a release at or after t can use for its velocity window.
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

// Records a finger position while pressed or scrolling; leaving the slop turns the press into a scroll.
std::vector<GestureEvent> GestureRecognizer::follow(float x, float y, double t_ms) {
  std::vector<GestureEvent> out;
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

std::vector<GestureEvent> GestureRecognizer::touch_move(float x, float y, double t_ms) {
  auto out = tick(t_ms);  // a late timer must not turn a finished long-press into a scroll
  if (state_ == State::Pressed || state_ == State::Scrolling) append(out, follow(x, y, t_ms));
  return out;
}

// Average velocity from the oldest sample inside the window up to the release. touchmove fires
// only on movement, so time the finger rested before lifting counts too: a drag that stops
// before the release does not fling, and one that slows down flings less.
GestureEvent GestureRecognizer::scroll_end(double t_ms) const {
  GestureEvent end{GestureKind::ScrollEnd, last_x_, last_y_};
  const double window_start = t_ms - config_.velocity_window_ms;
  const auto first =
      std::find_if(samples_.begin(), samples_.end(), [&](const Sample& s) { return s.t >= window_start; });
  if (first == samples_.end() || t_ms <= first->t) return end;
  const Sample& last = samples_.back();
  const double seconds = (t_ms - first->t) / 1000.0;
  end.vx = static_cast<float>((last.x - first->x) / seconds);
  end.vy = static_cast<float>((last.y - first->y) / seconds);
  return end;
}

std::vector<GestureEvent> GestureRecognizer::touch_end(float x, float y, double t_ms) {
  auto out = tick(t_ms);
  const bool tracking = state_ == State::Pressed || state_ == State::Scrolling;
  // The lift point may differ from the last move (or be the only move of a quick swipe).
  if (tracking && (x != samples_.back().x || y != samples_.back().y)) append(out, follow(x, y, t_ms));
  if (state_ == State::Pressed) out.push_back({GestureKind::Tap, down_x_, down_y_});
  if (state_ == State::Scrolling) out.push_back(scroll_end(t_ms));
  state_ = State::Idle;
  return out;
}

std::vector<GestureEvent> GestureRecognizer::touch_cancel(double /*t_ms*/) {
  std::vector<GestureEvent> out;
  if (state_ == State::Scrolling) out.push_back({GestureKind::ScrollEnd, last_x_, last_y_});  // no fling
  state_ = State::Idle;
  return out;
}

std::vector<GestureEvent> GestureRecognizer::tick(double t_ms) {
  // Compared with the same sum next_tick_ms() returns, so a tick at exactly that time fires.
  if (state_ != State::Pressed || t_ms < down_t_ + config_.long_press_ms) return {};
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
  active_ = std::hypot(static_cast<double>(vx), static_cast<double>(vy)) >= stop_speed;
}

// Speed v·e^(-t/τ) travels v·τ·(1 - e^(-t/τ)) by time t, so a step from t0 to t1 moves
// v·τ·(e^(-t0/τ) - e^(-t1/τ)): never backwards, and never more than v·τ in total.
Inertia::Step Inertia::step(double t_ms) {
  if (!active_ || t_ms <= last_t_) return {};
  const double decay_before = std::exp(-(last_t_ - start_t_) / time_constant_ms);
  const double decay_now = std::exp(-(t_ms - start_t_) / time_constant_ms);
  const double seconds = time_constant_ms / 1000.0 * (decay_before - decay_now);
  last_t_ = t_ms;
  if (std::hypot(static_cast<double>(vx_), static_cast<double>(vy_)) * decay_now < stop_speed) active_ = false;
  return {static_cast<float>(vx_ * seconds), static_cast<float>(vy_ * seconds)};
}

}  // namespace rots::ui
