#pragma once
// TextInput on the hidden <textarea> of the page (shell/jslib/text_input.js).
#include <functional>

#include "platform/text_input.hpp"

namespace rots {

class WebTextInput final : public TextInput {
 public:
  explicit WebTextInput(std::function<void()> on_change);
  ~WebTextInput() override;
  void begin(const std::string& text, std::size_t selection_start, std::size_t selection_end, TextInputKind kind,
             ScreenRect rect) override;
  void set_selection(std::size_t start, std::size_t end) override;
  void end() override;
  const TextInputState& state() const override { return state_; }
  void copy(const std::string& text) override;
  void paste() override;

  // From the JS half: the textarea's content changed (selection in UTF-16 code units).
  void on_browser_state(const char* text, int selection_start_utf16, int selection_end_utf16, bool composing);

 private:
  std::function<void()> on_change_;
  TextInputState state_;
};

}  // namespace rots
