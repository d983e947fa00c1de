// "Casus": a case in sections (Aanmelding · Jongere · Voorbereiding · Overleg · Afspraken ·
// Notities · Historiek). Forms are bound to the case: each valid change is sent at once.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>

#include <imgui.h>

#include "storage/case_archive.hpp"
#include "ui/fonts.hpp"
#include "ui/registration_form.hpp"
#include "core/retention.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

constexpr CaseSection all_sections[] = {CaseSection::Aanmelding, CaseSection::Jongere,        CaseSection::Voorbereiding,
                                        CaseSection::Overleg,    CaseSection::Afspraken,      CaseSection::Doorverwijzing,
                                        CaseSection::Notities,   CaseSection::Historiek};

const char* section_label(CaseSection s) {
  switch (s) {
    case CaseSection::Aanmelding: return text::section_registration;
    case CaseSection::Jongere: return text::section_jongere;
    case CaseSection::Voorbereiding: return text::section_preparation;
    case CaseSection::Overleg: return text::section_meetings;
    case CaseSection::Afspraken: return text::section_agreements;
    case CaseSection::Doorverwijzing: return text::section_referrals;
    case CaseSection::Notities: return text::section_notes;
    case CaseSection::Historiek: return text::section_history;
  }
  return "";
}

const char* section_key(CaseSection s) {
  switch (s) {
    case CaseSection::Aanmelding: return "aanmelding";
    case CaseSection::Jongere: return "jongere";
    case CaseSection::Voorbereiding: return "voorbereiding";
    case CaseSection::Overleg: return "overleg";
    case CaseSection::Afspraken: return "afspraken";
    case CaseSection::Doorverwijzing: return "doorverwijzing";
    case CaseSection::Notities: return "notities";
    case CaseSection::Historiek: return "historiek";
  }
  return "";
}

bool typing() { return edit_session().editing_any(); }

template <class E, std::size_t N>
int index_of(const E (&all)[N], E value) {
  for (std::size_t i = 0; i < N; ++i)
    if (all[i] == value) return static_cast<int>(i);
  return -1;
}

std::string format_moment(std::int64_t ms) {
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%d-%m-%Y %H:%M", &local);
  return buffer;
}

std::string status_line(const Case& c, const Date& today) {
  std::string line = std::string(text::status_label) + ": " + text::status_name(c.status);
  if (const Meeting* next = next_meeting(c, today))
    line += "  \u00B7  " + std::string(text::meeting_kind_name(next->kind)) + " " + to_dutch(next->date) + " " +
            format_time(next->start_minute);
  if (int n = overdue_count(c, today); n > 0) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, text::overdue_count_format, n);
    line += "  \u00B7  " + std::string(buffer);
  }
  return line;
}

}  // namespace

void CaseDetailScreen::reset_for(const Case& c, const Date& today) {
  case_id_ = c.id;
  section_ = CaseSection::Aanmelding;
  meeting_id_.clear();
  planning_ = false;
  plan_date_ = date_from_days(days_since_epoch(today) + 7);
  agreement_ = Agreement{};
  agreement_.due = date_from_days(days_since_epoch(today) + 7);
  agreement_issues_.clear();
  referral_service_ = -1;
  referral_date_ = today;
  note_text_.clear();
  note_issues_.clear();
  editing_note_id_.clear();
  status_open_ = false;
}

void CaseDetailScreen::draw(const AppView& view, const Case& c, Commands& out) {
  if (c.id != case_id_) reset_for(c, view.today);
  draw_save_error_banner(view, out);
  draw_header(view, c, out);
  ImGui::Dummy(ImVec2(0, 8));
  draw_conflicts(c, out);

  std::vector<Choice> tabs;
  for (CaseSection s : all_sections) tabs.push_back({section_key(s), section_label(s)});
  int tab = index_of(all_sections, section_);
  if (chips("case.section", "", tab, tabs)) section_ = all_sections[tab];
  ImGui::Dummy(ImVec2(0, 8));

  const bool closed = c.status == CaseStatus::Afgesloten;
  if (closed) notice("case.closed", text::case_closed_notice, palette().text_muted, palette().hover);
  ImGui::BeginDisabled(closed && section_ != CaseSection::Historiek);
  switch (section_) {
    case CaseSection::Aanmelding: draw_registration(view, c, out); break;
    case CaseSection::Jongere: draw_jongere(view, c, out); break;
    case CaseSection::Voorbereiding: draw_preparation(view, c, out); break;
    case CaseSection::Overleg: draw_meetings(view, c, out); break;
    case CaseSection::Afspraken: draw_agreements(view, c, out); break;
    case CaseSection::Doorverwijzing:
      draw_referrals(view, c, out);
      draw_knelpunten(c, out);
      break;
    case CaseSection::Notities: draw_notes(view, c, out); break;
    case CaseSection::Historiek: draw_history(c); break;
  }
  ImGui::EndDisabled();
  draw_status_dialog(c, out);
}

void CaseDetailScreen::draw_header(const AppView& view, const Case& c, Commands& out) {
  status_text("case.status", status_line(c, view.today).c_str(), palette().text_muted);
  if (const auto due = deletion_due_on(c, view.settings.retention_months)) {
    char line[256];
    std::snprintf(line, sizeof line, text::retention_due_format, to_dutch(*due).c_str(), view.settings.retention_months);
    status_text("case.retention", line, *due <= view.today ? palette().error : palette().text_muted);
  }
  if (button("case.change_status", text::change_status)) {
    status_open_ = true;
    status_target_ = -1;
    closing_reason_ = -1;
    reason_missing_ = false;
  }
  flow_next(text::meeting_mode);
  const Meeting* current = current_meeting(c, view.today);
  ImGui::BeginDisabled(!current || c.status == CaseStatus::Afgesloten);
  if (button("case.meeting_mode", text::meeting_mode) && current)
    out.push_back(OpenMeetingMode{c.id, meeting_id_.empty() ? current->id : meeting_id_});
  flow_next(text::print_agenda);
  if (button("case.print_agenda", text::print_agenda) && current)
    out.push_back(PrintAgenda{c.id, meeting_id_.empty() ? current->id : meeting_id_});
  ImGui::EndDisabled();
  flow_next(text::print_summary);
  if (button("case.print_summary", text::print_summary)) out.push_back(PrintSummary{c.id});
  flow_next(text::share_case);
  if (button("case.share", text::share_case)) out.push_back(OpenExport{{c.id}});
}

void CaseDetailScreen::draw_registration(const AppView& view, const Case& c, Commands& out) {
  CaseDraft& draft = registration_.sync(c.id, draft_of(c), typing());
  const auto issues = validate(draft, view.today);
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("case.registration", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  draw_registration_fields(draft, issues, view.today);
  ImGui::EndChild();
  if (registration_.dirty() && issues.empty()) {
    out.push_back(EditCase{UpdateRegistration{c.id, draft}});
    registration_.mark_sent();
  }
}

void CaseDetailScreen::draw_jongere(const AppView& view, const Case& c, Commands& out) {
  Jongere& j = jongere_.sync(c.id, c.jongere, typing());
  const auto issues = validate(j, view.today);
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("case.jongere", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  status_text("jongere.privacy", text::jongere_privacy, palette().text_muted);

  std::string year = j.birth_year ? std::to_string(j.birth_year) : std::string();
  if (text_field("jongere.birth_year", text::birth_year_label, year,
                 {TextInputKind::Number, text::birth_year_hint, issue_text(issues, CaseField::BirthYear)})) {
    j.birth_year = year.empty() ? 0 : std::atoi(year.substr(0, 6).c_str());
  }
  std::vector<Choice> levels;
  for (auto l : all_school_levels) levels.push_back({school_level_names.of(l), text::level_name(l)});
  int level = j.level ? index_of(all_school_levels, *j.level) : -1;
  if (chips("jongere.level", text::level_label, level, levels)) j.level = all_school_levels[level];
  text_field("jongere.grade", text::grade_label, j.grade, {TextInputKind::Text, text::grade_hint});
  text_field("jongere.school", text::school_label, j.school, {TextInputKind::Text});

  std::vector<CheckItem> areas;
  for (auto p : all_problem_areas)
    areas.push_back({text::problem_area_key(p), text::problem_area_name(p), static_cast<std::uint32_t>(p)});
  checklist("jongere.problems", text::problem_areas_label, j.problem_areas, areas);
  text_field("jongere.problem_other", text::problem_other_label, j.problem_other, {TextInputKind::Text});

  std::string half_days = j.absence_half_days ? std::to_string(j.absence_half_days) : std::string();
  if (text_field("jongere.absence", text::absence_label, half_days,
                 {TextInputKind::Number, nullptr, issue_text(issues, CaseField::AbsenceHalfDays)})) {
    j.absence_half_days = half_days.empty() ? 0 : std::atoi(half_days.substr(0, 6).c_str());
  }
  text_field("jongere.absence_period", text::absence_period_label, j.absence_period,
             {TextInputKind::Text, text::absence_period_hint});

  heading("jongere.earlier", text::earlier_label);
  std::vector<Choice> kinds;
  for (auto k : all_trajectory_kinds) kinds.push_back({trajectory_names.of(k), text::trajectory_name(k)});
  for (std::size_t i = 0; i < j.earlier_trajectories.size(); ++i) {
    auto& t = j.earlier_trajectories[i];
    const std::string id = "jongere.earlier." + std::to_string(i);
    int kind = index_of(all_trajectory_kinds, t.kind);
    if (chips((id + ".kind").c_str(), "", kind, kinds)) t.kind = all_trajectory_kinds[kind];
    text_field((id + ".outcome").c_str(), "", t.outcome, {TextInputKind::MultiLine, text::earlier_outcome_hint});
    if (button((id + ".remove").c_str(), text::remove)) {
      j.earlier_trajectories.erase(j.earlier_trajectories.begin() + static_cast<long>(i));
      break;
    }
    ImGui::Separator();
  }
  if (button("jongere.earlier.add", text::add_earlier)) j.earlier_trajectories.push_back({});
  ImGui::EndChild();

  if (jongere_.dirty() && issues.empty()) {
    out.push_back(EditCase{UpdateJongere{c.id, j}});
    jongere_.mark_sent();
  }
}

void CaseDetailScreen::draw_history(const Case& c) {
  if (c.history.empty()) {
    status_text("history.empty", text::no_history, palette().text_muted);
    return;
  }
  for (std::size_t i = c.history.size(); i-- > 0;) {
    const HistoryEntry& h = c.history[i];
    std::string title = text::change_description(h.kind);
    if (h.kind == ChangeKind::StatusChanged) {
      for (const auto& change : c.status_changes) {
        if (change.at_ms != h.at_ms) continue;
        title += std::string(": ") + text::status_name(change.to);
        if (change.reason) title += std::string(" (") + text::closing_reason_name(*change.reason) + ")";
      }
    } else if (!h.subject.empty()) {
      title += ": " + h.subject;
    }
    const std::string detail = format_moment(h.at_ms) + (h.actor.empty() ? "" : "  \u00B7  " + h.actor);
    const std::string id = "history." + std::to_string(i);
    ImGui::PushFont(fonts().bold);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    register_item(id.c_str(), "listitem", title, detail);
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::Separator();
  }
}

void CaseDetailScreen::draw_status_dialog(const Case& c, Commands& out) {
  if (!status_open_) return;
  ImGui::OpenPopup("##status");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(560.0f * metrics().scale, ImGui::GetMainViewport()->Size.x - 32.0f), 0));
  if (!ImGui::BeginPopupModal("##status", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return;
  heading("status.title", text::change_status_title);
  status_text("status.current", (std::string(text::status_label) + ": " + text::status_name(c.status)).c_str(),
              palette().text_muted);
  const auto targets = next_statuses(c.status);
  std::vector<Choice> choices;
  for (CaseStatus s : targets) choices.push_back({case_status_names.of(s), text::status_action(s)});
  chips("status.to", "", status_target_, choices);
  const bool closing = status_target_ >= 0 && targets[static_cast<std::size_t>(status_target_)] == CaseStatus::Afgesloten;
  if (closing) {
    std::vector<Choice> reasons;
    for (auto r : all_closing_reasons) reasons.push_back({closing_reason_names.of(r), text::closing_reason_name(r)});
    chips("status.reason", text::closing_reason_label, closing_reason_, reasons,
          reason_missing_ ? text::validation_message(CaseField::ClosingReason, ValidationCode::Required) : nullptr);
  }
  ImGui::Dummy(ImVec2(0, 4));
  ImGui::BeginDisabled(status_target_ < 0);
  if (button("status.confirm", text::confirm_status, ButtonKind::Primary)) {
    if (closing && closing_reason_ < 0) {
      reason_missing_ = true;
    } else {
      ChangeStatus command{c.id, targets[static_cast<std::size_t>(status_target_)], std::nullopt};
      if (closing) command.reason = all_closing_reasons[closing_reason_];
      out.push_back(EditCase{command});
      status_open_ = false;
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::EndDisabled();
  flow_next(text::cancel);
  if (button("status.cancel", text::cancel)) {
    status_open_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace rots::ui
