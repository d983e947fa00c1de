#pragma once
// The screens. Each reads the AppView and emits UiCommands; none owns a business rule.
#include <string>
#include <variant>

#include "core/followup.hpp"
#include "core/search.hpp"
#include "core/search_index.hpp"
#include "ui/app_view.hpp"
#include "ui/bound.hpp"

namespace rots::ui {

struct SafeArea {
  float top = 0, right = 0, bottom = 0, left = 0;  // CSS px the device reserves (notch, home bar)
};
void set_safe_area(SafeArea area);
const SafeArea& safe_area();

// Shared chrome.
void draw_top_bar(const AppView& view, const char* title, bool with_back, Commands& out);
void draw_save_error_banner(const AppView& view, Commands& out);
bool begin_page(const char* id);  // padded, scrollable; always pair with end_page()
void end_page();

class CaseListScreen {
 public:
  // The list content (heading, "Nieuwe casus", rows, row actions) inside the current page.
  void draw(const AppView& view, Commands& out, bool highlight_selection);
  // Indexes up to `budget` more cases for search; true when the index is complete.
  bool warm_search(const Workspace& workspace, std::size_t budget) { return index_.update_some(workspace, budget); }

 private:
  void draw_search(const AppView& view);
  void draw_rows(const AppView& view, Commands& out, bool highlight_selection);
  void draw_row(const AppView& view, const Case& c, Commands& out, bool highlight_selection);
  void draw_delete_confirmation(const AppView& view, Commands& out);
  // The sorted, filtered list: made again only when the cases or the filter changed.
  const std::vector<const Case*>& listed(const Workspace& workspace);

  std::string confirm_delete_id_;
  CaseFilter filter_;
  bool show_filters_ = false;
  SearchIndex index_;
  WorkspaceDerived<CaseFilter, std::vector<const Case*>> listed_;
};

enum class CaseSection { Aanmelding, Jongere, Voorbereiding, Overleg, Afspraken, Doorverwijzing, Notities, Historiek };

// "Casus": one case in sections. Every field saves as it changes (EditCase commands).
class CaseDetailScreen {
 public:
  void draw(const AppView& view, const Case& c, Commands& out);

 private:
  void reset_for(const Case& c, const Date& today);
  void draw_header(const AppView& view, const Case& c, Commands& out);
  void draw_registration(const AppView& view, const Case& c, Commands& out);
  void draw_jongere(const AppView& view, const Case& c, Commands& out);
  void draw_meeting_picker(const Case& c);
  void draw_preparation(const AppView& view, const Case& c, Commands& out);
  void draw_meetings(const AppView& view, const Case& c, Commands& out);
  void draw_plan_form(const AppView& view, const Case& c, Commands& out);
  void draw_meeting_fields(const AppView& view, const Case& c, Meeting& m);
  void draw_participants(Meeting& m);
  void draw_agreements(const AppView& view, const Case& c, Commands& out);
  void draw_notes(const AppView& view, const Case& c, Commands& out);
  void draw_history(const Case& c);
  void draw_referrals(const AppView& view, const Case& c, Commands& out);
  void draw_knelpunten(const Case& c, Commands& out);
  void draw_status_dialog(const Case& c, Commands& out);
  Meeting* bind_meeting(const AppView& view, const Case& c);
  void send_meeting(const Case& c, Commands& out);

  std::string case_id_;
  CaseSection section_ = CaseSection::Aanmelding;
  Bound<CaseDraft> registration_;
  Bound<Jongere> jongere_;
  Bound<Meeting> meeting_;
  std::string meeting_id_;  // chosen meeting; empty: the current one

  // "Overleg plannen"
  bool planning_ = false;
  int plan_kind_ = 0;  // consult: the usual first step
  Date plan_date_;
  int plan_time_ = 4;
  std::string plan_place_;
  // New participant
  std::string participant_name_, participant_org_;
  int participant_role_ = 0;
  std::vector<ValidationIssue> participant_issues_;
  // New agreement
  Agreement agreement_;
  std::vector<ValidationIssue> agreement_issues_;
  // Notes
  std::string note_text_;
  std::vector<ValidationIssue> note_issues_;
  std::string editing_note_id_, editing_note_text_, versions_note_id_;
  // Referrals and knelpunten
  int referral_service_ = -1;  // index into the services the search leaves
  std::string referral_query_;
  Date referral_date_;
  std::string knelpunt_other_;
  // Status dialog
  bool status_open_ = false;
  int status_target_ = -1;
  int closing_reason_ = -1;
  bool reason_missing_ = false;
};

// "Opvolging": today's and overdue work across all open cases.
void draw_follow_up(const AppView& view, FollowUpWatch& watch, Commands& out);

// During the meeting: large text, the three columns side by side in landscape, and quick entry
// of a note or an agreement.
class MeetingModeScreen {
 public:
  void draw(const AppView& view, const Case& c, Commands& out);

 private:
  void draw_columns(Meeting& m, bool side_by_side);
  void draw_quick_note(const Case& c, const Meeting& m, Commands& out);
  void draw_quick_agreement(const AppView& view, const Case& c, const Meeting& m, Commands& out);

  Bound<Meeting> meeting_;
  std::string note_;
  std::string agreement_what_;
  int owner_ = -1;
  int due_ = 0;
  std::vector<ValidationIssue> agreement_issues_;
};
class SecuritySettings;
void draw_settings(const AppView& view, Commands& out, SecuritySettings& security);

// "Delen en back-up": make a bundle (which cases, identifying data or not, passphrase), or read
// one in (file, passphrase, preview of what changes, then all at once).
class ExchangeScreen {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  void reset(const AppView& view);
  void draw_export(const AppView& view, Commands& out);
  void draw_selection(const AppView& view);
  void draw_import(const AppView& view, Commands& out);
  void draw_preview(const AppView& view, Commands& out);
  void draw_restore_choice(const std::string& case_id);

  std::uint64_t generation_ = ~0ull;
  std::vector<std::string> restore_;  // import: cases deleted here, ticked to come back
  int scope_ = 0;  // 0: everything, 1: a selection
  std::vector<std::string> chosen_;
  WorkspaceDerived<std::monostate, std::vector<const Case*>> choosable_;  // the cases to choose from, in list order (no key)
  std::uint32_t identifying_ = 0;
  std::string passphrase_, repeat_;
  bool attempted_ = false;
};

// Conflicts left by an import, unit by unit, with the choice earlier / theirs / mine.
void draw_conflicts(const Case& c, Commands& out);
// The reminder above the case list when the last full export is too long ago.
void draw_backup_reminder(const AppView& view, Commands& out);

// First start (name, passphrase) and the lock screen.
class LockScreen {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  void draw_setup(const AppView& view, Commands& out);
  void draw_unlock(const AppView& view, Commands& out);
  void secure_clear();

  std::uint64_t generation_ = ~0ull;
  std::string name_, passphrase_, repeat_;
  bool attempted_ = false;
};

// Closed cases past their retention: listed, deleted together after a confirmation.
class RetentionScreen {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  bool confirming_ = false;
};
// The reminder above the case list when closed cases are past their retention.
void draw_retention_reminder(const AppView& view, Commands& out);
// Instellingen > Beveiliging: auto-lock, retention, change of passphrase.
class SecuritySettings {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  std::string current_, next_, repeat_;
  bool attempted_ = false;
};

// "Sociale kaart": search and filter the help map, open an entry (call, mail, mark checked,
// edit), add one, and print the card "Eerste hulp bij schooluitval".
class HelpMapScreen {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  void open(const Service* s);  // nullptr: a new entry
  void draw_list(const AppView& view, Commands& out);
  void draw_filters();
  void draw_card_form(Commands& out);
  void draw_entry(const AppView& view, const Service* current, Commands& out);
  void draw_entry_actions(const AppView& view, const Service& s, Commands& out);

  ServiceFilter filter_;
  bool editing_ = false;
  std::string editing_id_;  // empty: a new entry
  Service draft_;
  std::vector<ServiceIssue> issues_;
  bool card_open_ = false;
  int card_region_ = 0;
  std::string card_school_;
};

// "Signaalrapport": anonymised counts for a period and region, drawn as bar charts, and the CSV.
class ReportScreen {
 public:
  void draw(const AppView& view, Commands& out);

 private:
  bool initialised_ = false;
  Date from_, to_;
  int region_ = 0;  // 0: every region
};

class NewCaseScreen {
 public:
  void reset(const Date& today);
  void draw(const AppView& view, Commands& out);

 private:
  CaseDraft draft_;
};

// The whole UI of one frame: portrait shows one screen with a bottom navigation; wide
// (landscape) screens show the case list beside the detail.
class Ui {
 public:
  void draw(const AppView& view, Commands& out);
  // The save state in the top bar, drawn after the frame's commands were applied.
  void draw_save_state(const SaveState& save, LoadPhase load_phase, WriterState writer);
  bool warm_search(const Workspace& workspace, std::size_t budget) { return case_list_.warm_search(workspace, budget); }

 private:
  void draw_body(const AppView& view, Commands& out, bool wide);
  void draw_other_window(const AppView& view, Commands& out);
  void draw_read_only_banner(const AppView& view, Commands& out);
  void draw_wide_cases(const AppView& view, Commands& out);
  void draw_bottom_nav(const AppView& view, Commands& out);
  void draw_toast(const AppView& view, Commands& out);

  CaseListScreen case_list_;
  FollowUpWatch follow_up_watch_;  // "Opvolging" asks each frame
  NewCaseScreen new_case_;
  CaseDetailScreen case_detail_;
  MeetingModeScreen meeting_mode_;
  ExchangeScreen exchange_;
  LockScreen lock_;
  RetentionScreen retention_;
  SecuritySettings security_;
  HelpMapScreen helpmap_;
  ReportScreen report_;
  Screen last_screen_ = Screen::CaseList;
  bool nav_more_open_ = false;  // the tabs that did not fit the bottom bar, shown as a dialog
};

}  // namespace rots::ui
