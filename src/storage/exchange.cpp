#include "storage/exchange.hpp"

#include "core/case_units.hpp"
#include "storage/record_codec.hpp"

namespace rots {

Case case_for_export(const Case& c, bool include_identifying) {
  Case out = c;
  out.conflict_units.clear();
  out.conflict_theirs.clear();
  out.conflict_from.clear();
  if (!include_identifying) {
    strip_identifying(out);
    for (Case& base : out.merge_base) strip_identifying(base);
  }
  return out;
}

std::vector<std::uint8_t> export_bundle(const ExportRequest& request, std::string_view passphrase,
                                        const KdfParams& kdf) {
  BundleContents contents;
  contents.manifest.app_version = app_version;
  contents.manifest.exported_at_ms = request.now_ms;
  contents.manifest.exported_by = request.exported_by;
  contents.manifest.device_id = request.device_id;
  for (const Case* c : request.cases)
    contents.records.push_back({case_record_key(c->id), encode_case(case_for_export(*c, request.include_identifying))});
  return encode_bundle(contents, passphrase, kdf);
}

BundleResult<ImportedBundle> import_bundle(std::string_view bytes, std::string_view passphrase) {
  auto decoded = decode_bundle(bytes, passphrase);
  if (auto* error = std::get_if<BundleError>(&decoded)) return *error;
  BundleContents& contents = std::get<BundleContents>(decoded);
  auto cases = cases_of(contents);
  if (auto* error = std::get_if<BundleError>(&cases)) return *error;
  return ImportedBundle{std::move(contents.manifest), std::move(std::get<std::vector<Case>>(cases))};
}

BundleResult<std::vector<Case>> cases_of(const BundleContents& contents) {
  std::vector<Case> cases;
  for (std::size_t i = 0; i < contents.records.size(); ++i) {
    const BundleRecord& record = contents.records[i];
    auto c = decode_case(record.json);
    if (auto* error = std::get_if<DecodeError>(&c))
      return BundleError{BundleErrorCode::BadContents, "record " + std::to_string(i + 1) + ": " + error->detail};
    Case& decoded_case = std::get<Case>(c);
    if (record.key != case_record_key(decoded_case.id))
      return BundleError{BundleErrorCode::BadContents, "record " + std::to_string(i + 1) + ": key does not match its case"};
    cases.push_back(std::move(decoded_case));
  }
  return cases;
}

}  // namespace rots
