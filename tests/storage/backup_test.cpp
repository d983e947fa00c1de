// The file copy offered when the browser cannot store more: it must hold every case exactly,
// in the stored record format, under the record key the store uses.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "storage/backup.hpp"
#include "storage/record_codec.hpp"

using namespace rots;

namespace {
Case make_case(char fill, std::string pseudonym, std::string hulpvraag) {
  Case c;
  c.id = std::string(32, fill);
  c.pseudonym = std::move(pseudonym);
  c.region = Region::Limburg;
  c.registered_on = {2026, 11, 23};
  c.hulpvraag = std::move(hulpvraag);
  c.created_at_ms = 1763800000000;
  c.updated_at_ms = 1763800005000;
  return c;
}
}  // namespace

TEST_CASE("a backup file holds every case so that each decodes back to what was on screen") {
  const Case first = make_case('a', "Zoë", "Nog niet opgeslagen: \"thuis\" sinds\nseptember");
  const Case second = make_case('b', "Jongere 02", "");
  const std::string file = encode_backup({&first, &second}, 1763900000000);

  rapidjson::Document doc;
  doc.Parse(file.data(), file.size());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["format"].GetString()) == "rots-werkmap-kopie");
  CHECK(doc["version"].GetInt() == 1);
  CHECK(doc["exported_at_ms"].GetInt64() == 1763900000000);

  const auto& records = doc["records"].GetArray();
  REQUIRE(records.Size() == 2);
  const Case* expected[] = {&first, &second};
  for (rapidjson::SizeType i = 0; i < records.Size(); ++i) {
    CAPTURE(i);
    CHECK(std::string(records[i]["key"].GetString()) == "case:" + expected[i]->id);
    const std::string value(records[i]["value"].GetString(), records[i]["value"].GetStringLength());
    auto decoded = decode_case(value);
    REQUIRE(std::holds_alternative<Case>(decoded));
    CHECK(std::get<Case>(decoded) == *expected[i]);
  }
}

TEST_CASE("a backup without cases is still a valid, empty file") {
  rapidjson::Document doc;
  doc.Parse(encode_backup({}, 0).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["records"].GetArray().Empty());
}

TEST_CASE("the backup file is named after the day it was made, so copies sort by date") {
  CHECK(backup_file_name({2026, 3, 7}) == "rots-werkmap-kopie-2026-03-07.json");
  CHECK(backup_file_name({2027, 12, 31}) == "rots-werkmap-kopie-2027-12-31.json");
}
