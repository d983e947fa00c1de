#include <doctest/doctest.h>

#include <string_view>
#include <variant>

#include "core/sample_data.hpp"
#include "storage/exchange.hpp"

using namespace rots;

namespace {

constexpr std::string_view passphrase = "een lange wachtzin";

// One case through a bundle: exported, read back, the one case it holds.
Case round_trip(const Case& c, bool include_identifying) {
  ExportRequest request;
  request.cases = {&c};
  request.include_identifying = include_identifying;
  const auto bytes = export_bundle(request, passphrase, bundle_kdf_min);
  auto imported = import_bundle(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), passphrase);
  REQUIRE(std::holds_alternative<ImportedBundle>(imported));
  const ImportedBundle& bundle = std::get<ImportedBundle>(imported);
  REQUIRE(bundle.cases.size() == 1);
  return bundle.cases[0];
}

// A sample case with this device's open conflict: the other device's version and who sent it.
Case with_open_conflict(Case c) {
  Case theirs = c;
  theirs.hulpvraag = "hun versie";
  c.conflict_units = {"hulpvraag"};
  c.conflict_theirs = {theirs};
  c.conflict_from = "Collega";
  return c;
}

}  // namespace

TEST_CASE("export: a case without an open conflict leaves exactly as it is kept, names included") {
  const Case plain = sample_case(2026, 0);
  REQUIRE_FALSE(plain.aanmelding.requester_name.empty());
  CHECK(round_trip(plain, true) == plain);
}

TEST_CASE("export: this device's open conflict stays home, the case itself leaves") {
  const Case conflicted = with_open_conflict(sample_case(2026, 1));
  const Case got = round_trip(conflicted, true);
  CHECK(got.conflict_units.empty());
  CHECK(got.conflict_theirs.empty());
  CHECK(got.conflict_from.empty());
  Case expected = conflicted;
  expected.conflict_units.clear();
  expected.conflict_theirs.clear();
  expected.conflict_from.clear();
  CHECK(got == expected);
}

TEST_CASE("export: without identifying details, names and the school are blank in the case and its merge base") {
  Case c = sample_case(2026, 2);
  REQUIRE_FALSE(c.jongere.school.empty());
  REQUIRE_FALSE(c.meetings.empty());
  REQUIRE_FALSE(c.meetings[0].participants.empty());
  REQUIRE_FALSE(c.meetings[0].participants[0].name.empty());
  c.merge_base = {c};
  const Case got = round_trip(c, false);
  CHECK(got.aanmelding.requester_name.empty());
  CHECK(got.jongere.school.empty());
  for (const Meeting& m : got.meetings)
    for (const auto& p : m.participants) CHECK(p.name.empty());
  REQUIRE(got.merge_base.size() == 1);
  CHECK(got.merge_base[0].aanmelding.requester_name.empty());
  CHECK(got.pseudonym == c.pseudonym);
  CHECK(got.notes == c.notes);
}
