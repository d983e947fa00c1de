#pragma once
// The system text editor behind every text field: in the browser, a hidden <textarea> that
// holds the field's text, caret and selection while it is edited, so on-screen keyboards,
// autocorrect, dictation, IME composition and paste all work natively. The canvas only shows
// what it holds. Offsets are UTF-8 byte offsets.
#include <cstddef>
#include <cstdint>
#include <string>

namespace rots {

enum class TextInputKind { Text, Name, MultiLine, Number, Email, Phone, Password };

struct TextInputState {
  std::string text;
  std::size_t selection_start = 0;
  std::size_t selection_end = 0;
  bool composing = false;
  std::uint64_t generation = 0;  // increases with every change reported by the editor
};

struct ScreenRect {
  float x = 0, y = 0, w = 0, h = 0;
};

class TextInput {
 public:
  virtual ~TextInput() = default;
  // Starts editing (or switches fields): gives the editor this text, selection, kind and the
  // field's place on screen, and takes keyboard focus.
  virtual void begin(const std::string& text, std::size_t selection_start, std::size_t selection_end,
                     TextInputKind kind, ScreenRect rect) = 0;
  virtual void set_selection(std::size_t start, std::size_t end) = 0;
  virtual void end() = 0;
  virtual const TextInputState& state() const = 0;
  // Copies text to the system clipboard / asks for its text (arrives as an edit).
  virtual void copy(const std::string& text) = 0;
  virtual void paste() = 0;
};

}  // namespace rots
