// "Vergadermodus": used during the meeting itself. Large text; the three columns side by side
// in landscape; a note or an agreement is two taps plus typing (who, when, text, Enter).
#include <algorithm>
#include <string>

#include <imgui.h>

#include "ui/fonts.hpp"
#include "ui/registration_form.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

constexpr float meeting_font_scale = 1.25f;
constexpr int due_days[] = {7, 14, 30};

}  // namespace

void MeetingModeScreen::draw(const AppView& view, const Case& c, Commands& out) {
  const Meeting* stored = c.meeting(view.meeting_mode_id);
  if (!stored) {
    status_text("meeting_mode.none", text::plan_first, palette().text_muted);
    return;
  }
  Meeting& m = meeting_.sync(c.id + "/" + stored->id, *stored, edit_session().editing_any());
  ImGui::SetWindowFontScale(meeting_font_scale);
  const std::string title = std::string(text::meeting_kind_name(m.kind)) + " \u00B7 " + to_dutch(m.date) + " " +
                            format_time(m.start_minute) + (m.place.empty() ? "" : " \u00B7 " + m.place);
  heading("meeting_mode.title", title.c_str());
  text_field("meeting_mode.question", text::question_label, m.preparation.question,
             {TextInputKind::MultiLine, text::question_hint, nullptr, 1});
  const bool side_by_side = ImGui::GetContentRegionAvail().x > 860.0f;
  draw_columns(m, side_by_side);
  ImGui::Dummy(ImVec2(0, 8));
  draw_quick_agreement(view, c, m, out);
  ImGui::Dummy(ImVec2(0, 8));
  draw_quick_note(c, m, out);
  ImGui::SetWindowFontScale(1.0f);

  if (meeting_.dirty() && validate(meeting_.draft()).empty()) {
    out.push_back(EditCase{UpdateMeeting{c.id, meeting_.draft()}});
    meeting_.mark_sent();
  }
}

void MeetingModeScreen::draw_columns(Meeting& m, bool side_by_side) {
  Preparation& p = m.preparation;
  struct Column {
    const char* id;
    const char* label;
    std::string* value;
  };
  const Column columns[] = {{"meeting_mode.zorgen", text::zorgen_label, &p.zorgen},
                            {"meeting_mode.goed", text::goed_label, &p.goed},
                            {"meeting_mode.nodig", text::nodig_label, &p.nodig}};
  if (!side_by_side) {
    for (const auto& col : columns) text_field(col.id, col.label, *col.value, {TextInputKind::MultiLine, nullptr, nullptr, 4});
    return;
  }
  if (!ImGui::BeginTable("meeting_mode.columns", 3, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInnerV))
    return;
  for (const auto& col : columns) {
    ImGui::TableNextColumn();
    ImGui::PushID(col.id);
    text_field(col.id, col.label, *col.value, {TextInputKind::MultiLine, nullptr, nullptr, 6});
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void MeetingModeScreen::draw_quick_agreement(const AppView& view, const Case& c, const Meeting& m, Commands& out) {
  begin_card("meeting_mode.agreement", text::add_agreement);
  std::vector<Choice> owners;
  for (std::size_t i = 0; i < m.participants.size(); ++i)
    owners.push_back({std::to_string(i), m.participants[i].name});
  if (owner_ >= static_cast<int>(owners.size())) owner_ = -1;
  chips("meeting_mode.owner", text::agreement_who_label, owner_, owners,
        issue_text(agreement_issues_, CaseField::AgreementWho));
  static const std::vector<Choice> dues = {
      {"week", text::due_in_week}, {"twee_weken", text::due_in_two_weeks}, {"maand", text::due_in_month}};
  segmented("meeting_mode.due", text::agreement_due_label, due_, dues);
  bool submitted = false;
  text_field("meeting_mode.agreement_what", "", agreement_what_,
             {TextInputKind::Text, text::quick_agreement_hint, issue_text(agreement_issues_, CaseField::AgreementWhat), 1,
              &submitted});
  if (submitted || button("meeting_mode.agreement_add", text::add_agreement, ButtonKind::Primary)) {
    Agreement a;
    a.what = agreement_what_;
    a.who = owner_ >= 0 ? m.participants[static_cast<std::size_t>(owner_)].name : std::string();
    a.due = date_from_days(days_since_epoch(view.today) + due_days[std::clamp(due_, 0, 2)]);
    a.meeting_id = m.id;
    agreement_issues_ = validate(a);
    if (agreement_issues_.empty()) {
      out.push_back(EditCase{AddAgreement{c.id, a}, text::agreement_added, true});
      agreement_what_.clear();
      edit_session().set_text("meeting_mode.agreement_what", "");
    }
  }
  // The agreements of this meeting, so the table sees what it decided.
  for (const Agreement& a : c.agreements) {
    if (a.meeting_id != m.id) continue;
    const std::string line = "\u2022 " + a.what + " \u2014 " + a.who + ", " + to_dutch(a.due);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    register_item(("meeting_mode.agreement." + a.id).c_str(), "listitem", line);
  }
  end_card();
}

void MeetingModeScreen::draw_quick_note(const Case& c, const Meeting& m, Commands& out) {
  bool submitted = false;
  text_field("meeting_mode.note", text::note_label, note_, {TextInputKind::Text, text::quick_note_hint, nullptr, 1, &submitted});
  if ((submitted || button("meeting_mode.note_add", text::add_note, ButtonKind::Primary)) &&
      validate_note_text(note_).empty()) {
    out.push_back(EditCase{AddNote{c.id, m.id, note_}, text::note_saved, false});
    note_.clear();
    edit_session().set_text("meeting_mode.note", "");
  }
}

}  // namespace rots::ui
