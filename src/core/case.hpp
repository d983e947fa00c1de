#pragma once
// A ROTS case ("casus"): one young person's stuck school trajectory, registered by a CLB or
// youth care. The young person is minimised by design: a pseudonym or initials, never a
// required full name.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/aanmelding.hpp"
#include "core/agreement.hpp"
#include "core/date.hpp"
#include "core/jongere.hpp"
#include "core/lifecycle.hpp"
#include "core/meeting.hpp"
#include "core/note.hpp"
#include "core/referral.hpp"
#include "core/region.hpp"
#include "core/sync.hpp"

namespace rots {

inline constexpr std::size_t max_pseudonym_length = 40;  // characters
inline constexpr std::size_t max_note_length = 10000;    // characters: several pages of notes
inline constexpr std::size_t max_short_text_length = 200;  // names, places, one-line fields

// One line of a case's history ("Historiek"): who changed what, when. The words are the UI's;
// the domain records the kind and the subject (e.g. the agreement's text).
enum class ChangeKind {
  Created, RegistrationEdited, JongereEdited, MeetingPlanned, MeetingEdited, MeetingRemoved,
  AgreementAdded, AgreementEdited, AgreementDone, AgreementCancelled, AgreementReopened,
  NoteAdded, NoteEdited, NoteDeleted, StatusChanged, Undone,
  Imported,          // subject: who exported the bundle
  ConflictResolved,  // subject: the unit key (core/case_units.hpp)
  ReferralAdded, ReferralEdited, ReferralRemoved,  // subject: the service's name
  KnelpuntenEdited,
};
struct HistoryEntry {
  ChangeKind kind = ChangeKind::Created;
  std::string subject;
  std::string actor;
  std::int64_t at_ms = 0;
  bool operator==(const HistoryEntry&) const = default;
};

struct Case {
  std::string id;         // 32 lowercase hex digits, random: says nothing about the person
  std::string pseudonym;  // as shown in lists
  Region region = Region::Brussel;
  Date registered_on;     // date of the aanmelding
  std::string hulpvraag;  // the question the registrant brings (schema version 2)
  Aanmelding aanmelding;  // channel, requester, ROTS criteria (schema version 3)
  std::int64_t created_at_ms = 0;  // Unix time, for ordering and (later) merge
  std::int64_t updated_at_ms = 0;
  // Schema version 4: the workflow.
  Jongere jongere;
  CaseStatus status = CaseStatus::Aangemeld;
  std::vector<StatusChange> status_changes;
  std::vector<Meeting> meetings;      // in the order planned
  std::vector<Agreement> agreements;  // in the order agreed
  std::vector<Note> notes;            // newest last
  std::vector<HistoryEntry> history;  // oldest first
  // Schema version 5: exchange with other devices (core/merge.hpp).
  SyncInfo sync;
  std::vector<Case> merge_base;             // 0 or 1: the fields as they were after the last import
  std::vector<std::string> conflict_units;  // changed on both devices, awaiting the user's choice
  std::vector<Case> conflict_theirs;        // 0 or 1: the other device's version of those units
  std::string conflict_from;                // who exported that version
  // Schema version 6: referrals to help-map services and the bottlenecks met.
  std::vector<Referral> referrals;  // in the order referred
  std::uint32_t knelpunten = 0;     // Knelpunt bits
  std::string knelpunt_other;       // what "andere" means here (never in a report)

  const Meeting* meeting(std::string_view meeting_id) const;
  const Agreement* agreement(std::string_view agreement_id) const;
  const Note* note(std::string_view note_id) const;
  const Referral* referral(std::string_view referral_id) const;
  bool has(Knelpunt k) const { return (knelpunten & static_cast<std::uint32_t>(k)) != 0; }

  bool operator==(const Case&) const = default;
};

// What a user typed in the "Nieuwe casus" form, before it is a case.
struct CaseDraft {
  std::string pseudonym;
  std::optional<Region> region;
  std::string registered_on;  // as typed, Dutch day-first form
  std::string hulpvraag = {};
  Aanmelding aanmelding = {};
  bool operator==(const CaseDraft&) const = default;
};
CaseDraft draft_of(const Case& c);  // the registration part of a case, as the form edits it

enum class CaseField {
  Pseudonym, Region, RegisteredOn, Hulpvraag, RequesterName, RequesterContact, CriteriaOther,
  BirthYear, AbsenceHalfDays, JongereText,
  MeetingTime, MeetingText, ParticipantName, ParticipantOrganisation,
  AgreementWhat, AgreementWho, AgreementFollowUpBy,
  NoteText, ClosingReason, ReferralService, ReferralDates, KnelpuntOther,
};

enum class ValidationCode {
  Required,        // empty
  TooLong,         // over the field's limit
  InvalidText,     // not valid UTF-8 or has control characters
  InvalidDate,     // not a real day in dd-mm-jjjj form
  DateInFuture,    // a registration cannot be later than today
  OutOfRange,      // a number or time outside what is possible
};

struct ValidationIssue {
  CaseField field;
  ValidationCode code;
  bool operator==(const ValidationIssue&) const = default;
};

std::vector<ValidationIssue> validate(const CaseDraft& draft, const Date& today);
std::vector<ValidationIssue> validate(const Jongere& jongere, const Date& today);
std::vector<ValidationIssue> validate(const Meeting& meeting);
std::vector<ValidationIssue> validate(const Agreement& agreement);
std::vector<ValidationIssue> validate_note_text(std::string_view text);
std::vector<ValidationIssue> validate(const Referral& referral);

// The meeting that comes next (today or later, earliest first), else the latest one held.
const Meeting* current_meeting(const Case& c, const Date& today);
const Meeting* next_meeting(const Case& c, const Date& today);  // today or later only
int overdue_count(const Case& c, const Date& today);

bool is_case_id(std::string_view id);

}  // namespace rots
