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

namespace {

// Most cases leave as they are (names included, no open conflict): encoded without a copy.
bool leaves_unchanged(const Case& c, bool include_identifying) {
  return include_identifying && c.conflict_units.empty() && c.conflict_theirs.empty() && c.conflict_from.empty();
}

}  // namespace

std::vector<std::uint8_t> export_bundle(const ExportRequest& request, std::string_view passphrase,
                                        const KdfParams& kdf) {
  BundleContents contents;
  contents.manifest.app_version = app_version;
  contents.manifest.exported_at_ms = request.now_ms;
  contents.manifest.exported_by = request.exported_by;
  contents.manifest.device_id = request.device_id;
  for (const Case* c : request.cases) {
    const bool include = request.include_identifying;
    contents.records.push_back(
        {case_record_key(c->id), leaves_unchanged(*c, include) ? encode_case(*c) : encode_case(case_for_export(*c, include))});
  }
  // Help-map entries name organisations and their public contacts, never a young person.
  for (const Service* s : request.services) {
    Service out = *s;
    out.conflict_theirs.clear();
    out.conflict_from.clear();
    contents.records.push_back({service_record_key(s->id), encode_service(out)});
  }
  return encode_bundle(contents, passphrase, kdf);
}

namespace {

template <class Record>
BundleError bad_record(std::size_t index, const Record& record, const std::string& detail) {
  return BundleError{BundleErrorCode::BadContents, record_label(index, record.key) + detail};
}

// The importer's check of every record, whether copied out (BundleRecord) or read in place
// (BundleRecordView).
template <class Record>
BundleResult<ImportedBundle> decode_records(const std::vector<Record>& records) {
  ImportedBundle out;
  out.cases.reserve(records.size());  // cases are large: never moved again while the list grows
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& record = records[i];
    if (record.key.starts_with(service_key_prefix)) {
      auto s = decode_service(record.json);
      if (auto* error = std::get_if<DecodeError>(&s)) return bad_record(i, record, error->detail);
      if (record.key != service_record_key(std::get<Service>(s).id)) return bad_record(i, record, "key does not match its entry");
      out.services.push_back(std::move(std::get<Service>(s)));
      continue;
    }
    auto c = decode_case(record.json);
    if (auto* error = std::get_if<DecodeError>(&c)) return bad_record(i, record, error->detail);
    Case& decoded_case = std::get<Case>(c);
    if (record.key != case_record_key(decoded_case.id)) return bad_record(i, record, "key does not match its case");
    out.cases.push_back(std::move(decoded_case));
  }
  return out;
}

}  // namespace

// The records are decoded where they were decrypted: no copy of them.
BundleResult<ImportedBundle> import_bundle(std::string_view bytes, std::string_view passphrase) {
  auto opened = open_bundle(bytes, passphrase);
  if (auto* error = std::get_if<BundleError>(&opened)) return *error;
  OpenedBundle& bundle = std::get<OpenedBundle>(opened);
  auto records = decode_records(bundle.records);
  if (auto* error = std::get_if<BundleError>(&records)) return *error;
  std::get<ImportedBundle>(records).manifest = std::move(bundle.manifest);
  return records;
}

BundleResult<ImportedBundle> records_of(const BundleContents& contents) { return decode_records(contents.records); }

BundleResult<std::vector<Case>> cases_of(const BundleContents& contents) {
  auto records = records_of(contents);
  if (auto* error = std::get_if<BundleError>(&records)) return *error;
  return std::move(std::get<ImportedBundle>(records).cases);
}

}  // namespace rots
