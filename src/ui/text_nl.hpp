#pragma once
// Every word the user reads, in Dutch, in one place. Screens never spell out UI text.
#include "core/case.hpp"
#include "core/helpmap.hpp"
#include "core/signal_report.hpp"
#include "core/region.hpp"
#include "platform/record_backend.hpp"
#include "core/exchange.hpp"
#include "core/merge.hpp"
#include "storage/bundle.hpp"
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
inline constexpr const char* registered_on_prefix = "Aanmelding";

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
inline constexpr const char* nav_more = "Meer";  // the tabs that do not fit the bar (large text)
inline constexpr const char* settings_title = "Instellingen";
inline constexpr const char* appearance = "Weergave";
inline constexpr const char* theme_light = "Licht";
inline constexpr const char* theme_dark = "Donker";
inline constexpr const char* text_size = "Tekstgrootte";
inline constexpr const char* text_smaller = "A\u2013";
inline constexpr const char* text_larger = "A+";
inline constexpr const char* text_size_hint = "Gebruik A\u2013 en A+ in plaats van inzoomen met twee vingers.";
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

// Jongere
inline constexpr const char* section_jongere = "Jongere";
inline constexpr const char* birth_year_label = "Geboortejaar";
inline constexpr const char* birth_year_hint = "bv. 2011";
inline constexpr const char* level_label = "Onderwijsniveau";
inline constexpr const char* grade_label = "Leerjaar";
inline constexpr const char* grade_hint = "bv. 3de jaar";
inline constexpr const char* school_label = "School";
inline constexpr const char* problem_areas_label = "Probleemgebieden";
inline constexpr const char* problem_other_label = "Ander probleemgebied";
inline constexpr const char* absence_label = "Problematische afwezigheid (halve dagen, B-codes)";
inline constexpr const char* absence_period_label = "Periode van de afwezigheid";
inline constexpr const char* absence_period_hint = "bv. sinds september";
inline constexpr const char* earlier_label = "Eerdere trajecten";
inline constexpr const char* earlier_outcome_hint = "Hoe verliep het?";
inline constexpr const char* add_earlier = "+ Traject toevoegen";
inline constexpr const char* remove = "Verwijderen";
inline constexpr const char* jongere_privacy =
    "Registreer enkel wat nodig is om de jongere verder te helpen. Nooit de volledige naam.";
const char* level_name(SchoolLevel l);
const char* problem_area_name(ProblemArea p);
const char* problem_area_key(ProblemArea p);
const char* trajectory_name(TrajectoryKind k);

// Sections of a case
inline constexpr const char* section_preparation = "Voorbereiding";
inline constexpr const char* section_meetings = "Overleg";
inline constexpr const char* section_agreements = "Afspraken";
inline constexpr const char* section_notes = "Notities";
inline constexpr const char* section_history = "Historiek";

// Status
inline constexpr const char* status_label = "Status";
inline constexpr const char* change_status = "Status wijzigen…";
inline constexpr const char* change_status_title = "Status wijzigen";
inline constexpr const char* closing_reason_label = "Reden van afsluiten";
inline constexpr const char* confirm_status = "Bevestigen";
inline constexpr const char* case_closed_notice = "Deze casus is afgesloten. Heropen ze om iets te wijzigen.";
const char* status_name(CaseStatus s);
const char* status_action(CaseStatus to);  // "Afsluiten", "Heropenen", ...
const char* closing_reason_name(ClosingReason r);

// Meetings
inline constexpr const char* plan_meeting = "Overleg plannen";
inline constexpr const char* meeting_kind_label = "Soort overleg";
inline constexpr const char* meeting_date_label = "Datum";
inline constexpr const char* meeting_time_label = "Uur";
inline constexpr const char* meeting_place_label = "Plaats";
inline constexpr const char* meeting_place_hint = "bv. CLB Gent, lokaal 2";
inline constexpr const char* no_meetings = "Nog geen overleg gepland.";
inline constexpr const char* participants_label = "Deelnemers";
inline constexpr const char* participant_name_label = "Naam";
inline constexpr const char* participant_name_hint = "bv. Sara (CLB)";
inline constexpr const char* participant_org_label = "Organisatie";
inline constexpr const char* participant_role_label = "Rol";
inline constexpr const char* add_participant = "+ Deelnemer";
inline constexpr const char* attendance_label = "Aanwezigheid";
inline constexpr const char* consent_label = "Toestemming voor de overlegtafel";
inline constexpr const char* consent_young_person = "De jongere gaf toestemming";
inline constexpr const char* consent_context = "De context (ouders) gaf toestemming";
inline constexpr const char* consent_missing =
    "Een overlegtafel bespreekt de jongere bij naam: vraag eerst de toestemming van de jongere en de context.";
inline constexpr const char* feedback_label = "Terugkoppeling naar jongere en context";
inline constexpr const char* feedback_by_label = "Wie koppelt terug?";
inline constexpr const char* feedback_due_label = "Terugkoppelen tegen";
inline constexpr const char* feedback_given = "Terugkoppeling is gebeurd";
inline constexpr const char* outcome_label = "Uitkomst";
inline constexpr const char* decisions_label = "Beslissingen";
inline constexpr const char* traject_label = "Traject op maat";
inline constexpr const char* traject_what_hint = "Stap, bv. dagbesteding 2 dagen/week";
inline constexpr const char* traject_provider_hint = "Door wie?";
inline constexpr const char* add_step = "+ Stap";
inline constexpr const char* remove_meeting = "Overleg verwijderen";
inline constexpr const char* meeting_removed = "Overleg verwijderd";
inline constexpr const char* choose_meeting = "Overleg";
const char* meeting_kind_name(MeetingKind k);
const char* role_name(ParticipantRole r);
const char* attendance_name(Attendance a);

// Preparation: the three columns
inline constexpr const char* question_label = "Vraag aan het overleg";
inline constexpr const char* question_hint = "Welke vraag moet dit overleg beantwoorden?";
inline constexpr const char* tried_label = "Wat werd al geprobeerd?";
inline constexpr const char* zorgen_label = "Zorgen";
inline constexpr const char* goed_label = "Wat loopt goed";
inline constexpr const char* nodig_label = "Wat moet er gebeuren";
inline constexpr const char* options_label = "Te verkennen opties";
inline constexpr const char* plan_first = "Plan eerst een consult of overlegtafel (tab Overleg).";

// Agreements
inline constexpr const char* agreement_what_label = "Afspraak";
inline constexpr const char* agreement_what_hint = "Wat wordt er gedaan?";
inline constexpr const char* agreement_who_label = "Wie doet het?";
inline constexpr const char* agreement_due_label = "Tegen wanneer?";
inline constexpr const char* agreement_follow_up_label = "Wie volgt op?";
inline constexpr const char* add_agreement = "Afspraak toevoegen";
inline constexpr const char* agreement_added = "Afspraak toegevoegd";
inline constexpr const char* no_agreements = "Nog geen afspraken.";
inline constexpr const char* mark_done = "Gedaan";
inline constexpr const char* mark_cancelled = "Annuleren";
inline constexpr const char* reopen = "Heropenen";
inline constexpr const char* overdue = "te laat";
inline constexpr const char* agreement_done_toast = "Afspraak afgevinkt";
inline constexpr const char* agreement_cancelled_toast = "Afspraak geannuleerd";
const char* agreement_status_name(AgreementStatus s);

// Notes
inline constexpr const char* note_label = "Nieuwe notitie";
inline constexpr const char* note_hint = "Wat wil je onthouden?";
inline constexpr const char* add_note = "Notitie toevoegen";
inline constexpr const char* edit = "Bewerken";
inline constexpr const char* note_deleted = "Notitie verwijderd";
inline constexpr const char* no_notes = "Nog geen notities.";
inline constexpr const char* earlier_versions_format = "Eerdere versies (%d)";
inline constexpr const char* edited_suffix = " · bewerkt";
inline constexpr const char* me = "ik";

// History
inline constexpr const char* no_history = "Nog niets gewijzigd.";
const char* change_description(ChangeKind k);

// Case list, search, filters
inline constexpr const char* search_label = "Zoeken";
inline constexpr const char* search_hint = "Zoek in alle tekst, bv. een pseudoniem of school";
inline constexpr const char* filters = "Filters";
inline constexpr const char* clear_filters = "Wissen";
inline constexpr const char* meeting_kind_filter = "Soort overleg";
inline constexpr const char* no_matches = "Geen casussen gevonden met deze zoekterm of filters.";
inline constexpr const char* next_meeting_prefix = "Overleg";
inline constexpr const char* overdue_count_format = "%d te laat";
inline constexpr const char* all = "Alle";

// Follow-up
inline constexpr const char* nav_follow_up = "Opvolging";
inline constexpr const char* follow_up_title = "Opvolging";
inline constexpr const char* fu_overdue = "Afspraken te laat";
inline constexpr const char* fu_today = "Afspraken voor vandaag";
inline constexpr const char* fu_meetings = "Overleg de komende 7 dagen";
inline constexpr const char* fu_feedback = "Consult: terugkoppeling nog niet gebeurd";
inline constexpr const char* fu_inactive = "Geen activiteit sinds 30 dagen";
inline constexpr const char* fu_nothing = "Niets.";
inline constexpr const char* fu_all_clear = "Alles is bij: geen werk dat te laat is.";

// Meeting mode and print
inline constexpr const char* meeting_mode = "Vergadermodus";
inline constexpr const char* leave_meeting_mode = "Sluiten";
inline constexpr const char* quick_note_hint = "Snelle notitie – Enter om te bewaren";
inline constexpr const char* quick_agreement_hint = "Nieuwe afspraak – kies wie en wanneer, typ, Enter";
inline constexpr const char* due_in_week = "+1 week";
inline constexpr const char* due_in_two_weeks = "+2 weken";
inline constexpr const char* due_in_month = "+1 maand";
inline constexpr const char* note_saved = "Notitie bewaard";
inline constexpr const char* print_agenda = "Agenda afdrukken";
inline constexpr const char* print_summary = "Samenvatting afdrukken";
inline constexpr const char* print = "Afdrukken of bewaren als PDF";

// Saving, storage health, one writer (issue: never lose a word)
inline constexpr const char* not_saved = "Niet opgeslagen";
inline constexpr const char* loading_progress_format = "Casussen laden\u2026 %zu van %zu";
// Start-up shows the list from each case's summary and opens the cases themselves after it.
inline constexpr const char* opening_progress_format =
    "Casussen openen\u2026 %zu van %zu. Zoeken vindt voorlopig alleen wat al geopend is.";
inline constexpr const char* opening_wait_format =
    "Dit scherm heeft alle casussen nodig. Ze worden nog geopend: %zu van %zu.";
inline constexpr const char* opening_failed =
    "Niet alle casussen konden gelezen worden. Herlaad de pagina om het opnieuw te proberen: er gaat niets verloren.";
inline constexpr const char* case_opening = "Casus openen\u2026";
inline constexpr const char* still_opening = "De casussen worden nog geopend. Probeer het zo opnieuw.";
inline constexpr const char* export_backup = "Kopie bewaren als bestand";
inline constexpr const char* export_backup_note =
    "Het bestand is niet versleuteld en bevat de gegevens van alle casussen: bewaar het alleen op een "
    "veilige plek en verwijder het zodra je werk weer opgeslagen is.";
inline constexpr const char* other_window_title = "De Werkmap is al open in een ander venster";
inline constexpr const char* other_window_text =
    "Er werkt altijd maar \u00e9\u00e9n venster met de gegevens, zodat twee vensters elkaars werk niet "
    "overschrijven. Werk verder in het andere venster, of neem het hier over: het andere venster bewaart "
    "dan eerst alles en wordt alleen-lezen.";
inline constexpr const char* take_over = "Hier verder werken";
inline constexpr const char* taking_over = "Het andere venster bewaart zijn werk en geeft over\u2026";
inline constexpr const char* read_only_notice =
    "Alleen-lezen: de Werkmap is overgenomen in een ander venster. Alles van hier is bewaard; wat je nu "
    "ziet, kan verouderd zijn.";
inline constexpr const char* storage_title = "Opslag op dit toestel";
inline constexpr const char* storage_persistent =
    "Bewaard: de browser wist de gegevens van de Werkmap niet om ruimte te maken.";
inline constexpr const char* storage_best_effort =
    "Niet gegarandeerd: de browser mag de gegevens wissen als het toestel weinig ruimte heeft. "
    "Installeer de Werkmap als app (via het menu van de browser) en bewaar geregeld een versleutelde export.";
inline constexpr const char* storage_unknown = "De browser heeft nog niet geantwoord over het bewaren van gegevens.";
inline constexpr const char* storage_unsupported =
    "Deze browser kan niet beloven dat hij de gegevens bewaart. Bewaar geregeld een versleutelde export.";
inline constexpr const char* storage_usage_format = "In gebruik: %s van %s beschikbaar voor deze app.";
inline constexpr const char* storage_usage_unknown = "De browser geeft niet door hoeveel ruimte er is.";
inline constexpr const char* home_screen_hint =
    "Op iPad en iPhone: tik op het deel-icoon en kies \u201cZet op beginscherm\u201d. Safari wist de gegevens "
    "van websites die je 7 dagen niet opende; een app op het beginscherm houdt ze wel.";
inline constexpr const char* storage_check_again = "Opnieuw meten";


// ---- Delen en back-up: case bundles ----------------------------------------------------------
inline constexpr const char* exchange_title = "Delen en back-up";
inline constexpr const char* export_title = "Bundel maken";
inline constexpr const char* import_title = "Bundel inlezen";
inline constexpr const char* exchange_intro =
    "Een bundel is een versleuteld bestand met casussen, om door te geven aan een collega (mail, USB-stick, "
    "gedeelde map) of als back-up. Zonder de wachtzin kan niemand hem openen.";
inline constexpr const char* open_export = "Bundel maken\u2026";
inline constexpr const char* open_import = "Bundel inlezen\u2026";
inline constexpr const char* share_case = "Delen als bundel";
inline constexpr const char* export_everything = "Alle casussen";
inline constexpr const char* export_selection = "Een keuze";
inline constexpr const char* export_which = "Welke casussen";
inline constexpr const char* export_selected_format = "%d van %d casussen gekozen";
inline constexpr const char* include_identifying = "Identificerende gegevens meenemen";
inline constexpr const char* include_identifying_note =
    "Standaard blijven namen en contactgegevens van aanmelder en deelnemers en de school van de jongere "
    "thuis. Vink dit alleen aan als de ontvanger ze echt nodig heeft.";
inline constexpr const char* passphrase_label = "Wachtzin";
inline constexpr const char* passphrase_repeat_label = "Wachtzin herhalen";
inline constexpr const char* passphrase_hint = "Minstens 10 tekens, bv. vier losse woorden";
inline constexpr const char* passphrase_share_note =
    "Geef de wachtzin apart door (telefoon, sms), nooit in dezelfde mail als het bestand.";
inline constexpr const char* passphrase_mismatch = "De twee wachtzinnen zijn niet gelijk.";
inline constexpr const char* passphrase_too_short = "Te kort: gebruik minstens 10 tekens.";
inline constexpr const char* passphrase_weak = "Zwak: voeg een paar woorden toe.";
inline constexpr const char* passphrase_reasonable = "Redelijk sterk.";
inline constexpr const char* passphrase_strong = "Sterk.";
inline constexpr const char* make_bundle = "Bundel maken";
inline constexpr const char* no_case_chosen = "Kies minstens \u00e9\u00e9n casus.";
inline constexpr const char* encrypting = "Bundel versleutelen\u2026";
inline constexpr const char* bundle_made_format = "Bundel bewaard als %s.";
inline constexpr const char* share_bundle = "Delen\u2026";
inline constexpr const char* save_bundle_again = "Opnieuw downloaden";
inline constexpr const char* done = "Klaar";
inline constexpr const char* choose_file = "Bestand kiezen";
inline constexpr const char* chosen_file_format = "Gekozen: %s";
inline constexpr const char* open_bundle = "Openen";
inline constexpr const char* opening = "Bundel openen en controleren\u2026";
inline constexpr const char* file_too_large = "Dit bestand is te groot voor een bundel (meer dan 256 MB).";
inline constexpr const char* file_unreadable = "Het bestand kon niet gelezen worden. Probeer het opnieuw of kies een ander bestand.";
inline constexpr const char* preview_title = "Wat er verandert";
inline constexpr const char* preview_from_format = "Gemaakt op %s door %s.";
inline constexpr const char* preview_new = "Nieuw";
inline constexpr const char* preview_take = "Bijgewerkt";
inline constexpr const char* preview_merged = "Samengevoegd";
inline constexpr const char* preview_conflicts = "Met conflicten";
inline constexpr const char* preview_unchanged = "Al up-to-date";
inline constexpr const char* preview_deleted_here = "Eerder verwijderd op dit toestel";
inline constexpr const char* preview_deleted_note =
    "Deze casussen werden op dit toestel verwijderd. Ze worden niet ingelezen, tenzij je ze hieronder aanvinkt.";
inline constexpr const char* restore_deleted = "Toch opnieuw inlezen";
inline constexpr const char* preview_nothing = "Niets nieuws: alle casussen in deze bundel zijn hier al up-to-date.";
inline constexpr const char* preview_conflict_note =
    "Bij conflicten blijft jouw versie staan en wordt de andere ernaast bewaard. Je kiest daarna per veld.";
inline constexpr const char* apply_import_format = "Inlezen (%d)";
inline constexpr const char* preview_services_format =
    "Sociale kaart: %d nieuw, %d bijgewerkt, %d op beide toestellen gewijzigd (kies in de sociale kaart)";
inline constexpr const char* imported_format = "%d casus(sen) ingelezen.";
inline constexpr const char* unknown_person = "onbekend";
// Backup reminder
inline constexpr const char* last_export_never = "Nog nooit alles ge\u00ebxporteerd.";
inline constexpr const char* last_export_today = "Laatste volledige export: vandaag.";
inline constexpr const char* last_export_format = "Laatste volledige export: %d dag(en) geleden.";
inline constexpr const char* backup_reminder_label = "Herinneren na";
inline constexpr const char* backup_due_format =
    "Al %d dag(en) geen back-up van alle casussen. Een versleutelde bundel beschermt tegen verlies.";
inline constexpr const char* backup_due_never =
    "Nog geen back-up van je casussen. Een versleutelde bundel beschermt tegen verlies van dit toestel.";
inline constexpr const char* backup_now = "Nu back-up maken";
// Conflicts
inline constexpr const char* conflicts_title = "Conflicten na inlezen";
inline constexpr const char* conflicts_notice_format =
    "%d onderdeel(en) werden op beide toestellen gewijzigd (bundel van %s). Kies per onderdeel welke versie blijft.";
inline constexpr const char* choice_earlier = "Eerder";
inline constexpr const char* choice_theirs = "Van hen";
inline constexpr const char* choice_mine = "Van mij";
inline constexpr const char* choose_format = "%s kiezen";
inline constexpr const char* value_empty = "(leeg)";

// ---- Beveiliging: eerste start, vergrendelen, bewaartermijn ------------------------------------
inline constexpr const char* setup_title = "Welkom bij ROTS Werkmap";
inline constexpr const char* setup_intro =
    "De gegevens op dit toestel gaan over kwetsbare jongeren. De app versleutelt ze met een wachtzin "
    "die alleen jij kent: wie het toestel vindt of de browserbestanden kopieert, kan ze niet lezen.";
inline constexpr const char* setup_warning =
    "Vergeet je de wachtzin, dan kan niemand de gegevens nog openen, ook wij niet. Maak daarom geregeld "
    "een versleutelde back-up via Instellingen > Delen en back-up: die kun je met de wachtzin van de "
    "back-up terugzetten.";
inline constexpr const char* user_name_label = "Je naam";
inline constexpr const char* user_name_hint = "Zo staat het in de historiek, bv. Sara (CLB Gent)";
inline constexpr const char* user_name_required = "Vul je naam in: de historiek toont wie iets veranderde.";
inline constexpr const char* user_name_too_long = "Te lang: gebruik hoogstens 60 tekens.";
inline constexpr const char* setup_start = "Beveiligen en starten";
inline constexpr const char* setup_working = "Bezig met beveiligen\u2026";
inline constexpr const char* unlock_title = "Vergrendeld";
inline constexpr const char* unlock_intro = "Geef je wachtzin om de casussen op dit toestel te openen.";
inline constexpr const char* unlock_button = "Ontgrendelen";
inline constexpr const char* unlock_working = "Bezig met ontgrendelen\u2026";
inline constexpr const char* unlock_wrong =
    "Deze wachtzin klopt niet. Let op hoofdletters en spaties en probeer opnieuw.";
inline constexpr const char* unlock_no_memory =
    "Het toestel heeft te weinig vrij geheugen om te ontgrendelen. Sluit andere tabbladen en probeer opnieuw.";
inline constexpr const char* unlock_bad_keyring =
    "De sleutelgegevens op dit toestel zijn beschadigd; ontgrendelen lukt niet. Zet een back-up terug op "
    "een ander toestel.";
inline constexpr const char* vault_write_failed =
    "De beveiliging kon niet opgeslagen worden: %s";
inline constexpr const char* lock_now = "Vergrendel";
inline constexpr const char* security_title = "Beveiliging";
inline constexpr const char* auto_lock_label = "Automatisch vergrendelen na";
inline constexpr const char* minutes_format = "%d min";
inline constexpr const char* auto_lock_hint =
    "Zonder aanraking, of zo lang de app in een ander tabblad of op de achtergrond staat.";
inline constexpr const char* change_passphrase_title = "Wachtzin wijzigen";
inline constexpr const char* current_passphrase_label = "Huidige wachtzin";
inline constexpr const char* new_passphrase_label = "Nieuwe wachtzin";
inline constexpr const char* change_passphrase_button = "Wachtzin wijzigen";
inline constexpr const char* changing_passphrase = "Bezig met wijzigen\u2026";
inline constexpr const char* passphrase_changed = "De wachtzin is gewijzigd. Gebruik voortaan de nieuwe.";
inline constexpr const char* current_passphrase_wrong =
    "De huidige wachtzin klopt niet. Er is niets gewijzigd.";
inline constexpr const char* passphrase_change_failed =
    "De nieuwe wachtzin kon niet opgeslagen worden. Je oude wachtzin blijft gelden.";
inline constexpr const char* retention_label = "Afgesloten casussen bewaren";
inline constexpr const char* months_format = "%d maanden";
inline constexpr const char* retention_hint =
    "Na deze termijn herinnert de app je eraan om een afgesloten casus te verwijderen.";
inline constexpr const char* retention_due_format = "Te verwijderen vanaf %s (bewaartermijn %d maanden).";
inline constexpr const char* retention_reminder_format =
    "%d afgesloten casus(sen) zijn voorbij de bewaartermijn.";
inline constexpr const char* retention_review = "Bekijken";
inline constexpr const char* retention_title = "Bewaartermijn verstreken";
inline constexpr const char* retention_intro_format =
    "Deze casussen zijn langer dan %d maanden afgesloten. Verwijderen wist alles van de casus op dit "
    "toestel; een bundel die de casus nog bevat, zet hem niet terug zonder het te vragen.";
inline constexpr const char* retention_closed_format = "Afgesloten op %s \u00B7 te verwijderen vanaf %s";
inline constexpr const char* retention_none = "Geen casussen voorbij de bewaartermijn.";
inline constexpr const char* retention_delete_format = "Verwijderen (%d)";
inline constexpr const char* retention_confirm_format =
    "%d casus(sen) definitief verwijderen? Dit kan niet ongedaan gemaakt worden.";
inline constexpr const char* retention_confirm = "Definitief verwijderen";
inline constexpr const char* retention_deleted_format = "%d casus(sen) verwijderd.";

const char* bundle_error(BundleErrorCode code);
const char* passphrase_strength_text(PassphraseStrength s);
const char* merge_kind_name(MergeKind k);
// "Pseudoniem", "School (jongere)", "Afspraak: Rooster maken", …
std::string unit_label(const Case& c, const std::string& unit);
// The unit's value in `c` as the user reads it.
std::string unit_value(const Case& c, const std::string& unit);

const char* region_name(Region r);
const char* validation_message(CaseField field, ValidationCode code);
// One sentence that says what went wrong with a save and what to do.
const char* save_error(BackendErrorKind kind);
const char* decode_error(DecodeErrorCode code);
// "3 opgeslagen records konden niet gelezen worden ..." (count filled in by the caller).
inline constexpr const char* quarantine_notice_format =
    "%d opgeslagen record(s) konden niet gelezen worden. Ze blijven ongewijzigd bewaard: %s";


// Sociale kaart (help map)
inline constexpr const char* nav_helpmap = "Sociale kaart";
inline constexpr const char* helpmap_title = "Sociale kaart";
inline constexpr const char* helpmap_intro =
    "Wie doet wat in je regio? Standaardgegevens komen uit publieke bronnen; vul aan en houd ze actueel.";
inline constexpr const char* helpmap_search_hint = "Zoek op naam, aanbod, gemeente of contactpersoon";
inline constexpr const char* helpmap_new = "Nieuwe dienst";
inline constexpr const char* helpmap_print = "Kaart afdrukken";
inline constexpr const char* helpmap_none = "Geen diensten gevonden met deze zoekterm en filters.";
inline constexpr const char* helpmap_count_format = "%d dienst(en)";
inline constexpr const char* tier_label = "Categorie";
inline constexpr const char* all_tiers = "Alle categorie\u00EBn";
inline constexpr const char* all_regions = "Alle regio\u2019s";
inline constexpr const char* region_all_flanders = "Heel Vlaanderen en Brussel";
inline constexpr const char* age_label = "Leeftijd";
inline constexpr const char* all_ages = "Alle leeftijden";
inline constexpr const char* age_under_12 = "-12 jaar";
inline constexpr const char* age_over_12 = "+12 jaar";
inline constexpr const char* service_name_label = "Naam dienst of organisatie";
inline constexpr const char* service_name_hint = "bv. CGG, NAFT De Brug, zorgboerderij Ter Hoeve";
inline constexpr const char* municipality_label = "Gemeente";
inline constexpr const char* offer_label = "Aanbod";
inline constexpr const char* offer_hint = "Wat bieden ze, voor wie?";
inline constexpr const char* contact_person_label = "Contactpersoon";
inline constexpr const char* phone_label = "Telefoon";
inline constexpr const char* email_label = "E-mail";
inline constexpr const char* website_label = "Website";
inline constexpr const char* service_notes_label = "Notities";
inline constexpr const char* last_checked_label = "Laatst nagekeken";
inline constexpr const char* never_checked = "nog niet nagekeken";
inline constexpr const char* stale_marker = "Nakijken: langer dan een jaar niet nagekeken";
inline constexpr const char* stale_short = "nakijken";
inline constexpr const char* mark_checked = "Nagekeken vandaag";
inline constexpr const char* checked_toast = "Gemarkeerd als nagekeken";
inline constexpr const char* call = "Bellen";
inline constexpr const char* send_mail = "Mailen";
inline constexpr const char* default_data_format = "Standaardgegevens \u2014 bron: %s";
inline constexpr const char* own_entry = "Eigen invoer op dit toestel";
inline constexpr const char* service_saved = "Dienst bewaard";
inline constexpr const char* service_added = "Dienst toegevoegd";
inline constexpr const char* service_deleted = "Dienst verwijderd";
inline constexpr const char* service_delete = "Verwijderen";
inline constexpr const char* use_format = "%d\u00D7 doorverwezen";
inline constexpr const char* median_wait_format = "mediaan %s dagen wachten";
inline constexpr const char* service_conflict_format =
    "Deze dienst werd ook op een ander toestel gewijzigd (bundel van %s). Welke versie blijft?";
inline constexpr const char* keep_mine = "Mijn versie";
inline constexpr const char* take_theirs = "Hun versie";
inline constexpr const char* their_version = "Hun versie:";
const char* tier_name(ServiceTier t);
const char* tier_short(ServiceTier t);
const char* service_issue(ServiceField field, ServiceIssueCode code);

// Printable card "Eerste hulp bij schooluitval"
inline constexpr const char* card_heading = "Eerste hulp bij schooluitval";
inline constexpr const char* card_region_label = "Regio op de kaart";
inline constexpr const char* card_school_label = "School (optioneel, komt bovenaan de kaart)";
inline constexpr const char* card_print = "Kaart tonen en afdrukken";
inline constexpr const char* card_intro =
    "Wie kan helpen bij spijbelen, schoolmoeheid en dreigende schooluitval? Overleg eerst met je CLB.";
inline constexpr const char* card_footer =
    "Hang de kaart uit in de lerarenkamer. Gegevens met \u00B0 zijn langer dan een jaar niet nagekeken.";
inline constexpr const char* card_fill_in = "Contact in de buurt:";
inline constexpr const char* card_empty_tier = "Nog niets ingevuld \u2014 zoek samen met het CLB.";

// Doorverwijzing and knelpunten (case section)
inline constexpr const char* section_referrals = "Doorverwijzing";
inline constexpr const char* referrals_heading = "Doorverwezen naar";
inline constexpr const char* no_referrals = "Nog geen doorverwijzingen.";
inline constexpr const char* add_referral = "Doorverwijzen";
inline constexpr const char* referral_search_label = "Zoek in de sociale kaart";
inline constexpr const char* referral_service_label = "Dienst (sociale kaart)";
inline constexpr const char* referral_service_placeholder = "Kies een dienst";
inline constexpr const char* referred_on_label = "Doorverwezen op";
inline constexpr const char* referral_outcome_label = "Resultaat";
inline constexpr const char* started_on_label = "Hulp gestart op";
inline constexpr const char* referral_added = "Doorverwijzing toegevoegd";
inline constexpr const char* referral_removed = "Doorverwijzing verwijderd";
inline constexpr const char* waiting_format = "%ld dagen gewacht";
inline constexpr const char* knelpunten_heading = "Knelpunten (voor het signaalrapport)";
inline constexpr const char* knelpunt_other_label = "Andere knelpunt (blijft in de casus, niet in het rapport)";
const char* referral_outcome_name(ReferralOutcome o);
const char* knelpunt_name(Knelpunt k);
const char* referral_outcome_key(ReferralOutcome o);

// Signaalrapport
inline constexpr const char* nav_report = "Signalen";
inline constexpr const char* report_title = "Signaalrapport";
inline constexpr const char* report_intro =
    "Geanonimiseerd overzicht voor de signaalfunctie: geen pseudoniemen, geen vrije tekst, en aantallen van 1 tot 4 "
    "tonen als \u201C<5\u201D.";
inline constexpr const char* report_from_label = "Aanmeldingen van";
inline constexpr const char* report_to_label = "tot en met";
inline constexpr const char* report_export_csv = "Exporteren als CSV";
inline constexpr const char* report_exported = "CSV-bestand bewaard";
inline constexpr const char* report_registrations = "Aanmeldingen";
inline constexpr const char* report_wait_heading = "Dagen van aanmelding tot eerste overleg";
inline constexpr const char* report_wait_format = "Mediaan %s dagen (25e\u201375e percentiel: %s\u2013%s), %s casussen";
inline constexpr const char* report_wait_hidden_format =
    "%s casussen met een overleg: te weinig om een mediaan te tonen (minstens 5 nodig).";
inline constexpr const char* report_period_invalid = "De begindatum ligt na de einddatum.";
// Every key of core/signal_report.hpp in the reader's words (view, charts and CSV).
std::string report_label(std::string_view key);
}  // namespace rots::ui::text
