#pragma once
// The touch UI kit: every widget takes a stable automation id, is at least a finger tall,
// and registers itself in the automation table.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

namespace rots::ui {

enum class ButtonKind { Primary, Secondary };

struct Choice {
  std::string key;    // automation id suffix, stable
  std::string label;  // Dutch
};

// Draws only the rows in view, each with draw_row(index): a screen listing a thousand cases
// stays within a frame. ImGui measures the first row; the rows must be alike in height.
template <class DrawRow>
void visible_rows(std::size_t count, DrawRow&& draw_row) {
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(count));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(static_cast<std::size_t>(i));
}

bool button(const char* id, const char* label, ButtonKind kind = ButtonKind::Secondary, float width = 0.0f);
// The width button() gives `label` when it sizes itself (bold text and the frame padding).
float button_width(const char* label);
// Whether the last item's frame holds its label with the current font and padding.
bool label_fits(const char* label);
// A drop-down of choices; `selected` is an index into options or -1 for none.
bool choice_field(const char* id, const char* label, int& selected, const std::vector<Choice>& options,
                  const char* placeholder, const char* error = nullptr);
// A row of equal segments, one selected (e.g. Licht | Donker).
bool segmented(const char* id, const char* label, int& selected, const std::vector<Choice>& options);
// Choice chips that wrap over lines; one selected, or -1 for none.
bool chips(const char* id, const char* label, int& selected, const std::vector<Choice>& options,
           const char* error = nullptr);
struct CheckItem {
  std::string key;    // automation id suffix
  std::string label;  // Dutch, may wrap
  std::uint32_t bit;
};
// Finger-sized check boxes with wrapped labels; toggles bits of `bits`.
bool checklist(const char* id, const char* label, std::uint32_t& bits, const std::vector<CheckItem>& items);
// A highlighted notice (warning or error) with wrapped text.
void notice(const char* id, const char* text, ImU32 color, ImU32 background);
// A rounded surface grouping related content; always pair with end_card().
void begin_card(const char* id, const char* title);
void end_card();
// A full-width tappable row with a bold title, a muted detail line and a chevron. Long-press
// (or right click) opens the popup named "##row-actions" of the current ID scope.
bool list_row(const char* id, const char* title, const char* detail, bool selected = false);
// A list row not drawn this frame (outside the view, skipped by ImGuiListClipper): registered for
// automation at its place with visible false, so tests can still find it and scroll to it.
void register_hidden_row(std::string id, const std::string& title, ImVec2 pos, ImVec2 size);
// A title in the page; wraps at the page's edge.
void heading(const char* id, const char* text);
// A one-line title (the top bar), registered as a heading.
void title_line(const char* id, const char* text);
// Before a button in a row of buttons: beside the last item when it fits there (with `spacing`,
// default the style's), else on a new line. Large text wraps rows instead of cutting them.
void flow_next(const char* next_label, float spacing = -1.0f);
// Wrapped text in a colour, registered as a status (save state, errors, notices).
void status_text(const char* id, const char* text, ImU32 color);

// Registers the last drawn ImGui item under `id`.
void register_item(const char* id, const char* kind, const std::string& label, const std::string& value = {},
                   bool focused = false);

}  // namespace rots::ui
