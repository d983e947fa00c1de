#include "ui/date_picker.hpp"

#include <cfloat>
#include <string>

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

Date g_shown_month;  // first day of the month the open calendar shows (one calendar at a time)

int weekday_monday_first(const Date& d) { return static_cast<int>((days_since_epoch(d) % 7 + 10) % 7); }  // 1970-01-01: Thu

Date add_months(Date first_of_month, int delta) {
  int month = first_of_month.month - 1 + delta;
  int year = first_of_month.year + (month < 0 ? (month - 11) / 12 : month / 12);
  month = ((month % 12) + 12) % 12;
  return Date{year, month + 1, 1};
}

int days_in(const Date& first_of_month) {
  return static_cast<int>(days_since_epoch(add_months(first_of_month, 1)) - days_since_epoch(first_of_month));
}

bool day_button(const std::string& id, const Date& day, const Date& value, const Date& today, bool enabled) {
  const float size = metrics().touch_target;
  const bool chosen = day == value;
  if (chosen) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette().primary);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().on_primary);
  }
  ImGui::PushStyleColor(ImGuiCol_Border, day == today ? palette().primary : palette().surface);
  ImGui::BeginDisabled(!enabled);
  const std::string label = std::to_string(day.day) + "##" + id;
  const bool pressed = ImGui::Button(label.c_str(), ImVec2(size, size));
  ImGui::EndDisabled();
  ImGui::PopStyleColor(chosen ? 3 : 1);
  register_item(id.c_str(), "button", std::to_string(day.day), chosen ? "selected" : "");
  return pressed;
}

// A label centred in a cell the size of a day button, so header and grid line up.
void centred_cell(const char* text, float width, float height, ImFont* font, ImU32 color) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text);
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize,
                                      ImVec2(pos.x + (width - size.x) * 0.5f, pos.y + (height - size.y) * 0.5f), color, text);
}

bool month_header(const char* id, Date& shown) {
  const std::string base(id);
  const float cell = metrics().touch_target;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  bool moved = false;
  if (ImGui::Button(text::previous_month, ImVec2(cell, cell))) {
    shown = add_months(shown, -1);
    moved = true;
  }
  register_item((base + ".prev").c_str(), "button", text::previous_month);
  ImGui::SameLine();
  const std::string title = std::string(text::month_name(shown.month)) + " " + std::to_string(shown.year);
  centred_cell(title.c_str(), 5.0f * cell + 4.0f * spacing, cell, fonts().bold, palette().text);
  register_item((base + ".month").c_str(), "heading", title);
  ImGui::SameLine();
  if (ImGui::Button(text::next_month, ImVec2(cell, cell))) {
    shown = add_months(shown, 1);
    moved = true;
  }
  register_item((base + ".next").c_str(), "button", text::next_month);
  return moved;
}

// The calendar grid; returns true when a day was chosen (value set).
bool month_grid(const char* id, Date& value, const Date& today, const std::optional<Date>& latest) {
  const std::string base(id);
  for (int w = 0; w < 7; ++w) {
    if (w > 0) ImGui::SameLine();
    centred_cell(text::weekday_short(w), metrics().touch_target, metrics().body_text * 1.6f, fonts().body,
                 palette().text_muted);
  }
  const int lead = weekday_monday_first(g_shown_month);
  const int count = days_in(g_shown_month);
  bool chosen = false;
  for (int cell = 0; cell < lead + count; ++cell) {
    if (cell % 7 != 0) ImGui::SameLine();
    if (cell < lead) {
      ImGui::Dummy(ImVec2(metrics().touch_target, metrics().touch_target));
      continue;
    }
    const Date day{g_shown_month.year, g_shown_month.month, cell - lead + 1};
    const bool enabled = !latest || day <= *latest;
    if (day_button(base + ".day." + to_iso(day), day, value, today, enabled)) {
      value = day;
      chosen = true;
    }
  }
  return chosen;
}

}  // namespace

bool date_field(const char* id, const char* label, Date& value, const Date& today, std::optional<Date> latest,
                const char* error) {
  ImGui::PushID(id);
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(label);
  ImGui::PopFont();
  const std::string shown = is_valid(value) ? to_dutch(value) : text::choose_date;
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, palette().error);
  const bool open = ImGui::Button(shown.c_str(), ImVec2(ImGui::GetContentRegionAvail().x, metrics().touch_target));
  if (error) ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  register_item(id, "date", label, is_valid(value) ? to_dutch(value) : "");
  if (open) {
    g_shown_month = Date{(is_valid(value) ? value : today).year, (is_valid(value) ? value : today).month, 1};
    ImGui::OpenPopup("##calendar");
  }
  bool changed = false;
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal("##calendar", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    const std::string base(id);
    month_header(id, g_shown_month);
    if (month_grid(id, value, today, latest)) {
      changed = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (button((base + ".today").c_str(), text::today, ButtonKind::Secondary)) {
      value = today;
      changed = true;
      ImGui::CloseCurrentPopup();
    }
    flow_next(text::close);
    if (button((base + ".close").c_str(), text::close, ButtonKind::Secondary)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::PopID();
  if (error) status_text((std::string(id) + ".error").c_str(), error, palette().error);
  return changed;
}

}  // namespace rots::ui
