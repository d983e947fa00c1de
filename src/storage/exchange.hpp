#pragma once
// Cases in and out of bundle files: which records go in (pseudonymised unless asked), and turning
// a bundle back into cases for the import preview. The bytes are storage/bundle.hpp's business.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "core/helpmap.hpp"
#include "storage/bundle.hpp"

namespace rots {

#ifndef ROTS_APP_VERSION
#define ROTS_APP_VERSION "0.0.0"
#endif
inline constexpr const char* app_version = ROTS_APP_VERSION;

struct ExportRequest {
  std::vector<const Case*> cases;
  std::vector<const Service*> services;  // help-map entries ("everything" carries them)
  bool include_identifying = false;  // names and contact details of people, the school
  std::string exported_by;
  std::string device_id;
  std::int64_t now_ms = 0;
};

// The case as it leaves the device: identifying fields blanked unless asked, this device's open
// conflicts left at home.
Case case_for_export(const Case& c, bool include_identifying);

std::vector<std::uint8_t> export_bundle(const ExportRequest& request, std::string_view passphrase,
                                        const KdfParams& kdf = bundle_default_kdf);

struct ImportedBundle {
  BundleManifest manifest;
  std::vector<Case> cases;
  std::vector<Service> services;
};

// Everything or nothing: one record that does not decode to a valid case refuses the whole file.
BundleResult<ImportedBundle> import_bundle(std::string_view bytes, std::string_view passphrase);

// The check import_bundle makes of decrypted contents (also used by rots-bundle): every record
// decodes to a valid case or help-map entry and is stored under its key. BadContents names the
// record. cases_of returns the cases only.
BundleResult<ImportedBundle> records_of(const BundleContents& contents);
BundleResult<std::vector<Case>> cases_of(const BundleContents& contents);

}  // namespace rots
