// Bench-only baseline page (never shipped): Dear ImGui from the same build, with the app's fonts
// and WebGL2 set-up, drawing one small window and no data. Its start-up time is the floor the
// app's start-up is held against (docs/BENCHMARKS.md).
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace {
EM_JS(void, bare_mark_ready, (), { window.benchReadyAt = performance.now(); });

EM_BOOL draw(double, void*) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const double ratio = emscripten_get_device_pixel_ratio();
  emscripten_set_canvas_element_size("#canvas", static_cast<int>(css_w * ratio), static_cast<int>(css_h * ratio));
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("Werkmap", nullptr, ImGuiWindowFlags_NoDecoration);
  ImGui::TextUnformatted("Casussen");
  ImGui::Button("Nieuwe casus");
  ImGui::End();
  ImGui::Render();
  glViewport(0, 0, static_cast<int>(css_w * ratio), static_cast<int>(css_h * ratio));
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  bare_mark_ready();
  return EM_FALSE;
}
}  // namespace

int main() {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.alpha = attrs.depth = attrs.stencil = attrs.antialias = EM_FALSE;
  attrs.preserveDrawingBuffer = EM_TRUE;
  attrs.enableExtensionsByDefault = EM_FALSE;  // as the app (src/app/main.cpp)
  const auto context = emscripten_webgl_create_context("#canvas", &attrs);
  if (context <= 0) return 1;
  emscripten_webgl_make_context_current(context);
  ImGui::CreateContext();
  ImGui_ImplOpenGL3_Init("#version 300 es");
  rots::ui::apply_theme(rots::Theme::Light, 100);
  rots::ui::load_fonts(static_cast<float>(emscripten_get_device_pixel_ratio()));
  emscripten_request_animation_frame(draw, nullptr);
  return 0;
}
