// The search index finds exactly what filter_cases finds, and follows the workspace's changes.
#include <doctest/doctest.h>

#include "core/sample_data.hpp"
#include "core/search_index.hpp"
#include "case_ids.hpp"  // tests/core

using namespace rots;
using rots::test::ids_of;

namespace {
CaseFilter query(std::string words) {
  CaseFilter f;
  f.query = std::move(words);
  return f;
}

std::vector<std::string> open_case_ids(const Workspace& workspace) {
  std::vector<std::string> ids;
  for (const Case& c : workspace.cases())
    if (c.status != CaseStatus::Afgesloten) ids.push_back(c.id);
  return ids;
}

void check_same(const Workspace& workspace, const SearchIndex& index, const CaseFilter& filter) {
  const auto all = workspace.cases_for_list();
  CAPTURE(filter.query);
  CHECK(ids_of(index.filter(all, filter)) == ids_of(filter_cases(all, filter)));
}
}  // namespace

TEST_CASE("the search index finds what the full scan finds") {
  Workspace workspace;
  workspace.load(sample_cases(3, 60));
  SearchIndex index;
  index.update(workspace);
  for (const char* q : {"zorgcoordinator", "IDEEËN wachtlijst", "afspraak", "cafe reunie", "ab-1", "time-out",
                        "een", "e", "nothing-like-this", "  ", "school. de", "medewerker 12"})
    check_same(workspace, index, query(q));
  CaseFilter region = query("school");
  region.region = Region::Limburg;
  check_same(workspace, index, region);
  CHECK_FALSE(index.filter(workspace.cases_for_list(), query("afspraak")).empty());  // the check can fail
}

TEST_CASE("the search index follows added, changed and deleted cases") {
  Workspace workspace;
  workspace.load(sample_cases(4, 10));
  SearchIndex index;
  index.update(workspace);
  const std::string id = workspace.cases()[3].id;
  CHECK(index.filter(workspace.cases_for_list(), query("zebrapad")).empty());

  CommandContext at{"An", Date{2026, 11, 1}, 5000, "note-1"};
  REQUIRE(workspace.apply(AddNote{id, "", "Afspraak aan het zebrapad"}, at).ok());
  index.update(workspace);
  CHECK(ids_of(index.filter(workspace.cases_for_list(), query("ZEBRAPAD"))) == std::vector<std::string>{id});

  REQUIRE(workspace.apply(DeleteCase{id}, at).ok());
  index.update(workspace);
  CHECK(index.filter(workspace.cases_for_list(), query("zebrapad")).empty());

  workspace.load(sample_cases(4, 10));  // a reload replaces everything
  index.update(workspace);
  check_same(workspace, index, query("zebrapad"));
  check_same(workspace, index, query("gesprek"));
}

TEST_CASE("the search index built in slices finds what the full scan finds, at every slice") {
  Workspace workspace;
  workspace.load(sample_cases(5, 40));
  SearchIndex index;
  int slices = 0;
  bool done = false;
  while (!done) {
    done = index.update_some(workspace, 7);
    ++slices;
    check_same(workspace, index, query("afspraak school"));  // half built: right all the same
    REQUIRE(slices < 100);
  }
  CHECK(slices == 6);  // 40 cases, 7 a slice: the sixth slice indexes the last 5 and says so
  CHECK(index.update_some(workspace, 7));  // nothing left

  // A change between slices is indexed too; a deleted case is no longer found.
  SearchIndex again;
  CHECK_FALSE(again.update_some(workspace, 10));
  const std::string first = workspace.cases()[0].id;  // already indexed, then changed
  const std::string last = workspace.cases()[39].id;
  CommandContext at{"An", Date{2026, 11, 1}, 5000, "note-1"};
  REQUIRE(workspace.apply(AddNote{first, "", "Overleg over het zebrapad"}, at).ok());
  REQUIRE(workspace.apply(DeleteCase{last}, at).ok());
  while (!again.update_some(workspace, 10)) {
  }
  CHECK(ids_of(again.filter(workspace.cases_for_list(), query("zebrapad"))) == std::vector<std::string>{first});
  for (const char* q : {"zorgcoordinator", "afspraak", "e", "medewerker 12"}) check_same(workspace, again, query(q));
}

TEST_CASE("the search index stays right after thousands of edits (its lists are rebuilt on the way)") {
  Workspace workspace;
  workspace.load(sample_cases(6, 12));
  SearchIndex index;
  index.update(workspace);
  const std::vector<std::string> open = open_case_ids(workspace);
  REQUIRE(open.size() >= 3);
  CommandContext at{"An", Date{2026, 11, 1}, 5000, "note-1"};
  // Each edit replaces one case's entry; past 1,024 replaced entries the lists are rebuilt.
  for (std::size_t i = 0; i < 1500; ++i) {
    at.new_id = "note-edit-" + std::to_string(i);
    REQUIRE(workspace.apply(AddNote{open[i % open.size()], "", "Telefoon " + std::to_string(i)}, at).ok());
    index.update(workspace);
  }
  for (const char* q : {"telefoon 1499", "telefoon 7", "1234", "zorgcoordinator", "e", "nothing-like-this"})
    check_same(workspace, index, query(q));
  CHECK(ids_of(index.filter(workspace.cases_for_list(), query("1499"))) ==
        std::vector<std::string>{open[1499 % open.size()]});
}

TEST_CASE("the search index answers for cases of another workspace by reading them") {
  Workspace workspace;
  workspace.load(sample_cases(7, 20));
  SearchIndex index;
  index.update(workspace);
  Workspace copy = workspace;  // the same ids at other addresses, then one changed
  CommandContext at{"An", Date{2026, 11, 1}, 5000, "note-1"};
  const std::string id = open_case_ids(copy).at(1);
  REQUIRE(copy.apply(AddNote{id, "", "Afspraak aan het zebrapad"}, at).ok());
  CHECK(ids_of(index.filter(copy.cases_for_list(), query("zebrapad"))) == std::vector<std::string>{id});
  check_same(copy, index, query("afspraak school"));
}
