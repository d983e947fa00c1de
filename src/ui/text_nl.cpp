#include "ui/text_nl.hpp"

#include "core/case_units.hpp"

#include <optional>
#include <string>

namespace rots::ui::text {

const char* month_name(int month) {
  static constexpr const char* names[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                          "juli",    "augustus", "september", "oktober", "november", "december"};
  return month >= 1 && month <= 12 ? names[month - 1] : "";
}

const char* weekday_short(int monday0) {
  static constexpr const char* names[] = {"ma", "di", "wo", "do", "vr", "za", "zo"};
  return monday0 >= 0 && monday0 < 7 ? names[monday0] : "";
}

const char* channel_name(Channel c) {
  switch (c) {
    case Channel::Telefoon: return "Telefoon";
    case Channel::Email: return "E-mail";
    case Channel::Anders: return "Anders";
  }
  return "";
}

const char* requester_name(RequesterKind r) {
  switch (r) {
    case RequesterKind::Clb: return "CLB";
    case RequesterKind::Jeugdhulp: return "Jeugdhulp";
    case RequesterKind::School: return "School";
    case RequesterKind::Andere: return "Andere";
  }
  return "";
}

const char* criterion_label(ClbCriterion c) {
  switch (c) {
    case ClbCriterion::NaftAlreadyFollowed: return "De jongere volgde al NAFT; opnieuw aanmelden is niet opportuun";
    case ClbCriterion::TrajectoryNegative: return "Een lopend traject wordt negatief ge\u00EBvalueerd";
    case ClbCriterion::FrequentAbsence:
      return "Frequent afwezig; de begeleiding door school, CLB en NAFT leidt niet tot re-integratie";
    case ClbCriterion::PrimaryEducation: return "Mogelijkheden binnen het basisonderwijs verkennen";
    case ClbCriterion::ComplexCase: return "Nood om een complexe casus te bespreken";
  }
  return "";
}

const char* criterion_label(YouthCareCriterion c) {
  switch (c) {
    case YouthCareCriterion::ConsensusWithClb: return "Jeugdhulp en CLB zijn het eens om ROTS te vragen (consensus)";
    case YouthCareCriterion::MultipleProblems:
      return "De schoolloopbaan komt in het gedrang door een veelheid aan problemen";
    case YouthCareCriterion::RightToLearn: return "Het leerrecht van de jongere kan niet gegarandeerd worden";
    case YouthCareCriterion::ReactivateThuiszitter: return "Een thuiszitter opnieuw activeren naar onderwijs";
  }
  return "";
}

const char* criterion_key(ClbCriterion c) {
  switch (c) {
    case ClbCriterion::NaftAlreadyFollowed: return "naft";
    case ClbCriterion::TrajectoryNegative: return "traject_negatief";
    case ClbCriterion::FrequentAbsence: return "afwezig";
    case ClbCriterion::PrimaryEducation: return "basisonderwijs";
    case ClbCriterion::ComplexCase: return "complex";
  }
  return "";
}

const char* criterion_key(YouthCareCriterion c) {
  switch (c) {
    case YouthCareCriterion::ConsensusWithClb: return "consensus";
    case YouthCareCriterion::MultipleProblems: return "veelheid";
    case YouthCareCriterion::RightToLearn: return "leerrecht";
    case YouthCareCriterion::ReactivateThuiszitter: return "thuiszitter";
  }
  return "";
}

const char* warning_text(AanmeldingWarning w) {
  switch (w) {
    case AanmeldingWarning::MissingConsensus:
      return "Een aanmelding vanuit jeugdhulp vraagt altijd consensus tussen jeugdhulp en CLB. "
             "Vink de consensus aan zodra die er is, of overleg eerst met het CLB.";
    case AanmeldingWarning::NoCriterion:
      return "Nog geen criterium aangeduid: vink aan waarom ROTS gevraagd wordt, of beschrijf een andere reden.";
  }
  return "";
}

const char* level_name(SchoolLevel l) {
  switch (l) {
    case SchoolLevel::Kleuter: return "Kleuter";
    case SchoolLevel::Lager: return "Lager";
    case SchoolLevel::Secundair: return "Secundair";
    case SchoolLevel::Buitengewoon: return "Buitengewoon";
  }
  return "";
}

const char* problem_area_name(ProblemArea p) {
  switch (p) {
    case ProblemArea::Spijbelen: return "Spijbelen";
    case ProblemArea::LangdurigZiek: return "Langdurig ziek";
    case ProblemArea::PsychischeKwetsbaarheid: return "Psychische kwetsbaarheid";
    case ProblemArea::Tienerzwangerschap: return "Tienerzwangerschap";
    case ProblemArea::TuchtBos: return "Tucht / BOS";
    case ProblemArea::Schoolloos: return "Schoolloos";
    case ProblemArea::Thuiszitter: return "Thuiszitter";
  }
  return "";
}

const char* problem_area_key(ProblemArea p) {
  switch (p) {
    case ProblemArea::Spijbelen: return "spijbelen";
    case ProblemArea::LangdurigZiek: return "ziek";
    case ProblemArea::PsychischeKwetsbaarheid: return "psychisch";
    case ProblemArea::Tienerzwangerschap: return "zwanger";
    case ProblemArea::TuchtBos: return "tucht";
    case ProblemArea::Schoolloos: return "schoolloos";
    case ProblemArea::Thuiszitter: return "thuiszitter";
  }
  return "";
}

const char* trajectory_name(TrajectoryKind k) {
  switch (k) {
    case TrajectoryKind::Naft: return "NAFT";
    case TrajectoryKind::Dagbesteding: return "Dagbesteding";
    case TrajectoryKind::TimeOut: return "Time-out";
    case TrajectoryKind::Zorgboerderij: return "Zorgboerderij";
    case TrajectoryKind::Jeugdhulp: return "Jeugdhulp";
    case TrajectoryKind::Andere: return "Ander traject";
  }
  return "";
}

const char* status_name(CaseStatus s) {
  switch (s) {
    case CaseStatus::Aangemeld: return "Aangemeld";
    case CaseStatus::InBehandeling: return "In behandeling";
    case CaseStatus::OverlegGepland: return "Overleg gepland";
    case CaseStatus::Opvolging: return "Opvolging";
    case CaseStatus::Afgesloten: return "Afgesloten";
  }
  return "";
}

const char* status_action(CaseStatus to) {
  switch (to) {
    case CaseStatus::Aangemeld: return "Aangemeld";
    case CaseStatus::InBehandeling: return "In behandeling nemen";
    case CaseStatus::OverlegGepland: return "Overleg gepland";
    case CaseStatus::Opvolging: return "Naar opvolging";
    case CaseStatus::Afgesloten: return "Afsluiten";
  }
  return "";
}

const char* closing_reason_name(ClosingReason r) {
  switch (r) {
    case ClosingReason::TrajectOpMaat: return "Traject op maat gestart";
    case ClosingReason::Doorverwezen: return "Doorverwezen";
    case ClosingReason::GeenMeerwaarde: return "Geen meerwaarde ROTS";
    case ClosingReason::TerugOpSchool: return "Jongere terug op school";
    case ClosingReason::Andere: return "Andere reden";
  }
  return "";
}

const char* meeting_kind_name(MeetingKind k) { return k == MeetingKind::Consult ? "Consult" : "Overlegtafel"; }

const char* role_name(ParticipantRole r) {
  switch (r) {
    case ParticipantRole::Clb: return "CLB";
    case ParticipantRole::Jeugdhulp: return "Jeugdhulp";
    case ParticipantRole::School: return "School";
    case ParticipantRole::Jongere: return "Jongere";
    case ParticipantRole::OuderContext: return "Ouder / context";
    case ParticipantRole::Naft: return "NAFT";
    case ParticipantRole::Netwerkcoordinator: return "Netwerkcoördinator";
    case ParticipantRole::Andere: return "Andere";
  }
  return "";
}

const char* attendance_name(Attendance a) {
  switch (a) {
    case Attendance::Invited: return "Uitgenodigd";
    case Attendance::Present: return "Aanwezig";
    case Attendance::Absent: return "Afwezig";
  }
  return "";
}

const char* agreement_status_name(AgreementStatus s) {
  switch (s) {
    case AgreementStatus::Open: return "Open";
    case AgreementStatus::Gedaan: return "Gedaan";
    case AgreementStatus::Geannuleerd: return "Geannuleerd";
  }
  return "";
}

const char* change_description(ChangeKind k) {
  switch (k) {
    case ChangeKind::Created: return "Casus geregistreerd";
    case ChangeKind::RegistrationEdited: return "Aanmelding aangepast";
    case ChangeKind::JongereEdited: return "Gegevens jongere aangepast";
    case ChangeKind::MeetingPlanned: return "Overleg gepland";
    case ChangeKind::MeetingEdited: return "Overleg aangepast";
    case ChangeKind::MeetingRemoved: return "Overleg verwijderd";
    case ChangeKind::AgreementAdded: return "Afspraak toegevoegd";
    case ChangeKind::AgreementEdited: return "Afspraak aangepast";
    case ChangeKind::AgreementDone: return "Afspraak gedaan";
    case ChangeKind::AgreementCancelled: return "Afspraak geannuleerd";
    case ChangeKind::AgreementReopened: return "Afspraak heropend";
    case ChangeKind::NoteAdded: return "Notitie toegevoegd";
    case ChangeKind::NoteEdited: return "Notitie bewerkt";
    case ChangeKind::NoteDeleted: return "Notitie verwijderd";
    case ChangeKind::StatusChanged: return "Status gewijzigd";
    case ChangeKind::Undone: return "Wijziging ongedaan gemaakt";
    case ChangeKind::Imported: return "Ingelezen uit een bundel";
    case ChangeKind::ConflictResolved: return "Conflict opgelost";
    case ChangeKind::ReferralAdded: return "Doorverwezen";
    case ChangeKind::ReferralEdited: return "Doorverwijzing aangepast";
    case ChangeKind::ReferralRemoved: return "Doorverwijzing verwijderd";
    case ChangeKind::KnelpuntenEdited: return "Knelpunten aangepast";
  }
  return "";
}

const char* region_name(Region r) {
  switch (r) {
    case Region::Brussel: return "Brussel";
    case Region::VlaamsBrabant: return "Vlaams-Brabant";
    case Region::Antwerpen: return "Antwerpen";
    case Region::OostVlaanderen: return "Oost-Vlaanderen";
    case Region::WestVlaanderen: return "West-Vlaanderen";
    case Region::Limburg: return "Limburg";
  }
  return "";
}

const char* validation_message(CaseField field, ValidationCode code) {
  switch (code) {
    case ValidationCode::Required:
      switch (field) {
        case CaseField::Pseudonym: return "Vul een pseudoniem of initialen in.";
        case CaseField::Region: return "Kies een regio.";
        case CaseField::RegisteredOn: return "Vul de datum van de aanmelding in.";
        case CaseField::ParticipantName: return "Vul een naam in (een voornaam of functie volstaat).";
        case CaseField::AgreementWhat: return "Beschrijf de afspraak.";
        case CaseField::AgreementWho: return "Vul in wie het doet.";
        case CaseField::NoteText: return "Typ eerst de notitie.";
        case CaseField::ClosingReason: return "Kies waarom de casus afgesloten wordt.";
        case CaseField::MeetingText: return "Vul dit in.";
        default: break;
      }
      break;
    case ValidationCode::TooLong:
      switch (field) {
        case CaseField::Pseudonym: return "Te lang: gebruik maximaal 40 tekens.";
        case CaseField::Hulpvraag:
        case CaseField::CriteriaOther:
        case CaseField::NoteText:
        case CaseField::MeetingText: return "Te lang: gebruik maximaal 10.000 tekens.";
        default: return "Te lang: gebruik maximaal 200 tekens.";
      }
    case ValidationCode::OutOfRange:
      switch (field) {
        case CaseField::BirthYear: return "Geen geldig geboortejaar (vier cijfers, bv. 2011).";
        case CaseField::AbsenceHalfDays: return "Vul een aantal halve dagen in tussen 0 en 400.";
        case CaseField::MeetingTime: return "Geen geldig uur.";
        default: return "Buiten het toegelaten bereik.";
      }
    case ValidationCode::InvalidText: return "Gebruik gewone tekst, zonder regeleinden of stuurtekens.";
    case ValidationCode::InvalidDate: return "Geen geldige datum. Schrijf dag-maand-jaar, bv. 22-11-2026.";
    case ValidationCode::DateInFuture: return "De datum van aanmelding kan niet in de toekomst liggen.";
  }
  return "Ongeldige waarde.";
}

const char* save_error(BackendErrorKind kind) {
  switch (kind) {
    case BackendErrorKind::QuotaExceeded:
      return "Niet opgeslagen: er is geen opslagruimte meer voor de Werkmap op dit toestel. Wat al "
             "opgeslagen was, blijft bewaard; je laatste wijziging staat nog op het scherm, maar nog niet in de "
             "opslag. Sluit dit venster niet. Bewaar een kopie als bestand, maak ruimte vrij (foto's, video's, "
             "andere apps) en tik dan op \u201cOpnieuw proberen\u201d.";
    case BackendErrorKind::Unavailable:
      return "Niet opgeslagen: de opslag van de browser is niet beschikbaar. "
             "Je wijziging staat nog op het scherm. Sluit dit venster niet en tik op \u201cOpnieuw proberen\u201d.";
    case BackendErrorKind::Failed:
    case BackendErrorKind::None:
      break;
  }
  return "Niet opgeslagen: de browser weigerde de opslag. "
         "Je wijziging staat nog op het scherm. Tik op \u201cOpnieuw proberen\u201d.";
}

const char* decode_error(DecodeErrorCode code) {
  switch (code) {
    case DecodeErrorCode::TooLarge: return "te groot";
    case DecodeErrorCode::NotJson: return "beschadigd";
    case DecodeErrorCode::WrongShape: return "onbekende vorm";
    case DecodeErrorCode::InvalidValue: return "ongeldige waarde";
    case DecodeErrorCode::UnsupportedVersion: return "gemaakt door een nieuwere versie van de Werkmap";
  }
  return "onleesbaar";
}

}  // namespace rots::ui::text

namespace rots::ui::text {
namespace {

std::string or_empty(std::string value) { return value.empty() ? std::string(value_empty) : value; }

template <class Bit, std::size_t N, class Name>
std::string bit_names(std::uint32_t bits, const Bit (&all)[N], Name name) {
  std::string out;
  for (Bit b : all)
    if (bits & static_cast<std::uint32_t>(b)) out += (out.empty() ? "" : ", ") + std::string(name(b));
  return or_empty(out);
}

struct FieldText {
  const char* key;
  const char* label;
};
constexpr FieldText field_texts[] = {
    {"pseudonym", pseudonym_label},
    {"region", region_label},
    {"registered_on", registered_on_label},
    {"hulpvraag", hulpvraag_label},
    {"aanmelding.channel", channel_label},
    {"aanmelding.requester", requester_label},
    {"aanmelding.requester_name", requester_name_label},
    {"aanmelding.requester_contact", requester_contact_label},
    {"aanmelding.clb_criteria", "Criteria CLB"},
    {"aanmelding.clb_other", "Andere reden (CLB)"},
    {"aanmelding.youth_care_criteria", "Criteria jeugdhulp"},
    {"aanmelding.youth_care_other", "Andere reden (jeugdhulp)"},
    {"jongere.birth_year", birth_year_label},
    {"jongere.level", level_label},
    {"jongere.grade", grade_label},
    {"jongere.school", school_label},
    {"jongere.problem_areas", problem_areas_label},
    {"jongere.problem_other", problem_other_label},
    {"jongere.absence_half_days", absence_label},
    {"jongere.absence_period", absence_period_label},
    {"jongere.earlier_trajectories", earlier_label},
    {"status", status_label},
    {"knelpunten", "Knelpunten"},
    {"knelpunt_other", "Andere knelpunt"},
};

std::string field_value(const Case& c, const std::string& key) {
  const Aanmelding& a = c.aanmelding;
  const Jongere& j = c.jongere;
  if (key == "pseudonym") return or_empty(c.pseudonym);
  if (key == "region") return region_name(c.region);
  if (key == "registered_on") return to_dutch(c.registered_on);
  if (key == "hulpvraag") return or_empty(c.hulpvraag);
  if (key == "aanmelding.channel") return channel_name(a.channel);
  if (key == "aanmelding.requester") return requester_name(a.requester);
  if (key == "aanmelding.requester_name") return or_empty(a.requester_name);
  if (key == "aanmelding.requester_contact") return or_empty(a.requester_contact);
  if (key == "aanmelding.clb_criteria")
    return bit_names(a.clb_criteria, all_clb_criteria, [](ClbCriterion x) { return criterion_label(x); });
  if (key == "aanmelding.clb_other") return or_empty(a.clb_other);
  if (key == "aanmelding.youth_care_criteria")
    return bit_names(a.youth_care_criteria, all_youth_care_criteria,
                     [](YouthCareCriterion x) { return criterion_label(x); });
  if (key == "aanmelding.youth_care_other") return or_empty(a.youth_care_other);
  if (key == "jongere.birth_year") return j.birth_year ? std::to_string(j.birth_year) : value_empty;
  if (key == "jongere.level") return j.level ? level_name(*j.level) : value_empty;
  if (key == "jongere.grade") return or_empty(j.grade);
  if (key == "jongere.school") return or_empty(j.school);
  if (key == "jongere.problem_areas")
    return bit_names(j.problem_areas, all_problem_areas, [](ProblemArea x) { return problem_area_name(x); });
  if (key == "jongere.problem_other") return or_empty(j.problem_other);
  if (key == "jongere.absence_half_days") return std::to_string(j.absence_half_days);
  if (key == "jongere.absence_period") return or_empty(j.absence_period);
  if (key == "jongere.earlier_trajectories") {
    std::string out;
    for (const auto& t : j.earlier_trajectories)
      out += (out.empty() ? "" : "; ") + std::string(trajectory_name(t.kind)) + (t.outcome.empty() ? "" : ": " + t.outcome);
    return or_empty(out);
  }
  if (key == "status") return status_name(c.status);
  if (key == "knelpunten")
    return bit_names(c.knelpunten, all_knelpunten, [](Knelpunt x) { return knelpunt_name(x); });
  if (key == "knelpunt_other") return or_empty(c.knelpunt_other);
  return value_empty;
}

}  // namespace

const char* bundle_error(BundleErrorCode code) {
  switch (code) {
    case BundleErrorCode::NotABundle: return "Dit is geen bundel van de ROTS Werkmap. Er is niets ingelezen.";
    case BundleErrorCode::UnsupportedVersion:
      return "Deze bundel komt van een nieuwere versie van de Werkmap. Werk de app bij en probeer opnieuw.";
    case BundleErrorCode::TooLarge: return file_too_large;
    case BundleErrorCode::BadParameters:
      return "Deze bundel vraagt ongewone instellingen voor de versleuteling en wordt niet geopend. Er is niets ingelezen.";
    case BundleErrorCode::WrongPassphrase:
      return "De wachtzin klopt niet (of het begin van het bestand is gewijzigd). Er is niets ingelezen.";
    case BundleErrorCode::Damaged:
      return "De bundel is beschadigd of gewijzigd na het maken. Er is niets ingelezen; vraag een nieuwe bundel.";
    case BundleErrorCode::Truncated:
      return "De bundel is onvolledig (afgebroken download of kopie). Er is niets ingelezen; vraag hem opnieuw.";
    case BundleErrorCode::TrailingData:
      return "Achter de bundel staan extra gegevens: het bestand is gewijzigd. Er is niets ingelezen.";
    case BundleErrorCode::BadContents:
      return "De bundel opent, maar de inhoud klopt niet. Er is niets ingelezen; vraag een nieuwe bundel.";
    case BundleErrorCode::OutOfMemory:
      return "Het toestel heeft te weinig geheugen om de bundel te openen. Sluit andere apps en probeer opnieuw.";
  }
  return "";
}

const char* passphrase_strength_text(PassphraseStrength s) {
  switch (s) {
    case PassphraseStrength::TooShort: return passphrase_too_short;
    case PassphraseStrength::Weak: return passphrase_weak;
    case PassphraseStrength::Reasonable: return passphrase_reasonable;
    case PassphraseStrength::Strong: return passphrase_strong;
  }
  return "";
}

const char* merge_kind_name(MergeKind k) {
  switch (k) {
    case MergeKind::New: return preview_new;
    case MergeKind::TakeTheirs: return preview_take;
    case MergeKind::Merged: return preview_merged;
    case MergeKind::Conflicts: return preview_conflicts;
    case MergeKind::Unchanged: return preview_unchanged;
    case MergeKind::DeletedHere: return preview_deleted_here;
  }
  return "";
}

std::string unit_label(const Case& c, const std::string& unit) {
  switch (unit_kind(unit)) {
    case UnitKind::Meeting: {
      const Meeting* m = c.meeting(unit_item_id(unit));
      return std::string(meeting_kind_name(m ? m->kind : MeetingKind::Consult)) + (m ? " " + to_dutch(m->date) : "");
    }
    case UnitKind::Agreement: {
      const Agreement* a = c.agreement(unit_item_id(unit));
      return "Afspraak" + (a ? ": " + a->what : std::string());
    }
    case UnitKind::Note: return "Notitie";
    case UnitKind::Referral: {
      const Referral* r = c.referral(unit_item_id(unit));
      return "Doorverwijzing" + (r ? ": " + r->service_name : std::string());
    }
    case UnitKind::Field: break;
  }
  for (const auto& f : field_texts)
    if (unit == f.key) return f.label;
  return unit;
}

std::string unit_value(const Case& c, const std::string& unit) {
  switch (unit_kind(unit)) {
    case UnitKind::Meeting: {
      const Meeting* m = c.meeting(unit_item_id(unit));
      if (!m) return value_empty;
      return to_dutch(m->date) + " " + format_time(m->start_minute) + (m->place.empty() ? "" : ", " + m->place) +
             (m->decisions.empty() ? "" : " \u00B7 " + m->decisions);
    }
    case UnitKind::Agreement: {
      const Agreement* a = c.agreement(unit_item_id(unit));
      if (!a) return value_empty;
      return a->what + " \u00B7 " + or_empty(a->who) + " \u00B7 " + to_dutch(a->due) + " \u00B7 " +
             agreement_status_name(a->status);
    }
    case UnitKind::Note: {
      const Note* n = c.note(unit_item_id(unit));
      return n ? n->text : value_empty;
    }
    case UnitKind::Referral: {
      const Referral* r = c.referral(unit_item_id(unit));
      if (!r) return value_empty;
      return r->service_name + " \u00B7 " + to_dutch(r->referred_on) + " \u00B7 " + referral_outcome_name(r->outcome);
    }
    case UnitKind::Field: break;
  }
  return field_value(c, unit);
}


const char* tier_name(ServiceTier t) {
  switch (t) {
    case ServiceTier::BasisZorg: return "Versterk de brede basiszorg en verhoogde zorg op school";
    case ServiceTier::UitbreidingZorg: return "Doe een beroep op uitbreiding van zorg";
    case ServiceTier::DoorverwijzingClb: return "Het CLB kan doorverwijzen naar";
    case ServiceTier::StapNaarWerk: return "Stap naar werk";
  }
  return "";
}

const char* tier_short(ServiceTier t) {
  switch (t) {
    case ServiceTier::BasisZorg: return "Basiszorg en verhoogde zorg";
    case ServiceTier::UitbreidingZorg: return "Uitbreiding van zorg";
    case ServiceTier::DoorverwijzingClb: return "Doorverwijzing CLB";
    case ServiceTier::StapNaarWerk: return "Stap naar werk";
  }
  return "";
}

const char* service_issue(ServiceField field, ServiceIssueCode code) {
  switch (code) {
    case ServiceIssueCode::Required:
      return field == ServiceField::Ages ? "Kies minstens \u00E9\u00E9n leeftijdsgroep." : "Vul de naam van de dienst in.";
    case ServiceIssueCode::TooLong:
      return field == ServiceField::Offer || field == ServiceField::Notes ? "Te lang: gebruik maximaal 2.000 tekens."
                                                                          : "Te lang: gebruik maximaal 200 tekens.";
    case ServiceIssueCode::InvalidText: return "Gebruik gewone tekst, zonder regeleinden of stuurtekens.";
    case ServiceIssueCode::InvalidPhone: return "Geen geldig telefoonnummer (cijfers, bv. +32 56 23 45 67).";
    case ServiceIssueCode::InvalidEmail: return "Geen geldig e-mailadres (bv. naam@dienst.be).";
  }
  return "Ongeldige waarde.";
}

const char* referral_outcome_name(ReferralOutcome o) {
  switch (o) {
    case ReferralOutcome::Wachtend: return "Wacht op start";
    case ReferralOutcome::Gestart: return "Hulp gestart";
    case ReferralOutcome::Afgerond: return "Afgerond";
    case ReferralOutcome::NietGestart: return "Niet gestart";
  }
  return "";
}

const char* referral_outcome_key(ReferralOutcome o) {
  switch (o) {
    case ReferralOutcome::Wachtend: return "wachtend";
    case ReferralOutcome::Gestart: return "gestart";
    case ReferralOutcome::Afgerond: return "afgerond";
    case ReferralOutcome::NietGestart: return "niet-gestart";
  }
  return "";
}

const char* knelpunt_name(Knelpunt k) {
  switch (k) {
    case Knelpunt::WachtlijstCgg: return "Wachtlijst CGG";
    case Knelpunt::WachtlijstJeugdhulp: return "Wachtlijst jeugdhulp";
    case Knelpunt::GeenAanbodBasisonderwijs: return "Geen aanbod basisonderwijs";
    case Knelpunt::GeenSchoolexternAanbod: return "Geen schoolextern aanbod (secundair)";
    case Knelpunt::GeenPassendeSchool: return "Geen passende school gevonden";
    case Knelpunt::Vervoer: return "Vervoer of afstand";
    case Knelpunt::SamenwerkingOnderwijsWelzijn: return "Samenwerking onderwijs\u2013welzijn loopt vast";
    case Knelpunt::Andere: return "Ander knelpunt";
  }
  return "";
}

namespace {

struct KeyText {
  std::string_view key;
  const char* text;
};
// The report's own words; categories that exist elsewhere in the UI reuse those names below.
constexpr KeyText report_texts[] = {
    {"bron", "Aanmelder"},
    {"criterium", "Criteria van de aanmelding"},
    {"probleemgebied", "Probleemgebied"},
    {"overleg", "Consult of overlegtafel (casussen)"},
    {"afsluiting", "Afsluiting"},
    {"knelpunt", "Knelpunten"},
    {"criterium.clb-andere", "CLB: andere reden"},
    {"criterium.jh-andere", "Jeugdhulp: andere reden"},
    {"probleemgebied.andere", "Ander probleem"},
    {"overleg.consult", "Met een consult"},
    {"overleg.overlegtafel", "Met een overlegtafel"},
    {"overleg.geen", "Nog geen overleg"},
    {"afsluiting.nog-open", "Nog niet afgesloten"},
    {"csv.onderdeel", "Onderdeel"},
    {"csv.categorie", "Categorie"},
    {"csv.waarde", "Waarde"},
    {"selectie", "Selectie"},
    {"selectie.periode", "Periode (datum aanmelding)"},
    {"selectie.regio", "Regio"},
    {"regio.alle", "Alle regio\u2019s"},
    {"aanmeldingen", "Aanmeldingen"},
    {"aanmeldingen.totaal", "Totaal"},
    {"wachttijd", "Dagen van aanmelding tot eerste overleg"},
    {"wachttijd.casussen", "Casussen met een overleg"},
    {"wachttijd.mediaan", "Mediaan"},
    {"wachttijd.p25", "25e percentiel"},
    {"wachttijd.p75", "75e percentiel"},
    {"wachttijd.niet-getoond", "niet getoond (minder dan 5 casussen)"},
};

template <class E, std::size_t N, class Name>
std::optional<std::string> name_of(std::string_view category, const E (&all)[N], Name&& name) {
  for (E e : all)
    if (category == report_category(e)) return std::string(name(e));
  return std::nullopt;
}

std::string category_label(std::string_view section, std::string_view category) {
  std::optional<std::string> found;
  if (section == "bron") found = name_of(category, all_requester_kinds, requester_name);
  if (section == "probleemgebied") found = name_of(category, all_problem_areas, problem_area_name);
  if (section == "afsluiting") found = name_of(category, all_closing_reasons, closing_reason_name);
  if (section == "knelpunt") found = name_of(category, all_knelpunten, knelpunt_name);
  if (section == "criterium") {
    found = name_of(category, all_clb_criteria, [](ClbCriterion c) { return "CLB: " + std::string(criterion_label(c)); });
    if (!found)
      found = name_of(category, all_youth_care_criteria,
                      [](YouthCareCriterion c) { return "Jeugdhulp: " + std::string(criterion_label(c)); });
  }
  return found ? *found : std::string(category);
}

}  // namespace

std::string report_label(std::string_view key) {
  for (const auto& entry : report_texts)
    if (entry.key == key) return entry.text;
  if (key.starts_with("regio."))
    if (auto r = region_from_key(key.substr(6))) return region_name(*r);
  const auto dot = key.find('.');
  if (dot == std::string_view::npos) return std::string(key);
  return category_label(key.substr(0, dot), key.substr(dot + 1));
}
}  // namespace rots::ui::text
