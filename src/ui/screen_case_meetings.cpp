// The Overleg and Voorbereiding sections of a case: plan a consult or overlegtafel, who comes,
// consent or feedback, the preparation (question, what was tried, the three columns) and the
// outcome with the traject op maat.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "storage/case_archive.hpp"
#include "ui/date_picker.hpp"
#include "ui/registration_form.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

constexpr int first_slot_minute = 7 * 60;
constexpr int slot_minutes = 30;
constexpr int slot_count = 28;  // 07:00 .. 20:30

std::vector<Choice> time_choices() {
  std::vector<Choice> out;
  for (int i = 0; i < slot_count; ++i) {
    const std::string t = format_time(first_slot_minute + i * slot_minutes);
    std::string key = t;
    key.erase(std::remove(key.begin(), key.end(), ':'), key.end());
    out.push_back({key, t});
  }
  return out;
}

int slot_of(int minute) { return std::clamp((minute - first_slot_minute) / slot_minutes, 0, slot_count - 1); }

const std::vector<Choice>& kind_choices() {
  static const std::vector<Choice> kinds = {{"consult", text::meeting_kind_name(MeetingKind::Consult)},
                                            {"overlegtafel", text::meeting_kind_name(MeetingKind::Overlegtafel)}};
  return kinds;
}

std::string meeting_title(const Meeting& m) {
  return std::string(text::meeting_kind_name(m.kind)) + " " + to_dutch(m.date) + " " + format_time(m.start_minute);
}

template <class E, std::size_t N>
int index_of(const E (&all)[N], E value) {
  for (std::size_t i = 0; i < N; ++i)
    if (all[i] == value) return static_cast<int>(i);
  return -1;
}

}  // namespace

Meeting* CaseDetailScreen::bind_meeting(const AppView& view, const Case& c) {
  const Meeting* chosen = meeting_id_.empty() ? nullptr : c.meeting(meeting_id_);
  if (!chosen) chosen = current_meeting(c, view.today);
  if (!chosen) return nullptr;
  return &meeting_.sync(c.id + "/" + chosen->id, *chosen, edit_session().editing_any());
}

void CaseDetailScreen::send_meeting(const Case& c, Commands& out) {
  if (!meeting_.dirty() || !validate(meeting_.draft()).empty()) return;
  out.push_back(EditCase{UpdateMeeting{c.id, meeting_.draft()}});
  meeting_.mark_sent();
}

void CaseDetailScreen::draw_meeting_picker(const Case& c) {
  if (c.meetings.size() < 2) return;
  std::vector<Choice> choices;
  int selected = -1;
  for (std::size_t i = 0; i < c.meetings.size(); ++i) {
    choices.push_back({std::to_string(i), meeting_title(c.meetings[i])});
    if (c.meetings[i].id == meeting_.draft().id) selected = static_cast<int>(i);
  }
  if (chips("meeting.pick", text::choose_meeting, selected, choices))
    meeting_id_ = c.meetings[static_cast<std::size_t>(selected)].id;
}

void CaseDetailScreen::draw_preparation(const AppView& view, const Case& c, Commands& out) {
  Meeting* m = bind_meeting(view, c);
  if (!m) {
    status_text("prep.none", text::plan_first, palette().text_muted);
    return;
  }
  draw_meeting_picker(c);
  heading("prep.meeting", meeting_title(*m).c_str());
  Preparation& p = m->preparation;
  text_field("prep.question", text::question_label, p.question, {TextInputKind::MultiLine, text::question_hint, nullptr, 2});
  text_field("prep.tried", text::tried_label, p.tried, {TextInputKind::MultiLine, nullptr, nullptr, 2});
  text_field("prep.zorgen", text::zorgen_label, p.zorgen, {TextInputKind::MultiLine, nullptr, nullptr, 3});
  text_field("prep.goed", text::goed_label, p.goed, {TextInputKind::MultiLine, nullptr, nullptr, 3});
  text_field("prep.nodig", text::nodig_label, p.nodig, {TextInputKind::MultiLine, nullptr, nullptr, 3});
  text_field("prep.options", text::options_label, p.options, {TextInputKind::MultiLine, nullptr, nullptr, 2});
  send_meeting(c, out);
}

void CaseDetailScreen::draw_meetings(const AppView& view, const Case& c, Commands& out) {
  draw_plan_form(view, c, out);
  Meeting* m = bind_meeting(view, c);
  if (!m) {
    status_text("meeting.none", text::no_meetings, palette().text_muted);
    return;
  }
  draw_meeting_picker(c);
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("meeting.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  draw_meeting_fields(view, c, *m);
  ImGui::Dummy(ImVec2(0, 8));
  if (button("meeting.remove", text::remove_meeting)) {
    out.push_back(EditCase{RemoveMeeting{c.id, m->id}, text::meeting_removed, true});
    meeting_id_.clear();
  }
  ImGui::EndChild();
  send_meeting(c, out);
}

void CaseDetailScreen::draw_plan_form(const AppView& view, const Case& c, Commands& out) {
  if (!planning_) {
    if (button("meeting.plan", text::plan_meeting, ButtonKind::Primary)) {
      planning_ = true;
      plan_place_.clear();
    }
    ImGui::Dummy(ImVec2(0, 8));
    return;
  }
  begin_card("meeting.plan_form", text::plan_meeting);
  segmented("meeting.plan.kind", text::meeting_kind_label, plan_kind_, kind_choices());
  date_field("meeting.plan.date", text::meeting_date_label, plan_date_, view.today);
  static const std::vector<Choice> times = time_choices();
  choice_field("meeting.plan.time", text::meeting_time_label, plan_time_, times, text::meeting_time_label);
  text_field("meeting.plan.place", text::meeting_place_label, plan_place_, {TextInputKind::Text, text::meeting_place_hint});
  if (button("meeting.plan.save", text::plan_meeting, ButtonKind::Primary)) {
    const MeetingKind kind = plan_kind_ == 0 ? MeetingKind::Consult : MeetingKind::Overlegtafel;
    out.push_back(EditCase{PlanMeeting{c.id, kind, plan_date_, first_slot_minute + plan_time_ * slot_minutes, plan_place_}});
    planning_ = false;
    meeting_id_.clear();  // the newly planned meeting becomes the current one when it is the next
  }
  flow_next(text::cancel);
  if (button("meeting.plan.cancel", text::cancel)) planning_ = false;
  end_card();
  ImGui::Dummy(ImVec2(0, 8));
}

void CaseDetailScreen::draw_meeting_fields(const AppView& view, const Case&, Meeting& m) {
  heading("meeting.title", meeting_title(m).c_str());
  int kind = m.kind == MeetingKind::Consult ? 0 : 1;
  if (segmented("meeting.kind", text::meeting_kind_label, kind, kind_choices()))
    m.kind = kind == 0 ? MeetingKind::Consult : MeetingKind::Overlegtafel;
  date_field("meeting.date", text::meeting_date_label, m.date, view.today);
  static const std::vector<Choice> times = time_choices();
  int slot = slot_of(m.start_minute);
  if (choice_field("meeting.time", text::meeting_time_label, slot, times, text::meeting_time_label))
    m.start_minute = first_slot_minute + slot * slot_minutes;
  text_field("meeting.place", text::meeting_place_label, m.place, {TextInputKind::Text, text::meeting_place_hint});

  draw_participants(m);

  if (m.kind == MeetingKind::Overlegtafel) {
    std::uint32_t consent = (m.consent_young_person ? 1u : 0u) | (m.consent_context ? 2u : 0u);
    if (checklist("meeting.consent", text::consent_label, consent,
                  {{"jongere", text::consent_young_person, 1u}, {"context", text::consent_context, 2u}})) {
      m.consent_young_person = consent & 1u;
      m.consent_context = consent & 2u;
    }
    if (!m.consent_young_person || !m.consent_context)
      notice("meeting.consent_missing", text::consent_missing, palette().error, palette().error_surface);
  } else {
    heading("meeting.feedback", text::feedback_label);
    text_field("meeting.feedback_by", text::feedback_by_label, m.feedback_by, {TextInputKind::Name});
    Date due = m.feedback_due.value_or(date_from_days(days_since_epoch(m.date) + 7));
    if (date_field("meeting.feedback_due", text::feedback_due_label, due, view.today)) m.feedback_due = due;
    std::uint32_t given = m.feedback_given ? 1u : 0u;
    if (checklist("meeting.feedback_given", "", given, {{"ja", text::feedback_given, 1u}})) m.feedback_given = given;
  }

  heading("meeting.outcome", text::outcome_label);
  text_field("meeting.decisions", text::decisions_label, m.decisions, {TextInputKind::MultiLine, nullptr, nullptr, 3});
  heading("meeting.traject", text::traject_label);
  for (std::size_t i = 0; i < m.traject.size(); ++i) {
    const std::string id = "meeting.traject." + std::to_string(i);
    TrajectStep& step = m.traject[i];
    text_field((id + ".what").c_str(), "", step.what, {TextInputKind::Text, text::traject_what_hint});
    text_field((id + ".provider").c_str(), "", step.provider, {TextInputKind::Text, text::traject_provider_hint});
    Date start = step.start.value_or(view.today);
    if (date_field((id + ".start").c_str(), "", start, view.today)) step.start = start;
    if (button((id + ".remove").c_str(), text::remove)) {
      m.traject.erase(m.traject.begin() + static_cast<long>(i));
      break;
    }
    ImGui::Separator();
  }
  if (button("meeting.traject.add", text::add_step)) m.traject.push_back({"", "", std::nullopt});
}

void CaseDetailScreen::draw_participants(Meeting& m) {
  heading("meeting.participants", text::participants_label);
  std::vector<Choice> roles;
  for (auto r : all_participant_roles) roles.push_back({role_names.of(r), text::role_name(r)});
  static const std::vector<Choice> attendance = {{"uitgenodigd", text::attendance_name(Attendance::Invited)},
                                                 {"aanwezig", text::attendance_name(Attendance::Present)},
                                                 {"afwezig", text::attendance_name(Attendance::Absent)}};
  for (std::size_t i = 0; i < m.participants.size(); ++i) {
    Participant& p = m.participants[i];
    const std::string id = "participant." + std::to_string(i);
    begin_card(id.c_str(), nullptr);
    text_field((id + ".name").c_str(), text::participant_name_label, p.name, {TextInputKind::Name});
    text_field((id + ".org").c_str(), text::participant_org_label, p.organisation, {TextInputKind::Text});
    int role = index_of(all_participant_roles, p.role);
    if (chips((id + ".role").c_str(), text::participant_role_label, role, roles)) p.role = all_participant_roles[role];
    int present = static_cast<int>(p.attendance);
    if (segmented((id + ".attendance").c_str(), text::attendance_label, present, attendance))
      p.attendance = static_cast<Attendance>(present);
    const bool removed = button((id + ".remove").c_str(), text::remove);
    end_card();
    if (removed) {
      m.participants.erase(m.participants.begin() + static_cast<long>(i));
      break;
    }
  }
  begin_card("participant.new", text::add_participant);
  text_field("participant.new.name", text::participant_name_label, participant_name_,
             {TextInputKind::Name, text::participant_name_hint, issue_text(participant_issues_, CaseField::ParticipantName)});
  text_field("participant.new.org", text::participant_org_label, participant_org_, {TextInputKind::Text});
  chips("participant.new.role", text::participant_role_label, participant_role_, roles);
  if (button("participant.add", text::add_participant, ButtonKind::Primary)) {
    Meeting probe;
    probe.participants.push_back({participant_name_, participant_org_, all_participant_roles[participant_role_],
                                  Attendance::Invited});
    participant_issues_ = validate(probe);
    if (participant_issues_.empty()) {
      m.participants.push_back(probe.participants.front());
      participant_name_.clear();
      participant_org_.clear();
    }
  }
  end_card();
}

}  // namespace rots::ui
