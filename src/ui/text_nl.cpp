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
        case CaseField::Hulpvraag:
        case CaseField::RequesterName:
        case CaseField::RequesterContact:
        case CaseField::CriteriaOther: break;
      }
      break;
    case ValidationCode::TooLong:
      return field == CaseField::Pseudonym ? "Te lang: gebruik maximaal 40 tekens."
                                           : "Te lang: gebruik maximaal 10.000 tekens.";
    case ValidationCode::InvalidText: return "Gebruik gewone tekst, zonder regeleinden of stuurtekens.";
    case ValidationCode::InvalidDate: return "Geen geldige datum. Schrijf dag-maand-jaar, bv. 22-11-2026.";
    case ValidationCode::DateInFuture: return "De datum van aanmelding kan niet in de toekomst liggen.";
  }
  return "Ongeldige waarde.";
}

const char* save_error(BackendErrorKind kind) {
  switch (kind) {
    case BackendErrorKind::QuotaExceeded:
      return "Niet opgeslagen: er is geen opslagruimte meer voor de Werkmap op dit toestel. "
             "Je wijziging staat nog op het scherm. Maak ruimte vrij en tik op \u201cOpnieuw proberen\u201d.";
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
