// "Delen en back-up": case bundles out and in, and the conflicts an import leaves.
#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "core/case_units.hpp"
#include "core/exchange.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

template <class... Args>
std::string format(const char* pattern, Args... args) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, pattern, args...);
  return buffer;
}

std::string moment_text(std::int64_t ms) {
  return to_dutch(date_from_days(static_cast<long>(ms / (24LL * 60 * 60 * 1000))));
}

const char* merge_kind_key(MergeKind kind) {
  switch (kind) {
    case MergeKind::New: return "new";
    case MergeKind::Unchanged: return "unchanged";
    case MergeKind::TakeTheirs: return "taken";
    case MergeKind::Merged: return "merged";
    case MergeKind::Conflicts: return "conflicts";
    case MergeKind::DeletedHere: return "deleted";
  }
  return "";
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void working(const char* id, const char* text) {
  ImGui::Dummy(ImVec2(0, 8));
  status_text(id, text, palette().primary);
}

void error_line(const AppView& view, const char* id) {
  if (!view.exchange.error.empty()) notice(id, view.exchange.error.c_str(), palette().error, palette().hover);
}

}  // namespace

void ExchangeScreen::reset(const AppView& view) {
  generation_ = view.exchange.generation;
  scope_ = view.exchange.preselected.empty() ? 0 : 1;
  chosen_ = view.exchange.preselected;
  identifying_ = 0;
  passphrase_.clear();
  repeat_.clear();
  attempted_ = false;
  restore_.clear();
}

void ExchangeScreen::draw(const AppView& view, Commands& out) {
  if (view.exchange.generation != generation_) reset(view);
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("exchange.column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  if (view.exchange.mode == ExchangeMode::Export)
    draw_export(view, out);
  else if (view.exchange.phase == ExchangePhase::Preview)
    draw_preview(view, out);
  else
    draw_import(view, out);
  ImGui::EndChild();
}

void ExchangeScreen::draw_selection(const AppView& view) {
  static const std::vector<Choice> scopes = {{"all", text::export_everything}, {"some", text::export_selection}};
  segmented("export.scope", text::export_which, scope_, scopes);
  if (scope_ == 0) return;
  const auto& cases = choosable_.get(view.workspace, std::monostate{}, [&] { return view.workspace.cases_for_list(); });
  status_text("export.count", format(text::export_selected_format, static_cast<int>(chosen_.size()),
                                     static_cast<int>(cases.size())).c_str(), palette().text_muted);
  visible_rows(cases.size(), [&](std::size_t i) {
    const Case* c = cases[i];
    std::uint32_t bit = contains(chosen_, c->id) ? 1u : 0u;
    const std::string id = "export.case." + c->id;
    if (checklist(id.c_str(), "", bit, {{"on", c->pseudonym, 1u}})) {
      if (bit)
        chosen_.push_back(c->id);
      else
        chosen_.erase(std::remove(chosen_.begin(), chosen_.end(), c->id), chosen_.end());
    }
  });
}

void ExchangeScreen::draw_export(const AppView& view, Commands& out) {
  const ExchangeView& ex = view.exchange;
  status_text("exchange.intro", text::exchange_intro, palette().text_muted);
  ImGui::Dummy(ImVec2(0, 8));
  if (ex.phase == ExchangePhase::Working) return working("export.working", text::encrypting);
  if (ex.phase == ExchangePhase::Exported) {
    status_text("export.done", format(text::bundle_made_format, ex.file_name.c_str()).c_str(), palette().text);
    status_text("export.share_note", text::passphrase_share_note, palette().text_muted);
    if (ex.can_share && button("export.share", text::share_bundle, ButtonKind::Primary)) out.push_back(ShareBundle{});
    if (ex.can_share) flow_next(text::save_bundle_again);
    if (button("export.save_again", text::save_bundle_again)) out.push_back(SaveBundleAgain{});
    flow_next(text::done);
    if (button("export.close", text::done)) out.push_back(CloseExchange{});
    return;
  }
  draw_selection(view);
  ImGui::Dummy(ImVec2(0, 8));
  checklist("export.identifying", "", identifying_, {{"on", text::include_identifying, 1u}});
  status_text("export.identifying_note", text::include_identifying_note, palette().text_muted);
  ImGui::Dummy(ImVec2(0, 8));

  const PassphraseStrength strength = passphrase_strength(passphrase_);
  const bool mismatch = passphrase_ != repeat_;
  const bool none_chosen = scope_ == 1 && chosen_.empty();
  text_field("export.passphrase", text::passphrase_label, passphrase_,
             passphrase_field(attempted_ && strength == PassphraseStrength::TooShort ? text::passphrase_too_short : nullptr));
  if (!passphrase_.empty())
    status_text("export.strength", text::passphrase_strength_text(strength),
                strength <= PassphraseStrength::Weak ? palette().error : palette().text_muted);
  text_field("export.repeat", text::passphrase_repeat_label, repeat_,
             passphrase_field(attempted_ && mismatch ? text::passphrase_mismatch : nullptr));
  status_text("export.share_note", text::passphrase_share_note, palette().text_muted);
  if (attempted_ && none_chosen) status_text("export.none", text::no_case_chosen, palette().error);
  error_line(view, "export.error");
  ImGui::Dummy(ImVec2(0, 8));
  if (button("export.make", text::make_bundle, ButtonKind::Primary)) {
    attempted_ = true;
    if (strength != PassphraseStrength::TooShort && !mismatch && !none_chosen) {
      MakeBundle make{scope_ == 0 ? std::vector<std::string>{} : chosen_, scope_ == 0, identifying_ != 0, passphrase_};
      out.push_back(std::move(make));
      passphrase_.clear();
      repeat_.clear();
      attempted_ = false;
    }
  }
  flow_next(text::cancel);
  if (button("export.cancel", text::cancel)) out.push_back(CloseExchange{});
}

void ExchangeScreen::draw_import(const AppView& view, Commands& out) {
  const ExchangeView& ex = view.exchange;
  status_text("exchange.intro", text::exchange_intro, palette().text_muted);
  ImGui::Dummy(ImVec2(0, 8));
  if (ex.phase == ExchangePhase::Working) return working("import.working", text::opening);
  if (button("import.choose", text::choose_file, ex.file_ready ? ButtonKind::Secondary : ButtonKind::Primary))
    out.push_back(PickBundleFile{});
  if (!ex.file_name.empty())
    status_text("import.file", format(text::chosen_file_format, ex.file_name.c_str()).c_str(), palette().text);
  error_line(view, "import.error");
  if (!ex.file_ready) return;
  ImGui::Dummy(ImVec2(0, 8));
  bool submitted = false;
  TextFieldOptions options = passphrase_field();
  options.submitted = &submitted;
  text_field("import.passphrase", text::passphrase_label, passphrase_, options);
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::BeginDisabled(passphrase_.empty());
  if ((button("import.open", text::open_bundle, ButtonKind::Primary) || submitted) && !passphrase_.empty()) {
    out.push_back(OpenBundle{passphrase_});
    passphrase_.clear();
  }
  ImGui::EndDisabled();
  flow_next(text::cancel);
  if (button("import.cancel", text::cancel)) out.push_back(CloseExchange{});
}

void ExchangeScreen::draw_preview(const AppView& view, Commands& out) {
  const ExchangeView& ex = view.exchange;
  heading("import.preview", text::preview_title);
  const std::string from = ex.from.empty() ? text::unknown_person : ex.from;
  status_text("import.from", format(text::preview_from_format, moment_text(ex.exported_at_ms).c_str(), from.c_str()).c_str(),
              palette().text_muted);
  const ImportPlan& plan = ex.plan;
  for (MergeKind kind : {MergeKind::New, MergeKind::TakeTheirs, MergeKind::Merged, MergeKind::Conflicts,
                         MergeKind::DeletedHere, MergeKind::Unchanged}) {
    const int n = plan.count(kind);
    if (n == 0) continue;
    const std::string id = std::string("import.count.") + merge_kind_key(kind);
    status_text(id.c_str(), (std::string(text::merge_kind_name(kind)) + ": " + std::to_string(n)).c_str(),
                kind == MergeKind::Conflicts ? palette().error : palette().text);
  }
  if (plan.count(MergeKind::Conflicts) > 0) status_text("import.conflict_note", text::preview_conflict_note, palette().text_muted);
  if (plan.count(MergeKind::DeletedHere) > 0) status_text("import.deleted_note", text::preview_deleted_note, palette().text_muted);
  ImGui::Dummy(ImVec2(0, 8));
  for (std::size_t i = 0; i < plan.cases.size(); ++i) {
    const CaseMerge& m = plan.cases[i];
    const std::string id = "import.case." + m.result.id;
    status_text(id.c_str(), (m.result.pseudonym + "  \u00B7  " + text::merge_kind_name(m.kind)).c_str(),
                m.kind == MergeKind::Unchanged || m.kind == MergeKind::DeletedHere ? palette().text_muted : palette().text);
    if (m.kind == MergeKind::DeletedHere) draw_restore_choice(m.result.id);
  }
  const int service_changes = ex.services_new + ex.services_changed + ex.services_conflicts;
  if (service_changes > 0) {
    char line[160];
    std::snprintf(line, sizeof line, text::preview_services_format, ex.services_new, ex.services_changed,
                  ex.services_conflicts);
    status_text("import.services", line, ex.services_conflicts ? palette().error : palette().text);
  }
  ImGui::Dummy(ImVec2(0, 8));
  const int changes = static_cast<int>(plan.cases.size()) - plan.count(MergeKind::Unchanged) -
                      plan.count(MergeKind::DeletedHere) + static_cast<int>(restore_.size()) + service_changes;
  if (changes == 0) {
    status_text("import.nothing", text::preview_nothing, palette().text);
    if (button("import.close", text::done, ButtonKind::Primary)) out.push_back(CloseExchange{});
    return;
  }
  if (button("import.apply", format(text::apply_import_format, changes).c_str(), ButtonKind::Primary))
    out.push_back(ApplyImport{restore_});
  flow_next(text::cancel);
  if (button("import.cancel", text::cancel)) out.push_back(CloseExchange{});
}

// A case deleted on this device comes back only when ticked.
void ExchangeScreen::draw_restore_choice(const std::string& case_id) {
  const auto it = std::find(restore_.begin(), restore_.end(), case_id);
  std::uint32_t ticked = it != restore_.end() ? 1u : 0u;
  ImGui::PushID(case_id.c_str());
  const bool changed = checklist(("import.restore." + case_id).c_str(), "", ticked, {{"yes", text::restore_deleted, 1u}});
  ImGui::PopID();
  if (!changed) return;
  if (ticked) restore_.push_back(case_id);
  else restore_.erase(it);
}

void draw_conflicts(const Case& c, Commands& out) {
  if (c.conflict_units.empty() || c.conflict_theirs.empty()) return;
  const Case& theirs = c.conflict_theirs[0];
  const std::string from = c.conflict_from.empty() ? text::unknown_person : c.conflict_from;
  begin_card("conflicts", text::conflicts_title);
  notice("conflicts.notice",
         format(text::conflicts_notice_format, static_cast<int>(c.conflict_units.size()), from.c_str()).c_str(),
         palette().error, palette().hover);
  for (const std::string& unit : c.conflict_units) {
    const std::string base = "conflict." + unit;
    ImGui::PushID(unit.c_str());
    heading((base + ".label").c_str(), text::unit_label(c, unit).c_str());
    struct Option {
      const char* key;
      const char* label;
      ConflictChoice choice;
      const Case* source;
    };
    const bool earlier = has_earlier_value(c, unit);
    const Option options[] = {{"earlier", text::choice_earlier, ConflictChoice::Earlier, earlier ? &c.merge_base[0] : nullptr},
                              {"theirs", text::choice_theirs, ConflictChoice::Theirs, &theirs},
                              {"mine", text::choice_mine, ConflictChoice::Mine, &c}};
    for (const Option& o : options) {
      if (!o.source) continue;
      const std::string value = std::string(o.label) + ": " + text::unit_value(*o.source, unit);
      status_text((base + "." + o.key + ".value").c_str(), value.c_str(), palette().text);
      const std::string button_label = format(text::choose_format, o.label);
      if (button((base + "." + o.key).c_str(), button_label.c_str()))
        out.push_back(EditCase{ResolveConflict{c.id, unit, o.choice}});
    }
    ImGui::Dummy(ImVec2(0, 8));
    ImGui::PopID();
  }
  end_card();
  ImGui::Dummy(ImVec2(0, 8));
}

void draw_backup_reminder(const AppView& view, Commands& out) {
  if (view.workspace.cases().empty() || !backup_due(view.settings, view.now_ms)) return;
  const std::string message = view.settings.last_export_at_ms <= 0
                                  ? std::string(text::backup_due_never)
                                  : format(text::backup_due_format, days_since_export(view.settings, view.now_ms));
  notice("backup.reminder", message.c_str(), palette().text, palette().hover);
  if (button("backup.now", text::backup_now)) out.push_back(OpenExport{});
  ImGui::Dummy(ImVec2(0, 8));
}

}  // namespace rots::ui
