#pragma once
// A consult or an overlegtafel: who comes, what the meeting must answer (preparation), and
// what it decided (outcome, including the tailored trajectory, "traject op maat").
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace rots {

enum class MeetingKind { Consult, Overlegtafel };

enum class ParticipantRole { Clb, Jeugdhulp, School, Jongere, OuderContext, Naft, Netwerkcoordinator, Andere };
inline constexpr ParticipantRole all_participant_roles[] = {
    ParticipantRole::Clb,          ParticipantRole::Jeugdhulp, ParticipantRole::School,
    ParticipantRole::Jongere,      ParticipantRole::OuderContext, ParticipantRole::Naft,
    ParticipantRole::Netwerkcoordinator, ParticipantRole::Andere};

enum class Attendance { Invited, Present, Absent };

struct Participant {
  std::string name;
  std::string organisation;
  ParticipantRole role = ParticipantRole::Clb;
  Attendance attendance = Attendance::Invited;
  bool operator==(const Participant&) const = default;
};

// The three columns the networks use to prepare a meeting, plus the question and what was tried.
struct Preparation {
  std::string question;  // what must this meeting answer?
  std::string tried;     // what was already tried
  std::string zorgen;    // worries
  std::string goed;      // what works ("wat loopt goed")
  std::string nodig;     // what must happen ("wat moet er gebeuren")
  std::string options;   // options to explore
  bool operator==(const Preparation&) const = default;
};

struct TrajectStep {
  std::string what;
  std::string provider;
  std::optional<Date> start;
  bool operator==(const TrajectStep&) const = default;
};

struct Meeting {
  std::string id;
  MeetingKind kind = MeetingKind::Consult;
  Date date;
  int start_minute = 9 * 60;  // minutes after midnight
  std::string place;
  std::vector<Participant> participants;
  // Overlegtafel: the young person and their context agreed to be discussed.
  bool consent_young_person = false;
  bool consent_context = false;
  // Consult: who brings the advice back to the young person and context, by when, and whether it happened.
  std::string feedback_by;
  std::optional<Date> feedback_due;
  bool feedback_given = false;
  Preparation preparation;
  std::string decisions;
  std::vector<TrajectStep> traject;
  bool operator==(const Meeting&) const = default;
};

inline constexpr int minutes_per_day = 24 * 60;
std::string format_time(int minute);  // "09:30"

}  // namespace rots
