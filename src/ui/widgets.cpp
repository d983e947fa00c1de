#include "ui/widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <string_view>

#include <imgui_internal.h>

#include "ui/automation.hpp"
#include "ui/fonts.hpp"
#include "ui/text_fit.hpp"
#include "ui/theme.hpp"

namespace rots::ui {
namespace {

void field_label(const char* text) {
  if (!text || !*text) return;  // e.g. tabs and filters that need no label
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
  if (!label_fits(options[i].label.c_str())) automation().mark_last_cut();
  if (!pressed || on) return false;
  selected = static_cast<int>(i);
  return true;
}

}  // namespace

float button_width(const char* label) {
  ImGui::PushFont(fonts().bold);
  const float width = ImGui::CalcTextSize(label, nullptr, true).x + 2.0f * ImGui::GetStyle().FramePadding.x;
  ImGui::PopFont();
  return width;
}

bool label_fits(const char* label) {
  const float room = ImGui::GetItemRectSize().x - 2.0f * ImGui::GetStyle().FramePadding.x;
  return ImGui::CalcTextSize(label, nullptr, true).x <= room + 0.5f;
}

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
  item.clipped = item.visible && (x0 > min.x || y0 > min.y || x1 < max.x || y1 < max.y);
  // Nothing scrolls sideways: a side cut off by its window is text the user cannot reach.
  item.cut = item.visible && (x0 > min.x + 0.5f || x1 < max.x - 0.5f);
  item.x = item.visible ? x0 : min.x;
  item.y = item.visible ? y0 : min.y;
  item.w = item.visible ? x1 - x0 : max.x - min.x;
  item.h = item.visible ? y1 - y0 : max.y - min.y;
  item.enabled = !(ImGui::GetItemFlags() & ImGuiItemFlags_Disabled);
  item.focused = focused;
  item.dialog = (ImGui::GetCurrentWindow()->RootWindow->Flags & ImGuiWindowFlags_Modal) != 0;
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
  const bool text_cut = !label_fits(label);
  ImGui::PopFont();
  if (primary) ImGui::PopStyleColor(5);
  register_item(id, "button", label);
  if (text_cut) automation().mark_last_cut();
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

bool checklist(const char* id, const char* label, std::uint32_t& bits, const std::vector<CheckItem>& items) {
  ImGui::PushID(id);
  field_label(label);
  bool changed = false;
  const float box = 28.0f * metrics().scale;
  const float width = ImGui::GetContentRegionAvail().x;
  for (const auto& item : items) {
    const bool on = (bits & item.bit) != 0;
    const float text_width = width - box - 16.0f;
    const float text_height = ImGui::CalcTextSize(item.label.c_str(), nullptr, false, text_width).y;
    const float height = std::max(metrics().touch_target, text_height + 12.0f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(item.key.c_str());
    if (ImGui::InvisibleButton("##check", ImVec2(width, height))) {
      bits ^= item.bit;
      changed = true;
    }
    ImGui::PopID();
    register_item((std::string(id) + "." + item.key).c_str(), "checkbox", item.label, on ? "checked" : "");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 box_min(pos.x, pos.y + (height - box) * 0.5f);
    const ImVec2 box_max(box_min.x + box, box_min.y + box);
    draw->AddRectFilled(box_min, box_max, on ? palette().primary : palette().surface, 6.0f);
    draw->AddRect(box_min, box_max, on ? palette().primary : palette().border, 6.0f, 0, 2.0f);
    if (on) {
      const ImVec2 a(box_min.x + box * 0.22f, box_min.y + box * 0.52f), b(box_min.x + box * 0.43f, box_min.y + box * 0.72f),
          c(box_min.x + box * 0.78f, box_min.y + box * 0.30f);
      draw->AddLine(a, b, palette().on_primary, 3.0f);
      draw->AddLine(b, c, palette().on_primary, 3.0f);
    }
    ImGui::PushTextWrapPos(pos.x + width - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    draw->AddText(fonts().body, metrics().body_text, ImVec2(pos.x + box + 16.0f, pos.y + (height - text_height) * 0.5f),
                  palette().text, item.label.c_str(), nullptr, text_width);
    ImGui::PopTextWrapPos();
  }
  ImGui::PopID();
  return changed;
}

void notice(const char* id, const char* text, ImU32 color, ImU32 background) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float pad = 12.0f * metrics().scale;
  const float text_height = ImGui::CalcTextSize(text, nullptr, false, width - 2.0f * pad).y;
  const ImVec2 size(width, text_height + 2.0f * pad);
  ImGui::Dummy(size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), background, 8.0f);
  draw->AddRectFilled(pos, ImVec2(pos.x + 5.0f, pos.y + size.y), color, 8.0f, ImDrawFlags_RoundCornersLeft);
  draw->AddText(fonts().body, metrics().body_text, ImVec2(pos.x + pad, pos.y + pad), color, text, nullptr,
                width - 2.0f * pad);
  register_item(id, "status", text, text);
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

// Title and detail centred on the row's height and kept clear of the chevron, all scaled with
// the text size (at 200 % the two lines would otherwise run into each other).
bool list_row(const char* id, const char* title, const char* detail, bool selected) {
  ImGui::PushID(id);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = metrics().row_height;
  const bool pressed = ImGui::Selectable("##row", selected, 0, ImVec2(width, height));
  register_item(id, "row", title, detail, selected);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float pad = 16.0f * metrics().scale;
  const float line = metrics().body_text;
  const float gap = 6.0f * metrics().scale;
  const char* chevron = "\u203A";
  const ImVec2 chevron_size = fonts().bold->CalcTextSizeA(metrics().title_text, FLT_MAX, 0.0f, chevron);
  const float text_width = width - 3.0f * pad - chevron_size.x;
  const float top = pos.y + (height - (2.0f * line + gap)) * 0.5f;
  // Cut with "…" where the column is too narrow; the automation table keeps the whole text.
  const auto fitted = [&](ImFont* font, const char* text) {
    return fit_text(text, text_width, [&](std::string_view s) {
      return font->CalcTextSizeA(line, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
    });
  };
  draw->AddText(fonts().bold, line, ImVec2(pos.x + pad, top), palette().text, fitted(fonts().bold, title).c_str());
  draw->AddText(fonts().body, line, ImVec2(pos.x + pad, top + line + gap), palette().text_muted,
                fitted(fonts().body, detail).c_str());
  draw->AddText(fonts().bold, metrics().title_text,
                ImVec2(pos.x + width - pad - chevron_size.x, pos.y + (height - chevron_size.y) * 0.5f),
                palette().text_muted, chevron);
  draw->AddLine(ImVec2(pos.x, pos.y + height + 0.5f), ImVec2(pos.x + width, pos.y + height + 0.5f), palette().divider);
  ImGui::PopID();
  return pressed;
}

void register_hidden_row(std::string id, const std::string& title, ImVec2 pos, ImVec2 size) {
  AutomationItem item;
  item.id = std::move(id);
  item.kind = "row";
  item.label = title;
  item.x = pos.x;
  item.y = pos.y;
  item.w = size.x;
  item.h = size.y;
  item.visible = false;
  automation().add(std::move(item));
}

void heading(const char* id, const char* text) {
  ImGui::PushFont(fonts().title);
  ImGui::PushTextWrapPos(0.0f);  // large text wraps instead of running off the screen
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  register_item(id, "heading", text);
}

void title_line(const char* id, const char* text) {
  ImGui::PushFont(fonts().title);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  register_item(id, "heading", text);
}

void flow_next(const char* next_label, float spacing) {
  const float gap = spacing < 0.0f ? ImGui::GetStyle().ItemSpacing.x : spacing;
  const float width = button_width(next_label);
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + gap + width <= right + 0.5f) ImGui::SameLine(0.0f, gap);
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
