#include <doctest/doctest.h>

#include <algorithm>

#include "core/aanmelding.hpp"

using namespace rots;

namespace {
bool warns(const Aanmelding& a, AanmeldingWarning w) {
  const auto all = warnings(a);
  return std::find(all.begin(), all.end(), w) != all.end();
}
}  // namespace

TEST_CASE("a youth-care registration without CLB consensus is flagged until consensus is ticked") {
  Aanmelding a;
  a.requester = RequesterKind::Jeugdhulp;
  a.youth_care_criteria = static_cast<std::uint32_t>(YouthCareCriterion::RightToLearn);
  CHECK(warns(a, AanmeldingWarning::MissingConsensus));
  a.youth_care_criteria |= static_cast<std::uint32_t>(YouthCareCriterion::ConsensusWithClb);
  CHECK_FALSE(warns(a, AanmeldingWarning::MissingConsensus));
  CHECK(warnings(a).empty());
}

TEST_CASE("a CLB registration needs no youth-care consensus") {
  Aanmelding a;
  a.requester = RequesterKind::Clb;
  a.clb_criteria = static_cast<std::uint32_t>(ClbCriterion::FrequentAbsence);
  CHECK(warnings(a).empty());
}

TEST_CASE("a registration without any criterion is flagged, unless one is described") {
  Aanmelding a;
  CHECK(warns(a, AanmeldingWarning::NoCriterion));
  a.clb_other = "   ";
  CHECK(warns(a, AanmeldingWarning::NoCriterion));
  a.clb_other = "Zoekt een tijdelijk alternatief voor school";
  CHECK_FALSE(warns(a, AanmeldingWarning::NoCriterion));
}
