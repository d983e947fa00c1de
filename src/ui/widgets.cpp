#include "ui/widgets.hpp"

#include <imgui_internal.h>

#include "ui/automation.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace rots::ui {
namespace {

void field_label(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void field_error(const char* id, const char* error) {
  if (!error) return;
  std::string error_id = std::string(id) + ".error";
  status_text(error_id.c_str(), error, palette().error);
}

// One option of chips or a segmented control: filled when chosen, registered as "<id>.<key>".
bool option_button(const char* id, const std::vector<Choice>& options, std::size_t i, int& selected, float width) {
  const bool on = static_cast<int>(i) == selected;
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette().primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette().primary);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().on_primary);
  }
  ImGui::PushID(static_cast<int>(i));
  const bool pressed = ImGui::Button(options[i].label.c_str(), ImVec2(width, metrics().touch_target));
  ImGui::PopID();
  if (on) ImGui::PopStyleColor(3);
  register_item((std::string(id) + "." + options[i].key).c_str(), "option", options[i].label, on ? "selected" : "");
  if (!pressed || on) return false;
  selected = static_cast<int>(i);
  return true;
}

}  // namespace

void register_item(const char* id, const char* kind, const std::string& label, const std::string& value,
                   bool focused) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
  AutomationItem item;
  item.id = id;
  item.kind = kind;
  item.label = label;
  item.value = value;
  // Only the part inside the window's visible area can be touched.
  const float x0 = ImMax(min.x, clip.Min.x), y0 = ImMax(min.y, clip.Min.y);
  const float x1 = ImMin(max.x, clip.Max.x), y1 = ImMin(max.y, clip.Max.y);
  item.visible = x1 > x0 && y1 > y0;
  item.x = item.visible ? x0 : min.x;
  item.y = item.visible ? y0 : min.y;
  item.w = item.visible ? x1 - x0 : max.x - min.x;
  item.h = item.visible ? y1 - y0 : max.y - min.y;
  item.enabled = !(ImGui::GetItemFlags() & ImGuiItemFlags_Disabled);
  item.focused = focused;
  automation().add(std::move(item));
}

bool button(const char* id, const char* label, ButtonKind kind, float width) {
  ImGui::PushID(id);
  const bool primary = kind == ButtonKind::Primary;
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, palette().primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette().primary);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette().primary_active);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().on_primary);
    ImGui::PushStyleColor(ImGuiCol_Border, palette().primary);
  }
  ImGui::PushFont(fonts().bold);
  const bool pressed = ImGui::Button(label, ImVec2(width, metrics().touch_target));
  ImGui::PopFont();
  if (primary) ImGui::PopStyleColor(5);
  register_item(id, "button", label);
  ImGui::PopID();
  return pressed;
}

bool choice_field(const char* id, const char* label, int& selected, const std::vector<Choice>& options,
                  const char* placeholder, const char* error) {
  ImGui::PushID(id);
  field_label(label);
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool has_value = selected >= 0 && selected < static_cast<int>(options.size());
  const char* preview = has_value ? options[static_cast<std::size_t>(selected)].label.c_str() : placeholder;
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, palette().error);
  bool changed = false;
  const bool open = ImGui::BeginCombo("##choice", preview, ImGuiComboFlags_HeightLargest);
  if (error) ImGui::PopStyleColor();
  register_item(id, "combo", label, has_value ? preview : "", open);
  if (open) {
    for (std::size_t i = 0; i < options.size(); ++i) {
      const bool is_selected = static_cast<int>(i) == selected;
      if (ImGui::Selectable(options[i].label.c_str(), is_selected, 0, ImVec2(0, metrics().touch_target))) {
        selected = static_cast<int>(i);
        changed = true;
      }
      const std::string option_id = std::string(id) + "." + options[i].key;
      register_item(option_id.c_str(), "option", options[i].label, is_selected ? "selected" : "");
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  field_error(id, error);
  return changed;
}

bool segmented(const char* id, const char* label, int& selected, const std::vector<Choice>& options) {
  ImGui::PushID(id);
  field_label(label);
  const float width = ImGui::GetContentRegionAvail().x;
  const float spacing = 4.0f;
  const float segment = (width - spacing * static_cast<float>(options.size() - 1)) / static_cast<float>(options.size());
  bool changed = false;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (i > 0) ImGui::SameLine(0.0f, spacing);
    if (option_button(id, options, i, selected, segment)) changed = true;
  }
  ImGui::PopID();
  return changed;
}

bool chips(const char* id, const char* label, int& selected, const std::vector<Choice>& options, const char* error) {
  ImGui::PushID(id);
  field_label(label);
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const ImGuiStyle& style = ImGui::GetStyle();
  bool changed = false;
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, palette().error);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, metrics().touch_target * 0.5f);
  for (std::size_t i = 0; i < options.size(); ++i) {
    const float chip_width = ImGui::CalcTextSize(options[i].label.c_str()).x + style.FramePadding.x * 2.0f + 8.0f;
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + chip_width > right) ImGui::NewLine();
    }
    if (option_button(id, options, i, selected, chip_width)) changed = true;
  }
  ImGui::PopStyleVar();
  if (error) ImGui::PopStyleColor();
  const bool has_value = selected >= 0 && selected < static_cast<int>(options.size());
  register_item(id, "chips", label, has_value ? options[static_cast<std::size_t>(selected)].label : "");
  ImGui::PopID();
  field_error(id, error);
  return changed;
}

void begin_card(const char* id, const char* title) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().surface);
  ImGui::PushStyleColor(ImGuiCol_Border, palette().divider);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 10.0f);
  ImGui::BeginChild(id, ImVec2(0, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  if (title) heading((std::string(id) + ".title").c_str(), title);
}

void end_card() {
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
}

bool list_row(const char* id, const char* title, const char* detail, bool selected) {
  ImGui::PushID(id);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const bool pressed = ImGui::Selectable("##row", selected, 0, ImVec2(width, metrics().row_height));
  register_item(id, "row", title, detail, selected);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float pad = 16.0f;
  draw->AddText(fonts().bold, metrics().body_text, ImVec2(pos.x + pad, pos.y + 12.0f), palette().text, title);
  draw->AddText(fonts().body, metrics().body_text, ImVec2(pos.x + pad, pos.y + 40.0f), palette().text_muted, detail);
  draw->AddText(fonts().bold, metrics().title_text, ImVec2(pos.x + width - 28.0f, pos.y + 22.0f), palette().text_muted,
                "\u203A");
  draw->AddLine(ImVec2(pos.x, pos.y + metrics().row_height + 0.5f),
                ImVec2(pos.x + width, pos.y + metrics().row_height + 0.5f), palette().divider);
  ImGui::PopID();
  return pressed;
}

void heading(const char* id, const char* text) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  register_item(id, "heading", text);
}

void status_text(const char* id, const char* text, ImU32 color) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  register_item(id, "status", text, text);
}

}  // namespace rots::ui
