// The printable agenda: what the meeting table needs, the pseudonym only, and safe HTML.
#include <doctest/doctest.h>

#include "ui/print_html.hpp"

using namespace rots;

namespace {
Case sample() {
  Case c;
  c.id = std::string(32, 'c');
  c.pseudonym = "Yara <b>";
  c.region = Region::OostVlaanderen;
  c.registered_on = {2026, 11, 2};
  c.aanmelding.requester_name = "Mevrouw Requester";
  Meeting m;
  m.id = "m1";
  m.kind = MeetingKind::Overlegtafel;
  m.date = {2026, 12, 1};
  m.start_minute = 14 * 60;
  m.participants.push_back({"Sara", "CLB Gent", ParticipantRole::Clb, Attendance::Invited});
  m.preparation.question = "Welke school past?";
  m.preparation.zorgen = "Angst\nom buiten te komen";
  m.preparation.goed = "Band met tante";
  m.preparation.nodig = "Zachte herstart";
  c.meetings.push_back(m);
  c.agreements.push_back({"a1", "Schoolbezoek", "Sara", {2026, 11, 1}, "Tom", AgreementStatus::Open, "m1", 1});
  c.agreements.push_back({"a2", "Al gedaan", "Tom", {2026, 11, 1}, "", AgreementStatus::Gedaan, "m1", 1});
  c.notes.push_back({"n1", "", "An", 1, 1, "Geheime notitie over de thuissituatie", {}});
  return c;
}
}  // namespace

TEST_CASE("the agenda holds participants, question, the three columns and the open agreements only") {
  const Case c = sample();
  const std::string html = ui::agenda_html(c, c.meetings[0], {2026, 11, 22});
  for (const char* expected : {"Overlegtafel 01-12-2026 14:00", "Sara", "CLB Gent", "Welke school past?",
                               "Angst<br>om buiten te komen", "Band met tante", "Zachte herstart", "Schoolbezoek",
                               "te laat", "print.css"})
    CHECK_MESSAGE(html.find(expected) != std::string::npos, expected);
  CHECK(html.find("Al gedaan") == std::string::npos);
}

TEST_CASE("printed pages carry the pseudonym only: no requester, no note text, and no markup injection") {
  const Case c = sample();
  for (const std::string& html : {ui::agenda_html(c, c.meetings[0], {2026, 11, 22}), ui::summary_html(c, {2026, 11, 22})}) {
    CHECK(html.find("Yara &lt;b&gt;") != std::string::npos);
    CHECK(html.find("Yara <b>") == std::string::npos);
    CHECK(html.find("Mevrouw Requester") == std::string::npos);
    CHECK(html.find("Geheime notitie") == std::string::npos);
  }
}
