// "Casussen": the cases on this device, newest registration first. Long-press a row for its
// actions; deleting asks first and can be undone from the toast.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "core/search.hpp"
#include "core/text.hpp"
#include "storage/case_archive.hpp"

#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

// Status first (what the worker scans for), then the next meeting and overdue agreements.
std::string case_detail_line(const Case& c, const Date& today) {
  std::string line = std::string(text::status_name(c.status)) + "  \u00B7  " + text::region_name(c.region);
  if (const Meeting* next = next_meeting(c, today))
    line += "  \u00B7  " + std::string(text::next_meeting_prefix) + " " + to_dutch(next->date);
  else
    line += "  \u00B7  " + std::string(text::registered_on_prefix) + " " + to_dutch(c.registered_on);
  if (const int late = overdue_count(c, today); late > 0) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, text::overdue_count_format, late);
    line += "  \u00B7  " + std::string(buffer);
  }
  return line;
}

template <class Range, class E>
int index_of(const Range& all, const std::optional<E>& value) {
  if (!value) return -1;
  int i = 0;
  for (const E& e : all) {
    if (e == *value) return i;
    ++i;
  }
  return -1;
}

template <class Range, class E>
void filter_chips(const char* id, const char* label, std::optional<E>& value, const Range& all, const char* (*key)(E),
                  const char* (*name)(E)) {
  std::vector<Choice> choices;
  for (E e : all) choices.push_back({key(e), name(e)});
  int selected = index_of(all, value);
  if (chips(id, label, selected, choices)) value = std::data(all)[selected];
}

// With many records the load takes a moment: say how far it is.
void draw_load_progress(const LoadProgress& progress) {
  if (progress.total == 0) {
    status_text("status.loading", text::loading_cases, palette().text_muted);
    return;
  }
  char message[128];
  std::snprintf(message, sizeof message, text::loading_progress_format, progress.loaded, progress.total);
  status_text("status.loading", message, palette().text_muted);
  ImGui::ProgressBar(static_cast<float>(progress.loaded) / static_cast<float>(progress.total), ImVec2(-1, 8.0f), "");
}

// The list is there; the cases behind it are still being opened (searching finds less).
void draw_opening_progress(const OpeningView& opening) {
  if (opening.failed) {
    status_text("status.opening", text::opening_failed, palette().error);
    return;
  }
  if (opening.done || opening.total == 0) return;
  char message[192];
  std::snprintf(message, sizeof message, text::opening_progress_format, opening.opened, opening.total);
  status_text("status.opening", message, palette().text_muted);
  ImGui::ProgressBar(static_cast<float>(opening.opened) / static_cast<float>(opening.total), ImVec2(-1, 4.0f), "");
}

void draw_quarantine_notice(const AppView& view) {
  if (view.quarantined.empty()) return;
  std::string which;
  for (const auto& q : view.quarantined) {
    if (!which.empty()) which += "; ";
    which += q.key + " (" + text::decode_error(q.error.code) + ")";
  }
  char message[2048];
  std::snprintf(message, sizeof message, text::quarantine_notice_format, static_cast<int>(view.quarantined.size()),
                which.c_str());
  status_text("status.quarantine", message, palette().error);
}

bool action_item(const std::string& id, const char* label) {
  const bool chosen = ImGui::Selectable(label, false, 0, ImVec2(240.0f * metrics().scale, metrics().touch_target));
  register_item(id.c_str(), "button", label);
  return chosen;
}

std::string copy_name(const std::string& pseudonym) {
  std::string name = pseudonym;
  const std::size_t room = max_pseudonym_length - 8;  // " (kopie)" must fit the pseudonym limit
  while (utf8_length(name) > room) {
    name.pop_back();
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
  }
  return name + text::copy_suffix;
}

}  // namespace

void CaseListScreen::draw(const AppView& view, Commands& out, bool highlight_selection) {
  draw_save_error_banner(view, out);
  if (view.load_phase == LoadPhase::Unavailable)
    status_text("status.storage", text::storage_unavailable, palette().error);

  // Heading and "Nieuwe casus" share a row, vertically centred on the button.
  const float row_y = ImGui::GetCursorPosY();
  const float title_height = fonts().title->FontSize * 1.35f;
  ImGui::SetCursorPosY(row_y + (metrics().touch_target - title_height) * 0.5f);
  heading("cases.heading", text::cases_heading);
  const float button_width = ImGui::CalcTextSize(text::new_case).x + 48.0f * metrics().scale;
  const float button_x = ImGui::GetContentRegionMax().x - button_width;
  // Beside the heading when there is room; below it otherwise (large text in a narrow pane).
  if (ImGui::GetWindowPos().x + button_x >= ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x) {
    ImGui::SameLine(button_x);
    ImGui::SetCursorPosY(row_y);
  }
  const bool loading = view.load_phase == LoadPhase::Loading;
  ImGui::BeginDisabled(loading);
  if (button("case.new", text::new_case, ButtonKind::Primary, button_width)) out.push_back(OpenNewCase{});
  ImGui::EndDisabled();

  draw_quarantine_notice(view);
  draw_opening_progress(view.opening);
  if (view.opening.done) {  // both count what only the whole cases tell
    draw_backup_reminder(view, out);
    draw_retention_reminder(view, out);
  }
  if (!loading && !view.workspace.cases().empty()) draw_search(view);
  if (loading) {
    draw_load_progress(view.load_progress);
  } else if (view.workspace.cases().empty()) {
    status_text("cases.empty", text::no_cases_yet, palette().text_muted);
  } else {
    draw_rows(view, out, highlight_selection);
  }
  draw_delete_confirmation(view, out);
}

void CaseListScreen::draw_search(const AppView&) {
  text_field("cases.search", text::search_label, filter_.query, {TextInputKind::Text, text::search_hint});
  const char* toggle = show_filters_ ? text::close : text::filters;
  if (button("cases.filters", toggle)) show_filters_ = !show_filters_;
  if (filter_.active()) {
    flow_next(text::clear_filters);
    if (button("cases.filters.clear", text::clear_filters)) filter_ = CaseFilter{};
  }
  if (!show_filters_) return;
  filter_chips("cases.filter.status", text::status_label, filter_.status, all_case_statuses,
               +[](CaseStatus s) { return case_status_names.of(s); }, &text::status_name);
  filter_chips("cases.filter.region", text::region_label, filter_.region, all_regions,
               +[](Region r) { return region_key(r).data(); }, &text::region_name);
  std::optional<ProblemArea> area;
  for (ProblemArea p : all_problem_areas)
    if (filter_.problem_areas == static_cast<std::uint32_t>(p)) area = p;
  filter_chips("cases.filter.problem", text::problem_areas_label, area, all_problem_areas, &text::problem_area_key,
               &text::problem_area_name);
  filter_.problem_areas = area ? static_cast<std::uint32_t>(*area) : 0u;
  constexpr MeetingKind kinds[] = {MeetingKind::Consult, MeetingKind::Overlegtafel};
  filter_chips("cases.filter.meeting", text::meeting_kind_filter, filter_.meeting_kind, kinds,
               +[](MeetingKind k) { return meeting_kind_names.of(k); }, &text::meeting_kind_name);
}

const std::vector<const Case*>& CaseListScreen::listed(const Workspace& workspace) {
  return listed_.get(workspace, filter_, [&] {
    if (filter_.query.empty()) return filter_cases(workspace.cases_for_list(), filter_);
    index_.update(workspace);  // only the cases changed since the last search are read again
    return index_.filter(workspace.cases_for_list(), filter_);
  });
}

void CaseListScreen::draw_rows(const AppView& view, Commands& out, bool highlight_selection) {
  const auto& cases = listed(view.workspace);
  if (cases.empty()) status_text("cases.no_matches", text::no_matches, palette().text_muted);
  // Only the rows on screen are drawn (10,000 cases would cost a frame far more than 4 ms); the
  // hidden_rows before and after them are registered for automation at their place, scrolled out
  // of view (registering all 10,000 would cost a frame ~15 ms on its own).
  const float pitch = metrics().row_height + ImGui::GetStyle().ItemSpacing.y;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(cases.size()), pitch);
  constexpr int hidden_rows = 100;
  const int count = static_cast<int>(cases.size());
  std::vector<bool> drawn(cases.size());
  int first = count, last = 0;
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      draw_row(view, *cases[i], out, highlight_selection);
      drawn[i] = true;
      first = std::min(first, i);
      last = std::max(last, i);
    }
  }
  for (int i = std::max(0, first - hidden_rows); i < std::min(count, last + 1 + hidden_rows); ++i) {
    if (drawn[i]) continue;
    register_hidden_row("case.row." + cases[i]->id, cases[i]->pseudonym, ImVec2(top.x, top.y + pitch * i),
                        ImVec2(width, metrics().row_height));
  }
}

void CaseListScreen::draw_row(const AppView& view, const Case& c, Commands& out, bool highlight_selection) {
  const std::string id = "case.row." + c.id;
  const bool selected = highlight_selection && c.id == view.selected_case_id;
  if (list_row(id.c_str(), c.pseudonym.c_str(), case_detail_line(c, view.today).c_str(), selected))
    out.push_back(OpenCase{c.id});
  ImGui::PushID(id.c_str());
  if (ImGui::BeginPopupContextItem("##row-actions")) {
    if (action_item(id + ".open", text::action_open)) out.push_back(OpenCase{c.id});
    if (action_item(id + ".duplicate", text::action_duplicate))
      out.push_back(DuplicateCaseRequest{c.id, copy_name(c.pseudonym)});
    if (action_item(id + ".delete", text::action_delete)) confirm_delete_id_ = c.id;
    ImGui::EndPopup();
  }
  ImGui::PopID();
}

void CaseListScreen::draw_delete_confirmation(const AppView& view, Commands& out) {
  if (confirm_delete_id_.empty()) return;
  const Case* c = view.workspace.find(confirm_delete_id_);
  if (!c) {
    confirm_delete_id_.clear();
    return;
  }
  ImGui::OpenPopup("##confirm-delete");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(520.0f * metrics().scale, ImGui::GetMainViewport()->Size.x - 32.0f), 0));
  if (!ImGui::BeginPopupModal("##confirm-delete", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  heading("confirm.title", text::confirm_delete_title);
  char message[512];
  std::snprintf(message, sizeof message, text::confirm_delete_format, c->pseudonym.c_str());
  status_text("confirm.message", message, palette().text);
  ImGui::Dummy(ImVec2(0, 4));
  if (button("confirm.delete", text::confirm_delete_yes, ButtonKind::Primary)) {
    out.push_back(DeleteCaseRequest{confirm_delete_id_});
    confirm_delete_id_.clear();
    ImGui::CloseCurrentPopup();
  }
  flow_next(text::cancel);
  if (button("confirm.cancel", text::cancel)) {
    confirm_delete_id_.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace rots::ui
