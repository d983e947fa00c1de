// Wiring: WebGL2 context, ImGui, the html5 backend, IndexedDB, and a frame loop that runs only
// when something changed (input, resize, a finished save), so an untouched tab uses no CPU.
#include <GLES3/gl3.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>
#include <string>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "app/html5_backend.hpp"
#include "platform/web/idb_backend.hpp"
#include "platform/web/web_device_storage.hpp"
#include "platform/web/web_timer.hpp"
#include "platform/web/web_writer_lock.hpp"
#include "platform/web/web_text_input.hpp"
#include "ui/automation.hpp"
#include "ui/fonts.hpp"
#include "ui/frame_change.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/screens.hpp"
#include "ui/theme.hpp"
#include "ui/touch_scroll.hpp"

namespace {

struct Runtime {
  rots::app::Html5Backend backend;
  rots::IdbBackend storage;
  rots::WebTimer timer;
  rots::WebWriterLock writer_lock;
  rots::WebDeviceStorage device_storage;
  std::unique_ptr<rots::WebTextInput> text_input;
  std::unique_ptr<rots::app::App> app;
  int frames_wanted = 0;
  bool frame_scheduled = false;
  long frames_drawn = 0;
  long frames_presented = 0;  // frames handed to WebGL: those that changed the picture
  rots::ui::FrameChangeDetector frame_change;
  bool announced_ready = false;
  bool working_in_background = false;  // a chain of background_slice timeouts is under way
  rots::Theme applied_theme = rots::Theme::Light;
  int applied_text_size_percent = 0;  // 0: nothing applied yet
  float applied_pixel_ratio = 0.0f;
  std::string automation_json;
  // Per frame since the page last asked (rotsAutomation.frameTimes): the UI's CPU time (input to
  // ImGui::Render) and the whole frame's (with handing the draw data to WebGL).
  std::vector<std::pair<double, double>> frame_cpu_ms;
  std::string frame_times_json;
};

Runtime* g_runtime = nullptr;

EM_JS(void, rots_announce_ready, (), {
  if (window.rotsAutomation) window.rotsAutomation._markReady();
});

// Printable pages open in a preview over the app (shell/boot.js), with print and close buttons.
EM_JS(void, rots_show_print, (const char* html, const char* print_label, const char* close_label), {
  window.rotsPrint.show(UTF8ToString(html), UTF8ToString(print_label), UTF8ToString(close_label));
});

// tel: and mailto: go to the device's phone or mail app; the page itself stays.
EM_JS(void, rots_open_link, (const char* url), {
  var link = document.createElement('a');
  link.href = UTF8ToString(url);
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
});

// Hidden or closed pages may never run again (tablets discard background tabs): write what is
// waiting at once. While something is unsaved, closing the tab asks first.
EM_JS(void, rots_watch_page_lifecycle, (), {
  document.addEventListener('visibilitychange', function() {
    if (document.visibilityState === 'hidden') _rots_page_hiding();
    else _rots_page_shown();
  });
  window.addEventListener('pagehide', function() { _rots_page_hiding(); });
  window.addEventListener('beforeunload', function(event) {
    _rots_page_hiding();
    if (_rots_has_unsaved_changes()) {
      event.preventDefault();
      event.returnValue = "Niet opgeslagen";
    }
  });
});

// The accessibility mirror (shell/a11y.js) rebuilds itself only when the table changed.
EM_JS(void, rots_a11y_table_changed, (), {
  if (window.rotsA11y) window.rotsA11y.changed();
});

EM_JS(void, rots_report_fatal, (const char* message), {
  if (window.rotsShowFatal) window.rotsShowFatal(UTF8ToString(message));
});

void schedule_frame();

// Cases read at start-up are opened, and the search index is built, in slices of about 20 ms
// between events after unlocking (10,000 cases take seconds): the page stays responsive, and no
// frame is drawn for it (App::work_in_background asks for one now and then to show progress).
void background_slice(void*) {
  Runtime& rt = *g_runtime;
  const double until = emscripten_get_now() + 20.0;
  bool done = false;
  while (!done && emscripten_get_now() < until) done = rt.app->work_in_background(16);
  rt.working_in_background = !done;
  if (!done) emscripten_set_timeout(background_slice, 0, nullptr);
}

void start_background_work(Runtime& rt, double delay_ms) {
  if (rt.working_in_background || !rt.app->needs_background_work()) return;
  rt.working_in_background = true;
  emscripten_set_timeout(background_slice, delay_ms, nullptr);
}

// Theme, text size and pixel ratio decide the style and the font atlas; rebuild them only
// when one of them changed: a rebuild and its upload cost ~50 ms and a slow frame, and the other
// settings (the user's name, read at unlocking; the date of the last export) change nothing here.
void apply_look(Runtime& rt) {
  const auto& settings = rt.app->settings();
  const float ratio = rt.backend.metrics().pixel_ratio;
  const bool style_changed = settings.theme != rt.applied_theme || settings.text_size_percent != rt.applied_text_size_percent;
  if (style_changed) rots::ui::apply_theme(settings.theme, settings.text_size_percent);
  if (style_changed || ratio != rt.applied_pixel_ratio) {
    rots::ui::load_fonts(ratio);
    if (rt.applied_text_size_percent == 0) {
      // The first time: the renderer's shaders and the atlas together. (Its first NewFrame
      // would otherwise make them, and upload the atlas a second time.)
      ImGui_ImplOpenGL3_CreateDeviceObjects();
    } else {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    rt.frame_change.invalidate();  // a new atlas may come back under the same texture name
  }
  rt.applied_theme = settings.theme;
  rt.applied_text_size_percent = settings.text_size_percent;
  rt.applied_pixel_ratio = ratio;
}

// Describes what the frame would put on the canvas: its size, the clear colour and every draw
// command with its vertices, so an unchanged picture is not drawn again (FrameChangeDetector).
bool frame_changes_picture(Runtime& rt, const ImVec4& clear) {
  rots::ui::FrameChangeDetector& frame = rt.frame_change;
  frame.begin();
  const auto& m = rt.backend.metrics();
  frame.add_value(m.framebuffer_width);
  frame.add_value(m.framebuffer_height);
  frame.add_value(clear);
  const ImDrawData& data = *ImGui::GetDrawData();
  frame.add_value(data.DisplayPos);
  frame.add_value(data.DisplaySize);
  frame.add_value(data.FramebufferScale);
  for (const ImDrawList* list : data.CmdLists) {
    frame.add(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.size_in_bytes()));
    frame.add(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.size_in_bytes()));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      frame.add_value(cmd.ClipRect);
      frame.add_value(cmd.TextureId);
      frame.add_value(cmd.VtxOffset);
      frame.add_value(cmd.IdxOffset);
      frame.add_value(cmd.ElemCount);
      frame.add_value(cmd.UserCallback);
    }
  }
  return frame.finish();
}

void present(Runtime& rt, const ImVec4& clear) {
  const auto& m = rt.backend.metrics();
  glViewport(0, 0, m.framebuffer_width, m.framebuffer_height);
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++rt.frames_presented;
}

// One frame: events queued since the last frame are handed to ImGui, the UI is drawn, and the
// draw data goes to WebGL if it changes the picture.
EM_BOOL draw_frame(double, void*) {
  Runtime& rt = *g_runtime;
  const double started = emscripten_get_now();
  rt.frame_scheduled = false;
  rt.backend.new_frame();
  if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) rt.app->note_activity();
  apply_look(rt);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  rots::ui::apply_touch_scroll();
  rots::ui::automation().begin_frame();
  rt.app->draw_frame();
  rots::ui::edit_session().end_frame();
  ImGui::Render();
  const bool table_changed = rots::ui::automation().end_frame();
  const double ui_done = emscripten_get_now();
  if (table_changed) rots_a11y_table_changed();

  const ImVec4 clear = ImGui::ColorConvertU32ToFloat4(rots::ui::palette().background);
  if (!rt.app->frame_outdated() && frame_changes_picture(rt, clear)) present(rt, clear);
  ++rt.frames_drawn;
  // The wasm side of a frame (the GPU's share runs elsewhere); bounded if nobody reads it.
  if (rt.frame_cpu_ms.size() < 10000) rt.frame_cpu_ms.emplace_back(ui_done - started, emscripten_get_now() - started);

  // Input events are applied one per frame (ImGui trickles them), and a change shows its
  // result one frame later: keep drawing until both settle.
  if (!ImGui::GetCurrentContext()->InputEventsQueue.empty() || table_changed) rt.frames_wanted = std::max(rt.frames_wanted, 2);
  if (--rt.frames_wanted > 0) schedule_frame();
  start_background_work(rt, 100);  // after the frames of the unlock
  if (rt.app->loaded() && !rt.announced_ready && rt.frames_wanted <= 0) {
    rt.announced_ready = true;
    rots_announce_ready();
  }
  return EM_FALSE;
}

void schedule_frame() {
  Runtime& rt = *g_runtime;
  if (rt.frame_scheduled) return;
  rt.frame_scheduled = true;
  emscripten_request_animation_frame(draw_frame, nullptr);
}

// The longest the page stays empty at start when reading is slow (or another window writes).
constexpr double first_frame_wait_ms = 300.0;

// One frame, and more only while a frame still changes what is shown (draw_frame): a tap or a
// keystroke costs two or three frames, a timer with nothing new one (a tablet's battery).
void wake() {
  g_runtime->frames_wanted = std::max(g_runtime->frames_wanted, 1);
  schedule_frame();
}

void wake_after(double delay_ms) {
  emscripten_set_timeout([](void*) { wake(); }, delay_ms, nullptr);
}

bool create_gl_context() {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.antialias = EM_FALSE;
  // Frames are drawn only on change, and handed to WebGL only when the picture changes: the
  // canvas must keep the last one for the compositor and screenshots.
  attrs.preserveDrawingBuffer = EM_TRUE;
  // WebGL 2 has all Dear ImGui's renderer needs; enabling every extension the browser offers
  // (Emscripten's default) asks the GPU process about each one: ~40 ms of every start.
  attrs.enableExtensionsByDefault = EM_FALSE;
  const auto context = emscripten_webgl_create_context("#canvas", &attrs);
  if (context <= 0) return false;
  emscripten_webgl_make_context_current(context);
  return true;
}

}  // namespace

extern "C" {
// The on-screen keyboard covers the bottom of the page: keep the edited field above it.
EMSCRIPTEN_KEEPALIVE void rots_visible_viewport(double bottom) {
  // Only a keyboard opening or closing moves the edge; visual-viewport scroll events during a
  // swipe must not pull the edited field back while the user scrolls away from it.
  const float edge = static_cast<float>(bottom);
  if (std::abs(edge - rots::ui::visible_bottom()) < 1.0f) return;
  rots::ui::set_visible_bottom(edge);
  rots::ui::edit_session().request_ensure_visible();
  if (g_runtime) wake();
}
EMSCRIPTEN_KEEPALIVE const char* rots_automation_json() {
  g_runtime->automation_json = rots::ui::automation().to_json();
  return g_runtime->automation_json.c_str();
}
EMSCRIPTEN_KEEPALIVE void rots_page_hiding() {
  if (g_runtime && g_runtime->app) g_runtime->app->flush_now();
}
EMSCRIPTEN_KEEPALIVE void rots_page_shown() {
  if (g_runtime && g_runtime->app) {
    g_runtime->app->page_shown();  // locks before the next frame if it was away too long
    g_runtime->frame_change.invalidate();  // a browser may have dropped a hidden page's canvas
    wake();
  }
}
EMSCRIPTEN_KEEPALIVE int rots_has_unsaved_changes() {
  return g_runtime && g_runtime->app && g_runtime->app->has_unsaved_changes() ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* rots_open_stored(const char* key, const char* value) {
  static std::string plaintext;
  plaintext = g_runtime && g_runtime->app ? g_runtime->app->open_stored(key, value) : std::string();
  return plaintext.c_str();
}
// Each frame drawn since the last call as [ui ms, whole frame ms], a JSON array (benchmarks).
EMSCRIPTEN_KEEPALIVE const char* rots_frame_times() {
  Runtime& rt = *g_runtime;
  rt.frame_times_json = "[";
  char number[64];
  for (std::size_t i = 0; i < rt.frame_cpu_ms.size(); ++i) {
    std::snprintf(number, sizeof number, "%s[%.3f,%.3f]", i ? "," : "", rt.frame_cpu_ms[i].first, rt.frame_cpu_ms[i].second);
    rt.frame_times_json += number;
  }
  rt.frame_times_json += "]";
  rt.frame_cpu_ms.clear();
  return rt.frame_times_json.c_str();
}
EMSCRIPTEN_KEEPALIVE double rots_last_save_ms() { return g_runtime && g_runtime->app ? g_runtime->app->last_save_ms() : 0; }
EMSCRIPTEN_KEEPALIVE double rots_heap_bytes() { return static_cast<double>(emscripten_get_heap_size()); }
// Whether widget `id` was drawn in the last frame, without building the whole table's JSON.
EMSCRIPTEN_KEEPALIVE int rots_automation_has(const char* id) { return rots::ui::automation().find(id) ? 1 : 0; }
// The accessibility mirror acts on widgets as a tap would, and scrolls hidden ones into view.
EMSCRIPTEN_KEEPALIVE void rots_a11y_activate(float x, float y) {
  if (g_runtime) g_runtime->backend.activate(x, y);
}
// Starts editing the text field at (x, y) of the last frame, also one scrolled out of view (the
// edit session scrolls it in): no tap, so nothing drawn over the field is hit.
EMSCRIPTEN_KEEPALIVE int rots_a11y_edit(float x, float y) {
  // A release still queued (the tap of the previous activation) must not end this new edit.
  bool release_queued = false;
  for (const ImGuiInputEvent& e : ImGui::GetCurrentContext()->InputEventsQueue)
    release_queued |= e.Type == ImGuiInputEventType_MouseButton && !e.MouseButton.Down;
  if (!g_runtime || !rots::ui::edit_session().begin_at(x, y, release_queued, true)) return 0;
  wake();
  return 1;
}
EMSCRIPTEN_KEEPALIVE int rots_a11y_reveal(float x, float y, float w, float h) {
  if (!g_runtime || !rots::ui::scroll_into_view(x, y, w, h)) return 0;
  wake();
  return 1;
}
EMSCRIPTEN_KEEPALIVE void rots_a11y_end_edit() {
  rots::ui::edit_session().end();
  if (g_runtime) wake();
}
EMSCRIPTEN_KEEPALIVE double rots_automation_version() { return rots::ui::automation().version(); }
EMSCRIPTEN_KEEPALIVE double rots_frames_drawn() { return g_runtime ? static_cast<double>(g_runtime->frames_drawn) : 0; }
EMSCRIPTEN_KEEPALIVE double rots_frames_presented() { return g_runtime ? static_cast<double>(g_runtime->frames_presented) : 0; }
}

int main() {
  if (!create_gl_context()) {
    rots_report_fatal("Deze browser ondersteunt geen WebGL 2. Gebruik een recente versie van Safari, Chrome of Firefox.");
    return 1;
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  static Runtime runtime;
  g_runtime = &runtime;
  runtime.backend.install("#canvas", wake);
  runtime.text_input = std::make_unique<rots::WebTextInput>(wake);
  rots::ui::edit_session().attach(runtime.text_input.get());
  ImGui_ImplOpenGL3_Init("#version 300 es");
  const rots::app::Platform platform{runtime.storage, runtime.timer, runtime.writer_lock, runtime.device_storage};
  runtime.app = std::make_unique<rots::app::App>(platform, rots::app::AppHooks{wake, wake_after, [](const std::string& html) {
        rots_show_print(html.c_str(), rots::ui::text::print, rots::ui::text::close);
      }, [](const std::string& url) { rots_open_link(url.c_str()); },
      [] {
        g_runtime->frames_wanted = std::max(g_runtime->frames_wanted, 1);
        schedule_frame();
      },
      [] { start_background_work(*g_runtime, 0); }});
  // Storage first: opening it and reading the keyring go on in the browser while the fonts,
  // shaders and atlas below are made (the callbacks come after main returns).
  runtime.app->start();
  apply_look(runtime);
  rots_watch_page_lifecycle();
  // No frame until there is something to show (the lock screen, usually a moment away): on a
  // slow GPU a frame of "Laden…" holds up the page's one thread, and with it the reading.
  emscripten_set_timeout([](void*) {
    if (g_runtime->frames_drawn == 0 && !g_runtime->frame_scheduled) wake();
  }, first_frame_wait_ms, nullptr);
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); frames come from the browser
}
