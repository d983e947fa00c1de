// Finding a case: accent- and case-insensitive words over everything written about it, and the
// filters of the case list.
#include <doctest/doctest.h>

#include <functional>

#include "core/search.hpp"
#include "core/workspace.hpp"

using namespace rots;

namespace {
const Date today{2026, 11, 22};

CommandContext at(std::string new_id, std::int64_t now_ms = 1'000) {
  return CommandContext{"An", today, now_ms, std::move(new_id)};
}
std::string case_id(char c) { return std::string(32, c); }

Case named(std::string pseudonym) {
  Case c;
  c.id = case_id('0');
  c.pseudonym = std::move(pseudonym);
  return c;
}
CaseFilter words(std::string query) {
  CaseFilter f;
  f.query = std::move(query);
  return f;
}
std::vector<std::string> names(const std::vector<const Case*>& cases) {
  std::vector<std::string> out;
  for (const Case* c : cases) out.push_back(c->pseudonym);
  return out;
}
std::vector<std::string> found(const Workspace& ws, const CaseFilter& filter) {
  return names(filter_cases(ws.cases_for_list(), filter));
}
std::vector<std::string> found(const std::vector<Case>& cases, const CaseFilter& filter) {
  std::vector<const Case*> all;
  for (const Case& c : cases) all.push_back(&c);
  return names(filter_cases(all, filter));
}
using Names = std::vector<std::string>;
}  // namespace

TEST_CASE("folding drops the accents of Dutch and French names, in lower and upper case") {
  CHECK(fold_for_search("éèêë àáâä ïîíì öóôò üúûù ç ñ ÿ") == "eeee aaaa iiii oooo uuuu c n y");
  CHECK(fold_for_search("ÉÈÊË ÀÁÂÄ ÏÎÍÌ ÖÓÔÒ ÜÚÛÙ Ç Ñ Ÿ") == "eeee aaaa iiii oooo uuuu c n y");
  CHECK(fold_for_search("Zoë") == "zoe");
  CHECK(fold_for_search("ZOË") == "zoe");
  CHECK(fold_for_search("Ibrahim Çelik") == "ibrahim celik");
}

TEST_CASE("folding spells ligatures out: œ, æ, ß and the Dutch ĳ") {
  CHECK(fold_for_search("Œuvre sœur") == "oeuvre soeur");
  CHECK(fold_for_search("Æsop læs") == "aesop laes");
  CHECK(fold_for_search("Straße") == "strasse");
  CHECK(fold_for_search("Ĳsselmonde vrĳ") == "ijsselmonde vrij");
}

TEST_CASE("folding covers names from Central and South-East Europe (Latin Extended-A)") {
  CHECK(fold_for_search("Đorđević") == "dordevic");
  CHECK(fold_for_search("Łukasz Wiśniewski") == "lukasz wisniewski");
  CHECK(fold_for_search("Dvořák Šťastný") == "dvorak stastny");
  CHECK(fold_for_search("Şahin Yıldız Gül Ağaç") == "sahin yildiz gul agac");
  CHECK(fold_for_search("İlkay") == "ilkay");
  CHECK(fold_for_search("Ľubomír Ťapák") == "lubomir tapak");
}

TEST_CASE("folding keeps digits, punctuation, symbols and other scripts as they are") {
  CHECK(fold_for_search("Sint-Jozef, 3de jaar (09:30)!") == "sint-jozef, 3de jaar (09:30)!");
  CHECK(fold_for_search("€ 5 × 2 ÷ 4 — “ok”") == "€ 5 × 2 ÷ 4 — “ok”");
  CHECK(fold_for_search("Ωμέγα") == "Ωμέγα");
  CHECK(fold_for_search("مريم") == "مريم");
  CHECK(fold_for_search("👍") == "👍");
  CHECK(fold_for_search("") == "");
}

TEST_CASE("folding passes bytes that are not UTF-8 through unchanged") {
  CHECK(fold_for_search("Zo\xeb") == "zo\xeb");                  // a Latin-1 ë
  CHECK(fold_for_search("AB\xc3") == "ab\xc3");                  // cut off in the middle of é
  CHECK(fold_for_search("\xa9x") == "\xa9x");                    // a lone continuation byte
  CHECK(fold_for_search("\xc1\x81") == "\xc1\x81");              // overlong 'A' is not an A
  CHECK(fold_for_search("\xe0\x83\xa9") == "\xe0\x83\xa9");      // overlong é is not an é
  CHECK(fold_for_search("\xed\xa0\x80Z") == "\xed\xa0\x80z");    // a surrogate
  CHECK(fold_for_search("\xff\xfe\xc3\xa9") == "\xff\xfe" "e");  // valid é after junk still folds
}

TEST_CASE("searching 'zoe' finds Zoë, and 'ZOË' finds zoe") {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026"}}, at(case_id('a'), 1)).ok());
  REQUIRE(ws.apply(CreateCase{{"zoe", Region::Limburg, "02-11-2026"}}, at(case_id('b'), 2)).ok());
  REQUIRE(ws.apply(CreateCase{{"Bram", Region::Limburg, "03-11-2026"}}, at(case_id('c'), 3)).ok());
  CHECK(found(ws, words("zoe")) == Names{"zoe", "Zoë"});
  CHECK(found(ws, words("ZOË")) == Names{"zoe", "Zoë"});
  CHECK(found(ws, words("Zoé")) == Names{"zoe", "Zoë"});
  CHECK(found(ws, words("bram")) == Names{"Bram"});
  CHECK(found(ws, words("noah")).empty());
}

TEST_CASE("words in notes, agreements and meeting participants are found") {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Amina", Region::Brussel, "01-11-2026"}}, at(case_id('a'), 1)).ok());
  REQUIRE(ws.apply(CreateCase{{"Bram", Region::Brussel, "02-11-2026"}}, at(case_id('b'), 2)).ok());

  REQUIRE(ws.apply(AddNote{case_id('a'), "", "Moeder vertelt over de verhuis naar Anderlecht."}, at("n1")).ok());
  Agreement a;
  a.what = "Intake bij de zorgboerderij regelen";
  a.who = "Sébastien";
  a.follow_up_by = "Fatima";
  a.due = {2026, 12, 1};
  REQUIRE(ws.apply(AddAgreement{case_id('b'), a}, at("a1")).ok());
  REQUIRE(ws.apply(PlanMeeting{case_id('a'), MeetingKind::Consult, {2026, 11, 30}, 600, ""}, at("m1")).ok());
  Meeting m = *ws.find(case_id('a'))->meeting("m1");
  m.participants.push_back({"Joëlle Peeters", "CAW Brussel", ParticipantRole::Jeugdhulp, Attendance::Invited});
  REQUIRE(ws.apply(UpdateMeeting{case_id('a'), m}, at("x")).ok());

  CHECK(found(ws, words("anderlecht")) == Names{"Amina"});        // note
  CHECK(found(ws, words("zorgboerderij")) == Names{"Bram"});      // agreement: what
  CHECK(found(ws, words("sebastien")) == Names{"Bram"});          // agreement: who
  CHECK(found(ws, words("FATIMA")) == Names{"Bram"});             // agreement: follow-up by
  CHECK(found(ws, words("joelle")) == Names{"Amina"});            // participant name
  CHECK(found(ws, words("caw")) == Names{"Amina"});               // participant organisation
  CHECK(found(ws, words("boerderij")) == Names{"Bram"});          // part of a word is enough
}

TEST_CASE("every text field written about a case is searchable") {
  // One field at a time holds the word; the same case without it is not found.
  struct Field {
    const char* name;
    std::function<void(Case&, const std::string&)> set;
  };
  const std::vector<Field> fields = {
      {"pseudonym", [](Case& c, const std::string& t) { c.pseudonym = t; }},
      {"hulpvraag", [](Case& c, const std::string& t) { c.hulpvraag = t; }},
      {"requester name", [](Case& c, const std::string& t) { c.aanmelding.requester_name = t; }},
      {"requester contact", [](Case& c, const std::string& t) { c.aanmelding.requester_contact = t; }},
      {"CLB other criterion", [](Case& c, const std::string& t) { c.aanmelding.clb_other = t; }},
      {"youth care other criterion", [](Case& c, const std::string& t) { c.aanmelding.youth_care_other = t; }},
      {"grade", [](Case& c, const std::string& t) { c.jongere.grade = t; }},
      {"school", [](Case& c, const std::string& t) { c.jongere.school = t; }},
      {"other problem", [](Case& c, const std::string& t) { c.jongere.problem_other = t; }},
      {"absence period", [](Case& c, const std::string& t) { c.jongere.absence_period = t; }},
      {"earlier trajectory outcome",
       [](Case& c, const std::string& t) { c.jongere.earlier_trajectories.push_back({TrajectoryKind::Naft, t}); }},
      {"meeting place", [](Case& c, const std::string& t) { c.meetings.emplace_back().place = t; }},
      {"participant name",
       [](Case& c, const std::string& t) {
         c.meetings.emplace_back().participants.push_back({t, "", ParticipantRole::Clb, Attendance::Invited});
       }},
      {"participant organisation",
       [](Case& c, const std::string& t) {
         c.meetings.emplace_back().participants.push_back({"Sara", t, ParticipantRole::Clb, Attendance::Invited});
       }},
      {"feedback by", [](Case& c, const std::string& t) { c.meetings.emplace_back().feedback_by = t; }},
      {"preparation question", [](Case& c, const std::string& t) { c.meetings.emplace_back().preparation.question = t; }},
      {"preparation tried", [](Case& c, const std::string& t) { c.meetings.emplace_back().preparation.tried = t; }},
      {"preparation zorgen", [](Case& c, const std::string& t) { c.meetings.emplace_back().preparation.zorgen = t; }},
      {"preparation goed", [](Case& c, const std::string& t) { c.meetings.emplace_back().preparation.goed = t; }},
      {"preparation nodig", [](Case& c, const std::string& t) { c.meetings.emplace_back().preparation.nodig = t; }},
      {"preparation options", [](Case& c, const std::string& t) { c.meetings.emplace_back().preparation.options = t; }},
      {"decisions", [](Case& c, const std::string& t) { c.meetings.emplace_back().decisions = t; }},
      {"traject step what", [](Case& c, const std::string& t) { c.meetings.emplace_back().traject.push_back({t, "", {}}); }},
      {"traject step provider",
       [](Case& c, const std::string& t) { c.meetings.emplace_back().traject.push_back({"Time-out", t, {}}); }},
      {"agreement what", [](Case& c, const std::string& t) { c.agreements.emplace_back().what = t; }},
      {"agreement who", [](Case& c, const std::string& t) { c.agreements.emplace_back().who = t; }},
      {"agreement follow-up by", [](Case& c, const std::string& t) { c.agreements.emplace_back().follow_up_by = t; }},
      {"note", [](Case& c, const std::string& t) { c.notes.emplace_back().text = t; }},
  };
  for (const Field& field : fields) {
    CAPTURE(field.name);
    Case without = named("X");
    Case with = named("X");
    field.set(with, "Bij de Kwartiermaker in Genk");
    CHECK(matches(with, words("kwartiermaker")));
    CHECK(matches(with, words("KWARTIERMAKER genk")));
    CHECK(searchable_text(with).find("kwartiermaker") != std::string::npos);
    CHECK_FALSE(matches(without, words("kwartiermaker")));
  }
}

TEST_CASE("all words of the query must occur, in any order and in any field") {
  Case c = named("Zoë");
  c.hulpvraag = "Thuiszitter sinds de herfstvakantie";
  c.notes.emplace_back().text = "Gesprek met directeur Sint-Jozef";
  CHECK(matches(c, words("zoe sint-jozef")));
  CHECK(matches(c, words("sint-jozef zoe")));
  CHECK(matches(c, words("herfstvakantie directeur zoe")));
  CHECK(matches(c, words("  zoe \t  directeur  ")));  // extra white space is not a word
  CHECK_FALSE(matches(c, words("zoe bram")));
  CHECK_FALSE(matches(c, words("directeur genk")));
  CHECK_FALSE(matches(c, words("zoethuiszitter")));  // words of two different fields do not run together
}

TEST_CASE("an empty or blank query keeps every case, in the given order") {
  std::vector<Case> cases = {named("Dries"), named("Amina"), named("Chloé")};
  CHECK(found(cases, words("")) == Names{"Dries", "Amina", "Chloé"});
  CHECK(found(cases, words("   ")) == Names{"Dries", "Amina", "Chloé"});
  CHECK(matches(cases[0], words("")));
  CHECK_FALSE(CaseFilter{}.active());
}

namespace {
// Four cases spread over status, region, problem areas and meeting kinds.
std::vector<Case> filter_cases_set() {
  auto with_meetings = [](Case c, std::vector<MeetingKind> kinds) {
    for (MeetingKind k : kinds) c.meetings.emplace_back().kind = k;
    return c;
  };
  Case dries = named("Dries");
  dries.region = Region::Limburg;
  dries.status = CaseStatus::Afgesloten;
  dries.jongere.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);
  Case chloe = named("Chloé");
  chloe.region = Region::Antwerpen;
  chloe.status = CaseStatus::OverlegGepland;
  chloe = with_meetings(chloe, {MeetingKind::Consult, MeetingKind::Overlegtafel});
  Case bram = named("Bram");
  bram.region = Region::Limburg;
  bram.status = CaseStatus::OverlegGepland;
  bram.jongere.problem_areas =
      static_cast<std::uint32_t>(ProblemArea::LangdurigZiek) | static_cast<std::uint32_t>(ProblemArea::Thuiszitter);
  bram = with_meetings(bram, {MeetingKind::Overlegtafel});
  Case amina = named("Amina");
  amina.region = Region::Antwerpen;
  amina.status = CaseStatus::InBehandeling;
  amina.jongere.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);
  amina = with_meetings(amina, {MeetingKind::Consult});
  return {dries, chloe, bram, amina};
}
}  // namespace

TEST_CASE("each filter alone narrows the list and keeps its order") {
  const auto cases = filter_cases_set();
  CaseFilter f;
  f.status = CaseStatus::OverlegGepland;
  CHECK(f.active());
  CHECK(found(cases, f) == Names{"Chloé", "Bram"});
  f = {};
  f.status = CaseStatus::Afgesloten;
  CHECK(found(cases, f) == Names{"Dries"});
  f = {};
  f.status = CaseStatus::Aangemeld;
  CHECK(found(cases, f).empty());

  f = {};
  f.region = Region::Antwerpen;
  CHECK(found(cases, f) == Names{"Chloé", "Amina"});
  f = {};
  f.region = Region::Brussel;
  CHECK(found(cases, f).empty());

  f = {};
  f.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);
  CHECK(found(cases, f) == Names{"Dries", "Amina"});
  f.problem_areas |= static_cast<std::uint32_t>(ProblemArea::Thuiszitter);  // any of the ticked areas
  CHECK(found(cases, f) == Names{"Dries", "Bram", "Amina"});
  f.problem_areas = static_cast<std::uint32_t>(ProblemArea::PsychischeKwetsbaarheid);
  CHECK(found(cases, f).empty());

  f = {};
  f.meeting_kind = MeetingKind::Overlegtafel;
  CHECK(found(cases, f) == Names{"Chloé", "Bram"});
  f.meeting_kind = MeetingKind::Consult;
  CHECK(found(cases, f) == Names{"Chloé", "Amina"});
}

TEST_CASE("filters combine with each other and with the words: a case must pass all of them") {
  const auto cases = filter_cases_set();
  CaseFilter f;
  f.region = Region::Antwerpen;
  f.meeting_kind = MeetingKind::Overlegtafel;
  CHECK(found(cases, f) == Names{"Chloé"});

  f = {};
  f.status = CaseStatus::OverlegGepland;
  f.region = Region::Limburg;
  CHECK(found(cases, f) == Names{"Bram"});

  f = {};
  f.region = Region::Limburg;
  f.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);
  CHECK(found(cases, f) == Names{"Dries"});

  f = {};
  f.status = CaseStatus::OverlegGepland;
  f.region = Region::Antwerpen;
  f.meeting_kind = MeetingKind::Consult;
  f.problem_areas = static_cast<std::uint32_t>(ProblemArea::Spijbelen);  // Chloé has none
  CHECK(found(cases, f).empty());

  f = words("chloe");
  f.region = Region::Limburg;
  CHECK(found(cases, f).empty());
  f.region = Region::Antwerpen;
  CHECK(found(cases, f) == Names{"Chloé"});
  CHECK(matches(cases[1], f));
  CHECK_FALSE(matches(cases[3], f));  // Amina: right region, wrong words
}

TEST_CASE("text that is not valid UTF-8 neither crashes the search nor hides the rest of the case") {
  Case c = named("Zo\xeb");  // e.g. restored from an old Latin-1 export
  c.notes.emplace_back().text = "\xc3 afgebroken \xff\xfe en \xe0\x83\xa9 overlong";
  CHECK(matches(c, words("zo\xeb")));
  CHECK(matches(c, words("afgebroken overlong")));
  CHECK(matches(c, words("\xff")));
  CHECK_FALSE(matches(c, words("zoe")));  // a Latin-1 byte is not an ë
  std::vector<Case> cases = {c, named("Bram")};
  CHECK(found(cases, words("\xc3\xa9\xc3")).empty());
  CHECK(found(cases, words("BRAM \xff")).empty());
  CHECK(found(cases, words("\xe0\x83")) == Names{"Zo\xeb"});
}
