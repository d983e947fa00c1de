#pragma once
#include <string>

#include "ui/app_view.hpp"

namespace rots::ui {

// Top bar shared by every screen: title (or back button) and the save state.
void draw_top_bar(const AppView& view, const char* title, bool with_back, Commands& out);
// A banner under the top bar when saving failed, with a retry button.
void draw_save_error_banner(const AppView& view, Commands& out);
// The padded, scrollable area under the top bar. Always pair with end_page().
bool begin_page(const char* id);
void end_page();

void draw_case_list_screen(const AppView& view, Commands& out);

class NewCaseScreen {
 public:
  void reset(const Date& today);
  void draw(const AppView& view, Commands& out);

 private:
  std::string pseudonym_;
  int region_index_ = -1;
  std::string registered_on_;
};

// The whole UI of one frame: a full-screen window holding the current screen.
class Ui {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  NewCaseScreen new_case_;
  Screen last_screen_ = Screen::CaseList;
};

}  // namespace rots::ui
