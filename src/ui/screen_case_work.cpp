// The Afspraken and Notities sections: who does what by when (overdue shown, never stored),
// and signed notes whose earlier versions are kept.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>

#include <imgui.h>

#include "ui/date_picker.hpp"
#include "ui/fonts.hpp"
#include "ui/registration_form.hpp"
#include "ui/screens.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

std::string moment(std::int64_t ms) {
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%d-%m-%Y %H:%M", &local);
  return buffer;
}

std::string agreement_detail(const Agreement& a, const Date& today) {
  std::string detail = a.who + "  \u00B7  " + to_dutch(a.due);
  if (!a.follow_up_by.empty()) detail += "  \u00B7  " + std::string(text::agreement_follow_up_label) + " " + a.follow_up_by;
  if (is_overdue(a, today)) detail += "  \u00B7  " + std::string(text::overdue);
  else if (a.status != AgreementStatus::Open) detail += "  \u00B7  " + std::string(text::agreement_status_name(a.status));
  return detail;
}

void wrapped(const std::string& value, ImFont* font, ImU32 color) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace

void CaseDetailScreen::draw_agreements(const AppView& view, const Case& c, Commands& out) {
  if (c.agreements.empty()) status_text("agreements.empty", text::no_agreements, palette().text_muted);
  for (const Agreement& a : c.agreements) {
    const std::string id = "agreement." + a.id;
    const bool late = is_overdue(a, view.today);
    const bool open = a.status == AgreementStatus::Open;
    wrapped(a.what, fonts().bold, open ? palette().text : palette().text_muted);
    register_item(id.c_str(), "listitem", a.what, agreement_detail(a, view.today));
    wrapped(agreement_detail(a, view.today), fonts().body, late ? palette().error : palette().text_muted);
    if (open) {
      if (button((id + ".done").c_str(), text::mark_done, ButtonKind::Primary))
        out.push_back(EditCase{SetAgreementStatus{c.id, a.id, AgreementStatus::Gedaan}, text::agreement_done_toast, true});
      flow_next(text::mark_cancelled);
      if (button((id + ".cancel").c_str(), text::mark_cancelled))
        out.push_back(
            EditCase{SetAgreementStatus{c.id, a.id, AgreementStatus::Geannuleerd}, text::agreement_cancelled_toast, true});
    } else if (button((id + ".reopen").c_str(), text::reopen)) {
      out.push_back(EditCase{SetAgreementStatus{c.id, a.id, AgreementStatus::Open}});
    }
    ImGui::Separator();
  }

  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("agreement.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  begin_card("agreement.new", text::add_agreement);
  text_field("agreement.what", text::agreement_what_label, agreement_.what,
             {TextInputKind::Text, text::agreement_what_hint, issue_text(agreement_issues_, CaseField::AgreementWhat)});
  text_field("agreement.who", text::agreement_who_label, agreement_.who,
             {TextInputKind::Name, nullptr, issue_text(agreement_issues_, CaseField::AgreementWho)});
  date_field("agreement.due", text::agreement_due_label, agreement_.due, view.today);
  text_field("agreement.follow_up", text::agreement_follow_up_label, agreement_.follow_up_by, {TextInputKind::Name});
  if (button("agreement.add", text::add_agreement, ButtonKind::Primary)) {
    agreement_issues_ = validate(agreement_);
    if (agreement_issues_.empty()) {
      if (const Meeting* m = current_meeting(c, view.today)) agreement_.meeting_id = m->id;
      out.push_back(EditCase{AddAgreement{c.id, agreement_}, text::agreement_added, true});
      agreement_ = Agreement{};
      agreement_.due = date_from_days(days_since_epoch(view.today) + 7);
    }
  }
  end_card();
  ImGui::EndChild();
}

void CaseDetailScreen::draw_notes(const AppView&, const Case& c, Commands& out) {
  const float width = std::min(ImGui::GetContentRegionAvail().x, metrics().max_form_width);
  ImGui::BeginChild("note.form", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY);
  text_field("note.text", text::note_label, note_text_,
             {TextInputKind::MultiLine, text::note_hint, issue_text(note_issues_, CaseField::NoteText), 3});
  if (button("note.add", text::add_note, ButtonKind::Primary)) {
    note_issues_ = validate_note_text(note_text_);
    if (note_issues_.empty()) {
      out.push_back(EditCase{AddNote{c.id, "", note_text_}, text::note_saved, false});
      note_text_.clear();
      edit_session().end();
    }
  }
  ImGui::EndChild();
  ImGui::Dummy(ImVec2(0, 8));

  if (c.notes.empty()) status_text("notes.empty", text::no_notes, palette().text_muted);
  for (std::size_t i = c.notes.size(); i-- > 0;) {  // newest first
    const Note& n = c.notes[i];
    const std::string id = "note." + n.id;
    std::string meta = moment(n.updated_at_ms) + (n.author.empty() ? "" : "  \u00B7  " + n.author);
    if (!n.earlier.empty()) meta += text::edited_suffix;
    wrapped(meta, fonts().body, palette().text_muted);
    if (editing_note_id_ == n.id) {
      text_field((id + ".text").c_str(), "", editing_note_text_, {TextInputKind::MultiLine, nullptr, nullptr, 3});
      if (button((id + ".save").c_str(), text::save, ButtonKind::Primary)) {
        if (validate_note_text(editing_note_text_).empty()) {
          out.push_back(EditCase{EditNote{c.id, n.id, editing_note_text_}});
          editing_note_id_.clear();
        }
      }
      flow_next(text::cancel);
      if (button((id + ".cancel").c_str(), text::cancel)) editing_note_id_.clear();
    } else {
      wrapped(n.text, fonts().body, palette().text);
      register_item(id.c_str(), "listitem", n.text, meta);
      if (button((id + ".edit").c_str(), text::edit)) {
        editing_note_id_ = n.id;
        editing_note_text_ = n.text;
      }
      flow_next(text::remove);
      if (button((id + ".delete").c_str(), text::remove))
        out.push_back(EditCase{DeleteNote{c.id, n.id}, text::note_deleted, true});
      if (!n.earlier.empty()) {
        char label[64];
        std::snprintf(label, sizeof label, text::earlier_versions_format, static_cast<int>(n.earlier.size()));
        flow_next(label);
        if (button((id + ".versions").c_str(), label))
          versions_note_id_ = versions_note_id_ == n.id ? std::string() : n.id;
      }
      if (versions_note_id_ == n.id) {
        for (std::size_t v = n.earlier.size(); v-- > 0;) {
          const NoteVersion& version = n.earlier[v];
          wrapped(moment(version.at_ms) + (version.author.empty() ? "" : "  \u00B7  " + version.author), fonts().body,
                  palette().text_muted);
          wrapped(version.text, fonts().body, palette().text_muted);
          register_item((id + ".version." + std::to_string(v)).c_str(), "listitem", version.text);
        }
      }
    }
    ImGui::Separator();
  }
}

}  // namespace rots::ui
