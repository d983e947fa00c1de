#pragma once
// The registration ("aanmelding") of a case: how and by whom it reached ROTS, and against
// which ROTS criteria. The criteria are those of the ROTS registration form (seed 000).
#include <cstdint>
#include <string>
#include <vector>

namespace rots {

enum class Channel { Telefoon, Email, Anders };
enum class RequesterKind { Clb, Jeugdhulp, School, Andere };

// CLB: the CLB worker finds it hard to indicate a fitting trajectory, because ...
enum class ClbCriterion : std::uint32_t {
  NaftAlreadyFollowed = 1u << 0,   // NAFT followed before; registering again is not opportune
  TrajectoryNegative = 1u << 1,    // a running trajectory is evaluated negatively
  FrequentAbsence = 1u << 2,       // frequent absence despite school/CLB/NAFT guidance
  PrimaryEducation = 1u << 3,      // exploring options within primary education
  ComplexCase = 1u << 4,           // need to discuss a complex case
};
inline constexpr ClbCriterion all_clb_criteria[] = {ClbCriterion::NaftAlreadyFollowed, ClbCriterion::TrajectoryNegative,
                                                    ClbCriterion::FrequentAbsence, ClbCriterion::PrimaryEducation,
                                                    ClbCriterion::ComplexCase};

enum class YouthCareCriterion : std::uint32_t {
  ConsensusWithClb = 1u << 0,      // youth care and CLB agree to ask ROTS (required for youth care)
  MultipleProblems = 1u << 1,      // the school career is endangered by a multitude of problems
  RightToLearn = 1u << 2,          // the right to learn cannot be guaranteed
  ReactivateThuiszitter = 1u << 3, // re-activating a young person sitting at home
};
inline constexpr YouthCareCriterion all_youth_care_criteria[] = {
    YouthCareCriterion::ConsensusWithClb, YouthCareCriterion::MultipleProblems, YouthCareCriterion::RightToLearn,
    YouthCareCriterion::ReactivateThuiszitter};

inline constexpr std::uint32_t all_clb_bits = 0x1F;
inline constexpr std::uint32_t all_youth_care_bits = 0x0F;

struct Aanmelding {
  Channel channel = Channel::Telefoon;
  RequesterKind requester = RequesterKind::Clb;
  std::string requester_name;     // person who registers, e.g. the CLB worker
  std::string requester_contact;  // phone or e-mail, for the tandem's follow-up
  std::uint32_t clb_criteria = 0;         // ClbCriterion bits
  std::string clb_other;                  // "andere" criterion, free text
  std::uint32_t youth_care_criteria = 0;  // YouthCareCriterion bits
  std::string youth_care_other;

  bool has(ClbCriterion c) const { return (clb_criteria & static_cast<std::uint32_t>(c)) != 0; }
  bool has(YouthCareCriterion c) const { return (youth_care_criteria & static_cast<std::uint32_t>(c)) != 0; }
  bool operator==(const Aanmelding&) const = default;
};

enum class AanmeldingWarning {
  MissingConsensus,  // youth care registers without CLB consensus: ROTS requires it
  NoCriterion,       // no criterion ticked and none described
};

// Advice shown while registering and on the case; never blocks saving (the tandem follows up).
std::vector<AanmeldingWarning> warnings(const Aanmelding& a);

}  // namespace rots
