// "Opvolging": what needs attention today across all open cases: overdue agreements (tick them
// off here), today's agreements, meetings of the coming week, consults still waiting for
// feedback and cases nobody touched for a month. A tap on a line opens its case.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "core/followup.hpp"
#include "ui/screens.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

void agreement_rows(const char* section, const std::vector<AgreementRef>& refs, const Date& today, Commands& out) {
  visible_rows(refs.size(), [&](std::size_t i) {
    const auto& [c, a] = refs[i];
    const std::string id = std::string("followup.") + section + "." + a->id;
    std::string detail = c->pseudonym + "  \u00B7  " + a->who + "  \u00B7  " + to_dutch(a->due);
    if (is_overdue(*a, today)) detail += "  \u00B7  " + std::string(text::overdue);
    if (list_row(id.c_str(), a->what.c_str(), detail.c_str())) out.push_back(OpenCase{c->id});
    if (button((id + ".done").c_str(), text::mark_done, ButtonKind::Primary))
      out.push_back(EditCase{SetAgreementStatus{c->id, a->id, AgreementStatus::Gedaan}, text::agreement_done_toast, true});
    ImGui::Dummy(ImVec2(0, 4));
  });
}

void meeting_rows(const char* section, const std::vector<MeetingRef>& refs, Commands& out) {
  visible_rows(refs.size(), [&](std::size_t i) {
    const auto& [c, m] = refs[i];
    const std::string id = std::string("followup.") + section + "." + m->id;
    const std::string title = c->pseudonym + "  \u00B7  " + text::meeting_kind_name(m->kind);
    std::string detail = to_dutch(m->date) + " " + format_time(m->start_minute);
    if (!m->place.empty()) detail += "  \u00B7  " + m->place;
    if (m->kind == MeetingKind::Consult && m->feedback_due)
      detail += "  \u00B7  " + std::string(text::feedback_due_label) + " " + to_dutch(*m->feedback_due);
    if (list_row(id.c_str(), title.c_str(), detail.c_str())) out.push_back(OpenCase{c->id});
  });
}

bool section_heading(const char* id, const char* title, std::size_t count) {
  ImGui::Dummy(ImVec2(0, 8));
  const std::string text = std::string(title) + " (" + std::to_string(count) + ")";
  heading(id, text.c_str());
  if (count == 0) status_text((std::string(id) + ".empty").c_str(), text::fu_nothing, palette().text_muted);
  return count > 0;
}

}  // namespace

void draw_follow_up(const AppView& view, FollowUpWatch& watch, Commands& out) {
  draw_save_error_banner(view, out);
  const FollowUpLists& lists = watch.lists(view.workspace, view.today, view.now_ms);
  const auto& overdue = lists.overdue;
  const auto& today = lists.due_today;
  const auto& meetings = lists.upcoming;
  const auto& feedback = lists.awaiting_feedback;
  const auto& inactive = lists.inactive;
  if (overdue.empty()) status_text("followup.all_clear", text::fu_all_clear, palette().success);

  if (section_heading("followup.overdue", text::fu_overdue, overdue.size()))
    agreement_rows("overdue", overdue, view.today, out);
  if (section_heading("followup.today", text::fu_today, today.size())) agreement_rows("today", today, view.today, out);
  if (section_heading("followup.meetings", text::fu_meetings, meetings.size())) meeting_rows("meeting", meetings, out);
  if (section_heading("followup.feedback", text::fu_feedback, feedback.size())) meeting_rows("feedback", feedback, out);
  if (section_heading("followup.inactive", text::fu_inactive, inactive.size())) {
    visible_rows(inactive.size(), [&](std::size_t i) {
      const Case* c = inactive[i];
      const std::string id = "followup.inactive." + c->id;
      const std::string detail = std::string(text::status_name(c->status)) + "  \u00B7  " + text::region_name(c->region);
      if (list_row(id.c_str(), c->pseudonym.c_str(), detail.c_str())) out.push_back(OpenCase{c->id});
    });
  }
}

}  // namespace rots::ui
