// The merge matrix: two devices exchange a case (as a bundle would carry it) and each import
// must take one-sided changes, keep both sides of a two-sided change, and never drop a note,
// agreement or history line.
#include <doctest/doctest.h>

#include "core/case_units.hpp"
#include "core/merge.hpp"
#include "core/workspace.hpp"
#include "storage/record_codec.hpp"

using namespace rots;

namespace {

const std::string case_id(32, 'c');

struct Device {
  std::string id;
  std::string user;
  Workspace ws;
  std::int64_t now = 1'000'000;
  int next_id = 0;

  CommandContext context() {
    now += 1000;
    std::string counter = std::to_string(next_id++);
    std::string new_id = id.substr(0, 1) + std::string(31 - counter.size(), '0') + counter;
    return CommandContext{user, Date{2026, 11, 22}, now, new_id, id};
  }
  ApplyResult apply(const Command& command) {
    ApplyResult result = ws.apply(command, context());
    REQUIRE(result.ok());
    return result;
  }
  const Case& the_case() const {
    const Case* c = ws.find(case_id);
    REQUIRE(c);
    return *c;
  }
  // What travels in a bundle: the stored record, decoded on the other side.
  Case exported() const {
    auto decoded = decode_case(encode_case(the_case()));
    REQUIRE(std::holds_alternative<Case>(decoded));
    return std::get<Case>(decoded);
  }
  ImportPlan import(const Case& theirs, const std::string& from = "Anaïs") {
    ImportPlan plan = plan_import(ws.cases(), {theirs}, from);
    std::vector<Case> results;
    for (const auto& m : plan.cases)
      if (m.kind != MergeKind::Unchanged) results.push_back(m.result);
    if (!results.empty()) apply(ImportCases{results, from});
    return plan;
  }
};

Device device(const std::string& id, const std::string& user) { return Device{std::string(32, id[0]), user, {}}; }

// A on one tablet registers the case; B gets it through a bundle.
std::pair<Device, Device> shared_case() {
  Device a = device("a", "An"), b = device("b", "Bram");
  CommandContext ctx = a.context();
  ctx.new_id = case_id;
  REQUIRE(a.ws.apply(CreateCase{{"Zoë", Region::Limburg, "20-11-2026", "Terug naar school"}}, ctx).ok());
  a.apply(AddNote{case_id, "", "Eerste gesprek"});
  auto plan = b.import(a.exported());
  REQUIRE(plan.count(MergeKind::New) == 1);
  return {std::move(a), std::move(b)};
}

UpdateRegistration rename(const Case& c, std::string pseudonym) {
  CaseDraft draft = draft_of(c);
  draft.pseudonym = std::move(pseudonym);
  return {c.id, draft};
}
UpdateRegistration new_question(const Case& c, std::string hulpvraag) {
  CaseDraft draft = draft_of(c);
  draft.hulpvraag = std::move(hulpvraag);
  return {c.id, draft};
}
Agreement agreement(std::string what) {
  Agreement a;
  a.what = std::move(what);
  a.who = "An";
  a.due = Date{2026, 12, 1};
  a.follow_up_by = "Bram";
  return a;
}

}  // namespace

TEST_SUITE("merge") {

TEST_CASE("a case this device does not have is new and arrives whole") {
  auto [a, b] = shared_case();
  const Case& got = b.the_case();
  CHECK(got.pseudonym == "Zoë");
  REQUIRE(got.notes.size() == 1);
  CHECK(got.notes[0].text == "Eerste gesprek");
  CHECK(got.history.back().kind == ChangeKind::Imported);
  CHECK(got.history.back().subject == "Anaïs");
}

TEST_CASE("importing the same bundle again, or a bundle sent straight back, changes nothing") {
  auto [a, b] = shared_case();
  auto again = b.import(a.exported());
  CHECK(again.count(MergeKind::Unchanged) == 1);
  CHECK_FALSE(again.changes_anything());
  auto back = a.import(b.exported());  // B only added its import line, which is not an edit
  CHECK(back.count(MergeKind::Unchanged) == 1);
}

TEST_CASE("changed only on their side: their value is taken") {
  auto [a, b] = shared_case();
  a.apply(rename(a.the_case(), "Zoë V."));
  auto plan = b.import(a.exported());
  CHECK(plan.count(MergeKind::TakeTheirs) == 1);
  CHECK(b.the_case().pseudonym == "Zoë V.");
  CHECK(b.the_case().conflict_units.empty());
}

TEST_CASE("changed only on my side: an older bundle does not undo my change") {
  auto [a, b] = shared_case();
  b.apply(rename(b.the_case(), "Zoë B."));
  auto plan = b.import(a.exported());
  CHECK(plan.count(MergeKind::Unchanged) == 1);
  CHECK(b.the_case().pseudonym == "Zoë B.");
}

TEST_CASE("both sides changed different fields: both changes are kept, no conflict") {
  auto [a, b] = shared_case();
  a.apply(rename(a.the_case(), "Zoë V."));
  b.apply(new_question(b.the_case(), "Eerst slaapritme herstellen"));
  auto plan = b.import(a.exported());
  CHECK(plan.count(MergeKind::Merged) == 1);
  const Case& got = b.the_case();
  CHECK(got.pseudonym == "Zoë V.");
  CHECK(got.hulpvraag == "Eerst slaapritme herstellen");
  CHECK(got.conflict_units.empty());

  // A gets the same result from B's bundle: the two devices agree again.
  a.import(b.exported());
  CHECK(a.the_case().pseudonym == "Zoë V.");
  CHECK(a.the_case().hulpvraag == "Eerst slaapritme herstellen");
}

TEST_CASE("both sides changed the same field: mine stays, theirs is kept beside it as a conflict") {
  auto [a, b] = shared_case();
  a.apply(rename(a.the_case(), "Zoë A."));
  b.apply(rename(b.the_case(), "Zoë B."));
  auto plan = b.import(a.exported(), "An (CLB)");
  CHECK(plan.count(MergeKind::Conflicts) == 1);
  const Case& got = b.the_case();
  CHECK(got.pseudonym == "Zoë B.");
  CHECK(got.conflict_units == std::vector<std::string>{"pseudonym"});
  REQUIRE(got.conflict_theirs.size() == 1);
  CHECK(got.conflict_theirs[0].pseudonym == "Zoë A.");
  CHECK(got.conflict_from == "An (CLB)");
  REQUIRE(has_earlier_value(got, "pseudonym"));
  CHECK(got.merge_base[0].pseudonym == "Zoë");

  SUBCASE("choosing theirs") {
    b.apply(ResolveConflict{case_id, "pseudonym", ConflictChoice::Theirs});
    CHECK(b.the_case().pseudonym == "Zoë A.");
  }
  SUBCASE("choosing the earlier value") {
    b.apply(ResolveConflict{case_id, "pseudonym", ConflictChoice::Earlier});
    CHECK(b.the_case().pseudonym == "Zoë");
  }
  SUBCASE("choosing mine, and the other device takes that choice on the next exchange") {
    b.apply(ResolveConflict{case_id, "pseudonym", ConflictChoice::Mine});
    CHECK(b.the_case().pseudonym == "Zoë B.");
    auto back = a.import(b.exported());
    CHECK(back.count(MergeKind::TakeTheirs) == 1);
    CHECK(a.the_case().pseudonym == "Zoë B.");
    CHECK(a.the_case().conflict_units.empty());
  }
  CHECK(b.the_case().conflict_units.empty());
  CHECK(b.the_case().conflict_theirs.empty());
  CHECK(b.the_case().history.back().kind == ChangeKind::ConflictResolved);
}

TEST_CASE("a conflict cannot be resolved twice or for a unit that is not in conflict") {
  auto [a, b] = shared_case();
  a.apply(rename(a.the_case(), "Zoë A."));
  b.apply(rename(b.the_case(), "Zoë B."));
  b.import(a.exported());
  CHECK(b.ws.apply(ResolveConflict{case_id, "hulpvraag", ConflictChoice::Theirs}, b.context()).error ==
        ApplyError::UnknownItem);
  b.apply(ResolveConflict{case_id, "pseudonym", ConflictChoice::Theirs});
  CHECK(b.ws.apply(ResolveConflict{case_id, "pseudonym", ConflictChoice::Mine}, b.context()).error ==
        ApplyError::UnknownItem);
}

TEST_CASE("notes added on both sides: both notes are kept") {
  auto [a, b] = shared_case();
  a.apply(AddNote{case_id, "", "Notitie van An"});
  b.apply(AddNote{case_id, "", "Notitie van Bram"});
  auto plan = b.import(a.exported());
  CHECK(plan.count(MergeKind::Merged) == 1);
  std::vector<std::string> texts;
  for (const auto& n : b.the_case().notes) texts.push_back(n.text);
  CHECK(texts == std::vector<std::string>{"Eerste gesprek", "Notitie van Bram", "Notitie van An"});
  a.import(b.exported());
  CHECK(a.the_case().notes.size() == 3);
}

TEST_CASE("the same note edited on both sides: the later text shows, the other is kept as an earlier version") {
  auto [a, b] = shared_case();
  const std::string note_id = a.the_case().notes[0].id;
  a.apply(EditNote{case_id, note_id, "Eerste gesprek, moeder aanwezig"});
  b.now += 5000;  // B edits later
  b.apply(EditNote{case_id, note_id, "Eerste gesprek met Zoë"});
  auto plan = b.import(a.exported());
  CHECK(plan.count(MergeKind::Merged) == 1);
  const Note* note = b.the_case().note(note_id);
  REQUIRE(note);
  CHECK(note->text == "Eerste gesprek met Zoë");
  std::vector<std::string> earlier;
  for (const auto& v : note->earlier) earlier.push_back(v.text);
  CHECK(earlier == std::vector<std::string>{"Eerste gesprek", "Eerste gesprek, moeder aanwezig"});
  CHECK(b.the_case().conflict_units.empty());
}

TEST_CASE("agreements added on both sides are kept; one edited on both sides is a conflict") {
  auto [a, b] = shared_case();
  std::string shared_agreement = a.apply(AddAgreement{case_id, agreement("Rooster maken")}).created_id;
  b.import(a.exported());
  a.apply(AddAgreement{case_id, agreement("School bellen")});
  b.apply(AddAgreement{case_id, agreement("Ouders uitnodigen")});
  SUBCASE("added on both sides") {
    b.import(a.exported());
    std::vector<std::string> whats;
    for (const auto& x : b.the_case().agreements) whats.push_back(x.what);
    CHECK(whats == std::vector<std::string>{"Rooster maken", "Ouders uitnodigen", "School bellen"});
  }
  SUBCASE("edited on both sides") {
    a.apply(SetAgreementStatus{case_id, shared_agreement, AgreementStatus::Gedaan});
    b.apply(SetAgreementStatus{case_id, shared_agreement, AgreementStatus::Geannuleerd});
    b.import(a.exported());
    CHECK(b.the_case().conflict_units == std::vector<std::string>{"agreement:" + shared_agreement});
    CHECK(b.the_case().agreement(shared_agreement)->status == AgreementStatus::Geannuleerd);
    CHECK_FALSE(has_earlier_value(b.the_case(), "agreement:" + shared_agreement));
    b.apply(ResolveConflict{case_id, "agreement:" + shared_agreement, ConflictChoice::Theirs});
    CHECK(b.the_case().agreement(shared_agreement)->status == AgreementStatus::Gedaan);
    CHECK(b.the_case().agreements.size() == 3);  // the two new ones are there too
  }
}

TEST_CASE("history lines and status changes of both sides are merged in time order") {
  auto [a, b] = shared_case();
  a.apply(ChangeStatus{case_id, CaseStatus::InBehandeling, std::nullopt});
  b.now += 500;
  b.apply(AddNote{case_id, "", "Bram belde de school"});
  b.import(a.exported());
  const Case& got = b.the_case();
  CHECK(got.status == CaseStatus::InBehandeling);
  REQUIRE(got.status_changes.size() == 1);
  bool has_status_line = false, has_note_line = false;
  for (std::size_t i = 0; i < got.history.size(); ++i) {
    if (i > 0) CHECK(got.history[i - 1].at_ms <= got.history[i].at_ms);
    has_status_line |= got.history[i].kind == ChangeKind::StatusChanged && got.history[i].actor == "An";
    has_note_line |= got.history[i].kind == ChangeKind::NoteAdded && got.history[i].actor == "Bram";
  }
  CHECK(has_status_line);
  CHECK(has_note_line);
}

TEST_CASE("an item deleted here stays deleted unless the other side changed it since") {
  auto [a, b] = shared_case();
  std::string kept = a.apply(AddAgreement{case_id, agreement("Verslag sturen")}).created_id;
  std::string note = a.apply(AddNote{case_id, "", "Dubbel ingevoerd"}).created_id;
  b.import(a.exported());
  b.apply(DeleteNote{case_id, note});
  Agreement reassigned = *a.the_case().agreement(kept);
  reassigned.who = "Bram";
  a.apply(UpdateAgreement{case_id, reassigned});
  b.import(a.exported());
  CHECK(b.the_case().note(note) == nullptr);          // A did not touch it: my delete holds
  CHECK(b.the_case().agreement(kept)->who == "Bram");  // A's edit arrives
}

TEST_CASE("a note deleted here comes back when the other side edited it meanwhile") {
  auto [a, b] = shared_case();
  const std::string note_id = a.the_case().notes[0].id;
  b.apply(DeleteNote{case_id, note_id});
  a.apply(EditNote{case_id, note_id, "Eerste gesprek, aangevuld"});
  b.import(a.exported());
  REQUIRE(b.the_case().note(note_id));
  CHECK(b.the_case().note(note_id)->text == "Eerste gesprek, aangevuld");
}

TEST_CASE("an undo is a change like any other: the other side takes the undone value") {
  auto [a, b] = shared_case();
  auto result = a.apply(rename(a.the_case(), "Verkeerd"));
  b.import(a.exported());
  CHECK(b.the_case().pseudonym == "Verkeerd");
  a.apply(*result.undo);
  CHECK(a.the_case().pseudonym == "Zoë");
  auto plan = b.import(a.exported());
  CHECK(plan.count(MergeKind::TakeTheirs) == 1);
  CHECK(b.the_case().pseudonym == "Zoë");
}

TEST_CASE("merge state survives the stored record") {
  auto [a, b] = shared_case();
  a.apply(rename(a.the_case(), "Zoë A."));
  b.apply(rename(b.the_case(), "Zoë B."));
  b.import(a.exported());
  Case stored = b.exported();
  CHECK(stored == b.the_case());
  CHECK(stored.conflict_units == std::vector<std::string>{"pseudonym"});
  CHECK(stored.sync.clock.size() == 2);
}

TEST_CASE("a field left out of a bundle never overwrites or conflicts with the value kept at home") {
  auto [a, b] = shared_case();
  CaseDraft draft = draft_of(a.the_case());
  draft.aanmelding.requester_name = "Sénne";
  a.apply(UpdateRegistration{case_id, draft});
  Case pseudonymised = a.exported();
  strip_identifying(pseudonymised);
  b.import(pseudonymised);
  CHECK(b.the_case().aanmelding.requester_name.empty());
  b.apply(new_question(b.the_case(), "Vraag van Bram"));
  a.apply(rename(a.the_case(), "Zoë A."));
  Case back = b.exported();
  auto plan = a.import(back);
  CHECK(plan.count(MergeKind::Merged) == 1);
  CHECK(a.the_case().conflict_units.empty());
  CHECK(a.the_case().aanmelding.requester_name == "Sénne");
  CHECK(a.the_case().hulpvraag == "Vraag van Bram");
  CHECK(a.the_case().pseudonym == "Zoë A.");
}

TEST_CASE("bundles leave identifying fields out unless asked") {
  Case c;
  c.aanmelding.requester_name = "Sénne";
  c.aanmelding.requester_contact = "0470 12 34 56";
  c.jongere.school = "Sint-Lievenscollege";
  c.meetings.push_back(Meeting{});
  c.meetings[0].participants.push_back({"Anaïs", "CLB Gent"});
  c.hulpvraag = "Terug naar school";
  strip_identifying(c);
  CHECK(c.aanmelding.requester_name.empty());
  CHECK(c.aanmelding.requester_contact.empty());
  CHECK(c.jongere.school.empty());
  CHECK(c.meetings[0].participants[0].name.empty());
  CHECK(c.meetings[0].participants[0].organisation == "CLB Gent");
  CHECK(c.hulpvraag == "Terug naar school");
}

}  // TEST_SUITE
