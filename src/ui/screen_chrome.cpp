// What every screen shares: the layout for portrait and landscape, top bar with save state,
// bottom navigation, save-error banner and toasts.
#include <cstdio>
#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/automation.hpp"
#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

SafeArea g_safe_area;

// Where this frame's top bar keeps room for the save state, drawn at the end of the frame.
struct SaveStateAnchor {
  ImDrawList* draw_list = nullptr;
  ImVec2 right_center;
  ImVec4 clip;
};
SaveStateAnchor g_save_anchor;

const char* save_label(const SaveState& save) {
  switch (save.phase) {
    case SavePhase::Saved: return text::saved;
    case SavePhase::Saving: return text::saving;
    case SavePhase::Failed: return text::not_saved;
  }
  return "";
}

const Case* selected_case(const AppView& view) {
  return view.selected_case_id.empty() ? nullptr : view.workspace.find(view.selected_case_id);
}

// Screens that read every case wait until all are open: an outline holds only the list's fields.
bool waiting_for_all_cases(const AppView& view) {
  if (view.opening.done) return false;
  if (view.opening.failed) {
    status_text("status.opening", text::opening_failed, palette().error);
    return true;
  }
  char message[192];
  std::snprintf(message, sizeof message, text::opening_wait_format, view.opening.opened, view.opening.total);
  status_text("status.opening", message, palette().text_muted);
  if (view.opening.total > 0)
    ImGui::ProgressBar(static_cast<float>(view.opening.opened) / static_cast<float>(view.opening.total),
                       ImVec2(-1, 8.0f), "");
  return true;
}

// A case opened before its turn: its full record is being read.
bool waiting_for_case(const AppView& view, const Case& c) {
  if (view.workspace.is_open(c.id)) return false;
  status_text("case.opening", text::case_opening, palette().text_muted);
  return true;
}

bool nav_button(const char* id, const char* label, bool current, float width, float height) {
  ImGui::PushStyleColor(ImGuiCol_Button, palette().surface);
  ImGui::PushStyleColor(ImGuiCol_Border, palette().surface);
  ImGui::PushStyleColor(ImGuiCol_Text, current ? palette().primary : palette().text_muted);
  ImGui::PushFont(current ? fonts().bold : fonts().body);
  const bool pressed = ImGui::Button(label, ImVec2(width, height));
  const bool text_cut = !label_fits(label);
  ImGui::PopFont();
  ImGui::PopStyleColor(3);
  register_item(id, "tab", label, current ? "selected" : "");
  if (text_cut) automation().mark_last_cut();
  if (current) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + width * 0.3f, min.y), ImVec2(max.x - width * 0.3f, min.y + 3.0f),
                                              palette().primary);
  }
  return pressed;
}

}  // namespace

void set_safe_area(SafeArea area) { g_safe_area = area; }
const SafeArea& safe_area() { return g_safe_area; }

namespace {

// The widest the save state gets, so the title never runs into it.
float widest_save_label() {
  float widest = 0.0f;
  for (const char* label : {text::saved, text::saving, text::not_saved})
    widest = std::max(widest, ImGui::CalcTextSize(label).x);
  return widest;
}

void push_top_bar_button_colors(ImU32 border) {
  ImGui::PushStyleColor(ImGuiCol_Button, palette().top_bar);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette().top_bar);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette().top_bar);
  ImGui::PushStyleColor(ImGuiCol_Border, border);
}

}  // namespace

// One row: back, title, save state, "Vergrendel". When the title does not fit between them
// (large text, a long pseudonym), it gets a second row of its own instead of being overdrawn.
void draw_top_bar(const AppView&, const char* title, bool with_back, Commands& out) {
  const ImVec2 window = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  const float inset = g_safe_area.top;
  const float row = metrics().top_bar_height;
  const float margin = metrics().page_margin;
  const ImVec2 origin(window.x, window.y + inset);

  const float back_width = with_back ? button_width(text::back) : 0.0f;
  const float lock_width = button_width(text::lock_now);
  ImGui::PushFont(fonts().title);
  const float title_width = ImGui::CalcTextSize(title).x;
  ImGui::PopFont();
  const float left = margin + g_safe_area.left + (with_back ? back_width + 12.0f - margin + 8.0f : 0.0f);
  const float right = margin + g_safe_area.right + lock_width + 16.0f + widest_save_label() + 16.0f;
  const bool title_row = left + title_width + right > width;
  const float height = title_row ? 2.0f * row : row;

  ImGui::GetWindowDrawList()->AddRectFilled(window, ImVec2(window.x + width, origin.y + height), palette().top_bar);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().top_bar_text);

  float title_x = origin.x + margin + g_safe_area.left;
  if (with_back) {
    push_top_bar_button_colors(palette().top_bar);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + 8.0f + g_safe_area.left, origin.y + (row - metrics().touch_target) * 0.5f));
    if (button("nav.back", text::back)) out.push_back(NavigateBack{});
    ImGui::PopStyleColor(4);
    if (!title_row) title_x = ImGui::GetItemRectMax().x + 12.0f;
  }
  ImGui::PushFont(fonts().title);
  const float title_y = origin.y + (title_row ? row : 0.0f) + (row - ImGui::GetTextLineHeight()) * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(title_x, title_y));
  ImGui::PopFont();
  title_line("screen.title", title);

  // "Vergrendel" always in reach, at the right end; the save state sits to its left.
  const float lock_x = origin.x + width - margin - g_safe_area.right - lock_width;
  push_top_bar_button_colors(palette().top_bar_text);
  ImGui::SetCursorScreenPos(ImVec2(lock_x, origin.y + (row - metrics().touch_target) * 0.5f));
  if (button("nav.lock", text::lock_now)) out.push_back(LockNow{});
  ImGui::PopStyleColor(4);
  g_save_anchor.draw_list = ImGui::GetWindowDrawList();
  g_save_anchor.right_center = ImVec2(ImGui::GetItemRectMin().x - 16.0f, origin.y + row * 0.5f);
  g_save_anchor.clip = ImVec4(window.x, window.y, window.x + width, origin.y + row);
  ImGui::PopStyleColor();
  ImGui::SetCursorScreenPos(ImVec2(window.x, origin.y + height));
}

bool begin_page(const char* id) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(metrics().page_margin + g_safe_area.left, metrics().page_margin));
  const bool open = ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  return open;
}

void end_page() { ImGui::EndChild(); }

void draw_save_error_banner(const AppView& view, Commands& out) {
  if (view.save.phase != SavePhase::Failed) return;
  status_text("status.save_error", text::save_error(view.save.last_error.kind), palette().error);
  if (button("save.retry", text::retry, ButtonKind::Primary)) out.push_back(RetrySave{});
  flow_next(text::export_backup);
  if (button("save.export", text::export_backup)) out.push_back(ExportBackup{});
  status_text("save.export_note", text::export_backup_note, palette().text_muted);
  ImGui::Separator();
}

void Ui::draw_save_state(const SaveState& save, LoadPhase load_phase, WriterState writer) {
  const bool shown = g_save_anchor.draw_list && load_phase == LoadPhase::Ready && writer == WriterState::Writer;
  const char* label = shown ? save_label(save) : "";
  if (shown) {
    const ImVec2 size = ImGui::CalcTextSize(label);
    const ImVec2 pos(g_save_anchor.right_center.x - size.x, g_save_anchor.right_center.y - size.y * 0.5f);
    const ImU32 color = palette().top_bar_text;
    ImDrawList* draw = g_save_anchor.draw_list;
    const ImVec4& clip = g_save_anchor.clip;
    draw->PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w), false);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, color, label);
    draw->PopClipRect();
    AutomationItem item;
    item.id = "status.save";
    item.kind = "status";
    item.label = item.value = label;
    item.x = pos.x;
    item.y = pos.y;
    item.w = size.x;
    item.h = size.y;
    automation().add(std::move(item));
  }
  g_save_anchor = {};
}

void Ui::draw_other_window(const AppView& view, Commands& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(viewport->Size.x - 2.0f * metrics().page_margin, metrics().max_form_width);
  ImGui::SetCursorPos(ImVec2((viewport->Size.x - width) * 0.5f, viewport->Size.y * 0.22f));
  ImGui::BeginChild("lock.column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  if (view.writer == WriterState::Starting) {
    status_text("status.loading", text::loading_cases, palette().text_muted);
  } else {
    heading("lock.title", text::other_window_title);
    ImGui::Dummy(ImVec2(0, 8));
    status_text("lock.text", text::other_window_text, palette().text);
    ImGui::Dummy(ImVec2(0, 16));
    const bool waiting = view.writer == WriterState::TakingOver;
    ImGui::BeginDisabled(waiting);
    if (button("lock.take_over", text::take_over, ButtonKind::Primary)) out.push_back(TakeOver{});
    ImGui::EndDisabled();
    if (waiting) status_text("lock.waiting", text::taking_over, palette().text_muted);
  }
  ImGui::EndChild();
}

void Ui::draw_read_only_banner(const AppView& view, Commands& out) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(metrics().page_margin + g_safe_area.left, 10.0f));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().selection);
  ImGui::BeginChild("readonly.banner", ImVec2(0, 0),
                    ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  status_text("readonly.notice", text::read_only_notice, palette().text);
  ImGui::Dummy(ImVec2(0.0f, 8.0f));  // the body's item spacing is zero here
  const bool waiting = view.writer == WriterState::TakingOver;
  ImGui::BeginDisabled(waiting);
  if (button("readonly.take_over", text::take_over, ButtonKind::Primary)) out.push_back(TakeOver{});
  ImGui::EndDisabled();
  if (waiting) status_text("lock.waiting", text::taking_over, palette().text_muted);
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

void Ui::draw(const AppView& view, Commands& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##main", nullptr, flags);
  ImGui::PopStyleVar(2);
  const bool may_show_cases = view.writer == WriterState::Writer || view.writer == WriterState::ReadOnly ||
                              (view.writer == WriterState::TakingOver && !view.workspace.cases().empty());
  if (!may_show_cases) {
    // Another window writes and this one has loaded nothing: no case data here at all.
    draw_other_window(view, out);
    ImGui::End();
    return;
  }
  if (view.vault.phase != VaultPhase::Unlocked) {
    lock_.draw(view, out);
    ImGui::End();
    return;
  }
  if (view.screen == Screen::NewCase && last_screen_ != Screen::NewCase) new_case_.reset(view.today);
  last_screen_ = view.screen;

  const bool wide = viewport->Size.x > metrics().wide_layout_min;  // grows with the text size
  const float nav_height = metrics().nav_height + g_safe_area.bottom;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  const bool read_only = view.writer != WriterState::Writer;
  if (read_only) draw_read_only_banner(view, out);
  ImGui::BeginChild("##body", ImVec2(0, viewport->Size.y - nav_height - ImGui::GetCursorPosY()), 0,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  // Read-only: everything can be looked at and scrolled, nothing can be changed.
  ImGui::BeginDisabled(read_only);
  draw_body(view, out, wide);
  ImGui::EndDisabled();
  ImGui::EndChild();
  draw_bottom_nav(view, out);
  ImGui::End();
  draw_toast(view, out);
}

void Ui::draw_body(const AppView& view, Commands& out, bool wide) {
  if (view.screen == Screen::Settings) {
    draw_top_bar(view, text::settings_title, false, out);
    begin_page("page.settings");
    draw_settings(view, out, security_);
    end_page();
    return;
  }
  if (view.screen == Screen::Exchange) {
    const bool export_mode = view.exchange.mode == ExchangeMode::Export;
    draw_top_bar(view, export_mode ? text::export_title : text::import_title, true, out);
    begin_page("page.exchange");
    if (!waiting_for_all_cases(view)) exchange_.draw(view, out);
    end_page();
    return;
  }
  if (view.screen == Screen::Retention) {
    draw_top_bar(view, text::retention_title, true, out);
    begin_page("page.retention");
    if (!waiting_for_all_cases(view)) retention_.draw(view, out);
    end_page();
    return;
  }
  if (view.screen == Screen::HelpMap) {
    draw_top_bar(view, text::helpmap_title, false, out);
    begin_page("page.helpmap");
    helpmap_.draw(view, out);
    end_page();
    return;
  }
  if (view.screen == Screen::Report) {
    draw_top_bar(view, text::report_title, false, out);
    begin_page("page.report");
    if (!waiting_for_all_cases(view)) report_.draw(view, out);
    end_page();
    return;
  }
  if (view.screen == Screen::FollowUp) {
    draw_top_bar(view, text::follow_up_title, false, out);
    begin_page("page.followup");
    if (!waiting_for_all_cases(view)) draw_follow_up(view, follow_up_watch_, out);
    end_page();
    return;
  }
  if (view.screen == Screen::MeetingMode) {
    if (const Case* c = selected_case(view)) {
      const std::string title = std::string(text::meeting_mode) + " · " + c->pseudonym;
      draw_top_bar(view, title.c_str(), true, out);
      begin_page("page.meeting_mode");
      if (!waiting_for_case(view, *c)) meeting_mode_.draw(view, *c, out);
      end_page();
      return;
    }
  }
  if (wide) return draw_wide_cases(view, out);
  const Case* selected = selected_case(view);
  if (view.screen == Screen::NewCase) {
    draw_top_bar(view, text::new_case, true, out);
    begin_page("page.new_case");
    new_case_.draw(view, out);
    end_page();
  } else if (view.screen == Screen::CaseDetail && selected) {
    draw_top_bar(view, selected->pseudonym.c_str(), true, out);
    begin_page("page.case");
    if (!waiting_for_case(view, *selected)) case_detail_.draw(view, *selected, out);
    end_page();
  } else {
    draw_top_bar(view, text::app_title, false, out);
    begin_page("page.cases");
    case_list_.draw(view, out, false);
    end_page();
  }
}

void Ui::draw_wide_cases(const AppView& view, Commands& out) {
  draw_top_bar(view, text::app_title, false, out);
  const float list_width = std::clamp(ImGui::GetWindowWidth() * 0.4f, 340.0f * metrics().scale, 520.0f * metrics().scale);
  ImGui::BeginChild("##list-pane", ImVec2(list_width, 0));
  begin_page("page.cases");
  case_list_.draw(view, out, true);
  end_page();
  ImGui::EndChild();
  ImGui::SameLine();
  const ImVec2 pane = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(pane, ImVec2(pane.x, pane.y + ImGui::GetContentRegionAvail().y),
                                      palette().divider, 1.0f);
  ImGui::BeginChild("##detail-pane", ImVec2(0, 0));
  begin_page("page.detail");
  const Case* selected = selected_case(view);
  if (view.screen == Screen::NewCase) {
    heading("detail.title", text::new_case);
    new_case_.draw(view, out);
  } else if (selected) {
    heading("detail.title", selected->pseudonym.c_str());
    if (!waiting_for_case(view, *selected)) case_detail_.draw(view, *selected, out);
  } else {
    status_text("detail.empty", text::pick_a_case, palette().text_muted);
  }
  end_page();
  ImGui::EndChild();
}

namespace {

struct NavTab {
  const char* id;
  const char* label;
  bool current;
  UiCommand command;
};

std::vector<NavTab> nav_tabs(const AppView& view) {
  const bool settings = view.screen == Screen::Settings || view.screen == Screen::Exchange;
  const bool follow_up = view.screen == Screen::FollowUp;
  const bool helpmap = view.screen == Screen::HelpMap;
  const bool report = view.screen == Screen::Report;
  return {{"nav.cases", text::nav_cases, !settings && !follow_up && !helpmap && !report, ShowCases{}},
          {"nav.followup", text::nav_follow_up, follow_up, ShowFollowUp{}},
          {"nav.helpmap", text::nav_helpmap, helpmap, ShowHelpMap{}},
          {"nav.report", text::nav_report, report, ShowReport{}},
          {"nav.settings", text::nav_settings, settings, ShowSettings{}}};
}

// How many tabs the bar shows at this width and text size: all five, or the first ones and
// "Meer" for the rest, so that no label is ever cut (large text in portrait).
std::size_t visible_nav_tabs(const std::vector<NavTab>& tabs, float width) {
  for (std::size_t shown = tabs.size(); shown > 1; --shown) {
    const std::size_t slots = shown == tabs.size() ? shown : shown + 1;
    float widest = shown == tabs.size() ? 0.0f : button_width(text::nav_more);
    for (std::size_t i = 0; i < shown; ++i) widest = std::max(widest, button_width(tabs[i].label));
    if (widest <= width / static_cast<float>(slots)) return shown;
  }
  return 1;
}

// The tabs that did not fit, as a dialog above the bar.
void draw_nav_more(bool& open, std::vector<NavTab>& tabs, std::size_t first, float bar_top, Commands& out) {
  if (!open) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::OpenPopup("##nav-more");
  ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - g_safe_area.right - 8.0f, bar_top - 8.0f), ImGuiCond_Always,
                          ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(420.0f * metrics().scale, viewport->Size.x - 16.0f), 0));
  if (!ImGui::BeginPopupModal("##nav-more", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  heading("nav.more.title", text::nav_more);
  for (std::size_t i = first; i < tabs.size(); ++i) {
    const std::string id = std::string(tabs[i].id) + ".more";
    if (button(id.c_str(), tabs[i].label, tabs[i].current ? ButtonKind::Primary : ButtonKind::Secondary, -FLT_MIN)) {
      out.push_back(std::move(tabs[i].command));
      open = false;
      ImGui::CloseCurrentPopup();
    }
  }
  if (button("nav.more.close", text::close, ButtonKind::Secondary, -FLT_MIN)) {
    open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void Ui::draw_bottom_nav(const AppView& view, Commands& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float height = metrics().nav_height;
  const float top = viewport->Size.y - height - g_safe_area.bottom;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(0, top), viewport->Size, palette().surface);
  draw->AddLine(ImVec2(0, top), ImVec2(viewport->Size.x, top), palette().divider);
  std::vector<NavTab> tabs = nav_tabs(view);
  const float bar_width = viewport->Size.x - g_safe_area.left - g_safe_area.right;
  const std::size_t shown = visible_nav_tabs(tabs, bar_width);
  const std::size_t slots = shown == tabs.size() ? shown : shown + 1;
  const float width = bar_width / static_cast<float>(slots);
  ImGui::SetCursorScreenPos(ImVec2(g_safe_area.left, top));
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) ImGui::SameLine(0, 0);
    if (nav_button(tabs[i].id, tabs[i].label, tabs[i].current, width, height)) out.push_back(std::move(tabs[i].command));
  }
  if (shown == tabs.size()) {
    nav_more_open_ = false;
    return;
  }
  bool in_more = false;
  for (std::size_t i = shown; i < tabs.size(); ++i) in_more |= tabs[i].current;
  ImGui::SameLine(0, 0);
  if (nav_button("nav.more", text::nav_more, in_more, width, height)) nav_more_open_ = true;
  draw_nav_more(nav_more_open_, tabs, shown, top, out);
}

void Ui::draw_toast(const AppView& view, Commands& out) {
  if (!view.toast) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float bottom = viewport->Size.y - metrics().nav_height - g_safe_area.bottom - 16.0f;
  ImGui::SetNextWindowPos(ImVec2(viewport->Size.x * 0.5f, bottom), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, palette().text);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().background);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20.0f, 10.0f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
  ImGui::Begin("##toast", nullptr, flags);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (metrics().touch_target - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::TextUnformatted(view.toast->text.c_str());
  register_item("toast", "status", view.toast->text, view.toast->text);
  if (view.toast->can_undo) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - (metrics().touch_target - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Button, palette().text);
    ImGui::PushStyleColor(ImGuiCol_Border, palette().text);
    if (button("toast.undo", text::undo)) out.push_back(UndoLast{});
    ImGui::PopStyleColor(2);
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}

}  // namespace rots::ui
