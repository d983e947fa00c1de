#pragma once
// Every word the user reads, in Dutch, in one place. Screens never spell out UI text.
#include "core/case.hpp"
#include "core/region.hpp"
#include "platform/record_backend.hpp"
#include "storage/record_codec.hpp"

namespace rots::ui::text {

inline constexpr const char* app_title = "ROTS Werkmap";
inline constexpr const char* cases_heading = "Casussen";
inline constexpr const char* new_case = "Nieuwe casus";
inline constexpr const char* no_cases_yet =
    "Nog geen casussen op dit toestel. Tik op \u201cNieuwe casus\u201d om een aanmelding te registreren.";
inline constexpr const char* loading_cases = "Casussen laden\u2026";

inline constexpr const char* pseudonym_label = "Pseudoniem of initialen";
inline constexpr const char* pseudonym_hint = "Geen volledige naam: bv. initialen of een roepnaam";
inline constexpr const char* region_label = "Regio";
inline constexpr const char* region_placeholder = "Kies een regio";
inline constexpr const char* registered_on_label = "Datum aanmelding";
inline constexpr const char* date_hint = "dd-mm-jjjj";
inline constexpr const char* save = "Opslaan";
inline constexpr const char* cancel = "Annuleren";
inline constexpr const char* back = "\u2039 Terug";
inline constexpr const char* registered_on_prefix = "Aangemeld";

inline constexpr const char* saved = "Opgeslagen";
inline constexpr const char* saving = "Bezig met opslaan\u2026";
inline constexpr const char* retry = "Opnieuw proberen";

inline constexpr const char* storage_unavailable =
    "De Werkmap kan de opslag van deze browser niet openen (privévenster, of opslag uitgeschakeld?). "
    "Wat je nu invoert, wordt niet bewaard. Open de Werkmap in een gewoon venster.";

const char* region_name(Region r);
const char* validation_message(CaseField field, ValidationCode code);
// One sentence that says what went wrong with a save and what to do.
const char* save_error(BackendErrorKind kind);
const char* decode_error(DecodeErrorCode code);
// "3 opgeslagen records konden niet gelezen worden ..." (count filled in by the caller).
inline constexpr const char* quarantine_notice_format =
    "%d opgeslagen record(s) konden niet gelezen worden. Ze blijven ongewijzigd bewaard: %s";

}  // namespace rots::ui::text
