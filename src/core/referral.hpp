#pragma once
// Referrals ("doorverwijzingen") from a case to a help-map service, and the bottlenecks
// ("knelpunten") a case ran into. Both feed the signal report (core/signal_report.hpp): the
// networks report recurring bottlenecks upward (seed 004, "signaalfunctie").
#include <cstdint>
#include <optional>
#include <string>

#include "core/date.hpp"

namespace rots {

enum class ReferralOutcome { Wachtend, Gestart, Afgerond, NietGestart };
inline constexpr ReferralOutcome all_referral_outcomes[] = {ReferralOutcome::Wachtend, ReferralOutcome::Gestart,
                                                            ReferralOutcome::Afgerond, ReferralOutcome::NietGestart};

struct Referral {
  std::string id;
  std::string service_id;
  std::string service_name;  // as it was when referred: the entry may be renamed or gone later
  Date referred_on;
  ReferralOutcome outcome = ReferralOutcome::Wachtend;
  std::optional<Date> started_on;  // when the help started: the waiting time ends there
  std::int64_t created_at_ms = 0;
  bool operator==(const Referral&) const = default;
};

// Days from referral to the start of the help; none while it has not started.
std::optional<long> waiting_days(const Referral& r);

// Bottlenecks the networks report; a fixed list so they can be counted across cases.
enum class Knelpunt : std::uint32_t {
  WachtlijstCgg = 1u << 0,
  WachtlijstJeugdhulp = 1u << 1,
  GeenAanbodBasisonderwijs = 1u << 2,
  GeenSchoolexternAanbod = 1u << 3,
  GeenPassendeSchool = 1u << 4,
  Vervoer = 1u << 5,
  SamenwerkingOnderwijsWelzijn = 1u << 6,
  Andere = 1u << 7,
};
inline constexpr Knelpunt all_knelpunten[] = {
    Knelpunt::WachtlijstCgg,      Knelpunt::WachtlijstJeugdhulp, Knelpunt::GeenAanbodBasisonderwijs,
    Knelpunt::GeenSchoolexternAanbod, Knelpunt::GeenPassendeSchool, Knelpunt::Vervoer,
    Knelpunt::SamenwerkingOnderwijsWelzijn, Knelpunt::Andere};
inline constexpr std::uint32_t all_knelpunt_bits = 0xFF;

}  // namespace rots
