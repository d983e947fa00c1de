#pragma once
// The automation table: every labelled widget drawn this frame, with a stable id, its kind,
// label, value and rectangle in CSS pixels. Browser tests find widgets here and drive them
// with real input events at those rectangles; the page's accessibility mirror (shell/a11y.js) reads it too.
// The ids are documented in docs/automation.md.
#include <string>
#include <vector>

namespace rots::ui {

struct AutomationItem {
  std::string id;     // stable, e.g. "case.new"
  std::string kind;   // button, text, combo, option, row, heading, status
  std::string label;  // what the user reads
  std::string value;  // current value of inputs and statuses
  float x = 0, y = 0, w = 0, h = 0;
  bool visible = true;   // inside its window's visible area
  bool clipped = false;  // only partly visible (x, y, w, h are the visible part)
  bool cut = false;      // its text does not fit: wider than its frame, or cut off at a side
  bool enabled = true;
  bool focused = false;  // text fields: being edited
  bool dialog = false;   // inside a modal popup (confirmation, status, calendar)
};

class AutomationTable {
 public:
  void begin_frame() { building_.clear(); }
  void add(AutomationItem item) { building_.push_back(std::move(item)); }
  // The item just added shows its text cut (the widget knows its font and padding).
  void mark_last_cut() {
    if (!building_.empty()) building_.back().cut = true;
  }
  // Publishes this frame's items; returns true when they differ from the previous frame's.
  bool end_frame();
  // Counts the frames whose table differed from the one before (the page's mirror compares it).
  unsigned version() const { return version_; }

  const std::vector<AutomationItem>& items() const { return published_; }
  const AutomationItem* find(const std::string& id) const;
  std::string to_json() const;

 private:
  std::vector<AutomationItem> building_;
  std::vector<AutomationItem> published_;
  unsigned version_ = 0;
};

AutomationTable& automation();

}  // namespace rots::ui
