// "Instellingen": display settings of this device.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

void draw_text_size(const AppView& view, Commands& out) {
  DeviceSettings next = view.settings;
  const int current = view.settings.text_size_percent;
  const float button_width = 96.0f * metrics().scale;
  ImGui::BeginDisabled(current <= text_size_steps.front());
  if (button("settings.text_smaller", text::text_smaller, ButtonKind::Secondary, button_width)) {
    next.text_size_percent = smaller_text_size(current);
    out.push_back(ChangeSettings{next});
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  // The value, centred on the buttons' height in a cell as tall as they are: a text item on the
  // buttons' line would take Dear ImGui's own baseline offset and shift the next button.
  const std::string value = std::to_string(current) + " %";
  ImGui::PushFont(fonts().bold);
  const ImVec2 cell = ImGui::GetCursorScreenPos();
  const ImVec2 text_size = ImGui::CalcTextSize(value.c_str());
  ImGui::GetWindowDrawList()->AddText(ImVec2(cell.x, cell.y + (metrics().touch_target - text_size.y) * 0.5f),
                                      ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
  ImGui::Dummy(ImVec2(text_size.x, metrics().touch_target));
  ImGui::PopFont();
  register_item("settings.text_size", "status", text::text_size, value);
  ImGui::SameLine();
  ImGui::BeginDisabled(current >= text_size_steps.back());
  if (button("settings.text_larger", text::text_larger, ButtonKind::Secondary, button_width)) {
    next.text_size_percent = larger_text_size(current);
    out.push_back(ChangeSettings{next});
  }
  ImGui::EndDisabled();
  status_text("settings.text_size_hint", text::text_size_hint, palette().text_muted);
}

std::string megabytes(double bytes) {
  char text[32];
  if (bytes >= 1e9)
    std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
  else
    std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
  return text;
}

const char* persistence_text(Persistence p) {
  switch (p) {
    case Persistence::Persistent: return text::storage_persistent;
    case Persistence::BestEffort: return text::storage_best_effort;
    case Persistence::Unsupported: return text::storage_unsupported;
    case Persistence::Unknown: break;
  }
  return text::storage_unknown;
}

// Whether the browser promised to keep the data, how much room is used, and on iPad/iPhone
// how to make it keep the data at all.
void draw_storage(const AppView& view, Commands& out) {
  const StorageHealth& health = view.storage;
  const bool at_risk = health.persistence != Persistence::Persistent;
  status_text("settings.storage_persistence", persistence_text(health.persistence),
              at_risk ? palette().error : palette().text);
  if (health.estimate_known) {
    char usage[256];
    std::snprintf(usage, sizeof usage, text::storage_usage_format, megabytes(health.usage_bytes).c_str(),
                  megabytes(health.quota_bytes).c_str());
    status_text("settings.storage_usage", usage, palette().text);
  } else {
    status_text("settings.storage_usage", text::storage_usage_unknown, palette().text_muted);
  }
  if (health.suggest_home_screen) status_text("settings.home_screen", text::home_screen_hint, palette().text);
  if (button("settings.storage_check", text::storage_check_again)) out.push_back(CheckStorage{});
}

std::string last_export_text(const AppView& view) {
  if (view.settings.last_export_at_ms <= 0) return text::last_export_never;
  const int days = days_since_export(view.settings, view.now_ms);
  if (days == 0) return text::last_export_today;
  char line[160];
  std::snprintf(line, sizeof line, text::last_export_format, days);
  return line;
}

// Bundles out and in, when everything was last exported, and when to be reminded.
void draw_exchange(const AppView& view, Commands& out) {
  status_text("settings.last_export", last_export_text(view).c_str(),
              backup_due(view.settings, view.now_ms) ? palette().error : palette().text);
  static const int reminder_days[] = {3, 7, 14, 30};
  std::vector<Choice> choices;
  int selected = -1;
  for (int i = 0; i < 4; ++i) {
    choices.push_back({std::to_string(reminder_days[i]), std::to_string(reminder_days[i]) + " dagen"});
    if (view.settings.backup_reminder_days == reminder_days[i]) selected = i;
  }
  if (chips("settings.reminder", text::backup_reminder_label, selected, choices) && selected >= 0) {
    DeviceSettings next = view.settings;
    next.backup_reminder_days = reminder_days[selected];
    out.push_back(ChangeSettings{next});
  }
  if (button("settings.export", text::open_export, ButtonKind::Primary)) out.push_back(OpenExport{});
  flow_next(text::open_import);
  if (button("settings.import", text::open_import)) out.push_back(OpenImport{});
}

}  // namespace

void draw_settings(const AppView& view, Commands& out, SecuritySettings& security) {
  ImGui::PushItemWidth(-1);
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("settings.column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  begin_card("settings.appearance", text::appearance);
  static const std::vector<Choice> themes = {{"light", text::theme_light}, {"dark", text::theme_dark}};
  int theme = view.settings.theme == Theme::Dark ? 1 : 0;
  if (segmented("settings.theme", text::appearance, theme, themes)) {
    DeviceSettings next = view.settings;
    next.theme = theme == 1 ? Theme::Dark : Theme::Light;
    out.push_back(ChangeSettings{next});
  }
  end_card();
  ImGui::Dummy(ImVec2(0, 8));
  begin_card("settings.text", text::text_size);
  draw_text_size(view, out);
  end_card();
  ImGui::Dummy(ImVec2(0, 8));
  begin_card("settings.security", text::security_title);
  security.draw(view, out);
  end_card();
  ImGui::Dummy(ImVec2(0, 8));
  begin_card("settings.exchange", text::exchange_title);
  draw_exchange(view, out);
  end_card();
  ImGui::Dummy(ImVec2(0, 8));
  begin_card("settings.storage", text::storage_title);
  draw_storage(view, out);
  end_card();
  ImGui::Dummy(ImVec2(0, 8));
  begin_card("settings.about", text::about);
  status_text("settings.about_text", text::about_text, palette().text);
  end_card();
  ImGui::EndChild();
  ImGui::PopItemWidth();
}

}  // namespace rots::ui
