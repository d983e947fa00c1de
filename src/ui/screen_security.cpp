// Instellingen > Beveiliging (auto-lock, retention, passphrase change) and the retention screen
// with its reminder above the case list.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "core/exchange.hpp"
#include "core/retention.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

std::string format_int(const char* pattern, int value) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, pattern, value);
  return buffer;
}

// Chips for one of a few offered values; emits the changed settings.
template <std::size_t N>
void step_chips(const AppView& view, const char* id, const char* label, const char* unit_format,
                const std::array<int, N>& steps, int DeviceSettings::*field, Commands& out) {
  std::vector<Choice> choices;
  int selected = -1;
  for (std::size_t i = 0; i < N; ++i) {
    choices.push_back({std::to_string(steps[i]), format_int(unit_format, steps[i])});
    if (view.settings.*field == steps[i]) selected = static_cast<int>(i);
  }
  if (chips(id, label, selected, choices) && selected >= 0) {
    DeviceSettings next = view.settings;
    next.*field = steps[static_cast<std::size_t>(selected)];
    out.push_back(ChangeSettings{next});
  }
}

void wipe(std::string& s) {
  s.assign(s.size(), '\0');
  s.clear();
}

}  // namespace

void SecuritySettings::draw(const AppView& view, Commands& out) {
  if (button("settings.lock", text::lock_now)) out.push_back(LockNow{});
  step_chips(view, "settings.auto_lock", text::auto_lock_label, text::minutes_format, auto_lock_minute_steps,
             &DeviceSettings::auto_lock_minutes, out);
  status_text("settings.auto_lock_hint", text::auto_lock_hint, palette().text_muted);
  step_chips(view, "settings.retention", text::retention_label, text::months_format, retention_month_steps,
             &DeviceSettings::retention_months, out);
  status_text("settings.retention_hint", text::retention_hint, palette().text_muted);
  ImGui::Dummy(ImVec2(0, 8));
  heading("settings.passphrase", text::change_passphrase_title);
  const PassphraseStrength strength = passphrase_strength(next_);
  const bool mismatch = next_ != repeat_;
  TextFieldOptions current = passphrase_field();
  current.hint = nullptr;
  text_field("settings.passphrase.current", text::current_passphrase_label, current_, current);
  text_field("settings.passphrase.new", text::new_passphrase_label, next_,
             passphrase_field(attempted_ && strength == PassphraseStrength::TooShort ? text::passphrase_too_short : nullptr));
  if (!next_.empty())
    status_text("settings.passphrase.strength", text::passphrase_strength_text(strength),
                strength <= PassphraseStrength::Weak ? palette().error : palette().text_muted);
  text_field("settings.passphrase.repeat", text::passphrase_repeat_label, repeat_,
             passphrase_field(attempted_ && mismatch ? text::passphrase_mismatch : nullptr));
  if (view.vault.changing_passphrase) {
    status_text("settings.passphrase.working", text::changing_passphrase, palette().primary);
    return;
  }
  if (!view.vault.change_message.empty())
    status_text("settings.passphrase.result", view.vault.change_message.c_str(),
                view.vault.change_failed ? palette().error : palette().text);
  ImGui::BeginDisabled(current_.empty());
  if (button("settings.passphrase.change", text::change_passphrase_button, ButtonKind::Primary)) {
    attempted_ = true;
    if (strength != PassphraseStrength::TooShort && !mismatch) {
      out.push_back(ChangePassphrase{current_, next_});
      wipe(current_);
      wipe(next_);
      wipe(repeat_);
      attempted_ = false;
    }
  }
  ImGui::EndDisabled();
}

void draw_retention_reminder(const AppView& view, Commands& out) {
  const auto& due = view.due_for_deletion;
  if (due.empty()) return;
  notice("retention.reminder", format_int(text::retention_reminder_format, static_cast<int>(due.size())).c_str(),
         palette().text, palette().hover);
  if (button("retention.review", text::retention_review)) out.push_back(ShowRetention{});
  ImGui::Dummy(ImVec2(0, 8));
}

void RetentionScreen::draw(const AppView& view, Commands& out) {
  const int months = view.settings.retention_months;
  const auto& due = view.due_for_deletion;
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("retention.column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  if (due.empty()) {
    confirming_ = false;
    status_text("retention.none", text::retention_none, palette().text_muted);
    ImGui::EndChild();
    return;
  }
  status_text("retention.intro", format_int(text::retention_intro_format, months).c_str(), palette().text);
  ImGui::Dummy(ImVec2(0, 8));
  visible_rows(due.size(), [&](std::size_t i) {
    const Case& c = *due[i];
    char detail[256];
    std::snprintf(detail, sizeof detail, text::retention_closed_format, to_dutch(*closed_on(c)).c_str(),
                  to_dutch(*deletion_due_on(c, months)).c_str());
    begin_card(("retention.case." + c.id).c_str(), c.pseudonym.c_str());
    status_text(("retention.case." + c.id + ".detail").c_str(), detail, palette().text_muted);
    end_card();
    ImGui::Dummy(ImVec2(0, 4));
  });
  ImGui::Dummy(ImVec2(0, 8));
  const int count = static_cast<int>(due.size());
  if (!confirming_) {
    if (button("retention.delete", format_int(text::retention_delete_format, count).c_str(), ButtonKind::Primary))
      confirming_ = true;
  } else {
    notice("retention.confirm_text", format_int(text::retention_confirm_format, count).c_str(), palette().error,
           palette().hover);
    if (button("retention.confirm", text::retention_confirm, ButtonKind::Primary)) {
      std::vector<std::string> ids;
      for (const Case* c : due) ids.push_back(c->id);
      out.push_back(DeleteExpiredCases{std::move(ids)});
      confirming_ = false;
    }
    flow_next(text::cancel);
    if (button("retention.cancel", text::cancel)) confirming_ = false;
  }
  ImGui::EndChild();
}

}  // namespace rots::ui
