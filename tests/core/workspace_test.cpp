#include <doctest/doctest.h>

#include "core/workspace.hpp"

using namespace rots;

namespace {
CommandContext context(std::string id, std::int64_t now_ms = 1000) {
  return CommandContext{"tester", Date{2026, 11, 22}, now_ms, std::move(id)};
}
const std::string id_a(32, 'a');
const std::string id_b(32, 'b');
}  // namespace

TEST_CASE("creating a case stores the trimmed draft under the new id") {
  Workspace ws;
  auto result = ws.apply(CreateCase{{"  Zoë ", Region::WestVlaanderen, "20-11-2026"}}, context(id_a, 5000));
  REQUIRE(result.ok());
  CHECK(result.changed_case_ids == std::vector<std::string>{id_a});
  const Case* c = ws.find(id_a);
  REQUIRE(c);
  CHECK(c->pseudonym == "Zoë");
  CHECK(c->region == Region::WestVlaanderen);
  CHECK(c->registered_on == Date{2026, 11, 20});
  CHECK(c->created_at_ms == 5000);
  CHECK(c->updated_at_ms == 5000);
}

TEST_CASE("an invalid draft changes nothing") {
  Workspace ws;
  auto result = ws.apply(CreateCase{{"", Region::Limburg, "20-11-2026"}}, context(id_a));
  CHECK_FALSE(result.ok());
  CHECK(result.changed_case_ids.empty());
  CHECK(ws.cases().empty());
}

TEST_CASE("the list shows the latest registration first") {
  Workspace ws;
  ws.apply(CreateCase{{"Oud", Region::Limburg, "01-01-2026"}}, context(id_a, 1));
  ws.apply(CreateCase{{"Nieuw", Region::Limburg, "01-06-2026"}}, context(id_b, 2));
  auto list = ws.cases_for_list();
  REQUIRE(list.size() == 2);
  CHECK(list[0]->pseudonym == "Nieuw");
  CHECK(list[1]->pseudonym == "Oud");
}

TEST_CASE("loading keeps the most recently updated copy of a duplicated case") {
  Case older;
  older.id = id_a;
  older.pseudonym = "Oud";
  older.region = Region::Antwerpen;
  older.registered_on = {2026, 1, 1};
  older.created_at_ms = 1;
  older.updated_at_ms = 10;
  Case newer = older;
  newer.pseudonym = "Nieuw";
  newer.updated_at_ms = 20;
  Workspace ws;
  ws.load({newer, older});
  REQUIRE(ws.cases().size() == 1);
  CHECK(ws.cases()[0].pseudonym == "Nieuw");
}

TEST_CASE("deleting a case can be undone exactly") {
  Workspace ws;
  ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026", "Vraag"}}, context(id_a, 7));
  const Case before = *ws.find(id_a);
  auto deleted = ws.apply(DeleteCase{id_a}, context(""));
  REQUIRE(deleted.ok());
  CHECK(deleted.deleted_case_ids == std::vector<std::string>{id_a});
  CHECK(ws.find(id_a) == nullptr);
  REQUIRE(deleted.undo.has_value());

  auto restored = ws.apply(*deleted.undo, context(""));
  REQUIRE(restored.ok());
  REQUIRE(ws.find(id_a));
  CHECK(*ws.find(id_a) == before);
  CHECK(restored.changed_case_ids == std::vector<std::string>{id_a});
}

TEST_CASE("duplicating copies the registration under a new id and name; undo removes the copy") {
  Workspace ws;
  ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026", "Vraag"}}, context(id_a, 7));
  auto copy = ws.apply(DuplicateCase{id_a, "Zoë (kopie)"}, context(id_b, 9));
  REQUIRE(copy.ok());
  const Case* c = ws.find(id_b);
  REQUIRE(c);
  CHECK(c->pseudonym == "Zoë (kopie)");
  CHECK(c->region == Region::Limburg);
  CHECK(c->hulpvraag == "Vraag");
  CHECK(c->created_at_ms == 9);
  auto undone = ws.apply(*copy.undo, context(""));
  CHECK(undone.deleted_case_ids == std::vector<std::string>{id_b});
  CHECK(ws.cases().size() == 1);
}

TEST_CASE("commands on a case that is not there change nothing") {
  Workspace ws;
  CHECK(ws.apply(DeleteCase{id_a}, context("")).error == ApplyError::UnknownCase);
  CHECK(ws.apply(DuplicateCase{id_a, "X"}, context(id_b)).error == ApplyError::UnknownCase);
  ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026"}}, context(id_a));
  CHECK(ws.apply(CreateCase{{"Noah", Region::Limburg, "01-11-2026"}}, context(id_a)).error == ApplyError::DuplicateId);
  CHECK(ws.cases().size() == 1);
}

TEST_CASE("a deleted case is remembered, and an import asks before it comes back") {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026"}}, context(id_a, 10)).ok());
  const Case copy_elsewhere = *ws.find(id_a);  // a colleague still holds it
  auto deleted = ws.apply(DeleteCase{id_a}, context("", 20));
  REQUIRE(deleted.ok());
  CHECK(ws.deleted_cases().at(id_a) == 20);

  const ImportPlan plan = plan_import(ws.cases(), {copy_elsewhere}, "Sara", ws.deleted_cases());
  REQUIRE(plan.cases.size() == 1);
  CHECK(plan.cases[0].kind == MergeKind::DeletedHere);
  CHECK_FALSE(plan.changes_anything());
  // Without the memory of the deletion it would simply be new.
  CHECK(plan_import(ws.cases(), {copy_elsewhere}, "Sara").cases[0].kind == MergeKind::New);

  // The user ticks it: imported, and no longer remembered as deleted.
  auto imported = ws.apply(ImportCases{{plan.cases[0].result}, "Sara"}, context("", 30));
  REQUIRE(imported.ok());
  CHECK(imported.undeleted_case_ids == std::vector<std::string>{id_a});
  CHECK(ws.deleted_cases().empty());
  CHECK(ws.find(id_a));
}

TEST_CASE("undoing a delete forgets the deletion") {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026"}}, context(id_a, 10)).ok());
  auto deleted = ws.apply(DeleteCase{id_a}, context("", 20));
  REQUIRE(deleted.undo);
  auto restored = ws.apply(*deleted.undo, context("", 30));
  REQUIRE(restored.ok());
  CHECK(restored.undeleted_case_ids == std::vector<std::string>{id_a});
  CHECK(ws.deleted_cases().empty());
}

TEST_CASE("an edited question is saved as typed, so a tab closed after a space reopens as it was shown") {
  Workspace ws;
  REQUIRE(ws.apply(CreateCase{{"Zoë", Region::Limburg, "01-11-2026", "  Vraag  "}}, context(id_a, 10)).ok());
  CHECK(ws.find(id_a)->hulpvraag == "Vraag");  // a new case is a finished form: trimmed

  CaseDraft draft = draft_of(*ws.find(id_a));
  draft.pseudonym = "Zoë ";
  draft.hulpvraag = "Spijbelt sinds september. ";
  REQUIRE(ws.apply(UpdateRegistration{id_a, draft}, context("", 20)).ok());
  CHECK(ws.find(id_a)->hulpvraag == "Spijbelt sinds september. ");
  CHECK(ws.find(id_a)->pseudonym == "Zoë");  // a name is still trimmed: it is listed and searched
}

TEST_CASE("finding a case by id answers as a walk over all cases would, through every way cases come and go") {
  const auto scan = [](const Workspace& ws, const std::string& id) -> const Case* {
    for (const Case& c : ws.cases())
      if (c.id == id) return &c;
    return nullptr;
  };
  const auto id_of = [](int n) {
    const char* hex = "0123456789abcdef";
    return std::string(30, 'a') + hex[n / 16] + hex[n % 16];
  };
  std::vector<std::string> ids;
  for (int n = 0; n < 26; ++n) ids.push_back(id_of(n));
  const auto check_all = [&](const Workspace& ws) {
    for (const auto& id : ids) {
      CAPTURE(id);
      CHECK(ws.find(id) == scan(ws, id));
    }
  };

  Workspace ws;
  for (int n = 0; n < 6; ++n)
    REQUIRE(ws.apply(CreateCase{{"Jongere", Region::Limburg, "01-11-2026"}}, context(id_of(n), 10 + n)).ok());
  check_all(ws);
  auto deleted = ws.apply(DeleteCase{id_of(1)}, context("", 20));  // the cases behind it move up
  REQUIRE(deleted.ok());
  check_all(ws);
  REQUIRE(ws.apply(DuplicateCase{id_of(4), "Kopie"}, context(id_of(6), 21)).ok());
  REQUIRE(ws.apply(*deleted.undo, context("", 22)).ok());  // back, now at the end
  check_all(ws);
  REQUIRE(ws.find(id_of(1)));

  Case incoming = *ws.find(id_of(2));
  incoming.pseudonym = "Van een collega";
  Case brand_new = incoming;
  brand_new.id = id_of(7);
  REQUIRE(ws.apply(ImportCases{{incoming, brand_new}, "Sara"}, context("", 23)).ok());
  check_all(ws);
  CHECK(ws.find(id_of(2))->pseudonym == "Van een collega");

  // Start-up: cases, then outlines of the rest, opened one by one; the unread ones dropped.
  std::vector<Case> stored(ws.cases().begin(), ws.cases().begin() + 3);
  std::vector<Case> outlines;
  for (int n = 10; n < 16; ++n) {
    Case outline = stored[0];
    outline.id = id_of(n);
    outlines.push_back(outline);
  }
  ws.load(stored);
  check_all(ws);
  ws.add_outlines(outlines);
  check_all(ws);
  REQUIRE(ws.open_case(outlines[2]));
  Case without_summary = stored[0];
  without_summary.id = id_of(20);
  REQUIRE(ws.open_case(without_summary));
  check_all(ws);
  CHECK(ws.drop_unopened().size() == 5);
  check_all(ws);
  CHECK(ws.cases().size() == 5);
}
