#include "app/html5_backend.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/touch_scroll.hpp"

namespace rots::app {
namespace {

Html5Backend* self(void* user_data) { return static_cast<Html5Backend*>(user_data); }

EM_JS(double, rots_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });

// env(safe-area-inset-*) as exposed by style.css on the root element (notch, home indicator).
EM_JS(double, rots_safe_area_inset, (int side), {
  var names = ['--safe-top', '--safe-right', '--safe-bottom', '--safe-left'];
  var value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(names[side]));
  return isNaN(value) ? 0 : value;
});

struct KeyName {
  const char* name;
  ImGuiKey key;
};

// KeyboardEvent.key values for keys ImGui acts on; letters and digits are handled below.
constexpr KeyName named_keys[] = {
    {"Enter", ImGuiKey_Enter},         {"Tab", ImGuiKey_Tab},           {"Backspace", ImGuiKey_Backspace},
    {"Delete", ImGuiKey_Delete},       {"Escape", ImGuiKey_Escape},     {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow}, {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow},
    {"Home", ImGuiKey_Home},           {"End", ImGuiKey_End},           {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},   {" ", ImGuiKey_Space},           {"Shift", ImGuiKey_LeftShift},
    {"Control", ImGuiKey_LeftCtrl},    {"Alt", ImGuiKey_LeftAlt},       {"Meta", ImGuiKey_LeftSuper},
};

ImGuiKey key_from_name(const char* name) {
  for (const auto& k : named_keys)
    if (std::strcmp(k.name, name) == 0) return k.key;
  if (name[0] != '\0' && name[1] == '\0') {
    const char c = name[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  return ImGuiKey_None;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void* user_data) {
  const float x = static_cast<float>(e->targetX), y = static_cast<float>(e->targetY);
  const int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
  switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEDOWN: self(user_data)->on_pointer(x, y, button, true); break;
    case EMSCRIPTEN_EVENT_MOUSEUP: self(user_data)->on_pointer(x, y, button, false); break;
    default: self(user_data)->on_pointer_move(x, y); break;
  }
  return EM_TRUE;
}

EM_BOOL on_wheel_event(int, const EmscriptenWheelEvent* e, void* user_data) {
  // Pixels, lines or pages into ImGui's "notches".
  const double unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
  self(user_data)->on_wheel(static_cast<float>(-e->deltaX / unit), static_cast<float>(-e->deltaY / unit));
  return EM_TRUE;
}

const EmscriptenTouchPoint* changed_touch(const EmscriptenTouchEvent* e, long id) {
  for (int i = 0; i < e->numTouches; ++i)
    if (e->touches[i].isChanged && (id == -1 || e->touches[i].identifier == id)) return &e->touches[i];
  return nullptr;
}

// When the finger touched, not when the handler ran: a slow frame between touchstart and
// touchend must not turn a quick tap into a long-press. Falls back to now for a browser whose
// timeStamp is not on the performance.now() clock.
double event_time(const EmscriptenTouchEvent* e) {
  const double now = emscripten_get_now();
  const double t = e->timestamp;
  return t > 0.0 && t <= now && now - t < 10000.0 ? t : now;
}

// preventDefault on every touch event: no browser scrolling or zooming of the canvas, and no
// emulated mouse events afterwards (which would click a second time). One finger drives input.
EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void* user_data) {
  static long active = -1;
  Html5Backend* backend = self(user_data);
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    if (active != -1) return EM_TRUE;
    const EmscriptenTouchPoint* t = changed_touch(e, -1);
    if (!t) return EM_TRUE;
    active = t->identifier;
    backend->on_touch_start(static_cast<float>(t->targetX), static_cast<float>(t->targetY), event_time(e));
    return EM_TRUE;
  }
  if (active == -1) return EM_TRUE;
  const EmscriptenTouchPoint* t = changed_touch(e, active);
  if (!t) return EM_TRUE;
  const float x = static_cast<float>(t->targetX), y = static_cast<float>(t->targetY);
  if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
    backend->on_touch_move(x, y, event_time(e));
  } else {
    active = -1;
    backend->on_touch_end(x, y, type == EMSCRIPTEN_EVENT_TOUCHCANCEL, event_time(e));
  }
  return EM_TRUE;
}

EM_BOOL on_key_event(int type, const EmscriptenKeyboardEvent* e, void* user_data) {
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  self(user_data)->on_key(e->key, down, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  // Let everything else through to the text bridge: printable keys must reach the textarea
  // as `input` events. Tab would move browser focus away from it.
  return std::strcmp(e->key, "Tab") == 0 ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_resize_event(int, const EmscriptenUiEvent*, void* user_data) {
  self(user_data)->on_resize();
  return EM_FALSE;
}

EM_BOOL on_orientation(int, const EmscriptenOrientationChangeEvent*, void* user_data) {
  self(user_data)->on_resize();
  return EM_FALSE;
}

EM_BOOL on_focus_change(int type, const EmscriptenFocusEvent*, void* user_data) {
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  self(user_data)->request_frame();
  return EM_FALSE;
}

}  // namespace

bool Html5Backend::install(const char* canvas_selector, std::function<void()> wake) {
  canvas_ = canvas_selector;
  wake_ = std::move(wake);
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "rots_html5";
  io.IniFilename = nullptr;              // layout is code, not a file
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep the loop busy

  emscripten_set_mousedown_callback(canvas_, this, EM_TRUE, on_mouse);
  emscripten_set_mouseup_callback(canvas_, this, EM_TRUE, on_mouse);
  emscripten_set_mousemove_callback(canvas_, this, EM_TRUE, on_mouse);
  emscripten_set_wheel_callback(canvas_, this, EM_TRUE, on_wheel_event);
  emscripten_set_touchstart_callback(canvas_, this, EM_TRUE, on_touch);
  emscripten_set_touchmove_callback(canvas_, this, EM_TRUE, on_touch);
  emscripten_set_touchend_callback(canvas_, this, EM_TRUE, on_touch);
  emscripten_set_touchcancel_callback(canvas_, this, EM_TRUE, on_touch);
  emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, on_key_event);
  emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_TRUE, on_key_event);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_FALSE, on_resize_event);
  emscripten_set_orientationchange_callback(this, EM_FALSE, on_orientation);
  emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_FALSE, on_focus_change);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, EM_FALSE, on_focus_change);
  update_canvas_size();
  last_time_ = emscripten_get_now();
  return true;
}

void Html5Backend::update_canvas_size() {
  double w = 0, h = 0;
  emscripten_get_element_css_size(canvas_, &w, &h);
  const double ratio = rots_device_pixel_ratio();
  metrics_.css_width = static_cast<float>(w);
  metrics_.css_height = static_cast<float>(h);
  metrics_.pixel_ratio = static_cast<float>(ratio);
  metrics_.framebuffer_width = static_cast<int>(std::lround(w * ratio));
  metrics_.framebuffer_height = static_cast<int>(std::lround(h * ratio));
  // Setting a canvas's size, even to the one it has, may clear its picture; a frame that changes
  // nothing is not drawn again (main.cpp), so that would leave the page empty.
  int canvas_width = 0, canvas_height = 0;
  emscripten_get_canvas_element_size(canvas_, &canvas_width, &canvas_height);
  if (canvas_width != metrics_.framebuffer_width || canvas_height != metrics_.framebuffer_height)
    emscripten_set_canvas_element_size(canvas_, metrics_.framebuffer_width, metrics_.framebuffer_height);
  ui::set_safe_area({static_cast<float>(rots_safe_area_inset(0)), static_cast<float>(rots_safe_area_inset(1)),
                     static_cast<float>(rots_safe_area_inset(2)), static_cast<float>(rots_safe_area_inset(3))});
  size_dirty_ = false;
}

bool Html5Backend::new_frame() {
  const float old_ratio = metrics_.pixel_ratio;
  if (size_dirty_) update_canvas_size();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(metrics_.css_width, metrics_.css_height);
  io.DisplayFramebufferScale = ImVec2(metrics_.pixel_ratio, metrics_.pixel_ratio);
  const double now = emscripten_get_now();
  // Frames are drawn on demand, so the gap can be long; ImGui only needs it positive.
  io.DeltaTime = static_cast<float>(std::clamp((now - last_time_) / 1000.0, 1e-4, 1.0));
  last_time_ = now;
  step_inertia();
  return old_ratio != metrics_.pixel_ratio;
}

void Html5Backend::on_pointer(float x, float y, int button, bool down) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x, y);
  if (button >= 0) io.AddMouseButtonEvent(button, down);
  if (!down && button == 0) focus_text_input_if_tapped(x, y);
  request_frame();
}

void Html5Backend::on_pointer_move(float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x, y);
  request_frame();
}

void Html5Backend::on_touch_start(float x, float y, double t_ms) {
  inertia_.stop();  // a finger on a flicked list stops it, as on any tablet
  ui::touch_scroll_end();
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  touch_drives_scrollbar_ = ui::is_on_scrollbar(x, y);
  if (touch_drives_scrollbar_) {
    io.AddMousePosEvent(x, y);
    io.AddMouseButtonEvent(0, true);
  } else {
    handle(gestures_.touch_start(x, y, t_ms), emscripten_get_now());
  }
  request_frame();
}

void Html5Backend::on_touch_move(float x, float y, double t_ms) {
  if (touch_drives_scrollbar_) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
  } else {
    handle(gestures_.touch_move(x, y, t_ms), emscripten_get_now());
  }
  request_frame();
}

void Html5Backend::on_touch_end(float x, float y, bool cancelled, double t_ms) {
  const double now = emscripten_get_now();
  if (touch_drives_scrollbar_) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
    io.AddMouseButtonEvent(0, false);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    touch_drives_scrollbar_ = false;
  } else {
    handle(cancelled ? gestures_.touch_cancel(t_ms) : gestures_.touch_end(x, y, t_ms), now);
  }
  request_frame();
}

void Html5Backend::on_gesture_timer() {
  timer_armed_ = false;
  const double now = emscripten_get_now();
  handle(gestures_.tick(now), now);
}

void Html5Backend::arm_gesture_timer() {
  const auto due = gestures_.next_tick_ms();
  if (!due || timer_armed_) return;
  timer_armed_ = true;
  const double delay = std::max(0.0, *due - emscripten_get_now()) + 1.0;
  emscripten_set_timeout([](void* user_data) { self(user_data)->on_gesture_timer(); }, delay, this);
}

// A click as ImGui needs it: position, press and release (ImGui applies them over successive
// frames), then the pointer leaves, because a finger has no hover.
void Html5Backend::click(float x, float y, int button) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(x, y);
  io.AddMouseButtonEvent(button, true);
  io.AddMouseButtonEvent(button, false);
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

void Html5Backend::activate(float x, float y) {
  click(x, y, 0);
  focus_text_input_if_tapped(x, y);  // inside the user's event: the text bridge may take focus
  request_frame();
}

void Html5Backend::handle(const std::vector<ui::GestureEvent>& events, double now_ms) {
  for (const auto& e : events) {
    switch (e.kind) {
      case ui::GestureKind::Tap:
        click(e.x, e.y, 0);
        focus_text_input_if_tapped(e.x, e.y);  // still inside touchend: iOS opens the keyboard
        break;
      case ui::GestureKind::LongPress: click(e.x, e.y, 1); break;  // context actions, as a right click
      case ui::GestureKind::ScrollStart: ui::touch_scroll_begin(e.x, e.y); break;
      case ui::GestureKind::Scroll: ui::touch_scroll_by(e.dx, e.dy); break;
      case ui::GestureKind::ScrollEnd: inertia_.start(e.vx, e.vy, now_ms); break;
    }
  }
  arm_gesture_timer();
  request_frame();
}

void Html5Backend::step_inertia() {
  if (!inertia_.active()) return;
  const auto step = inertia_.step(emscripten_get_now());
  ui::touch_scroll_by(step.dx, step.dy);
  request_frame();  // animation: a frame per display refresh until it settles
}

// iOS opens the on-screen keyboard only for a focus() made inside the user's gesture, so the
// edit session starts here, against the text fields of the frame the user saw.
void Html5Backend::focus_text_input_if_tapped(float x, float y) { ui::edit_session().begin_at(x, y); }

void Html5Backend::on_wheel(float dx, float dy) {
  ImGui::GetIO().AddMouseWheelEvent(dx, dy);
  request_frame();
}

// While a field is edited the textarea handles every editing key itself; ImGui only needs the
// keys that leave or switch fields. (Each forwarded event costs a frame: ImGui drains its queue
// one event per frame.)
static bool editor_owns(const char* key) {
  return ui::edit_session().editing_any() && std::strcmp(key, "Enter") != 0 && std::strcmp(key, "Tab") != 0 &&
         std::strcmp(key, "Escape") != 0 && std::strcmp(key, "Shift") != 0;
}

void Html5Backend::on_key(const char* key, bool down, bool ctrl, bool shift, bool alt, bool meta) {
  if (editor_owns(key)) return;
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
  const ImGuiKey k = key_from_name(key);
  if (k != ImGuiKey_None) io.AddKeyEvent(k, down);
  request_frame();
}

void Html5Backend::on_resize() {
  size_dirty_ = true;
  ui::edit_session().request_ensure_visible();  // rotation or keyboard: keep the edited field in view
  request_frame();
}

}  // namespace rots::app
