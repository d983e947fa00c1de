#include "ui/text_nl.hpp"

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
