// Help-map entries on disk and in bundles, and the default data set that ships with the app.
#include <doctest/doctest.h>

#include <algorithm>

#include "storage/exchange.hpp"
#include "storage/helpmap_defaults.hpp"
#include "storage/record_codec.hpp"

using namespace rots;

namespace {

Service sample_service() {
  Service s;
  s.id = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
  s.name = "Zorgboerderij Hof ter Eecke";
  s.tier = ServiceTier::DoorverwijzingClb;
  s.region = Region::OostVlaanderen;
  s.municipality = "Zomergem";
  s.offer = "Dagbesteding van een halve dag tot een week.\nOok in de vakantie.";
  s.ages = static_cast<std::uint32_t>(AgeGroup::Boven12);
  s.contact_person = "Frieda";
  s.phone = "+32 9 372 00 00";
  s.email = "info@hofterecke.example.be";
  s.last_checked = Date{2026, 2, 3};
  s.updated_at_ms = 1770000000000;
  s.clock = {{"tablet-a", 3}, {"tablet-b", 1}};
  s.device_id = "tablet-a";
  return s;
}

const Service* by_id(const std::vector<Service>& all, std::string_view id) {
  auto it = std::find_if(all.begin(), all.end(), [&](const Service& s) { return s.id == id; });
  return it == all.end() ? nullptr : &*it;
}

}  // namespace

TEST_SUITE("helpmap storage") {
TEST_CASE("a service record survives encode and decode, also with a conflict kept beside it") {
  Service s = sample_service();
  Service theirs = s;
  theirs.phone = "09 372 11 11";
  s.conflict_theirs = {theirs};
  s.conflict_from = "Sara";
  auto decoded = decode_service(encode_service(s));
  REQUIRE(std::holds_alternative<Service>(decoded));
  CHECK(std::get<Service>(decoded) == s);
}

TEST_CASE("service records with unknown values or a nested conflict are refused") {
  std::string text = encode_service(sample_service());
  auto with = [&](std::string from, std::string to) {
    std::string t = text;
    t.replace(t.find(from), from.size(), to);
    return t;
  };
  auto code = [](const std::string& t) {
    auto d = decode_service(t);
    REQUIRE(std::holds_alternative<DecodeError>(d));
    return std::get<DecodeError>(d).code;
  };
  CHECK(code(with("\"doorverwijzing-clb\"", "\"hemel\"")) == DecodeErrorCode::InvalidValue);
  CHECK(code(with("\"ages\": 2", "\"ages\": 12")) == DecodeErrorCode::InvalidValue);
  CHECK(code(with("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "../../etc")) == DecodeErrorCode::InvalidValue);
  Service nested = sample_service();
  Service inner = nested;
  inner.conflict_theirs = {sample_service()};
  nested.conflict_theirs = {inner};
  CHECK(code(encode_service(nested)) == DecodeErrorCode::InvalidValue);
}

TEST_CASE("the default data: every tier of the card, the coordinators of seeds 000 and 004, each with its source") {
  const std::vector<Service> all = default_services();
  REQUIRE(all.size() >= 25);
  for (ServiceTier tier : all_service_tiers)
    CHECK(std::any_of(all.begin(), all.end(), [&](const Service& s) { return s.tier == tier; }));
  for (const Service& s : all) {
    INFO(s.id);
    CHECK(s.is_default());
    CHECK(validate(s).empty());
    CHECK(s.clock.empty());  // unchanged default data: nothing to exchange
  }
  const Service* rots_wvl = by_id(all, "std-rots-west-vlaanderen");
  REQUIRE(rots_wvl);
  CHECK(rots_wvl->phone == "+32 499 88 66 93");
  CHECK(rots_wvl->email == "annick.steyt@samentegenschooluitval-wvl.be");
  CHECK(rots_wvl->region == Region::WestVlaanderen);
  const Service* limburg = by_id(all, "std-coord-sts-limburg");
  REQUIRE(limburg);
  CHECK(limburg->email == "nathalie.vanbergen@vrijclblimburg.be");
  for (Region r : all_regions)
    CHECK(std::any_of(all.begin(), all.end(), [&](const Service& s) { return s.region == r; }));
  for (const char* kind : {"std-naft", "std-cgg", "std-tejo", "std-1-gezin-1-plan", "std-vdab", "std-startbanen"})
    CHECK(by_id(all, kind));
}

TEST_CASE("a broken default data file is refused with a reason") {
  auto code = [](std::string_view json) {
    auto parsed = parse_default_services(json);
    REQUIRE(std::holds_alternative<DecodeError>(parsed));
    return std::get<DecodeError>(parsed).code;
  };
  CHECK(code("{") == DecodeErrorCode::NotJson);
  CHECK(code("{\"services\": 3}") == DecodeErrorCode::WrongShape);
  CHECK(code(R"({"services": [{"id": "x", "name": "X", "tier": "nergens", "source": "s"}]})") ==
        DecodeErrorCode::InvalidValue);
  CHECK(code(R"({"services": [{"id": "x", "name": "X", "tier": "basiszorg", "ages": ["-12"]}]})") ==
        DecodeErrorCode::InvalidValue);  // default data without its source
}

TEST_CASE("an everything bundle carries help-map entries and brings them back") {
  ExportRequest request;
  const Service s = sample_service();
  request.services = {&s};
  request.now_ms = 1;
  const auto bytes = export_bundle(request, "een lange wachtzin", bundle_kdf_min);
  auto imported = import_bundle(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()),
                                "een lange wachtzin");
  REQUIRE(std::holds_alternative<ImportedBundle>(imported));
  const ImportedBundle& bundle = std::get<ImportedBundle>(imported);
  CHECK(bundle.cases.empty());
  REQUIRE(bundle.services.size() == 1);
  CHECK(bundle.services[0] == s);
}
}
