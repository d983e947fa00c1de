// Bench-only wasm helper (never shipped): makes the synthetic data set (core/sample_data.hpp) and
// seals it as the app stores it, through the real RecordStore and vault, so the browser benchmark
// can put it into the app's IndexedDB before the app starts. tests/bench/browser-bench.mjs drives it.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/sample_data.hpp"
#include "platform/native/manual_timer.hpp"
#include "storage/record_store.hpp"
#include "storage/vault.hpp"

namespace {
using namespace rots;

// Hands every commit's writes to the caller instead of storing them.
class CollectingBackend : public RecordBackend {
 public:
  std::vector<RecordWrite> writes;
  void open(Done done) override { done({}); }
  void load_range(KeyRange, Batch, Done done) override { done({}); }  // holds nothing: nothing to hold
  void hold_loads(bool) override {}
  void commit(std::vector<RecordWrite> batch, Done done) override {
    for (auto& w : batch) writes.push_back(std::move(w));
    done({});
  }
};

DataKey g_key;
std::string g_out;

void append_json_string(std::string& out, const std::string& s) {  // keys and sealed values are ASCII
  out += '"';
  out += s;
  out += '"';
}
}  // namespace

extern "C" {
// A new vault under `passphrase` (the app's default key derivation); returns the keyring record.
EMSCRIPTEN_KEEPALIVE const char* rots_seed_vault(const char* passphrase) {
  NewVault vault = create_vault(passphrase);
  g_key = vault.key;
  g_out = encode_keyring(vault.keyring);
  return g_out.c_str();
}

// Cases [from, from + count) of data set `seed`, sealed: a JSON array of [key, value] pairs.
EMSCRIPTEN_KEEPALIVE const char* rots_seed_batch(double seed, int from, int count) {
  CollectingBackend backend;
  ManualTimer timer;
  RecordStore store(backend, timer);
  store.use_key(g_key);
  std::vector<Case> cases;
  for (int i = 0; i < count; ++i) cases.push_back(sample_case(static_cast<std::uint64_t>(seed), from + i));
  std::vector<const Case*> all;
  for (const auto& c : cases) all.push_back(&c);
  store.save_cases(all);
  store.flush_now();
  g_out = "[";
  for (std::size_t i = 0; i < backend.writes.size(); ++i) {
    g_out += i ? ",[" : "[";
    append_json_string(g_out, backend.writes[i].key);
    g_out += ',';
    append_json_string(g_out, *backend.writes[i].value);
    g_out += ']';
  }
  g_out += "]";
  return g_out.c_str();
}
}

int main() { return 0; }
