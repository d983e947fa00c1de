// rots-bundle's JSON document ({"manifest": ..., "records": [...]}): what export-json writes
// and create reads. Native only, like the tool.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <string>

#include "app/cli/bundle_json.hpp"
#include "app/cli/cli_error.hpp"
#include "storage/record_codec.hpp"

using namespace rots;

namespace {

Case sample(char fill, std::string pseudonym) {
  Case c;
  c.id = std::string(32, fill);
  c.pseudonym = std::move(pseudonym);
  c.region = Region::Antwerpen;
  c.registered_on = Date{2026, 3, 2};
  return c;
}

BundleContents contents_with(std::vector<BundleRecord> records) {
  BundleContents contents;
  contents.manifest.app_version = "0.1.0";
  contents.manifest.exported_at_ms = 1767600000000;
  contents.manifest.exported_by = "Anaïs";
  for (const auto& r : records) contents.manifest.records.push_back({r.key, std::string(64, '0')});
  contents.records = std::move(records);
  return contents;
}

std::string error_of(const std::string& text) {
  try {
    cli::records_from_json(text, "in.json");
  } catch (const cli::CliError& e) {
    CHECK(e.exit_code == cli::exit_bad_file);
    return e.message;
  }
  FAIL("accepted: " << text.substr(0, 80));
  return {};
}

}  // namespace

TEST_SUITE("rots-bundle document") {

TEST_CASE("export then create gives back the same records, each embedded as an object, manifest readable") {
  const BundleRecord a{case_record_key(std::string(32, 'a')), encode_case(sample('a', "Zoë \"Z\" — één"))};
  const BundleRecord b{case_record_key(std::string(32, 'b')), encode_case(sample('b', "Milan"))};
  const std::string json = cli::contents_to_json(contents_with({a, b}));

  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["manifest"]["exported_by"].GetString()) == "Anaïs");
  CHECK(std::string(doc["manifest"]["exported_at"].GetString()) == "2026-01-05 08:00:00 UTC");
  REQUIRE(doc["records"].Size() == 2);
  CHECK(doc["records"][0]["case"]["pseudonym"].GetString() == std::string("Zoë \"Z\" — één"));

  const auto back = cli::records_from_json(json, "out.json");
  REQUIRE(back.size() == 2);
  CHECK(back[0] == a);
  CHECK(back[1] == b);
}

TEST_CASE("a stored record nested far deeper than any case is exported as is, without recursion") {
  // decode_case ignores members it does not know, so such a record can arrive in a bundle.
  std::string record = encode_case(sample('c', "Diep"));
  record.insert(record.rfind('}'), ",\n\"extra\": " + std::string(200000, '[') + std::string(200000, ']'));
  REQUIRE(std::holds_alternative<Case>(decode_case(record)));
  const std::string json = cli::contents_to_json(contents_with({{case_record_key(std::string(32, 'c')), record}}));
  CHECK(json.find(record) != std::string::npos);  // byte for byte
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());  // iterative: no recursion either
  CHECK_FALSE(doc.HasParseError());
  // Reading it back is refused by depth before any recursive step.
  CHECK(error_of(json).find("nested deeper than 64") != std::string::npos);
}

TEST_CASE("create refuses documents that are not a list of valid, distinct cases, naming the record") {
  const std::string good = encode_case(sample('a', "Zoë"));
  CHECK(error_of("{\"records\": [" + good).find("in.json: not valid JSON") == 0);
  CHECK(error_of("[]").find("expected {\"manifest\"") != std::string::npos);
  CHECK(error_of("{\"records\": {}}").find("expected") != std::string::npos);
  CHECK(error_of("{\"records\": [" + good + ", 7]}") == "in.json: record 2: not a JSON object");
  CHECK(error_of("{\"records\": [" + good + ", " + good + "]}").find("record 2: the same case") != std::string::npos);
  std::string bad_region = good;
  bad_region.replace(bad_region.find("antwerpen"), 9, "gent\\n");
  CHECK(error_of("{\"records\": [" + bad_region + "]}").find("record 1: a field holds a value that is not allowed") !=
        std::string::npos);
  CHECK(cli::records_from_json("{\"manifest\": {}, \"records\": []}", "in.json").empty());  // an empty bundle
}

TEST_CASE("times print as UTC, and absurd ones do not break the line") {
  CHECK(cli::format_utc(0) == "1970-01-01 00:00:00 UTC");
  CHECK(cli::format_utc(1767600000000) == "2026-01-05 08:00:00 UTC");
  CHECK(cli::format_utc(INT64_MAX).find('\n') == std::string::npos);
}

TEST_CASE("one_line folds a hostile detail onto one bounded line") {
  CHECK(cli::one_line("a\nb\rc\td") == "a b c d");
  const std::string folded = cli::one_line(std::string(5000, 'x'));
  CHECK(folded.size() < 420);
}

}  // TEST_SUITE
