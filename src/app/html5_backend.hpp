#pragma once
// Our thin ImGui platform backend on emscripten/html5.h (instead of Emscripten's GLFW, which
// turns touches into duplicate clicks, ignores devicePixelRatio and never gets text from
// on-screen keyboards). Drawing is left to imgui_impl_opengl3.
#include <functional>
#include <vector>

#include "ui/gesture.hpp"

namespace rots::app {

struct CanvasMetrics {
  float css_width = 0, css_height = 0;  // ImGui's DisplaySize
  float pixel_ratio = 1;                // devicePixelRatio: framebuffer = css * ratio
  int framebuffer_width = 0, framebuffer_height = 0;
};

class Html5Backend {
 public:
  // `wake` is called whenever an event needs a frame to be drawn.
  bool install(const char* canvas_selector, std::function<void()> wake);
  // Per frame, before ImGui::NewFrame: sizes, time, text focus. Returns true if the pixel
  // ratio changed (fonts must be rebuilt).
  bool new_frame();
  const CanvasMetrics& metrics() const { return metrics_; }

  // Entry points for browser callbacks (static trampolines forward here).
  void on_pointer(float x, float y, int button, bool down);
  void on_pointer_move(float x, float y);
  // Touch goes through the gesture recognizer: taps click, drags scroll, long-press opens actions.
  void on_touch_start(float x, float y, double t_ms);
  void on_touch_move(float x, float y, double t_ms);
  void on_touch_end(float x, float y, bool cancelled, double t_ms);
  void on_gesture_timer();
  void on_wheel(float dx, float dy);
  void on_key(const char* key, bool down, bool ctrl, bool shift, bool alt, bool meta);
  void on_resize();
  void request_frame() { if (wake_) wake_(); }
  // The accessibility mirror's activation (screen reader, Enter/Space): a tap at (x, y).
  void activate(float x, float y);

 private:
  void update_canvas_size();
  void focus_text_input_if_tapped(float x, float y);
  void handle(const std::vector<ui::GestureEvent>& events, double now_ms);
  void click(float x, float y, int button);
  void arm_gesture_timer();
  void step_inertia();

  const char* canvas_ = "#canvas";
  std::function<void()> wake_;
  CanvasMetrics metrics_;
  double last_time_ = 0;
  bool size_dirty_ = true;
  ui::GestureRecognizer gestures_;
  ui::Inertia inertia_;
  bool touch_drives_scrollbar_ = false;  // this touch grabbed a scrollbar: it acts as a mouse
  bool timer_armed_ = false;
};

}  // namespace rots::app
