#pragma once
// Text fields whose editor is the platform's TextInput (the hidden textarea): the canvas draws
// the text (word-wrapped in notes), the caret and the selection; typing, autocorrect, IME and
// paste happen in the browser. One field at a time is edited: the EditSession.
#include <cstdint>
#include <string>
#include <vector>

#include "platform/text_input.hpp"

namespace rots::ui {

struct TextFieldOptions {
  TextInputKind kind = TextInputKind::Text;
  const char* hint = nullptr;   // shown while empty
  const char* error = nullptr;  // shown below, field outlined in red
  int min_lines = 1;            // multi-line notes: the field grows with its text
  bool* submitted = nullptr;    // single line: Enter sets it (instead of moving to the next field)
  bool masked = false;          // passphrases: drawn as '*', never copied, never in the automation table
};

// A passphrase field: masked, the password keyboard, the length hint, an optional error.
TextFieldOptions passphrase_field(const char* error = nullptr);

// Label above, the field, an error below. Returns true when the text changed this frame.
bool text_field(const char* id, const char* label, std::string& value, const TextFieldOptions& options = {});

class EditSession {
 public:
  struct Field {
    std::string id;
    std::string value;
    TextInputKind kind = TextInputKind::Text;
    ScreenRect rect;
    // The part a tap can reach: inside its window's visible area, so a tap on the bar or the
    // navigation drawn over a scrolled-away field never starts editing it.
    ScreenRect reachable;
  };

  void attach(TextInput* input) { input_ = input; }
  TextInput* input() const { return input_; }

  // From the input backend, synchronously inside touchend/mouseup: starts editing the field
  // of the last drawn frame under (x, y), so the keyboard opens within the user's gesture.
  // `from_tap` false: no tap follows (the accessibility mirror starts editing by itself).
  // `hidden_too`: the field's whole rectangle counts, also where it is scrolled out of view or
  // covered (the mirror names the field; a finger only reaches what is shown).
  bool begin_at(float x, float y, bool from_tap = true, bool hidden_too = false);
  void begin(const Field& field, std::size_t caret);
  void end();

  bool editing(const std::string& id) const { return !active_.empty() && active_ == id; }
  bool editing_any() const { return !active_.empty(); }
  // True while nothing was typed since editing began (a tap may still place the caret).
  bool untouched_since_begin() const;
  // The editor's text changed since the widget last looked.
  bool has_news() const;
  void mark_seen();
  bool take_ensure_visible();
  void request_ensure_visible() { ensure_visible_ = true; }
  float& scroll_x() { return scroll_x_; }

  void register_field(Field field) { fields_.push_back(std::move(field)); }
  void claim_click() { click_claimed_ = true; }
  void consume_enter() { enter_consumed_ = true; }
  // Replaces the edited text of field `id` (e.g. cleared after a quick entry was submitted).
  void set_text(const std::string& id, const std::string& text);
  // After all screens are drawn: ends editing when its field is gone or a tap landed
  // elsewhere; Tab/Enter move to the next field, Escape ends.
  void end_frame();

 private:
  const Field* field_in(const std::vector<Field>& fields, const std::string& id) const;
  void move(int direction);

  TextInput* input_ = nullptr;
  std::string active_;
  std::uint64_t begin_generation_ = 0;
  std::uint64_t seen_generation_ = 0;
  bool ensure_visible_ = false;
  bool click_claimed_ = false;
  bool enter_consumed_ = false;
  bool tap_release_pending_ = false;
  float scroll_x_ = 0.0f;
  std::vector<Field> fields_;       // this frame
  std::vector<Field> last_fields_;  // the frame the user saw
};

EditSession& edit_session();

// Bottom of the part of the screen not covered by the on-screen keyboard (CSS px).
void set_visible_bottom(float y);
float visible_bottom();

}  // namespace rots::ui
