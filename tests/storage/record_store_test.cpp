#include <doctest/doctest.h>

#include <algorithm>

#include "platform/native/manual_timer.hpp"
#include "platform/native/memory_backend.hpp"
#include "core/sample_data.hpp"
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

// A fresh store on the same backend, as after a reload of the page.
LoadReport load(RecordBackend& backend, std::vector<LoadProgress>* progress = nullptr) {
  ManualTimer timer;
  RecordStore store(backend, timer);
  LoadReport report;
  store.load_everything([&](LoadProgress p) { if (progress) progress->push_back(p); },
                      [&](LoadReport r) { report = std::move(r); });
  return report;
}

struct Fixture {
  MemoryBackend backend;
  ManualTimer timer;
  RecordStore store{backend, timer};
  void settle() { timer.advance(RecordStore::coalesce_ms); }
  // One case per letter of `fills` ("Naam a", …), saved (not yet written: settle() writes them).
  std::vector<Case> save_cases_named(const std::string& fills) {
    std::vector<Case> cases;
    for (char fill : fills) cases.push_back(make_case(fill, std::string("Naam ") + fill));
    std::vector<const Case*> pointers;
    for (const Case& c : cases) pointers.push_back(&c);
    store.save_cases(pointers);
    return cases;
  }
};
}  // namespace

TEST_CASE("saved cases are there after a reload") {
  Fixture f;
  const Case a = make_case('a', "Zoë"), b = make_case('b', "Noah");
  f.store.save_cases({&a, &b});
  f.settle();
  CHECK(f.store.state().phase == SavePhase::Saved);

  auto report = load(f.backend);
  CHECK(report.status.ok());
  REQUIRE(report.cases.size() == 2);
  CHECK(report.quarantined.empty());
  CHECK((report.cases[0] == a || report.cases[1] == a));
}

TEST_CASE("a burst of edits is written once, within the coalescing window, and says 'saving' until then") {
  Fixture f;
  Case a = make_case('a', "Zoë");
  f.store.save_cases({&a});
  a.hulpvraag = "Eerste zin";
  f.timer.advance(100);
  f.store.save_cases({&a});
  const Case b = make_case('b', "Noah");
  f.timer.advance(100);
  f.store.save_cases({&b});
  CHECK(f.store.state().phase == SavePhase::Saving);
  CHECK(f.store.state().unsaved_records == 4);  // two cases, each with its summary
  f.timer.advance(RecordStore::coalesce_ms - 201);
  CHECK(f.backend.commits() == 0);  // the window counts from the first edit, and is not over yet

  f.timer.advance(1);
  CHECK(f.backend.commits() == 1);
  CHECK(f.store.state().phase == SavePhase::Saved);
  auto report = load(f.backend);
  REQUIRE(report.cases.size() == 2);
  CHECK(std::count(report.cases.begin(), report.cases.end(), a) == 1);  // the latest text
}

TEST_CASE("flushing writes at once: the page is being hidden or closed") {
  Fixture f;
  const Case a = make_case('a', "Zoë");
  f.store.save_cases({&a});
  f.store.flush_now();
  CHECK(f.backend.commits() == 1);
  CHECK(f.store.state().phase == SavePhase::Saved);
  f.settle();  // the scheduled flush finds nothing left to write
  CHECK(f.backend.commits() == 1);
}

TEST_CASE("an edit made while a write is under way is written right after it, and only then is it 'saved'") {
  Fixture f;
  f.backend.hold_commits(true);
  Case a = make_case('a', "Zoë");
  f.store.save_cases({&a});
  f.settle();
  REQUIRE(f.backend.held_commits() == 1);
  a.hulpvraag = "Later getypt";
  f.store.save_cases({&a});
  int idle_calls = 0;
  f.store.when_idle([&](bool saved) { idle_calls += saved ? 1 : 100; });

  f.backend.release_commits();  // the first write lands; the edit follows at once
  CHECK(f.store.state().phase == SavePhase::Saving);
  CHECK(idle_calls == 0);
  REQUIRE(f.backend.held_commits() == 1);
  f.backend.release_commits();
  CHECK(f.store.state().phase == SavePhase::Saved);
  CHECK(idle_calls == 1);
  REQUIRE(load(f.backend).cases.size() == 1);
  CHECK(load(f.backend).cases[0].hulpvraag == "Later getypt");
}

TEST_CASE("the save state never says 'saved' while a change is queued or being written") {
  Fixture f;
  f.backend.hold_commits(true);
  std::vector<SavePhase> seen;
  f.store.on_change([&] { seen.push_back(f.store.state().phase); });
  const Case a = make_case('a', "Zoë");
  f.store.save_cases({&a});
  f.settle();
  CHECK(std::count(seen.begin(), seen.end(), SavePhase::Saved) == 0);
  f.backend.release_commits();
  REQUIRE(!seen.empty());
  CHECK(seen.front() == SavePhase::Saving);
  CHECK(seen.back() == SavePhase::Saved);
  CHECK(std::count(seen.begin(), seen.end(), SavePhase::Saved) == 1);
}

TEST_CASE("a record that cannot be decoded is quarantined, kept, and the rest loads") {
  Fixture f;
  const Case a = make_case('a', "Zoë");
  f.store.save_cases({&a});
  f.settle();
  f.backend.put_raw(case_record_key(std::string(32, 'd')), "{\"case\":");
  f.backend.put_raw("mystery:1", "{}");

  auto report = load(f.backend);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0] == a);
  REQUIRE(report.quarantined.size() == 2);
  std::vector<std::string> keys{report.quarantined[0].key, report.quarantined[1].key};
  std::sort(keys.begin(), keys.end());
  CHECK(keys == std::vector<std::string>{case_record_key(std::string(32, 'd')), "mystery:1"});
  CHECK(f.backend.records().count(case_record_key(std::string(32, 'd'))) == 1);  // not deleted
}

TEST_CASE("a record stored under another case's key is not trusted") {
  MemoryBackend backend;
  const Case a = make_case('a', "Zoë");
  backend.put_raw(case_record_key(std::string(32, 'b')), encode_case(a));
  auto report = load(backend);
  CHECK(report.cases.empty());
  CHECK(report.quarantined.size() == 1);
}

TEST_CASE("loading reports its progress batch by batch, and a bad record in a batch spoils nothing else") {
  MemoryBackend backend;
  backend.set_batch_size(2);
  for (char fill : std::string("abcd")) backend.put_raw(case_record_key(std::string(32, fill)), encode_case(make_case(fill, "X")));
  backend.put_raw(case_record_key(std::string(32, 'e')), "not json");
  std::vector<LoadProgress> progress;
  auto report = load(backend, &progress);
  REQUIRE(progress.size() == 3);
  CHECK(progress[0].loaded == 2);
  CHECK(progress[1].loaded == 4);
  CHECK(progress[2].loaded == 5);
  CHECK(progress[2].total == 5);
  CHECK(report.cases.size() == 4);
  CHECK(report.quarantined.size() == 1);
}

TEST_CASE("a full disk keeps the change queued, reports it, and saves it on retry") {
  Fixture f;
  const Case a = make_case('a', "Zoë");
  f.store.save_cases({&a});
  f.settle();

  f.backend.fail_commits_with({BackendErrorKind::QuotaExceeded, "QuotaExceededError"});
  const Case b = make_case('b', "Noah");
  f.store.save_cases({&b});
  bool idle_saved = true;
  f.store.when_idle([&](bool saved) { idle_saved = saved; });
  f.settle();
  CHECK(f.store.state().phase == SavePhase::Failed);
  CHECK(f.store.state().last_error.kind == BackendErrorKind::QuotaExceeded);
  CHECK(f.store.state().unsaved_records == 2);  // the case and its summary
  CHECK_FALSE(idle_saved);
  CHECK(load(f.backend).cases.size() == 1);  // what was saved before is intact

  f.backend.fail_commits_with({});
  f.store.retry();
  CHECK(f.store.state().phase == SavePhase::Saved);
  CHECK(load(f.backend).cases.size() == 2);
}

TEST_CASE("after a failed write, the next edit writes the failed change too") {
  Fixture f;
  f.backend.fail_commits_with({BackendErrorKind::Failed, "AbortError"});
  const Case a = make_case('a', "Zoë");
  f.store.save_cases({&a});
  f.settle();
  REQUIRE(f.store.state().phase == SavePhase::Failed);
  f.backend.fail_commits_with({});
  const Case b = make_case('b', "Noah");
  f.store.save_cases({&b});
  CHECK(f.store.state().phase == SavePhase::Failed);  // still true until a write succeeds
  f.settle();
  CHECK(f.store.state().phase == SavePhase::Saved);
  CHECK(load(f.backend).cases.size() == 2);
}

TEST_CASE("deleting a case removes its record; settings are kept apart from cases") {
  Fixture f;
  const Case a = make_case('a', "Zoë"), b = make_case('b', "Noah");
  f.store.save_cases({&a, &b});
  f.store.save_settings(DeviceSettings{Theme::Dark, 130});
  f.store.save_cases({}, {a.id});
  f.settle();

  auto report = load(f.backend);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0] == b);
  REQUIRE(report.settings.has_value());
  CHECK(*report.settings == DeviceSettings{Theme::Dark, 130});
  CHECK(report.quarantined.empty());
}

TEST_CASE("a case's summary is written in the same commit as the case, and deleted with it") {
  Fixture f;
  Case a = make_case('a', "Zoë");
  a.status = CaseStatus::InBehandeling;
  f.store.save_cases({&a});
  f.settle();
  CHECK(f.backend.commits() == 1);
  REQUIRE(f.backend.records().count(summary_record_key(a.id)) == 1);
  auto decoded = decode_summary(f.backend.records().at(summary_record_key(a.id)));
  REQUIRE(std::holds_alternative<CaseSummary>(decoded));
  CHECK(std::get<CaseSummary>(decoded) == summary_of(a));

  f.store.save_cases({}, {a.id}, 5);
  f.settle();
  CHECK(f.backend.records().count(summary_record_key(a.id)) == 0);
  CHECK(f.backend.records().count(case_record_key(a.id)) == 0);
}

TEST_CASE("start-up reads the summaries first and no case record; the cases come after, in batches") {
  Fixture f;
  const std::vector<Case> cases = f.save_cases_named("abcdef");
  f.store.save_settings(DeviceSettings{Theme::Dark, 130});
  f.settle();

  MemoryBackend& backend = f.backend;
  backend.set_batch_size(4);
  ManualTimer timer;
  RecordStore store(backend, timer);
  LoadReport first;
  store.open_and_load({}, [&](LoadReport r) { first = std::move(r); });
  CHECK(backend.records_read() == cases.size() + 1);  // the summaries and the settings
  CHECK(first.cases.empty());
  REQUIRE(first.summaries.size() == cases.size());
  CHECK(first.summaries[2] == summary_of(cases[2]));
  CHECK(first.settings.has_value());

  std::vector<std::size_t> batch_sizes;
  std::size_t last_total = 0;
  LoadReport rest;
  bool done = false;
  store.load_cases(
      [&](std::vector<StoredRecord> records, LoadProgress p) {
        batch_sizes.push_back(records.size());
        last_total = p.total;
        store.decode_records(rest, records);
      },
      [&](BackendStatus status) { done = status.ok(); });
  CHECK(done);
  CHECK(batch_sizes == std::vector<std::size_t>{4, 2});
  CHECK(last_total == cases.size());
  REQUIRE(rest.cases.size() == cases.size());
  CHECK(rest.cases[5] == cases[5]);
}

TEST_CASE("held loads deliver nothing until released, then every case once, in order (unlocking holds the reading)") {
  Fixture f;
  const std::vector<Case> cases = f.save_cases_named("abcdefg");
  f.settle();
  f.backend.set_batch_size(3);

  std::vector<std::string> keys;
  int batches = 0;
  bool done = false;
  f.store.load_cases(
      [&](std::vector<StoredRecord> records, LoadProgress) {
        ++batches;
        for (const auto& r : records) keys.push_back(r.key);
        if (batches == 1) f.backend.hold_loads(true);  // held between two batches, as a tap on "Ontgrendelen" does
      },
      [&](BackendStatus status) { done = status.ok(); });
  CHECK(batches == 1);
  CHECK(keys.size() == 3);
  CHECK_FALSE(done);

  bool other_done = false;  // a load started while held waits too, its end included
  f.store.load_case(cases[0].id, [&](std::vector<StoredRecord>) { other_done = true; });
  CHECK_FALSE(other_done);

  f.backend.hold_loads(false);
  CHECK(done);
  CHECK(other_done);
  CHECK(batches == 3);
  REQUIRE(keys.size() == cases.size());
  CHECK(std::is_sorted(keys.begin(), keys.end()));
  CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
}

TEST_CASE("after a lock, a change still queued wins over the stored case, and one case can be read before its turn") {
  Fixture f;
  Case a = make_case('a', "Zoë"), b = make_case('b', "Noah");
  f.store.save_cases({&a, &b});
  f.settle();
  a.pseudonym = "Zoë (nieuw)";
  f.store.save_cases({&a});  // queued, not written yet

  std::vector<StoredRecord> got;
  f.store.load_cases([&](std::vector<StoredRecord> records, LoadProgress) {
    for (auto& r : records) got.push_back(std::move(r));
  }, [](BackendStatus) {});
  LoadReport report;
  f.store.decode_records(report, got);
  REQUIRE(report.cases.size() == 2);
  const auto newest = std::find_if(report.cases.begin(), report.cases.end(), [&](const Case& c) { return c.id == a.id; });
  REQUIRE(newest != report.cases.end());
  CHECK(newest->pseudonym == "Zoë (nieuw)");

  std::vector<StoredRecord> one;
  f.store.load_case(b.id, [&](std::vector<StoredRecord> records) { one = std::move(records); });
  REQUIRE(one.size() == 1);
  CHECK(one[0].key == case_record_key(b.id));
  f.store.load_case(a.id, [&](std::vector<StoredRecord> records) { one = std::move(records); });
  LoadReport queued;
  f.store.decode_records(queued, one);
  REQUIRE(queued.cases.size() == 1);
  CHECK(queued.cases[0].pseudonym == "Zoë (nieuw)");
  f.store.load_case(std::string(32, 'c'), [&](std::vector<StoredRecord> records) { one = std::move(records); });
  CHECK(one.empty());
}

TEST_CASE("a summary stored under another case's key, or unreadable, is not used, and not reported as damaged data") {
  MemoryBackend backend;
  const Case a = make_case('a', "Zoë");
  backend.put_raw(summary_record_key(std::string(32, 'b')), encode_summary(summary_of(a)));
  backend.put_raw(summary_record_key(std::string(32, 'c')), "{\"summary\":{\"v\":1}}");
  auto report = load(backend);
  CHECK(report.summaries.empty());
  CHECK(report.quarantined.empty());  // derived data: written again once the case is open
  CHECK(report.unreadable_summaries.size() == 2);
  CHECK(backend.records().size() == 2);
}

TEST_CASE("a case read back has the summary written with it, so a start-up finds nothing to rewrite") {
  for (const Case& c : sample_cases(2026, 50)) {
    auto decoded = decode_case(encode_case(c));
    REQUIRE(std::holds_alternative<Case>(decoded));
    auto summary = decode_summary(encode_summary(summary_of(c)));
    REQUIRE(std::holds_alternative<CaseSummary>(summary));
    CHECK(summary_of(std::get<Case>(decoded)) == std::get<CaseSummary>(summary));
  }
}
