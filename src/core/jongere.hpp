#pragma once
// The young person, minimised by default: everything here is optional, and nothing names them
// (the case's pseudonym or initials is the only handle).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rots {

enum class SchoolLevel { Kleuter, Lager, Secundair, Buitengewoon };
inline constexpr SchoolLevel all_school_levels[] = {SchoolLevel::Kleuter, SchoolLevel::Lager, SchoolLevel::Secundair,
                                                    SchoolLevel::Buitengewoon};

enum class ProblemArea : std::uint32_t {
  Spijbelen = 1u << 0,
  LangdurigZiek = 1u << 1,
  PsychischeKwetsbaarheid = 1u << 2,
  Tienerzwangerschap = 1u << 3,
  TuchtBos = 1u << 4,  // disciplinary measures, exclusion (BOS)
  Schoolloos = 1u << 5,
  Thuiszitter = 1u << 6,
};
inline constexpr ProblemArea all_problem_areas[] = {
    ProblemArea::Spijbelen,  ProblemArea::LangdurigZiek, ProblemArea::PsychischeKwetsbaarheid,
    ProblemArea::Tienerzwangerschap, ProblemArea::TuchtBos, ProblemArea::Schoolloos, ProblemArea::Thuiszitter};
inline constexpr std::uint32_t all_problem_bits = 0x7F;

enum class TrajectoryKind { Naft, Dagbesteding, TimeOut, Zorgboerderij, Jeugdhulp, Andere };
inline constexpr TrajectoryKind all_trajectory_kinds[] = {TrajectoryKind::Naft,     TrajectoryKind::Dagbesteding,
                                                          TrajectoryKind::TimeOut,  TrajectoryKind::Zorgboerderij,
                                                          TrajectoryKind::Jeugdhulp, TrajectoryKind::Andere};

// Something already tried before ROTS, and how it went.
struct EarlierTrajectory {
  TrajectoryKind kind = TrajectoryKind::Naft;
  std::string outcome;
  bool operator==(const EarlierTrajectory&) const = default;
};

struct Jongere {
  int birth_year = 0;  // 0: not recorded
  std::optional<SchoolLevel> level;
  std::string grade;   // "3de jaar", "5de leerjaar"
  std::string school;
  std::uint32_t problem_areas = 0;  // ProblemArea bits
  std::string problem_other;
  int absence_half_days = 0;   // problematic absence (B-codes), in half days
  std::string absence_period;  // e.g. "sinds september"
  std::vector<EarlierTrajectory> earlier_trajectories;

  bool has(ProblemArea p) const { return (problem_areas & static_cast<std::uint32_t>(p)) != 0; }
  bool operator==(const Jongere&) const = default;
};

inline constexpr int min_birth_year = 1990;
inline constexpr int max_absence_half_days = 400;  // two full school years

}  // namespace rots
