#pragma once
// Finger scrolling of Dear ImGui windows: the window under the finger when a drag starts is
// scrolled by the finger's movement (content follows the finger), then by inertia.
namespace rots::ui {

// Chooses the scrollable window under (x, y) of the last drawn frame. Returns false if none.
bool touch_scroll_begin(float x, float y);
void touch_scroll_by(float dx, float dy);
void touch_scroll_end();
// Applies what accumulated; call after ImGui::NewFrame, before drawing. Waits while a click is
// still queued, so a tap is finished where it landed. Returns false once the target cannot move
// further in the direction asked (so inertia can stop).
bool apply_touch_scroll();
// A touch that starts on a scrollbar drags the scrollbar itself, like a mouse.
bool is_on_scrollbar(float x, float y);
// Scrolls the front-most scrollable window holding the rectangle (a widget scrolled out of
// view, e.g. reached by a screen reader) so that it is centred. Returns false if none holds it.
bool scroll_into_view(float x, float y, float w, float h);

}  // namespace rots::ui
