// Scale: full-text search over 10,000 generated cases as the case list runs it, and case bundles
// of 1,000 cases beside the same bytes through the cipher alone. Natively and in wasm under Node
// (the page runs the same wasm code); ./build-wasm.sh bench puts the figures in docs/BENCHMARKS.md.
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string_view>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/sample_data.hpp"
#include "core/search.hpp"
#include "core/search_index.hpp"
#include "core/workspace.hpp"
#include "storage/bundle.hpp"
#include "storage/crypto.hpp"
#include "storage/exchange.hpp"

namespace {
using namespace rots;

struct Figure {
  double median, min, max;
};

double ms_of(const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

Figure summary(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.front(), ms.back()};
}

double p95(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

std::vector<std::pair<std::string, Figure>> g_figures;

void print(const char* name, const Figure& f) {
  std::printf("%-28s %10.3f %10.3f %10.3f\n", name, f.median, f.min, f.max);
  std::fflush(stdout);
  g_figures.emplace_back(name, f);
}

void print_json() {
  std::printf("JSON {");
  for (std::size_t i = 0; i < g_figures.size(); ++i)
    std::printf("%s\"%s\":{\"median\":%.3f,\"min\":%.3f,\"max\":%.3f}", i ? "," : "", g_figures[i].first.c_str(),
                g_figures[i].second.median, g_figures[i].second.min, g_figures[i].second.max);
  std::printf("}\n");
}

// What one keystroke in the search field costs the case list: the sorted list, filtered.
constexpr const char* queries[] = {"zorgcoordinator", "ideeen wachtlijst", "afspraak", "cafe reunie", "AB-12",
                                   "time-out stage", "financiele", "huisarts therapie", "september overleg",
                                   "naft", "geinteresseerd", "een", "wachttijd psycholoog", "z", "school 12",
                                   "studiekeuze attest", "privé", "één", "xyz", "opvolging begeleiding"};

// Argon2id at the bundle's cost, then the payload through XChaCha20-Poly1305 secretstream in
// 64 KiB chunks, as the bundle format does: the floor of making (or reading) a bundle.
void cipher_alone(const std::string& payload) {
  std::uint8_t salt[kdf_salt_bytes] = {1};
  std::uint8_t key[32];
  if (derive_key_argon2id("een zin als wachtwoord", salt, bundle_default_kdf, key) != KdfStatus::Ok) std::abort();
  crypto_secretstream_xchacha20poly1305_state state;
  std::uint8_t header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
  crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
  std::vector<std::uint8_t> out(payload.size() + (payload.size() / 65536 + 1) * crypto_secretstream_xchacha20poly1305_ABYTES);
  std::size_t at = 0;
  for (std::size_t i = 0; i < payload.size(); i += 65536) {
    const std::size_t n = std::min<std::size_t>(65536, payload.size() - i);
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(&state, out.data() + at, &written,
                                               reinterpret_cast<const std::uint8_t*>(payload.data()) + i, n, nullptr, 0,
                                               i + n >= payload.size() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    at += written;
  }
}

// Search: the case list's path (SearchIndex, src/ui/screen_case_list.cpp), and the full scan it replaced.
bool search_figures(const Workspace& workspace, int runs) {
  SearchIndex index;
  std::vector<double> index_build;
  for (int r = 0; r < 3; ++r) index_build.push_back(ms_of([&] { index = SearchIndex(); index.update(workspace); }));
  std::size_t found = 0, found_scan = 0;
  // The scan (the "before" of docs/BENCHMARKS.md) takes seconds per run in wasm: fewer runs.
  const auto search_p95 = [&](int search_runs, const std::function<std::size_t(const CaseFilter&)>& search) {
    std::vector<double> per_run;
    for (int r = 0; r < search_runs; ++r) {
      std::vector<double> ms;
      for (const char* q : queries)
        ms.push_back(ms_of([&] {
          CaseFilter filter;
          filter.query = q;
          search(filter);
        }));
      per_run.push_back(p95(ms));
    }
    return summary(per_run);
  };
  print("search_10k_p95_ms", search_p95(runs, [&](const CaseFilter& f) { return found += index.filter(workspace.cases_for_list(), f).size(); }));
  print("search_10k_scan_p95_ms", search_p95(1, [&](const CaseFilter& f) { return found_scan += filter_cases(workspace.cases_for_list(), f).size(); }));
  print("search_index_10k_build_ms", summary(index_build));
  if (found != found_scan * runs) {
    std::printf("the index found %zu, the scan %zu\n", found, found_scan);
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  constexpr int runs = 5;
  if (sodium_init() < 0) return 1;
  std::printf("figure                       median_ms     min_ms     max_ms   (%d runs)\n", runs);

  // `rots_scale_bench bundles`: the bundle figures alone (to profile them without minutes of search).
  const bool bundles_only = argc > 1 && std::string_view(argv[1]) == "bundles";
  Workspace workspace;
  workspace.load(sample_cases(2026, bundles_only ? 1000 : 10000));
  if (!bundles_only && !search_figures(workspace, runs)) return 1;

  std::vector<const Case*> thousand;
  for (const Case* c : workspace.cases_for_list()) if (thousand.size() < 1000) thousand.push_back(c);
  ExportRequest request{thousand, {}, true, "Bench", "bench-device", 1'700'000'000'000};
  std::vector<std::uint8_t> bundle;
  std::vector<double> export_ms, import_ms, cipher_ms;
  for (int r = 0; r < runs; ++r) {
    export_ms.push_back(ms_of([&] { bundle = export_bundle(request, "een zin als wachtwoord"); }));
    const std::string bytes(bundle.begin(), bundle.end());
    // The imported cases are kept (the app moves them into its workspace): destroying them
    // afterwards is not part of reading the bundle.
    BundleResult<ImportedBundle> imported;
    import_ms.push_back(ms_of([&] { imported = import_bundle(bytes, "een zin als wachtwoord"); }));
    if (!std::holds_alternative<ImportedBundle>(imported) || std::get<ImportedBundle>(imported).cases.size() != 1000) std::abort();
    const std::string payload(bundle.size(), 'x');
    cipher_ms.push_back(ms_of([&] { cipher_alone(payload); }));
  }
  print("bundle_export_1k_ms", summary(export_ms));
  print("bundle_import_1k_ms", summary(import_ms));
  print("crypto_only_1k_ms", summary(cipher_ms));
  std::printf("(bundle of 1,000 cases: %zu bytes)\n", bundle.size());
  print_json();
}
