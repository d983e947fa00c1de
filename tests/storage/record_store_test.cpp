#include <doctest/doctest.h>

#include "platform/native/memory_backend.hpp"
#include "storage/record_store.hpp"

using namespace rots;

namespace {
Case make_case(char fill, std::string pseudonym) {
  Case c;
  c.id = std::string(32, fill);
  c.pseudonym = std::move(pseudonym);
  c.region = Region::Limburg;
  c.registered_on = {2026, 11, 1};
  c.created_at_ms = c.updated_at_ms = 1;
  return c;
}

LoadReport load(RecordBackend& backend) {
  RecordStore store(backend);
  LoadReport report;
  store.open_and_load([&](LoadReport r) { report = std::move(r); });
  return report;
}
}  // namespace

TEST_CASE("saved cases are there after a reload") {
  MemoryBackend backend;
  RecordStore store(backend);
  const Case a = make_case('a', "Zoë"), b = make_case('b', "Noah");
  store.save_cases({&a, &b});
  CHECK(store.state().phase == SavePhase::Saved);

  auto report = load(backend);
  CHECK(report.status.ok());
  REQUIRE(report.cases.size() == 2);
  CHECK(report.quarantined.empty());
  CHECK((report.cases[0] == a || report.cases[1] == a));
}

TEST_CASE("a record that cannot be decoded is quarantined, kept, and the rest loads") {
  MemoryBackend backend;
  RecordStore store(backend);
  const Case a = make_case('a', "Zoë");
  store.save_cases({&a});
  backend.put_raw(case_record_key(std::string(32, 'd')), "{\"case\":");
  backend.put_raw("mystery:1", "{}");

  auto report = load(backend);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0] == a);
  REQUIRE(report.quarantined.size() == 2);
  CHECK(backend.records().count(case_record_key(std::string(32, 'd'))) == 1);  // not deleted
}

TEST_CASE("a record stored under another case's key is not trusted") {
  MemoryBackend backend;
  const Case a = make_case('a', "Zoë");
  backend.put_raw(case_record_key(std::string(32, 'b')), encode_case(a));
  auto report = load(backend);
  CHECK(report.cases.empty());
  CHECK(report.quarantined.size() == 1);
}

TEST_CASE("a full disk keeps the change queued, reports it, and saves it on retry") {
  MemoryBackend backend;
  RecordStore store(backend);
  const Case a = make_case('a', "Zoë");
  store.save_cases({&a});

  backend.fail_commits_with({BackendErrorKind::QuotaExceeded, "QuotaExceededError"});
  Case b = make_case('b', "Noah");
  store.save_cases({&b});
  CHECK(store.state().phase == SavePhase::Failed);
  CHECK(store.state().last_error.kind == BackendErrorKind::QuotaExceeded);
  CHECK(store.state().unsaved_records == 1);
  CHECK(load(backend).cases.size() == 1);  // what was saved before is intact

  backend.fail_commits_with({});
  store.retry();
  CHECK(store.state().phase == SavePhase::Saved);
  CHECK(load(backend).cases.size() == 2);
}

TEST_CASE("the save state listener hears every transition") {
  MemoryBackend backend;
  RecordStore store(backend);
  std::vector<SavePhase> seen;
  store.on_change([&] { seen.push_back(store.state().phase); });
  const Case a = make_case('a', "Zoë");
  store.save_cases({&a});
  CHECK(seen == std::vector<SavePhase>{SavePhase::Saving, SavePhase::Saved});
}

TEST_CASE("deleting a case removes its record; settings are kept apart from cases") {
  MemoryBackend backend;
  RecordStore store(backend);
  const Case a = make_case('a', "Zoë"), b = make_case('b', "Noah");
  store.save_cases({&a, &b});
  store.save_settings(DeviceSettings{Theme::Dark, 130});
  store.save_cases({}, {a.id});

  auto report = load(backend);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0] == b);
  REQUIRE(report.settings.has_value());
  CHECK(*report.settings == DeviceSettings{Theme::Dark, 130});
  CHECK(report.quarantined.empty());
}
