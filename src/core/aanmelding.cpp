#include "core/aanmelding.hpp"

#include "core/text.hpp"

namespace rots {

std::vector<AanmeldingWarning> warnings(const Aanmelding& a) {
  std::vector<AanmeldingWarning> out;
  if (a.requester == RequesterKind::Jeugdhulp && !a.has(YouthCareCriterion::ConsensusWithClb))
    out.push_back(AanmeldingWarning::MissingConsensus);
  const bool described = !trim_spaces(a.clb_other).empty() || !trim_spaces(a.youth_care_other).empty();
  if (a.clb_criteria == 0 && a.youth_care_criteria == 0 && !described) out.push_back(AanmeldingWarning::NoCriterion);
  return out;
}

}  // namespace rots
