#pragma once
// The touch UI kit: every widget takes a stable automation id, is at least a finger tall,
// and registers itself in the automation table.
#include <string>
#include <vector>

#include <imgui.h>

namespace rots::ui {

enum class ButtonKind { Primary, Secondary };

struct Choice {
  std::string key;    // automation id suffix, stable
  std::string label;  // Dutch
};

bool button(const char* id, const char* label, ButtonKind kind = ButtonKind::Secondary, float width = 0.0f);
// Label above, full-width field, hint inside when empty, error message below.
bool text_field(const char* id, const char* label, std::string& value, const char* hint = nullptr,
                const char* error = nullptr);
// A drop-down of choices; `selected` is an index into options or -1 for none.
bool choice_field(const char* id, const char* label, int& selected, const std::vector<Choice>& options,
                  const char* placeholder, const char* error = nullptr);
// A full-width tappable row with a bold title and a muted detail line.
bool list_row(const char* id, const char* title, const char* detail);
void heading(const char* id, const char* text);
// Wrapped text in a colour, registered as a status (save state, errors, notices).
void status_text(const char* id, const char* text, ImU32 color);

// Registers the last drawn ImGui item under `id`.
void register_item(const char* id, const char* kind, const std::string& label, const std::string& value = {},
                   bool focused = false);

}  // namespace rots::ui
