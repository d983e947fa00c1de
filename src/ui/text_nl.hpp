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
inline constexpr const char* hulpvraag_label = "Hulpvraag";
inline constexpr const char* hulpvraag_hint = "Met welke vraag komt de aanmelder?";
inline constexpr const char* save = "Opslaan";
inline constexpr const char* cancel = "Annuleren";
inline constexpr const char* back = "\u2039 Terug";
inline constexpr const char* registered_on_prefix = "Aangemeld";

inline constexpr const char* select_all = "Alles selecteren";
inline constexpr const char* copy = "Kopi\u00EBren";
inline constexpr const char* paste = "Plakken";

inline constexpr const char* saved = "Opgeslagen";
inline constexpr const char* saving = "Bezig met opslaan\u2026";
inline constexpr const char* retry = "Opnieuw proberen";

inline constexpr const char* storage_unavailable =
    "De Werkmap kan de opslag van deze browser niet openen (privévenster, of opslag uitgeschakeld?). "
    "Wat je nu invoert, wordt niet bewaard. Open de Werkmap in een gewoon venster.";

// Navigation and settings
inline constexpr const char* nav_cases = "Casussen";
inline constexpr const char* nav_settings = "Instellingen";
inline constexpr const char* settings_title = "Instellingen";
inline constexpr const char* appearance = "Weergave";
inline constexpr const char* theme_light = "Licht";
inline constexpr const char* theme_dark = "Donker";
inline constexpr const char* text_size = "Tekstgrootte";
inline constexpr const char* text_smaller = "A\u2212";
inline constexpr const char* text_larger = "A+";
inline constexpr const char* text_size_hint = "Gebruik A\u2212 en A+ in plaats van inzoomen met twee vingers.";
inline constexpr const char* about = "Over deze app";
inline constexpr const char* about_text =
    "ROTS Werkmap bewaart alles alleen op dit toestel, ook zonder internet. "
    "Niets verlaat het toestel, behalve bestanden die je zelf exporteert.";

// Case detail and actions
inline constexpr const char* section_registration = "Aanmelding";
inline constexpr const char* pseudonym_short = "Pseudoniem";
inline constexpr const char* nothing_filled_in = "\u2014";
inline constexpr const char* pick_a_case = "Kies links een casus, of maak een nieuwe aan.";
inline constexpr const char* action_open = "Openen";
inline constexpr const char* action_duplicate = "Dupliceren";
inline constexpr const char* action_delete = "Verwijderen\u2026";
inline constexpr const char* confirm_delete_title = "Casus verwijderen?";
inline constexpr const char* confirm_delete_format =
    "\u201C%s\u201D en alles wat erbij hoort, wordt van dit toestel verwijderd. "
    "Je kunt dit meteen nog ongedaan maken.";
inline constexpr const char* confirm_delete_yes = "Verwijderen";
inline constexpr const char* deleted_format = "Casus \u201C%s\u201D verwijderd";
inline constexpr const char* duplicated_format = "Kopie gemaakt: %s";
inline constexpr const char* undo = "Ongedaan maken";
inline constexpr const char* undone = "Ongedaan gemaakt";
inline constexpr const char* copy_suffix = " (kopie)";

// Date picker
inline constexpr const char* choose_date = "Kies een datum";
inline constexpr const char* today = "Vandaag";
inline constexpr const char* close = "Sluiten";
inline constexpr const char* previous_month = "\u2039";
inline constexpr const char* next_month = "\u203A";
const char* month_name(int month);      // 1..12
const char* weekday_short(int monday0);  // 0 = maandag

// Aanmelding
inline constexpr const char* channel_label = "Kanaal";
inline constexpr const char* requester_label = "Aangemeld door";
inline constexpr const char* requester_name_label = "Naam aanmelder";
inline constexpr const char* requester_name_hint = "bv. CLB-medewerker of consulent";
inline constexpr const char* requester_contact_label = "Contact aanmelder";
inline constexpr const char* requester_contact_hint = "telefoon of e-mail";
inline constexpr const char* criteria_label = "Criteria ROTS";
inline constexpr const char* criteria_other_label = "Andere reden";
inline constexpr const char* criteria_other_hint = "Beschrijf kort waarom ROTS gevraagd wordt";
inline constexpr const char* warnings_label = "Aandachtspunten";
const char* channel_name(Channel c);
const char* requester_name(RequesterKind r);
const char* criterion_label(ClbCriterion c);
const char* criterion_label(YouthCareCriterion c);
const char* criterion_key(ClbCriterion c);
const char* criterion_key(YouthCareCriterion c);
const char* warning_text(AanmeldingWarning w);

const char* region_name(Region r);
const char* validation_message(CaseField field, ValidationCode code);
// One sentence that says what went wrong with a save and what to do.
const char* save_error(BackendErrorKind kind);
const char* decode_error(DecodeErrorCode code);
// "3 opgeslagen records konden niet gelezen worden ..." (count filled in by the caller).
inline constexpr const char* quarantine_notice_format =
    "%d opgeslagen record(s) konden niet gelezen worden. Ze blijven ongewijzigd bewaard: %s";

}  // namespace rots::ui::text
