// What encryption at rest costs: unlocking (Argon2id + unwrap + opening every record) and one
// save (encode, and seal), each beside the same work without encryption. Natively and in wasm
// under Node; the figures are in docs/BENCHMARKS.md:
//   cmake --build build/native --target rots_vault_bench && build/native/tests/rots_vault_bench
//   cmake --build build/wasm --target rots_vault_bench && node --no-experimental-fetch build/wasm/tests/rots_vault_bench.js
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "platform/native/manual_timer.hpp"
#include "platform/native/memory_backend.hpp"
#include "storage/record_codec.hpp"
#include "storage/record_store.hpp"
#include "storage/schema.hpp"
#include "storage/vault.hpp"

namespace {
using namespace rots;

// A case of realistic size: a question, two meetings' worth of notes (about 1,500 words).
Case bench_case(int i) {
  Case c;
  char id[33];
  std::snprintf(id, sizeof id, "%032x", i + 1);
  c.id = id;
  c.pseudonym = "Jongere " + std::to_string(i);
  c.region = Region::Antwerpen;
  c.registered_on = {2026, 10, 1 + i % 28};
  c.hulpvraag = "Zit sinds september thuis; hoe krijgen we haar terug naar school?";
  for (int n = 0; n < 10; ++n) {
    Note note;
    note.id = std::to_string(n);
    for (int w = 0; w < 150; ++w) note.text += (w % 7 == 0 ? "school " : w % 5 == 0 ? "afspraak " : "gesprek ");
    c.notes.push_back(note);
  }
  c.created_at_ms = c.updated_at_ms = 1000 + i;
  return c;
}

struct Figure {
  double median, min, max;
};

Figure measure(int runs, const std::function<void()>& work) {
  std::vector<double> ms;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.front(), ms.back()};
}

std::vector<std::pair<std::string, Figure>> g_figures;

void print(const char* name, const Figure& f) {
  std::printf("%-28s %10.3f %10.3f %10.3f\n", name, f.median, f.min, f.max);
  g_figures.emplace_back(name, f);
}

// One line for tests/bench/browser-bench.mjs, which puts the figures in docs/BENCHMARKS.md.
void print_json() {
  std::printf("JSON {");
  for (std::size_t i = 0; i < g_figures.size(); ++i) {
    const auto& [name, f] = g_figures[i];
    std::printf("%s\"%s\":{\"median\":%.3f,\"min\":%.3f,\"max\":%.3f}", i ? "," : "", name.c_str(), f.median, f.min,
                f.max);
  }
  std::printf("}\n");
}

// Loads every record from `backend`, as the app does after start (plain) or unlock (sealed).
std::size_t load_all(MemoryBackend& backend, const DataKey& key) {
  ManualTimer timer;
  RecordStore store(backend, timer);
  if (key) store.use_key(key);
  std::size_t loaded = 0;
  store.load_everything({}, [&](LoadReport r) { loaded = r.cases.size(); });
  return loaded;
}

void fill(MemoryBackend& backend, const std::vector<Case>& cases, const DataKey& key) {
  ManualTimer timer;
  RecordStore store(backend, timer);
  if (key) store.use_key(key);
  std::vector<const Case*> all;
  for (const auto& c : cases) all.push_back(&c);
  store.save_cases(all);
  timer.advance(RecordStore::coalesce_ms);
}

}  // namespace

int main() {
  constexpr int runs = 5;
  std::vector<Case> cases;
  for (int i = 0; i < 1000; ++i) cases.push_back(bench_case(i));
  const NewVault vault = create_vault("een zin als wachtwoord");
  const std::string keyring = encode_keyring(vault.keyring);
  std::printf("figure                       median_ms     min_ms     max_ms   (%d runs, 1,000 cases of %zu bytes)\n",
              runs, encode_case(cases[0]).size());

  print("unlock_kdf_ms", measure(runs, [&] {
          const auto k = std::get<Keyring>(decode_keyring(keyring));
          if (!std::holds_alternative<DataKey>(unlock_vault(k, "een zin als wachtwoord"))) std::abort();
        }));

  MemoryBackend plain, sealed;
  fill(plain, cases, nullptr);
  fill(sealed, cases, vault.key);
  print("load_1k_plain_ms", measure(runs, [&] { if (load_all(plain, nullptr) != 1000) std::abort(); }));
  print("load_1k_sealed_ms", measure(runs, [&] { if (load_all(sealed, vault.key) != 1000) std::abort(); }));

  // One save of one edited case, 100 times: what the store does between an edit and the IndexedDB put.
  const Case& one = cases[500];
  std::size_t sink = 0;
  print("save_100_plain_ms", measure(runs, [&] {
          for (int i = 0; i < 100; ++i) sink += encode_case(one).size();
        }));
  print("save_100_sealed_ms", measure(runs, [&] {
          for (int i = 0; i < 100; ++i) sink += seal_record(*vault.key, case_record_key(one.id), schema::case_version, encode_case(one)).size();
        }));
  std::printf("(%zu)\n", sink);
  print_json();
}
