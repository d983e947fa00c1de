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
        case CaseField::Hulpvraag: break;
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
