#include "ui/registration_form.hpp"

#include <imgui.h>

#include "ui/date_picker.hpp"
#include "ui/text_edit.hpp"
#include "ui/text_nl.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace rots::ui {
namespace {

std::vector<Choice> region_choices() {
  std::vector<Choice> choices;
  for (Region r : all_regions) choices.push_back({std::string(region_key(r)), text::region_name(r)});
  return choices;
}

template <class Range, class E>
int index_of(const Range& all, E value) {
  int i = 0;
  for (const E& e : all) {
    if (e == value) return i;
    ++i;
  }
  return -1;
}

constexpr Channel all_channels[] = {Channel::Telefoon, Channel::Email, Channel::Anders};
constexpr RequesterKind all_requesters[] = {RequesterKind::Clb, RequesterKind::Jeugdhulp, RequesterKind::School,
                                            RequesterKind::Andere};

void draw_region_and_date(CaseDraft& draft, const std::vector<ValidationIssue>& issues, const Date& today) {
  static const std::vector<Choice> regions = region_choices();
  int region = draft.region ? index_of(all_regions, *draft.region) : -1;
  if (chips("case.region", text::region_label, region, regions, issue_text(issues, CaseField::Region)))
    draft.region = all_regions[static_cast<std::size_t>(region)];
  Date date = parse_dutch_date(draft.registered_on).value_or(today);
  if (date_field("case.registered_on", text::registered_on_label, date, today, today,
                 issue_text(issues, CaseField::RegisteredOn)))
    draft.registered_on = to_dutch(date);
}

void draw_requester(Aanmelding& a, const std::vector<ValidationIssue>& issues) {
  static const std::vector<Choice> channels = {{"telefoon", text::channel_name(Channel::Telefoon)},
                                               {"email", text::channel_name(Channel::Email)},
                                               {"anders", text::channel_name(Channel::Anders)}};
  int channel = index_of(all_channels, a.channel);
  if (segmented("case.channel", text::channel_label, channel, channels)) a.channel = all_channels[channel];
  static const std::vector<Choice> requesters = {{"clb", text::requester_name(RequesterKind::Clb)},
                                                 {"jeugdhulp", text::requester_name(RequesterKind::Jeugdhulp)},
                                                 {"school", text::requester_name(RequesterKind::School)},
                                                 {"andere", text::requester_name(RequesterKind::Andere)}};
  int requester = index_of(all_requesters, a.requester);
  if (chips("case.requester", text::requester_label, requester, requesters)) a.requester = all_requesters[requester];
  text_field("case.requester_name", text::requester_name_label, a.requester_name,
             {TextInputKind::Name, text::requester_name_hint, issue_text(issues, CaseField::RequesterName)});
  text_field("case.requester_contact", text::requester_contact_label, a.requester_contact,
             {TextInputKind::Email, text::requester_contact_hint, issue_text(issues, CaseField::RequesterContact)});
}

// Youth care registers against its own criteria; everyone else against the CLB's.
void draw_criteria(Aanmelding& a, const std::vector<ValidationIssue>& issues) {
  const bool youth_care = a.requester == RequesterKind::Jeugdhulp;
  std::vector<CheckItem> items;
  if (youth_care) {
    for (auto c : all_youth_care_criteria)
      items.push_back({text::criterion_key(c), text::criterion_label(c), static_cast<std::uint32_t>(c)});
    checklist("case.criteria", text::criteria_label, a.youth_care_criteria, items);
  } else {
    for (auto c : all_clb_criteria)
      items.push_back({text::criterion_key(c), text::criterion_label(c), static_cast<std::uint32_t>(c)});
    checklist("case.criteria", text::criteria_label, a.clb_criteria, items);
  }
  text_field("case.criteria_other", text::criteria_other_label, youth_care ? a.youth_care_other : a.clb_other,
             {TextInputKind::MultiLine, text::criteria_other_hint, issue_text(issues, CaseField::CriteriaOther), 2});
  for (AanmeldingWarning w : warnings(a)) {
    const std::string id = "case.warning." + std::string(w == AanmeldingWarning::MissingConsensus ? "consensus"
                                                                                                 : "criterion");
    notice(id.c_str(), text::warning_text(w), palette().error, palette().error_surface);
  }
}

}  // namespace

const char* issue_text(const std::vector<ValidationIssue>& issues, CaseField field) {
  for (const auto& issue : issues)
    if (issue.field == field) return text::validation_message(issue.field, issue.code);
  return nullptr;
}

void draw_registration_fields(CaseDraft& draft, const std::vector<ValidationIssue>& issues, const Date& today) {
  text_field("case.pseudonym", text::pseudonym_label, draft.pseudonym,
             {TextInputKind::Name, text::pseudonym_hint, issue_text(issues, CaseField::Pseudonym)});
  draw_region_and_date(draft, issues, today);
  draw_requester(draft.aanmelding, issues);
  text_field("case.hulpvraag", text::hulpvraag_label, draft.hulpvraag,
             {TextInputKind::MultiLine, text::hulpvraag_hint, issue_text(issues, CaseField::Hulpvraag), 3});
  draw_criteria(draft.aanmelding, issues);
}

}  // namespace rots::ui
