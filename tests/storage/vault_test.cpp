// Encryption at rest: the keyring (wrap, unwrap, re-wrap, an interrupted change) and sealed
// records in the store. Key derivation runs at the cheapest allowed cost to keep tests quick;
// the cost itself is the same code path as the bundle's.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "platform/native/manual_timer.hpp"
#include "platform/native/memory_backend.hpp"
#include "storage/record_store.hpp"
#include "storage/vault.hpp"

using namespace rots;

namespace {
constexpr KdfParams quick{1, 8 * 1024};

DataKey unlocked(const Keyring& keyring, std::string_view passphrase) {
  auto result = unlock_vault(keyring, passphrase);
  REQUIRE(std::holds_alternative<DataKey>(result));
  return std::get<DataKey>(result);
}

bool same_key(const SecretKey& a, const SecretKey& b) {
  return std::equal(std::begin(a.bytes), std::end(a.bytes), std::begin(b.bytes));
}

Case sample_case() {
  Case c;
  c.id = std::string(32, 'c');
  c.pseudonym = "Yentl Testcasus";
  c.region = Region::Antwerpen;
  c.registered_on = {2026, 11, 2};
  c.hulpvraag = "Angst om naar school te gaan";
  Note note;
  note.id = "n1";
  note.text = "Gesprek met mama over de busrit";
  note.created_at_ms = note.updated_at_ms = 5;
  c.notes.push_back(note);
  c.created_at_ms = c.updated_at_ms = 5;
  return c;
}

LoadReport load_with(RecordBackend& backend, DataKey key) {
  ManualTimer timer;
  RecordStore store(backend, timer);
  if (key) store.use_key(key);
  LoadReport report;
  store.load_everything({}, [&](LoadReport r) { report = std::move(r); });
  return report;
}
void store_keyring(RecordStore& store, const Keyring& keyring) {
  BackendStatus committed{BackendErrorKind::Failed, "not called"};
  store.commit_keyring(keyring, [&](BackendStatus s) { committed = s; });
  REQUIRE(committed.ok());
}

// What read_keyring reports (the memory backend answers at once).
std::pair<BackendStatus, std::optional<std::string>> keyring_read_by(RecordStore& store) {
  std::pair<BackendStatus, std::optional<std::string>> got{{BackendErrorKind::Failed, "not called"}, "not called"};
  store.read_keyring([&](BackendStatus s, std::optional<std::string> k) { got = {std::move(s), std::move(k)}; });
  return got;
}
}  // namespace

TEST_SUITE("vault") {
TEST_CASE("the right passphrase unwraps the data key, a wrong one is refused") {
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  CHECK(same_key(*unlocked(vault.keyring, "vier losse woorden hier"), *vault.key));
  CHECK(std::get<UnlockError>(unlock_vault(vault.keyring, "vier losse woorden hie")) == UnlockError::WrongPassphrase);
  CHECK(std::get<UnlockError>(unlock_vault(vault.keyring, "")) == UnlockError::WrongPassphrase);
}

TEST_CASE("preparing the unlock (the derivation warmed up on a throwaway input) changes nothing about what unlocks") {
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  prepare_unlock();
  prepare_unlock();
  CHECK(same_key(*unlocked(vault.keyring, "vier losse woorden hier"), *vault.key));
  CHECK(std::get<UnlockError>(unlock_vault(vault.keyring, "")) == UnlockError::WrongPassphrase);  // its throwaway input
}

TEST_CASE("two vaults never share a data key or a salt") {
  const NewVault a = create_vault("dezelfde wachtzin 123", quick), b = create_vault("dezelfde wachtzin 123", quick);
  CHECK_FALSE(same_key(*a.key, *b.key));
  CHECK(a.keyring.salt != b.keyring.salt);
}

TEST_CASE("the keyring survives its stored form, and a changed cost or salt does not unlock") {
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  const std::string text = encode_keyring(vault.keyring);
  auto decoded = decode_keyring(text);
  REQUIRE(std::holds_alternative<Keyring>(decoded));
  CHECK(std::get<Keyring>(decoded) == vault.keyring);

  Keyring more_passes = vault.keyring;
  more_passes.kdf.ops = 2;  // within the caps, but not what the key was wrapped with
  CHECK(std::get<UnlockError>(unlock_vault(more_passes, "vier losse woorden hier")) == UnlockError::WrongPassphrase);
  Keyring other_salt = vault.keyring;
  other_salt.salt[0] ^= 1;
  CHECK(std::get<UnlockError>(unlock_vault(other_salt, "vier losse woorden hier")) == UnlockError::WrongPassphrase);
}

TEST_CASE("a hostile keyring is refused before any key is derived") {
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  Keyring greedy = vault.keyring;
  greedy.kdf.memory_kib = 4u << 20;  // 4 GiB
  CHECK(std::get<UnlockError>(unlock_vault(greedy, "vier losse woorden hier")) == UnlockError::BadParameters);
  for (const char* text : {"", "{}", "{\"keyring\":{}}", "[1,2]", "{\"keyring\":{\"format\":1,\"kdf\":\"scrypt\"}}",
                           "{\"keyring\":{\"format\":9,\"kdf\":\"argon2id13\"}}"}) {
    CAPTURE(text);
    CHECK(std::holds_alternative<DecodeError>(decode_keyring(text)));
  }
  std::string wrong_hex = encode_keyring(vault.keyring);
  wrong_hex.replace(wrong_hex.find("\"salt\":\"") + 8, 2, "zz");
  CHECK(std::holds_alternative<DecodeError>(decode_keyring(wrong_hex)));
}

TEST_CASE("changing the passphrase re-wraps the same data key: the old passphrase stops working, records stay readable") {
  const NewVault vault = create_vault("oude wachtzin van mij", quick);
  const std::string sealed = seal_record(*vault.key, "case:" + std::string(32, 'c'), 5, "{\"case\":{}}");
  const Keyring changed = rewrap_vault(*unlocked(vault.keyring, "oude wachtzin van mij"), "nieuwe wachtzin van mij", quick);
  CHECK(changed.salt != vault.keyring.salt);
  CHECK(std::get<UnlockError>(unlock_vault(changed, "oude wachtzin van mij")) == UnlockError::WrongPassphrase);
  const DataKey key = unlocked(changed, "nieuwe wachtzin van mij");
  CHECK(open_record(*key, "case:" + std::string(32, 'c'), sealed) == std::optional<std::string>("{\"case\":{}}"));
}

TEST_CASE("an interrupted passphrase change leaves the old passphrase working") {
  MemoryBackend backend;
  ManualTimer timer;
  RecordStore store(backend, timer);
  const NewVault vault = create_vault("oude wachtzin van mij", quick);
  store_keyring(store, vault.keyring);

  // The disk fills up (or the tab is closed) while the new keyring is written.
  backend.fail_commits_with({BackendErrorKind::QuotaExceeded, "full"});
  const Keyring next = rewrap_vault(*vault.key, "nieuwe wachtzin van mij", quick);
  BackendStatus second;
  store.commit_keyring(next, [&](BackendStatus s) { second = s; });
  CHECK(second.kind == BackendErrorKind::QuotaExceeded);
  backend.fail_commits_with({});
  store.flush_now();  // nothing of the failed change is queued to land later behind the user's back
  timer.advance(RecordStore::coalesce_ms);

  const LoadReport report = load_with(backend, nullptr);
  REQUIRE(report.keyring);
  const auto stored = std::get<Keyring>(decode_keyring(*report.keyring));
  CHECK(same_key(*unlocked(stored, "oude wachtzin van mij"), *vault.key));
  CHECK(std::get<UnlockError>(unlock_vault(stored, "nieuwe wachtzin van mij")) == UnlockError::WrongPassphrase);
}

TEST_CASE("a sealed record opens only under its own key, record key and schema version") {
  const NewVault vault = create_vault("vier losse woorden hier", quick), other = create_vault("andere woorden hier!", quick);
  const std::string key = "case:" + std::string(32, 'a');
  const std::string sealed = seal_record(*vault.key, key, 5, "{\"case\":{\"pseudonym\":\"Yentl\"}}");
  CHECK(is_sealed_record(sealed));
  CHECK(sealed.find("Yentl") == std::string::npos);
  CHECK(open_record(*vault.key, key, sealed).value_or("") == "{\"case\":{\"pseudonym\":\"Yentl\"}}");
  CHECK_FALSE(open_record(*other.key, key, sealed));
  CHECK_FALSE(open_record(*vault.key, "case:" + std::string(32, 'b'), sealed));  // moved under another case
  std::string relabelled = sealed;
  relabelled.replace(relabelled.find(":5:"), 3, ":4:");  // claims an older schema
  CHECK_FALSE(open_record(*vault.key, key, relabelled));
  std::string flipped = sealed;
  flipped[flipped.size() - 5] = flipped[flipped.size() - 5] == 'A' ? 'B' : 'A';
  CHECK_FALSE(open_record(*vault.key, key, flipped));
  CHECK_FALSE(open_record(*vault.key, key, sealed.substr(0, sealed.size() - 8)));
  CHECK_FALSE(open_record(*vault.key, key, "rots-sealed:1:5:"));
  CHECK_FALSE(open_record(*vault.key, key, "rots-sealed:1:x:AAAA"));
}

TEST_CASE("with a data key in use, nothing of a case is stored in plain text, and it loads again only with the key") {
  MemoryBackend backend;
  ManualTimer timer;
  RecordStore store(backend, timer);
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  store.use_key(vault.key);
  const Case c = sample_case();
  DeviceSettings settings;
  settings.user_name = "Sara (CLB Gent)";
  Service local;  // a user's own help-map entry: a contact person's name and number
  local.id = std::string(32, 'e');
  local.name = "Zorgboerderij De Kerselaar";
  local.contact_person = "Sara (CLB Gent)";
  store.save_cases({&c}, {std::string(32, 'd')}, 77);
  store.save_services({&local});
  store.save_settings(settings);
  timer.advance(RecordStore::coalesce_ms);
  REQUIRE(store.state().phase == SavePhase::Saved);
  REQUIRE(backend.records().size() == 5);  // the case, its summary, the tombstone, the service, the settings
  for (const auto& record : backend.records()) {
    const std::string& key = record.first;  // not a structured binding: CAPTURE's lambda takes it
    const std::string& value = record.second;
    CAPTURE(key);
    CHECK(is_sealed_record(value));
    for (const char* secret : {"Yentl", "Testcasus", "Angst", "busrit", "Sara", "CLB Gent", "Kerselaar"})
      CHECK(value.find(secret) == std::string::npos);
  }

  LoadReport locked = load_with(backend, nullptr);
  CHECK(locked.cases.empty());
  CHECK_FALSE(locked.settings);
  CHECK(locked.sealed.size() == 5);
  ManualTimer t2;
  RecordStore reader(backend, t2);
  reader.use_key(vault.key);
  reader.open_sealed(locked);
  REQUIRE(locked.cases.size() == 1);
  CHECK(locked.cases[0] == c);
  CHECK(locked.settings->user_name == "Sara (CLB Gent)");
  CHECK(locked.deleted_cases.at(std::string(32, 'd')) == 77);
  REQUIRE(locked.services.size() == 1);
  CHECK(locked.services[0].name == "Zorgboerderij De Kerselaar");
  CHECK(locked.quarantined.empty());

  const NewVault stranger = create_vault("iemand anders zijn zin", quick);
  LoadReport wrong = load_with(backend, stranger.key);
  CHECK(wrong.cases.empty());
  CHECK(wrong.quarantined.size() == 5);  // reported, and left untouched in storage
  CHECK(backend.records().size() == 5);
}

TEST_CASE("records written before encryption are loaded and reported for sealing") {
  MemoryBackend backend;
  {
    ManualTimer timer;
    RecordStore plain(backend, timer);
    const Case c = sample_case();
    plain.save_cases({&c});
    timer.advance(RecordStore::coalesce_ms);
  }
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  const LoadReport report = load_with(backend, vault.key);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.plaintext_keys ==
        std::vector<std::string>{"summary:" + std::string(32, 'c'), "case:" + std::string(32, 'c')});
}

TEST_CASE("after a lock, a reload sees the writes still queued, not the older stored values") {
  MemoryBackend backend;
  ManualTimer timer;
  RecordStore store(backend, timer);
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  store.use_key(vault.key);
  Case c = sample_case();
  store.save_cases({&c});
  timer.advance(RecordStore::coalesce_ms);
  backend.fail_commits_with({BackendErrorKind::QuotaExceeded, "full"});
  c.hulpvraag = "Nieuwe vraag, nog niet op schijf";
  store.save_cases({&c});
  timer.advance(RecordStore::coalesce_ms);
  REQUIRE(store.state().phase == SavePhase::Failed);

  store.forget_key();  // locked
  LoadReport report;
  store.load_everything({}, [&](LoadReport r) { report = std::move(r); });
  store.use_key(vault.key);  // unlocked again
  store.open_sealed(report);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0].hulpvraag == "Nieuwe vraag, nog niet op schijf");
}

TEST_CASE("the lock screen needs the keyring alone: it is read before anything else, and only it") {
  MemoryBackend backend;
  ManualTimer timer;
  RecordStore store(backend, timer);
  const NewVault vault = create_vault("vier losse woorden hier", quick);
  store_keyring(store, vault.keyring);
  store.use_key(vault.key);
  const Case c = sample_case();
  store.save_cases({&c});
  store.save_settings(DeviceSettings{});
  timer.advance(RecordStore::coalesce_ms);
  REQUIRE(backend.records().size() == 4);  // the keyring, the case, its summary, the settings

  ManualTimer t2;
  RecordStore reader(backend, t2);
  const std::size_t before = backend.records_read();
  const auto [status, keyring] = keyring_read_by(reader);
  CHECK(status.ok());
  CHECK(backend.records_read() - before == 1);
  REQUIRE(keyring);
  CHECK(same_key(*unlocked(std::get<Keyring>(decode_keyring(*keyring)), "vier losse woorden hier"), *vault.key));

  MemoryBackend empty;  // a store without encryption (or a first start): no keyring, no error
  RecordStore plain(empty, t2);
  const auto [plain_status, no_keyring] = keyring_read_by(plain);
  CHECK(plain_status.ok());
  CHECK_FALSE(no_keyring);
}
}  // TEST_SUITE("vault")
