// The first start (name and passphrase) and the lock screen. Nothing of the cases is drawn here:
// while locked the app holds no case data at all.
#include <algorithm>

#include <imgui.h>

#include "core/exchange.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

const char* user_name_error(const std::string& name) {
  const auto issue = validate_user_name(name);
  if (!issue) return nullptr;
  return *issue == ValidationCode::TooLong ? text::user_name_too_long : text::user_name_required;
}

// The column reaches down to the page's bottom margin (it has the page's background, so only its
// content shows) and scrolls if its content is taller. A column sized to its content would be
// hidden for its first frame while Dear ImGui measures it: one more frame at every start.
void centered_column(const char* id, float top_fraction) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(viewport->Size.x - 2.0f * metrics().page_margin, metrics().max_form_width);
  const float top = viewport->Size.y * top_fraction;
  const float height = std::max(viewport->Size.y - top - metrics().page_margin, ImGui::GetFrameHeight());
  ImGui::SetCursorPos(ImVec2((viewport->Size.x - width) * 0.5f, top));
  ImGui::BeginChild(id, ImVec2(width, height));
}

}  // namespace

void LockScreen::draw(const AppView& view, Commands& out) {
  if (view.vault.generation != generation_) {
    generation_ = view.vault.generation;
    secure_clear();
  }
  if (view.vault.phase == VaultPhase::Setup) return draw_setup(view, out);
  if (view.vault.phase == VaultPhase::Locked) return draw_unlock(view, out);
  centered_column("vault.column", 0.3f);
  status_text("status.loading", text::loading_cases, palette().text_muted);
  ImGui::EndChild();
}

void LockScreen::draw_setup(const AppView& view, Commands& out) {
  // A page (not a fixed column): on a phone-sized portrait screen with the keyboard up it scrolls.
  begin_page("page.setup");
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - width) * 0.5f);
  ImGui::BeginChild("setup.column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  heading("setup.title", text::setup_title);
  status_text("setup.intro", text::setup_intro, palette().text);
  ImGui::Dummy(ImVec2(0, 8));
  text_field("setup.name", text::user_name_label, name_,
             {TextInputKind::Name, text::user_name_hint, attempted_ ? user_name_error(name_) : nullptr});
  const PassphraseStrength strength = passphrase_strength(passphrase_);
  const bool mismatch = passphrase_ != repeat_;
  text_field("setup.passphrase", text::passphrase_label, passphrase_,
             passphrase_field(attempted_ && strength == PassphraseStrength::TooShort ? text::passphrase_too_short : nullptr));
  if (!passphrase_.empty())
    status_text("setup.strength", text::passphrase_strength_text(strength),
                strength <= PassphraseStrength::Weak ? palette().error : palette().text_muted);
  text_field("setup.repeat", text::passphrase_repeat_label, repeat_,
             passphrase_field(attempted_ && mismatch ? text::passphrase_mismatch : nullptr));
  notice("setup.warning", text::setup_warning, palette().text, palette().hover);
  if (!view.vault.error.empty()) notice("setup.error", view.vault.error.c_str(), palette().error, palette().hover);
  ImGui::Dummy(ImVec2(0, 8));
  if (view.vault.working) {
    status_text("setup.working", text::setup_working, palette().primary);
  } else if (button("setup.start", text::setup_start, ButtonKind::Primary)) {
    attempted_ = true;
    if (!user_name_error(name_) && strength != PassphraseStrength::TooShort && !mismatch) {
      out.push_back(SetUpVault{name_, passphrase_});
      secure_clear();
    }
  }
  ImGui::EndChild();
  end_page();
}

void LockScreen::draw_unlock(const AppView& view, Commands& out) {
  centered_column("unlock.column", 0.18f);
  heading("unlock.title", text::unlock_title);
  status_text("unlock.intro", text::unlock_intro, palette().text);
  ImGui::Dummy(ImVec2(0, 8));
  bool submitted = false;
  TextFieldOptions options = passphrase_field();
  options.hint = nullptr;
  options.submitted = &submitted;
  text_field("unlock.passphrase", text::passphrase_label, passphrase_, options);
  if (!view.vault.error.empty()) notice("unlock.error", view.vault.error.c_str(), palette().error, palette().hover);
  ImGui::Dummy(ImVec2(0, 8));
  if (view.vault.working) {
    status_text("unlock.working", text::unlock_working, palette().primary);
  } else {
    ImGui::BeginDisabled(passphrase_.empty());
    if ((button("unlock.submit", text::unlock_button, ButtonKind::Primary) || submitted) && !passphrase_.empty()) {
      out.push_back(Unlock{passphrase_});
      secure_clear();
    }
    ImGui::EndDisabled();
  }
  ImGui::EndChild();
}

void LockScreen::secure_clear() {
  for (std::string* s : {&name_, &passphrase_, &repeat_}) {
    s->assign(s->size(), '\0');
    s->clear();
  }
  attempted_ = false;
}

}  // namespace rots::ui
