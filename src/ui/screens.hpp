#pragma once
// The screens. Each reads the AppView and emits UiCommands; none owns a business rule.
#include <string>

#include "ui/app_view.hpp"

namespace rots::ui {

struct SafeArea {
  float top = 0, right = 0, bottom = 0, left = 0;  // CSS px the device reserves (notch, home bar)
};
void set_safe_area(SafeArea area);
const SafeArea& safe_area();

// Shared chrome.
void draw_top_bar(const AppView& view, const char* title, bool with_back, Commands& out);
void draw_save_error_banner(const AppView& view, Commands& out);
bool begin_page(const char* id);  // padded, scrollable; always pair with end_page()
void end_page();

class CaseListScreen {
 public:
  // The list content (heading, "Nieuwe casus", rows, row actions) inside the current page.
  void draw(const AppView& view, Commands& out, bool highlight_selection);

 private:
  void draw_rows(const AppView& view, Commands& out, bool highlight_selection);
  void draw_delete_confirmation(const AppView& view, Commands& out);

  std::string confirm_delete_id_;
};

void draw_case_detail(const AppView& view, const Case& c);
void draw_settings(const AppView& view, Commands& out);

class NewCaseScreen {
 public:
  void reset(const Date& today);
  void draw(const AppView& view, Commands& out);

 private:
  std::string pseudonym_;
  int region_index_ = -1;
  Date registered_on_;
  std::string hulpvraag_;
};

// The whole UI of one frame: portrait shows one screen with a bottom navigation; wide
// (landscape) screens show the case list beside the detail.
class Ui {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  void draw_body(const AppView& view, Commands& out, bool wide);
  void draw_wide_cases(const AppView& view, Commands& out);
  void draw_bottom_nav(const AppView& view, Commands& out);
  void draw_toast(const AppView& view, Commands& out);

  CaseListScreen case_list_;
  NewCaseScreen new_case_;
  Screen last_screen_ = Screen::CaseList;
};

}  // namespace rots::ui
