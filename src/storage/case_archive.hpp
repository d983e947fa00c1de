#pragma once
// cereal serialization of the domain types. Field names are part of the stored format:
// rename nothing; add fields with a new class version and keep loading the old ones.
#include <algorithm>
#include <array>
#include <cereal/types/map.hpp>
#include <cereal/types/vector.hpp>
#include <optional>
#include <cereal/cereal.hpp>
#include <string>

#include "core/case.hpp"
#include "core/helpmap.hpp"
#include "core/settings.hpp"
#include "core/text.hpp"
#include "storage/schema.hpp"

namespace rots {

struct InvalidRecordValue : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <class Archive>
std::string save_minimal(const Archive&, const Date& d) {
  return to_iso(d);
}
template <class Archive>
void load_minimal(const Archive&, Date& d, const std::string& text) {
  auto parsed = parse_iso_date(text);
  if (!parsed) throw InvalidRecordValue("invalid date: " + excerpt(text, 32));
  d = *parsed;
}

template <class Archive>
std::string save_minimal(const Archive&, const Region& r) {
  return std::string(region_key(r));
}
template <class Archive>
void load_minimal(const Archive&, Region& r, const std::string& key) {
  auto parsed = region_from_key(key);
  if (!parsed) throw InvalidRecordValue("unknown region: " + excerpt(key, 32));
  r = *parsed;
}

// Enums are stored by name, so reordering them can never change what old records mean.
template <class E, std::size_t N>
struct EnumNames {
  std::array<std::pair<E, const char*>, N> names;
  const char* of(E e) const {
    for (const auto& [value, name] : names)
      if (value == e) return name;
    return "";
  }
  E from(const std::string& key, const char* what) const {
    for (const auto& [value, name] : names)
      if (key == name) return value;
    throw InvalidRecordValue(std::string("unknown ") + what + ": " + excerpt(key, 24));
  }
};
inline constexpr EnumNames<Channel, 3> channel_names{
    {{{Channel::Telefoon, "telefoon"}, {Channel::Email, "e-mail"}, {Channel::Anders, "anders"}}}};
inline constexpr EnumNames<RequesterKind, 4> requester_names{{{{RequesterKind::Clb, "clb"},
                                                                {RequesterKind::Jeugdhulp, "jeugdhulp"},
                                                                {RequesterKind::School, "school"},
                                                                {RequesterKind::Andere, "andere"}}}};

template <class Archive>
std::string save_minimal(const Archive&, const Channel& c) {
  return channel_names.of(c);
}
template <class Archive>
void load_minimal(const Archive&, Channel& c, const std::string& key) {
  c = channel_names.from(key, "channel");
}
template <class Archive>
std::string save_minimal(const Archive&, const RequesterKind& r) {
  return requester_names.of(r);
}
template <class Archive>
void load_minimal(const Archive&, RequesterKind& r, const std::string& key) {
  r = requester_names.from(key, "requester");
}

inline constexpr EnumNames<SchoolLevel, 4> school_level_names{{{{SchoolLevel::Kleuter, "kleuter"},
                                                                 {SchoolLevel::Lager, "lager"},
                                                                 {SchoolLevel::Secundair, "secundair"},
                                                                 {SchoolLevel::Buitengewoon, "buitengewoon"}}}};
inline constexpr EnumNames<TrajectoryKind, 6> trajectory_names{{{{TrajectoryKind::Naft, "naft"},
                                                                 {TrajectoryKind::Dagbesteding, "dagbesteding"},
                                                                 {TrajectoryKind::TimeOut, "time-out"},
                                                                 {TrajectoryKind::Zorgboerderij, "zorgboerderij"},
                                                                 {TrajectoryKind::Jeugdhulp, "jeugdhulp"},
                                                                 {TrajectoryKind::Andere, "andere"}}}};
inline constexpr EnumNames<MeetingKind, 2> meeting_kind_names{
    {{{MeetingKind::Consult, "consult"}, {MeetingKind::Overlegtafel, "overlegtafel"}}}};
inline constexpr EnumNames<ParticipantRole, 8> role_names{{{{ParticipantRole::Clb, "clb"},
                                                            {ParticipantRole::Jeugdhulp, "jeugdhulp"},
                                                            {ParticipantRole::School, "school"},
                                                            {ParticipantRole::Jongere, "jongere"},
                                                            {ParticipantRole::OuderContext, "ouder-context"},
                                                            {ParticipantRole::Naft, "naft"},
                                                            {ParticipantRole::Netwerkcoordinator, "netwerkcoordinator"},
                                                            {ParticipantRole::Andere, "andere"}}}};
inline constexpr EnumNames<Attendance, 3> attendance_names{
    {{{Attendance::Invited, "uitgenodigd"}, {Attendance::Present, "aanwezig"}, {Attendance::Absent, "afwezig"}}}};
inline constexpr EnumNames<AgreementStatus, 3> agreement_status_names{{{{AgreementStatus::Open, "open"},
                                                                        {AgreementStatus::Gedaan, "gedaan"},
                                                                        {AgreementStatus::Geannuleerd, "geannuleerd"}}}};
inline constexpr EnumNames<CaseStatus, 5> case_status_names{{{{CaseStatus::Aangemeld, "aangemeld"},
                                                               {CaseStatus::InBehandeling, "in-behandeling"},
                                                               {CaseStatus::OverlegGepland, "overleg-gepland"},
                                                               {CaseStatus::Opvolging, "opvolging"},
                                                               {CaseStatus::Afgesloten, "afgesloten"}}}};
inline constexpr EnumNames<ClosingReason, 5> closing_reason_names{{{{ClosingReason::TrajectOpMaat, "traject-op-maat"},
                                                                    {ClosingReason::Doorverwezen, "doorverwezen"},
                                                                    {ClosingReason::GeenMeerwaarde, "geen-meerwaarde"},
                                                                    {ClosingReason::TerugOpSchool, "terug-op-school"},
                                                                    {ClosingReason::Andere, "andere"}}}};
inline constexpr EnumNames<ReferralOutcome, 4> referral_outcome_names{{{{ReferralOutcome::Wachtend, "wachtend"},
                                                                         {ReferralOutcome::Gestart, "gestart"},
                                                                         {ReferralOutcome::Afgerond, "afgerond"},
                                                                         {ReferralOutcome::NietGestart, "niet-gestart"}}}};
inline constexpr EnumNames<ServiceTier, 4> service_tier_names{{{{ServiceTier::BasisZorg, "basiszorg"},
                                                                 {ServiceTier::UitbreidingZorg, "uitbreiding-zorg"},
                                                                 {ServiceTier::DoorverwijzingClb, "doorverwijzing-clb"},
                                                                 {ServiceTier::StapNaarWerk, "stap-naar-werk"}}}};
inline constexpr EnumNames<ChangeKind, 22> change_kind_names{{{{ChangeKind::Created, "created"},
                                                               {ChangeKind::RegistrationEdited, "registration"},
                                                               {ChangeKind::JongereEdited, "jongere"},
                                                               {ChangeKind::MeetingPlanned, "meeting-planned"},
                                                               {ChangeKind::MeetingEdited, "meeting-edited"},
                                                               {ChangeKind::MeetingRemoved, "meeting-removed"},
                                                               {ChangeKind::AgreementAdded, "agreement-added"},
                                                               {ChangeKind::AgreementEdited, "agreement-edited"},
                                                               {ChangeKind::AgreementDone, "agreement-done"},
                                                               {ChangeKind::AgreementCancelled, "agreement-cancelled"},
                                                               {ChangeKind::AgreementReopened, "agreement-reopened"},
                                                               {ChangeKind::NoteAdded, "note-added"},
                                                               {ChangeKind::NoteEdited, "note-edited"},
                                                               {ChangeKind::NoteDeleted, "note-deleted"},
                                                               {ChangeKind::StatusChanged, "status"},
                                                               {ChangeKind::Undone, "undone"},
                                                               {ChangeKind::Imported, "imported"},
                                                               {ChangeKind::ConflictResolved, "conflict-resolved"},
                                                               {ChangeKind::ReferralAdded, "referral-added"},
                                                               {ChangeKind::ReferralEdited, "referral-edited"},
                                                               {ChangeKind::ReferralRemoved, "referral-removed"},
                                                               {ChangeKind::KnelpuntenEdited, "knelpunten"}}}};

// One save/load pair per enum, by name.
#define ROTS_ENUM_BY_NAME(Type, table, what)                                     \
  template <class Archive>                                                        \
  std::string save_minimal(const Archive&, const Type& value) {                   \
    return table.of(value);                                                       \
  }                                                                               \
  template <class Archive>                                                        \
  void load_minimal(const Archive&, Type& value, const std::string& key) {        \
    value = table.from(key, what);                                                \
  }
ROTS_ENUM_BY_NAME(SchoolLevel, school_level_names, "school level")
ROTS_ENUM_BY_NAME(TrajectoryKind, trajectory_names, "trajectory")
ROTS_ENUM_BY_NAME(MeetingKind, meeting_kind_names, "meeting kind")
ROTS_ENUM_BY_NAME(ParticipantRole, role_names, "role")
ROTS_ENUM_BY_NAME(Attendance, attendance_names, "attendance")
ROTS_ENUM_BY_NAME(AgreementStatus, agreement_status_names, "agreement status")
ROTS_ENUM_BY_NAME(CaseStatus, case_status_names, "status")
ROTS_ENUM_BY_NAME(ClosingReason, closing_reason_names, "closing reason")
ROTS_ENUM_BY_NAME(ChangeKind, change_kind_names, "change")
ROTS_ENUM_BY_NAME(ReferralOutcome, referral_outcome_names, "referral outcome")
ROTS_ENUM_BY_NAME(ServiceTier, service_tier_names, "service tier")
#undef ROTS_ENUM_BY_NAME

// Optional values are stored as a flag, followed by the value only when there is one (an
// empty Date has no valid text form).
template <class Archive, class T>
void optional_field(Archive& ar, const char* has_name, const char* name, std::optional<T>& value) {
  bool has = value.has_value();
  ar(cereal::make_nvp(has_name, has));
  if (!has) {
    value.reset();
    return;
  }
  T v = value.value_or(T{});
  ar(cereal::make_nvp(name, v));
  value = v;
}

template <class Archive>
void serialize(Archive& ar, EarlierTrajectory& t) {
  ar(cereal::make_nvp("kind", t.kind), cereal::make_nvp("outcome", t.outcome));
}

template <class Archive>
void serialize(Archive& ar, Jongere& j, const std::uint32_t version) {
  if (version > schema::workflow_version) throw UnsupportedSchemaVersion("jongere", version);
  ar(cereal::make_nvp("birth_year", j.birth_year));
  optional_field(ar, "has_level", "level", j.level);
  ar(cereal::make_nvp("grade", j.grade), cereal::make_nvp("school", j.school),
     cereal::make_nvp("problem_areas", j.problem_areas), cereal::make_nvp("problem_other", j.problem_other),
     cereal::make_nvp("absence_half_days", j.absence_half_days),
     cereal::make_nvp("absence_period", j.absence_period),
     cereal::make_nvp("earlier_trajectories", j.earlier_trajectories));
  if ((j.problem_areas & ~all_problem_bits) != 0) throw InvalidRecordValue("unknown problem area");
}

template <class Archive>
void serialize(Archive& ar, Participant& p) {
  ar(cereal::make_nvp("name", p.name), cereal::make_nvp("organisation", p.organisation),
     cereal::make_nvp("role", p.role), cereal::make_nvp("attendance", p.attendance));
}

template <class Archive>
void serialize(Archive& ar, Preparation& p) {
  ar(cereal::make_nvp("question", p.question), cereal::make_nvp("tried", p.tried),
     cereal::make_nvp("zorgen", p.zorgen), cereal::make_nvp("goed", p.goed), cereal::make_nvp("nodig", p.nodig),
     cereal::make_nvp("options", p.options));
}

template <class Archive>
void serialize(Archive& ar, TrajectStep& s) {
  ar(cereal::make_nvp("what", s.what), cereal::make_nvp("provider", s.provider));
  optional_field(ar, "has_start", "start", s.start);
}

template <class Archive>
void serialize(Archive& ar, Meeting& m, const std::uint32_t version) {
  if (version > schema::workflow_version) throw UnsupportedSchemaVersion("meeting", version);
  ar(cereal::make_nvp("id", m.id), cereal::make_nvp("kind", m.kind), cereal::make_nvp("date", m.date),
     cereal::make_nvp("start_minute", m.start_minute), cereal::make_nvp("place", m.place),
     cereal::make_nvp("participants", m.participants),
     cereal::make_nvp("consent_young_person", m.consent_young_person),
     cereal::make_nvp("consent_context", m.consent_context), cereal::make_nvp("feedback_by", m.feedback_by));
  optional_field(ar, "has_feedback_due", "feedback_due", m.feedback_due);
  ar(cereal::make_nvp("feedback_given", m.feedback_given), cereal::make_nvp("preparation", m.preparation),
     cereal::make_nvp("decisions", m.decisions), cereal::make_nvp("traject", m.traject));
  if (m.start_minute < 0 || m.start_minute >= minutes_per_day) throw InvalidRecordValue("meeting time out of range");
}

template <class Archive>
void serialize(Archive& ar, Agreement& a, const std::uint32_t version) {
  if (version > schema::workflow_version) throw UnsupportedSchemaVersion("agreement", version);
  ar(cereal::make_nvp("id", a.id), cereal::make_nvp("what", a.what), cereal::make_nvp("who", a.who),
     cereal::make_nvp("due", a.due), cereal::make_nvp("follow_up_by", a.follow_up_by),
     cereal::make_nvp("status", a.status), cereal::make_nvp("meeting_id", a.meeting_id),
     cereal::make_nvp("created_at_ms", a.created_at_ms));
}

template <class Archive>
void serialize(Archive& ar, NoteVersion& v) {
  ar(cereal::make_nvp("text", v.text), cereal::make_nvp("author", v.author), cereal::make_nvp("at_ms", v.at_ms));
}

template <class Archive>
void serialize(Archive& ar, Note& n, const std::uint32_t version) {
  if (version > schema::workflow_version) throw UnsupportedSchemaVersion("note", version);
  ar(cereal::make_nvp("id", n.id), cereal::make_nvp("meeting_id", n.meeting_id), cereal::make_nvp("author", n.author),
     cereal::make_nvp("created_at_ms", n.created_at_ms), cereal::make_nvp("updated_at_ms", n.updated_at_ms),
     cereal::make_nvp("text", n.text), cereal::make_nvp("earlier", n.earlier));
}

template <class Archive>
void serialize(Archive& ar, StatusChange& s) {
  ar(cereal::make_nvp("from", s.from), cereal::make_nvp("to", s.to));
  optional_field(ar, "has_reason", "reason", s.reason);
  ar(cereal::make_nvp("actor", s.actor), cereal::make_nvp("at_ms", s.at_ms));
}

template <class Archive>
void serialize(Archive& ar, HistoryEntry& h) {
  ar(cereal::make_nvp("kind", h.kind), cereal::make_nvp("subject", h.subject), cereal::make_nvp("actor", h.actor),
     cereal::make_nvp("at_ms", h.at_ms));
}

template <class Archive>
void serialize(Archive& ar, Aanmelding& a, const std::uint32_t version) {
  if (version > schema::aanmelding_version) throw UnsupportedSchemaVersion("aanmelding", version);
  ar(cereal::make_nvp("channel", a.channel), cereal::make_nvp("requester", a.requester),
     cereal::make_nvp("requester_name", a.requester_name), cereal::make_nvp("requester_contact", a.requester_contact),
     cereal::make_nvp("clb_criteria", a.clb_criteria), cereal::make_nvp("clb_other", a.clb_other),
     cereal::make_nvp("youth_care_criteria", a.youth_care_criteria),
     cereal::make_nvp("youth_care_other", a.youth_care_other));
  if ((a.clb_criteria & ~all_clb_bits) != 0 || (a.youth_care_criteria & ~all_youth_care_bits) != 0)
    throw InvalidRecordValue("unknown criterion");
}

template <class Archive>
void serialize(Archive& ar, Dot& d) {
  ar(cereal::make_nvp("device", d.device), cereal::make_nvp("counter", d.counter));
}

template <class Archive>
void serialize(Archive& ar, SyncInfo& s) {
  ar(cereal::make_nvp("revision", s.revision), cereal::make_nvp("device_id", s.device_id),
     cereal::make_nvp("clock", s.clock), cereal::make_nvp("stamps", s.stamps), cereal::make_nvp("removed", s.removed));
}

template <class Archive>
void serialize(Archive& ar, Referral& r, const std::uint32_t version) {
  if (version > schema::referral_version) throw UnsupportedSchemaVersion("referral", version);
  ar(cereal::make_nvp("id", r.id), cereal::make_nvp("service_id", r.service_id),
     cereal::make_nvp("service_name", r.service_name), cereal::make_nvp("referred_on", r.referred_on),
     cereal::make_nvp("outcome", r.outcome));
  optional_field(ar, "has_started_on", "started_on", r.started_on);
  ar(cereal::make_nvp("created_at_ms", r.created_at_ms));
}

// The copies a case keeps for merging are one level deep and at most one each: anything else
// is not something this app wrote.
inline void check_merge_copies(const Case& c) {
  for (const auto* copies : {&c.merge_base, &c.conflict_theirs}) {
    if (copies->size() > 1) throw InvalidRecordValue("more than one merge copy");
    for (const Case& copy : *copies)
      if (!copy.merge_base.empty() || !copy.conflict_theirs.empty() || !copy.conflict_units.empty())
        throw InvalidRecordValue("nested merge copy");
  }
  if (!c.conflict_units.empty() && c.conflict_theirs.empty()) throw InvalidRecordValue("conflict without values");
}

template <class Archive>
void serialize(Archive& ar, Case& c, const std::uint32_t version) {
  if (version > schema::case_version) throw UnsupportedSchemaVersion("case", version);
  ar(cereal::make_nvp("id", c.id), cereal::make_nvp("pseudonym", c.pseudonym),
     cereal::make_nvp("region", c.region), cereal::make_nvp("registered_on", c.registered_on),
     cereal::make_nvp("created_at_ms", c.created_at_ms),
     cereal::make_nvp("updated_at_ms", c.updated_at_ms));
  if (version >= 2) ar(cereal::make_nvp("hulpvraag", c.hulpvraag));
  if (version >= 3) ar(cereal::make_nvp("aanmelding", c.aanmelding));
  if (version >= 4) {
    ar(cereal::make_nvp("jongere", c.jongere), cereal::make_nvp("status", c.status),
       cereal::make_nvp("status_changes", c.status_changes), cereal::make_nvp("meetings", c.meetings),
       cereal::make_nvp("agreements", c.agreements), cereal::make_nvp("notes", c.notes),
       cereal::make_nvp("history", c.history));
  }
  if (version >= 5) {
    ar(cereal::make_nvp("sync", c.sync), cereal::make_nvp("merge_base", c.merge_base),
       cereal::make_nvp("conflict_units", c.conflict_units), cereal::make_nvp("conflict_theirs", c.conflict_theirs),
       cereal::make_nvp("conflict_from", c.conflict_from));
    check_merge_copies(c);
  }
  if (version >= 6) {
    ar(cereal::make_nvp("referrals", c.referrals), cereal::make_nvp("knelpunten", c.knelpunten),
       cereal::make_nvp("knelpunt_other", c.knelpunt_other));
    if ((c.knelpunten & ~all_knelpunt_bits) != 0) throw InvalidRecordValue("unknown knelpunt");
  }
}

template <class Archive>
void serialize(Archive& ar, Service& s, const std::uint32_t version) {
  if (version > schema::service_version) throw UnsupportedSchemaVersion("service", version);
  ar(cereal::make_nvp("id", s.id), cereal::make_nvp("name", s.name), cereal::make_nvp("tier", s.tier));
  optional_field(ar, "has_region", "region", s.region);
  ar(cereal::make_nvp("municipality", s.municipality), cereal::make_nvp("offer", s.offer),
     cereal::make_nvp("ages", s.ages), cereal::make_nvp("contact_person", s.contact_person),
     cereal::make_nvp("phone", s.phone), cereal::make_nvp("email", s.email), cereal::make_nvp("website", s.website),
     cereal::make_nvp("notes", s.notes));
  optional_field(ar, "has_last_checked", "last_checked", s.last_checked);
  ar(cereal::make_nvp("source", s.source), cereal::make_nvp("deleted", s.deleted),
     cereal::make_nvp("updated_at_ms", s.updated_at_ms), cereal::make_nvp("clock", s.clock),
     cereal::make_nvp("device_id", s.device_id), cereal::make_nvp("conflict_theirs", s.conflict_theirs),
     cereal::make_nvp("conflict_from", s.conflict_from));
  if ((s.ages & ~all_age_bits) != 0) throw InvalidRecordValue("unknown age group");
  // The other device's version is one level deep: anything else is not something this app wrote.
  if constexpr (!Archive::is_loading::value) return;
  if (s.conflict_theirs.size() > 1) throw InvalidRecordValue("more than one service conflict");
  for (const Service& theirs : s.conflict_theirs)
    if (!theirs.conflict_theirs.empty()) throw InvalidRecordValue("nested service conflict");
}

template <class Archive>
std::string save_minimal(const Archive&, const Theme& t) {
  return t == Theme::Dark ? "dark" : "light";
}
template <class Archive>
void load_minimal(const Archive&, Theme& t, const std::string& key) {
  if (key != "dark" && key != "light") throw InvalidRecordValue("unknown theme: " + excerpt(key, 16));
  t = key == "dark" ? Theme::Dark : Theme::Light;
}

template <class Archive>
void serialize(Archive& ar, DeviceSettings& s, const std::uint32_t version) {
  if (version > schema::settings_version) throw UnsupportedSchemaVersion("settings", version);
  ar(cereal::make_nvp("theme", s.theme), cereal::make_nvp("text_size_percent", s.text_size_percent));
  if (!is_text_size_step(s.text_size_percent)) throw InvalidRecordValue("text size out of range");
  if (version >= 2) {
    ar(cereal::make_nvp("device_id", s.device_id), cereal::make_nvp("last_export_at_ms", s.last_export_at_ms),
       cereal::make_nvp("backup_reminder_days", s.backup_reminder_days));
    if (s.backup_reminder_days < 1 || s.backup_reminder_days > max_backup_reminder_days)
      throw InvalidRecordValue("backup reminder out of range");
  }
  if (version >= 3) {
    ar(cereal::make_nvp("user_name", s.user_name), cereal::make_nvp("auto_lock_minutes", s.auto_lock_minutes),
       cereal::make_nvp("retention_months", s.retention_months));
    if (s.user_name.size() > 4 * max_user_name_length || !is_valid_utf8(s.user_name))
      throw InvalidRecordValue("user name too long or not UTF-8");
    if (std::find(auto_lock_minute_steps.begin(), auto_lock_minute_steps.end(), s.auto_lock_minutes) ==
        auto_lock_minute_steps.end())
      throw InvalidRecordValue("auto-lock minutes not offered");
    if (std::find(retention_month_steps.begin(), retention_month_steps.end(), s.retention_months) ==
        retention_month_steps.end())
      throw InvalidRecordValue("retention months not offered");
  }
}

}  // namespace rots

CEREAL_CLASS_VERSION(rots::Case, rots::schema::case_version);
CEREAL_CLASS_VERSION(rots::Jongere, rots::schema::workflow_version);
CEREAL_CLASS_VERSION(rots::Meeting, rots::schema::workflow_version);
CEREAL_CLASS_VERSION(rots::Agreement, rots::schema::workflow_version);
CEREAL_CLASS_VERSION(rots::Note, rots::schema::workflow_version);
CEREAL_CLASS_VERSION(rots::Referral, rots::schema::referral_version);
CEREAL_CLASS_VERSION(rots::Service, rots::schema::service_version);
CEREAL_CLASS_VERSION(rots::Aanmelding, rots::schema::aanmelding_version);
CEREAL_CLASS_VERSION(rots::DeviceSettings, rots::schema::settings_version);
