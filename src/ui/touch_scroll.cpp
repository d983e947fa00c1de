#include "ui/touch_scroll.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace rots::ui {
namespace {

ImGuiID g_target = 0;  // window id, stable across frames (pointers are not kept)
ImVec2 g_pending(0, 0);
int g_frames_held = 0;  // frames the scroll still waits for a click to finish

// ImGui applies a queued press and release over two frames and hit-tests the release against
// where the widget is drawn in that frame: a page scrolled before the release would move the
// widget from under the tap and lose it (a swipe that starts right after a tap, or one frame
// of a slow tablet holding both).
bool click_queued() {
  for (const ImGuiInputEvent& e : GImGui->InputEventsQueue)
    if (e.Type == ImGuiInputEventType_MouseButton) return true;
  return false;
}

// Cards and forms are children that grow with their content (AutoResizeY): a swipe over them
// scrolls the page they sit on, even when a frame of lag briefly gives them a scroll range.
bool can_scroll(const ImGuiWindow* w) {
  if (w->ChildFlags & ImGuiChildFlags_AutoResizeY) return false;
  return w->Active && !w->Hidden && (w->ScrollMax.y > 0.0f || w->ScrollMax.x > 0.0f);
}

}  // namespace

bool touch_scroll_begin(float x, float y) {
  ImGuiContext& g = *GImGui;
  g_target = 0;
  g_pending = ImVec2(0, 0);
  // Front-most first: popups and child windows come after what they cover.
  for (int i = g.Windows.Size - 1; i >= 0; --i) {
    ImGuiWindow* w = g.Windows[i];
    if (!w->WasActive || !w->Rect().Contains(ImVec2(x, y))) continue;
    if (can_scroll(w)) {
      g_target = w->ID;
      return true;
    }
    if (w->Flags & ImGuiWindowFlags_Popup) return false;  // a popup under the finger scrolls nothing behind it
  }
  return false;
}

void touch_scroll_by(float dx, float dy) {
  g_pending.x += dx;
  g_pending.y += dy;
}

void touch_scroll_end() { g_pending = ImVec2(0, 0); }

bool apply_touch_scroll() {
  if (click_queued()) g_frames_held = 2;  // this frame and the one that applies the release
  if (g_frames_held > 0) {
    --g_frames_held;
    return g_target != 0;
  }
  if (g_target == 0 || (g_pending.x == 0.0f && g_pending.y == 0.0f)) return g_target != 0;
  ImGuiWindow* w = ImGui::FindWindowByID(g_target);
  if (!w) {
    g_target = 0;
    return false;
  }
  const ImVec2 want(w->Scroll.x - g_pending.x, w->Scroll.y - g_pending.y);
  const ImVec2 next(ImClamp(want.x, 0.0f, w->ScrollMax.x), ImClamp(want.y, 0.0f, w->ScrollMax.y));
  if (w->ScrollMax.x > 0.0f) ImGui::SetScrollX(w, next.x);
  if (w->ScrollMax.y > 0.0f) ImGui::SetScrollY(w, next.y);
  g_pending = ImVec2(0, 0);
  return next.y == want.y || w->ScrollMax.y == 0.0f;
}

bool is_on_scrollbar(float x, float y) {
  ImGuiContext& g = *GImGui;
  for (int i = g.Windows.Size - 1; i >= 0; --i) {
    ImGuiWindow* w = g.Windows[i];
    if (!w->WasActive || !w->Rect().Contains(ImVec2(x, y))) continue;
    if (w->ScrollbarY && ImGui::GetWindowScrollbarRect(w, ImGuiAxis_Y).Contains(ImVec2(x, y))) return true;
    if (w->ScrollbarX && ImGui::GetWindowScrollbarRect(w, ImGuiAxis_X).Contains(ImVec2(x, y))) return true;
  }
  return false;
}

bool scroll_into_view(float x, float y, float w, float h) {
  ImGuiContext& g = *GImGui;
  const ImVec2 centre(x + w * 0.5f, y + h * 0.5f);
  for (int i = g.Windows.Size - 1; i >= 0; --i) {
    ImGuiWindow* win = g.Windows[i];
    if (!win->WasActive || !can_scroll(win)) continue;
    const ImRect view = win->InnerRect;
    // The window's whole content, in screen coordinates at its present scroll position.
    const float top = view.Min.y - win->Scroll.y;
    const float bottom = view.Max.y + win->ScrollMax.y - win->Scroll.y;
    if (centre.x < view.Min.x || centre.x > view.Max.x || centre.y < top || centre.y > bottom) continue;
    g_target = win->ID;
    g_pending = ImVec2(0.0f, (view.Min.y + view.Max.y) * 0.5f - centre.y);  // content follows a finger
    return true;
  }
  return false;
}

}  // namespace rots::ui
