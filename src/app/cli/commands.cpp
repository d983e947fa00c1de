#include "app/cli/commands.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <variant>

#include "app/cli/bundle_json.hpp"
#include "app/cli/cli_error.hpp"
#include "app/cli/passphrase.hpp"
#include "platform/clock.hpp"
#include "platform/random_id.hpp"
#include "storage/bundle.hpp"
#include "storage/exchange.hpp"

namespace rots::cli {
namespace {

namespace fs = std::filesystem;

// The whole file, refused before reading when it is larger than `cap` (a bundle's size limit).
std::string read_file(const std::string& path, std::size_t cap) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) fail_usage(path + ": cannot read (" + ec.message() + ")");  // absent: not a bad file
  if (size > cap) fail_file(path + ": too large (" + std::to_string(size) + " bytes, over " + std::to_string(cap) + ")");
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    fail_usage(path + ": cannot read (" + std::strerror(errno) + ")");
  return bytes;
}

// Written beside the target and renamed over it: a failed write never leaves half a file.
void write_file(const std::string& path, std::string_view bytes) {
  const std::string temporary = path + ".part";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      fail_usage(path + ": cannot write (" + std::strerror(errno) + ")");
    }
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) {
    std::remove(temporary.c_str());
    fail_usage(path + ": cannot write (" + ec.message() + ")");
  }
}

std::string read_bundle_file(const std::string& path) { return read_file(path, max_bundle_bytes); }

// Decrypts and checks everything an import in the app checks: the bundle's own checks
// (authentication of every chunk, manifest, hashes), then every record is a valid case under
// its own key (storage/exchange.hpp).
BundleContents open_checked(const std::string& path, const std::string& bytes, const std::string& passphrase) {
  auto decoded = decode_bundle(bytes, passphrase);
  if (auto* error = std::get_if<BundleError>(&decoded)) fail_bundle(path, *error);
  BundleContents contents = std::move(std::get<BundleContents>(decoded));
  auto cases = cases_of(contents);
  if (auto* error = std::get_if<BundleError>(&cases)) fail_bundle(path, *error);
  return contents;
}

std::string kdf_name(std::uint8_t id) { return id == 1 ? "Argon2id v1.3" : "unknown (id " + std::to_string(id) + ")"; }

void print_header(const std::string& path, std::size_t size, const BundleHeader& h, std::ostream& out) {
  out << "file:         " << path << " (" << size << " bytes)\n"
      << "format:       " << h.format << "\n"
      << "kdf:          " << kdf_name(h.kdf_id) << ", " << h.kdf.ops << " passes, " << h.kdf.memory_kib / 1024
      << " MiB (" << h.kdf.memory_kib << " KiB)\n"
      << "salt:         " << h.salt_hex << "\n";
}

void print_manifest(const BundleManifest& m, std::ostream& out) {
  out << "app version:  " << one_line(m.app_version) << "\n"
      << "exported at:  " << format_utc(m.exported_at_ms) << " (" << m.exported_at_ms << " ms)\n"
      << "exported by:  " << one_line(m.exported_by) << "\n"
      << "device:       " << one_line(m.device_id) << "\n"
      << "records:      " << m.records.size() << "\n";
  for (const auto& e : m.records) out << "  " << one_line(e.key) << "  blake2b-256 " << one_line(e.hash) << "\n";
}

}  // namespace

int run_inspect(const Options& o, std::ostream& out) {
  const std::string bytes = read_bundle_file(o.file);
  auto header = read_bundle_header(bytes);
  if (auto* error = std::get_if<BundleError>(&header)) fail_bundle(o.file, *error);
  print_header(o.file, bytes.size(), std::get<BundleHeader>(header), out);
  if (!o.manifest && !passphrase_from_environment()) {
    out << "manifest:     encrypted (set " << passphrase_variable << " or pass --manifest to show it)\n";
    return exit_ok;
  }
  const BundleContents contents = open_checked(o.file, bytes, obtain_passphrase(PassphrasePurpose::Open));
  print_manifest(contents.manifest, out);
  return exit_ok;
}

int run_verify(const Options& o, std::ostream& out) {
  const std::string bytes = read_bundle_file(o.file);
  const BundleContents contents = open_checked(o.file, bytes, obtain_passphrase(PassphrasePurpose::Open));
  out << "OK: " << contents.records.size() << " records\n";
  return exit_ok;
}

int run_export_json(const Options& o, std::ostream& out) {
  const std::string bytes = read_bundle_file(o.file);
  const BundleContents contents = open_checked(o.file, bytes, obtain_passphrase(PassphrasePurpose::Open));
  const std::string json = contents_to_json(contents);
  if (o.output.empty() || o.output == "-") {
    out << json;
  } else {
    write_file(o.output, json);
  }
  return exit_ok;
}

int run_create(const Options& o, std::ostream& out) {
  if (o.output.empty()) fail_usage("create needs -o FILE.rotsbundle");
  BundleContents contents;
  contents.records = records_from_json(read_file(o.file, max_bundle_bytes), o.file);
  contents.manifest.app_version = app_version;
  contents.manifest.exported_at_ms = unix_time_ms();
  contents.manifest.exported_by = o.by;
  contents.manifest.device_id = new_random_id();  // this run, not a device of the app
  const std::string passphrase = obtain_passphrase(PassphrasePurpose::Create);
  write_file(o.output, [&] {
    const auto sealed = encode_bundle(contents, passphrase);
    return std::string(sealed.begin(), sealed.end());
  }());
  out << "wrote " << o.output << ": " << contents.records.size() << " records\n";
  return exit_ok;
}

}  // namespace rots::cli
