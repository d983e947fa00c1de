// Golden record generator. Compiled ONCE per released schema version against that version's
// own sources (see generate.sh and ../README.md); never part of the normal build.
//
//   make_golden case              prints encode_case(<the sample case>)
//   make_golden settings          prints encode_settings(<the sample settings>) (case v2+)
//   make_golden settings-version  prints schema::settings_version (for generate.sh)
//   make_golden bundle            prints a case bundle holding <the sample case> and a second
//                                 case, sealed under "rots-test-passphrase" (ROTS_GOLDEN_BUNDLE)
//   make_golden bundle-version    prints bundle_format_version (ROTS_GOLDEN_BUNDLE)
//
// ROTS_GOLDEN_VERSION (the case schema version, passed by generate.sh) selects the fields that
// version has; a static_assert checks it against the checked-out schema.hpp. generate.sh defines
// ROTS_GOLDEN_BUNDLE when the commit has the bundle implementation (it then links libsodium).
// The values below are repeated BY HAND in tests/storage/golden_test.cpp: change neither once a
// golden exists.
#include <cstdio>
#include <cstring>
#include <string>

#include "storage/record_codec.hpp"
#include "storage/schema.hpp"
#ifdef ROTS_GOLDEN_BUNDLE
#include "storage/bundle.hpp"
#endif

#ifndef ROTS_GOLDEN_VERSION
#error "define ROTS_GOLDEN_VERSION (the case schema version of the checked-out commit)"
#endif
static_assert(rots::schema::case_version == ROTS_GOLDEN_VERSION,
              "ROTS_GOLDEN_VERSION does not match this commit's schema::case_version");

using namespace rots;

namespace {

Case sample_case() {
  Case c;
  c.id = "3f9a0c1e7b5d42a8916e0d4c2b8a7f13";
  c.pseudonym = "Zoë V. — \"Zoë\"";
  c.region = Region::OostVlaanderen;
  c.registered_on = Date{2026, 9, 14};
  c.created_at_ms = 1757844000000;  // 2025-09-14T10:00:00Z
  c.updated_at_ms = 1760000123456;
#if ROTS_GOLDEN_VERSION >= 2
  c.hulpvraag =
      "Zoë zit sinds de herfstvakantie thuis. Hoe krijgen we haar terug naar één vaste school?\n"
      "Ouders vragen ondersteuning; de leerlingbegeleider ziet geen opties meer.";
#endif
#if ROTS_GOLDEN_VERSION >= 3
  c.aanmelding.channel = Channel::Email;
  c.aanmelding.requester = RequesterKind::Jeugdhulp;
  c.aanmelding.requester_name = "Sénne De Clercq";
  c.aanmelding.requester_contact = "senne.declercq@jeugdhulp.example.be";
  c.aanmelding.clb_criteria = static_cast<std::uint32_t>(ClbCriterion::NaftAlreadyFollowed) |
                              static_cast<std::uint32_t>(ClbCriterion::FrequentAbsence) |
                              static_cast<std::uint32_t>(ClbCriterion::ComplexCase);  // 0x15
  c.aanmelding.clb_other = "Eerder traject in het buitengewoon onderwijs afgebroken";
  c.aanmelding.youth_care_criteria = static_cast<std::uint32_t>(YouthCareCriterion::ConsensusWithClb) |
                                     static_cast<std::uint32_t>(YouthCareCriterion::ReactivateThuiszitter);  // 0x09
  c.aanmelding.youth_care_other = "Zorg over de thuissituatie (één ouder, ploegenwerk)";
#endif
#if ROTS_GOLDEN_VERSION >= 4
  Jongere& j = c.jongere;
  j.birth_year = 2011;
  j.level = SchoolLevel::Secundair;
  j.grade = "2de jaar A-stroom";
  j.school = "Sint-Lievenscollege, Gent";
  j.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen) |
                    static_cast<std::uint32_t>(ProblemArea::PsychischeKwetsbaarheid) |
                    static_cast<std::uint32_t>(ProblemArea::Thuiszitter);  // 0x45
  j.problem_other = "Angst om naar school te gaan na pesterijen";
  j.absence_half_days = 46;
  j.absence_period = "sinds de herfstvakantie";
  j.earlier_trajectories = {{TrajectoryKind::Naft, "Afgerond, kort effect (6 weken)"},
                            {TrajectoryKind::TimeOut, "Vroegtijdig gestopt: geen klik met de begeleider"}};

  c.status = CaseStatus::Opvolging;
  c.status_changes = {
      {CaseStatus::Aangemeld, CaseStatus::InBehandeling, std::nullopt, "Sénne", 1757930400000},
      {CaseStatus::InBehandeling, CaseStatus::OverlegGepland, std::nullopt, "Sénne", 1758103200000},
      {CaseStatus::OverlegGepland, CaseStatus::Afgesloten, ClosingReason::Doorverwezen, "Marieke", 1758708000000},
      {CaseStatus::Afgesloten, CaseStatus::InBehandeling, std::nullopt, "Marieke", 1758794400000},
      {CaseStatus::InBehandeling, CaseStatus::OverlegGepland, std::nullopt, "Sénne", 1758880800000},
      {CaseStatus::OverlegGepland, CaseStatus::Opvolging, std::nullopt, "Marieke", 1760000123456},
  };

  Meeting consult;
  consult.id = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
  consult.kind = MeetingKind::Consult;
  consult.date = Date{2026, 9, 29};
  consult.start_minute = 9 * 60 + 30;
  consult.place = "CLB Gent, lokaal 2.04";
  consult.participants = {
      {"Sénne De Clercq", "Jeugdhulp Oost-Vlaanderen", ParticipantRole::Jeugdhulp, Attendance::Present},
      {"Anaïs Peeters", "CLB Gent", ParticipantRole::Clb, Attendance::Present},
      {"Marieke Van den Broeck", "Netwerk ROTS", ParticipantRole::Netwerkcoordinator, Attendance::Absent},
  };
  consult.feedback_by = "Anaïs Peeters";
  consult.feedback_due = Date{2026, 10, 6};
  consult.feedback_given = true;
  consult.preparation = {"Welke eerste stap naar school is haalbaar?", "NAFT (6 weken), time-out",
                         "Angst, slaapritme", "Goede band met de zorgcoördinator", "Een zachte herstart",
                         "Dagbesteding, deeltijds rooster"};
  consult.decisions = "Overlegtafel organiseren met school en ouders.\nÉén aanspreekpunt: Anaïs.";
  consult.traject = {{"Intake dagbesteding", "De Oever vzw", Date{2026, 10, 13}},
                     {"Gesprek met de ouders", "CLB Gent", std::nullopt}};

  Meeting tafel;
  tafel.id = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  tafel.kind = MeetingKind::Overlegtafel;
  tafel.date = Date{2026, 10, 20};
  tafel.start_minute = 14 * 60;
  tafel.place = "Sint-Lievenscollege, vergaderzaal";
  tafel.participants = {
      {"Zoë", "", ParticipantRole::Jongere, Attendance::Present},
      {"Moeder van Zoë", "", ParticipantRole::OuderContext, Attendance::Present},
      {"Jens Maes", "Sint-Lievenscollege", ParticipantRole::School, Attendance::Invited},
      {"Lotte Wouters", "NAFT Gent", ParticipantRole::Naft, Attendance::Absent},
  };
  tafel.consent_young_person = true;
  tafel.consent_context = true;
  tafel.feedback_by = "Jens Maes";
  tafel.feedback_given = false;
  tafel.preparation = {"Hoe ziet een haalbaar rooster eruit?", "Deeltijds rooster (2 weken)",
                       "Terugval na ziekte", "Zoë wil graag koken", "Afspraken met de leerkrachten",
                       "Zorgboerderij één dag per week"};
  tafel.decisions = "Start met twee halve dagen per week; evaluatie na de kerstvakantie.";
  tafel.traject = {{"Halve dagen op school", "Sint-Lievenscollege", Date{2026, 11, 3}},
                   {"Zorgboerderij", "Hof ter Eecke", Date{2026, 11, 5}},
                   {"Opvolging door de netwerkcoördinator", "Netwerk ROTS", std::nullopt}};
  c.meetings = {consult, tafel};

  c.agreements = {
      {"5e6f708192a3b4c5d6e7f8091a2b3c4d", "Rooster doorsturen naar de ouders", "Jens Maes", Date{2026, 10, 27},
       "Anaïs Peeters", AgreementStatus::Open, tafel.id, 1760968800000},
      {"6f708192a3b4c5d6e7f8091a2b3c4d5e", "Intakegesprek dagbesteding plannen", "Sénne De Clercq",
       Date{2026, 10, 10}, "Marieke", AgreementStatus::Gedaan, consult.id, 1759136400000},
      {"708192a3b4c5d6e7f8091a2b3c4d5e6f", "Huisbezoek", "Anaïs Peeters", Date{2026, 10, 1}, "Sénne",
       AgreementStatus::Geannuleerd, "", 1758880800000},
  };

  c.notes = {
      {"8192a3b4c5d6e7f8091a2b3c4d5e6f70", "", "Sénne", 1757934000000, 1758020400000,
       "Telefoon met moeder: Zoë slaapt slecht, wil wél terug naar school.",
       {{"Telefoon met moeder.", "Sénne", 1757934000000},
        {"Telefoon met moeder: Zoë slaapt slecht.", "Marieke", 1757977200000}}},
      {"92a3b4c5d6e7f8091a2b3c4d5e6f7081", consult.id, "Anaïs", 1759140000000, 1759140000000,
       "Consult: iedereen akkoord over één aanspreekpunt. 🙂", {}},
      {"a3b4c5d6e7f8091a2b3c4d5e6f708192", tafel.id, "Marieke", 1760968800000, 1760972400000,
       "Tafel: Zoë vertelde zelf wat ze nodig heeft.\n\t– rustige plek\n\t– vaste begeleider", {}},
  };

  c.history = {
      {ChangeKind::Created, "", "Sénne", 1757844000000},
      {ChangeKind::StatusChanged, "in behandeling", "Sénne", 1757930400000},
      {ChangeKind::NoteAdded, "Telefoon met moeder.", "Sénne", 1757934000000},
      {ChangeKind::NoteEdited, "Telefoon met moeder: Zoë slaapt slecht.", "Marieke", 1757977200000},
      {ChangeKind::MeetingPlanned, "29-09-2026", "Sénne", 1758103200000},
      {ChangeKind::AgreementAdded, "Huisbezoek", "Sénne", 1758880800000},
      {ChangeKind::AgreementCancelled, "Huisbezoek", "Anaïs", 1759050000000},
      {ChangeKind::AgreementDone, "Intakegesprek dagbesteding plannen", "Sénne", 1759400000000},
      {ChangeKind::MeetingPlanned, "20-10-2026", "Marieke", 1759500000000},
      {ChangeKind::JongereEdited, "", "Marieke", 1759600000000},
      {ChangeKind::StatusChanged, "opvolging", "Marieke", 1760000123456},
  };
#endif
#if ROTS_GOLDEN_VERSION >= 5
  c.sync.revision = 9;
  c.sync.device_id = "b7e4c2a19f3d4e5b8a6c7d8e9f0a1b2c";
  c.sync.clock = {{"b7e4c2a19f3d4e5b8a6c7d8e9f0a1b2c", 6}, {"0c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5", 3}};
  c.sync.stamps = {{"pseudonym", {"0c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5", 1}},
                   {"jongere.school", {"b7e4c2a19f3d4e5b8a6c7d8e9f0a1b2c", 6}},
                   {"agreement:5e6f708192a3b4c5d6e7f8091a2b3c4d", {"0c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5", 3}}};
  c.sync.removed = {"note:b4c5d6e7f8091a2b3c4d5e6f708192a3"};
  Case base;
  base.id = c.id;
  base.pseudonym = "Zoë V.";
  base.region = c.region;
  base.registered_on = c.registered_on;
  base.jongere.school = "Sint-Barbaracollege, Gent";
  c.merge_base = {base};
  Case theirs = base;
  theirs.jongere.school = "Atheneum Gent";
  c.conflict_theirs = {theirs};
  c.conflict_units = {"jongere.school"};
  c.conflict_from = "Anaïs (CLB Gent)";
#endif
#if ROTS_GOLDEN_VERSION >= 6
  Referral cgg;
  cgg.id = "6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d";
  cgg.service_id = "std-cgg";
  cgg.service_name = "Centrum Geestelijke Gezondheidszorg (CGG)";
  cgg.referred_on = Date{2026, 10, 21};
  cgg.outcome = ReferralOutcome::Gestart;
  cgg.started_on = Date{2026, 12, 2};
  cgg.created_at_ms = 1761040000000;
  Referral farm;
  farm.id = "7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e";
  farm.service_id = "e1f2a3b4c5d6e7f8091a2b3c4d5e6f70";
  farm.service_name = "Zorgboerderij Hof ter Eecke";
  farm.referred_on = Date{2026, 11, 5};
  farm.created_at_ms = 1762300000000;
  c.referrals = {cgg, farm};
  c.knelpunten = 0x05;  // wachtlijst CGG, geen aanbod basisonderwijs
  c.knelpunt_other = "Geen busverbinding naar de zorgboerderij";
#endif
  return c;
}

#if ROTS_GOLDEN_VERSION >= 2
DeviceSettings sample_settings() {
  DeviceSettings s;
  s.theme = Theme::Dark;
  s.text_size_percent = 130;
#if ROTS_GOLDEN_VERSION >= 5
  s.device_id = "b7e4c2a19f3d4e5b8a6c7d8e9f0a1b2c";
  s.last_export_at_ms = 1763800000000;
  s.backup_reminder_days = 14;
#endif
#if __has_include("core/retention.hpp")  // settings schema 3 came with retention and the lock
  s.user_name = "Marieke Van den Broeck";
  s.auto_lock_minutes = 5;
  s.retention_months = 24;
#endif
  return s;
}
#endif

#ifdef ROTS_GOLDEN_BUNDLE
// A younger case with fewer sections filled in, beside sample_case() in the bundle.
Case second_case() {
  Case c;
  c.id = "b7e4d2c19a8f4e6b0d3c5a7f9e1b2d4c";
  c.pseudonym = "Anaïs D.";
  c.region = Region::Limburg;
  c.registered_on = Date{2026, 10, 2};
  c.created_at_ms = 1759392000000;
  c.updated_at_ms = 1759395600000;
  c.hulpvraag = "Anaïs wil een opleiding koken volgen; sinds de overstap naar het 3de jaar haakt ze af.";
  c.aanmelding.channel = Channel::Telefoon;
  c.aanmelding.requester = RequesterKind::Clb;
  c.aanmelding.requester_name = "Joëlle Claes";
  c.aanmelding.requester_contact = "joelle.claes@clb.example.be";
  c.jongere.birth_year = 2011;
  c.jongere.level = SchoolLevel::Secundair;
  c.jongere.grade = "3de jaar";
  c.jongere.school = "Technisch Instituut Sint-Jozef, Hasselt";
  c.jongere.absence_half_days = 12;
  c.status = CaseStatus::InBehandeling;
  c.status_changes = {{CaseStatus::Aangemeld, CaseStatus::InBehandeling, std::nullopt, "Joëlle", 1759395600000}};
  c.notes = {{"c1d2e3f405162738495a6b7c8d9eafb0", "", "Joëlle", 1759395600000, 1759395600000,
              "Eerste gesprek: Anaïs twijfelt, maar wil één dag meelopen in de keuken.", {}}};
  c.history = {{ChangeKind::Created, "", "Joëlle", 1759392000000},
               {ChangeKind::StatusChanged, "in behandeling", "Joëlle", 1759395600000}};
  return c;
}

std::string sample_bundle() {
  BundleContents contents;
  contents.manifest.app_version = "0.1.0";
  contents.manifest.exported_at_ms = 1760000200000;
  contents.manifest.exported_by = "Marieke Van den Broeck";
  contents.manifest.device_id = "golden-generator";
  for (const Case& c : {sample_case(), second_case()}) contents.records.push_back({case_record_key(c.id), encode_case(c)});
  const auto bytes = encode_bundle(contents, "rots-test-passphrase");  // the commit's default key derivation
  return std::string(bytes.begin(), bytes.end());
}
#endif

}  // namespace

int main(int argc, char** argv) {
  const char* what = argc > 1 ? argv[1] : "";
  std::string out;
  if (std::strcmp(what, "case") == 0) {
    out = encode_case(sample_case());
#if ROTS_GOLDEN_VERSION >= 2
  } else if (std::strcmp(what, "settings") == 0) {
    out = encode_settings(sample_settings());
  } else if (std::strcmp(what, "settings-version") == 0) {
    out = std::to_string(schema::settings_version);
#endif
#ifdef ROTS_GOLDEN_BUNDLE
  } else if (std::strcmp(what, "bundle") == 0) {
    out = sample_bundle();
  } else if (std::strcmp(what, "bundle-version") == 0) {
    out = std::to_string(bundle_format_version);
#endif
  } else {
    std::fprintf(stderr, "usage: make_golden case|settings|settings-version|bundle|bundle-version\n");
    return 2;
  }
  // Exactly the encoder's bytes: no trailing newline.
  return std::fwrite(out.data(), 1, out.size(), stdout) == out.size() ? 0 : 1;
}
