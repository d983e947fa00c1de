#include "platform/web/web_text_input.hpp"

#include <emscripten/emscripten.h>

#include "core/text_layout.hpp"

extern "C" {
void rots_text_input_install();
void rots_text_input_begin(const char* text, int selection_start, int selection_end, int kind, float x, float y,
                           float w, float h);
void rots_text_input_select(int selection_start, int selection_end);
void rots_text_input_end();
void rots_text_input_copy(const char* text);
void rots_text_input_paste();
}

namespace rots {
namespace {
WebTextInput* g_input = nullptr;

int utf16(const std::string& text, std::size_t offset) { return static_cast<int>(utf8_to_utf16_offset(text, offset)); }
}  // namespace

WebTextInput::WebTextInput(std::function<void()> on_change) : on_change_(std::move(on_change)) {
  g_input = this;
  rots_text_input_install();
}

WebTextInput::~WebTextInput() { g_input = nullptr; }

void WebTextInput::begin(const std::string& text, std::size_t selection_start, std::size_t selection_end,
                         TextInputKind kind, ScreenRect rect) {
  state_.text = text;
  state_.selection_start = selection_start;
  state_.selection_end = selection_end;
  state_.composing = false;
  ++state_.generation;
  rots_text_input_begin(text.c_str(), utf16(text, selection_start), utf16(text, selection_end),
                        static_cast<int>(kind), rect.x, rect.y, rect.w, rect.h);
}

void WebTextInput::set_selection(std::size_t start, std::size_t end) {
  state_.selection_start = start;
  state_.selection_end = end;
  rots_text_input_select(utf16(state_.text, start), utf16(state_.text, end));
}

void WebTextInput::end() { rots_text_input_end(); }

void WebTextInput::copy(const std::string& text) { rots_text_input_copy(text.c_str()); }

void WebTextInput::paste() { rots_text_input_paste(); }

void WebTextInput::on_browser_state(const char* text, int selection_start_utf16, int selection_end_utf16,
                                    bool composing) {
  state_.text = text;
  state_.selection_start = utf16_to_utf8_offset(state_.text, static_cast<std::size_t>(selection_start_utf16));
  state_.selection_end = utf16_to_utf8_offset(state_.text, static_cast<std::size_t>(selection_end_utf16));
  state_.composing = composing;
  ++state_.generation;
  if (on_change_) on_change_();
}

}  // namespace rots

extern "C" EMSCRIPTEN_KEEPALIVE void rots_text_state(const char* text, int selection_start, int selection_end,
                                                     int composing) {
  if (rots::g_input) rots::g_input->on_browser_state(text, selection_start, selection_end, composing != 0);
}
