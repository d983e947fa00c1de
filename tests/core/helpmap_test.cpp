// The help map: search and filters, "not checked for a year", validation, links, the command
// path with undo, referral use counts, and merging entries from a bundle.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/helpmap.hpp"
#include "core/workspace.hpp"

using namespace rots;

namespace {

const Date today{2026, 3, 15};

CommandContext context(std::string id = {}, std::string device = "tablet-a", std::int64_t now_ms = 1000) {
  return CommandContext{"", today, now_ms, std::move(id), std::move(device)};
}

Service service(std::string id, std::string name, ServiceTier tier, std::optional<Region> region = std::nullopt) {
  Service s;
  s.id = std::move(id);
  s.name = std::move(name);
  s.tier = tier;
  s.region = region;
  return s;
}

ServiceFilter query(std::string words) {
  ServiceFilter f;
  f.query = std::move(words);
  return f;
}

std::vector<std::string> names(const std::vector<const Service*>& list) {
  std::vector<std::string> out;
  for (const Service* s : list) out.push_back(s->name);
  return out;
}

HelpMap sample_map() {
  Service cgg = service("cgg-vagga", "CGG Vagga", ServiceTier::DoorverwijzingClb, Region::Antwerpen);
  cgg.offer = "Psychische en psychiatrische problemen bij kinderen en jongeren";
  cgg.municipality = "Antwerpen";
  Service naft = service("naft-brugge", "NAFT De Brug", ServiceTier::DoorverwijzingClb, Region::WestVlaanderen);
  naft.contact_person = "Zoë Vermeersch";
  naft.ages = static_cast<std::uint32_t>(AgeGroup::Boven12);
  Service pbd = service("pbd", "Pedagogische begeleidingsdienst", ServiceTier::BasisZorg);  // all regions
  Service vdab = service("vdab-kortrijk", "VDAB jongerenconsulent", ServiceTier::StapNaarWerk, Region::WestVlaanderen);
  vdab.ages = static_cast<std::uint32_t>(AgeGroup::Boven12);
  Service gone = service("gone", "Opgeheven dienst", ServiceTier::BasisZorg);
  gone.deleted = true;
  HelpMap map;
  map.load({cgg, naft, pbd, vdab, gone}, {});
  return map;
}

}  // namespace

TEST_SUITE("helpmap") {
TEST_CASE("search is accent- and case-insensitive and needs every word") {
  const HelpMap map = sample_map();
  CHECK(names(map.list(query("zoe"))) == std::vector<std::string>{"NAFT De Brug"});
  CHECK(names(map.list(query("PSYCHIATRISCHE jongeren"))) == std::vector<std::string>{"CGG Vagga"});
  CHECK(names(map.list(query("psychiatrische brug"))).empty());
  CHECK(names(map.list(query("antwerpen"))) == std::vector<std::string>{"CGG Vagga"});  // the municipality
}

TEST_CASE("the region filter keeps that region's entries and those for every region") {
  const HelpMap map = sample_map();
  ServiceFilter filter;
  filter.region = Region::WestVlaanderen;
  CHECK(names(map.list(filter)) ==
        std::vector<std::string>{"Pedagogische begeleidingsdienst", "NAFT De Brug", "VDAB jongerenconsulent"});
}

TEST_CASE("the category and age filters combine, deleted entries never show") {
  const HelpMap map = sample_map();
  ServiceFilter filter;
  filter.tier = ServiceTier::DoorverwijzingClb;
  CHECK(names(map.list(filter)) == std::vector<std::string>{"CGG Vagga", "NAFT De Brug"});
  filter.age = AgeGroup::Onder12;
  CHECK(names(map.list(filter)) == std::vector<std::string>{"CGG Vagga"});
  CHECK(names(map.list(query("opgeheven"))).empty());
  CHECK(map.list(ServiceFilter{}).size() == 4);
}

TEST_CASE("the list is ordered by tier as on the card, then by name") {
  const HelpMap map = sample_map();
  CHECK(names(map.list(ServiceFilter{})) == std::vector<std::string>{"Pedagogische begeleidingsdienst", "CGG Vagga", "NAFT De Brug",
                                                        "VDAB jongerenconsulent"});
}

TEST_CASE("an entry not checked for a year or more, or never, is stale") {
  Service s = service("x", "X", ServiceTier::BasisZorg);
  CHECK(is_stale(s, today));  // never checked
  s.last_checked = Date{2025, 3, 16};  // 364 days before today
  CHECK_FALSE(is_stale(s, today));
  s.last_checked = Date{2025, 3, 15};  // 365 days
  CHECK(is_stale(s, today));
  s.last_checked = Date{2024, 3, 15};  // a leap year in between: 730 days
  CHECK(is_stale(s, Date{2026, 3, 14}));
  s.last_checked = today;
  CHECK_FALSE(is_stale(s, today));
}

TEST_CASE("phone and e-mail become tel: and mailto: links") {
  CHECK(tel_link("+32 499 88 66 93") == "tel:+32499886693");
  CHECK(tel_link("056/23.45.67") == "tel:056234567");
  CHECK(tel_link("") == "");
  CHECK(mailto_link(" annick.steyt@samentegenschooluitval-wvl.be ") ==
        "mailto:annick.steyt@samentegenschooluitval-wvl.be");
  CHECK(mailto_link("geen adres") == "");
}

TEST_CASE("validation: a name, a plausible phone and e-mail, an age group") {
  Service s = service("x", "", ServiceTier::BasisZorg);
  s.phone = "bel maar";
  s.email = "naam@";
  s.ages = 0;
  const auto issues = validate(s);
  CHECK(issues == std::vector<ServiceIssue>{{ServiceField::Name, ServiceIssueCode::Required},
                                            {ServiceField::Phone, ServiceIssueCode::InvalidPhone},
                                            {ServiceField::Email, ServiceIssueCode::InvalidEmail},
                                            {ServiceField::Ages, ServiceIssueCode::Required}});
  s.name = "CAW";
  s.phone = "+32 56 23 45 67";
  s.email = "onthaal@caw.be";
  s.ages = all_age_bits;
  CHECK(validate(s).empty());
}

TEST_CASE("adding an entry makes it the user's own, editing keeps its origin, undo restores") {
  HelpMap map = sample_map();
  Service fresh = service("", "  Zorgboerderij Ter Hoeve ", ServiceTier::DoorverwijzingClb, Region::Limburg);
  fresh.source = "pretends to be default";
  auto added = apply(map, SaveService{fresh}, context("new-id"));
  REQUIRE(added.ok());
  const Service* s = map.find("new-id");
  REQUIRE(s);
  CHECK(s->name == "Zorgboerderij Ter Hoeve");
  CHECK_FALSE(s->is_default());

  Service edit = *map.find("pbd");
  edit.source = "";  // the form cannot make default data the user's own
  edit.phone = "+32 2 553 00 00";
  REQUIRE(apply(map, SaveService{edit}, context()).ok());
  CHECK(map.find("pbd")->phone == "+32 2 553 00 00");

  auto deleted = apply(map, DeleteService{"new-id"}, context());
  REQUIRE(deleted.ok());
  CHECK(map.list(query("ter hoeve")).empty());
  REQUIRE(deleted.undo);
  REQUIRE(apply(map, *deleted.undo, context()).ok());
  CHECK(names(map.list(query("ter hoeve"))) == std::vector<std::string>{"Zorgboerderij Ter Hoeve"});
}

TEST_CASE("an invalid edit changes nothing; marking checked sets today") {
  HelpMap map = sample_map();
  Service edit = *map.find("cgg-vagga");
  edit.email = "niet geldig";
  auto result = apply(map, SaveService{edit}, context());
  CHECK_FALSE(result.ok());
  CHECK(map.find("cgg-vagga")->email.empty());
  REQUIRE(apply(map, MarkServiceChecked{"cgg-vagga"}, context()).ok());
  CHECK(map.find("cgg-vagga")->last_checked == today);
  CHECK_FALSE(is_stale(*map.find("cgg-vagga"), today));
}

TEST_CASE("merging entries: one side changed takes it, both sides keep a conflict until chosen") {
  HelpMap a = sample_map(), b = sample_map();
  Service on_b = *b.find("naft-brugge");
  on_b.phone = "050 11 22 33";
  REQUIRE(apply(b, SaveService{on_b}, context({}, "tablet-b")).ok());

  auto plan = plan_service_import(a, {*b.find("naft-brugge")}, "Sara");
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].kind == MergeKind::TakeTheirs);
  CHECK(plan[0].result.phone == "050 11 22 33");
  apply(a, ImportServices{{plan[0].result}}, context());

  // Now both edit the same entry.
  Service on_a = *a.find("naft-brugge");
  on_a.contact_person = "Jonas";
  REQUIRE(apply(a, SaveService{on_a}, context()).ok());
  on_b = *b.find("naft-brugge");
  on_b.contact_person = "Lies";
  REQUIRE(apply(b, SaveService{on_b}, context({}, "tablet-b")).ok());
  plan = plan_service_import(a, {*b.find("naft-brugge")}, "Sara");
  CHECK(plan[0].kind == MergeKind::Conflicts);
  CHECK(plan[0].result.contact_person == "Jonas");
  REQUIRE(plan[0].result.conflict_theirs.size() == 1);
  CHECK(plan[0].result.conflict_theirs[0].contact_person == "Lies");
  apply(a, ImportServices{{plan[0].result}}, context());
  REQUIRE(apply(a, ResolveServiceConflict{"naft-brugge", true}, context()).ok());
  CHECK(a.find("naft-brugge")->contact_person == "Lies");
  CHECK(a.find("naft-brugge")->conflict_theirs.empty());

  // Sent back, the resolved version is news to b and nothing to a.
  CHECK(plan_service_import(b, {*a.find("naft-brugge")}, "Tom")[0].kind == MergeKind::TakeTheirs);
  CHECK(plan_service_import(a, {*a.find("naft-brugge")}, "Tom")[0].kind == MergeKind::Unchanged);
}

TEST_CASE("an edit wins over a concurrent deletion; new entries arrive as new") {
  HelpMap a = sample_map(), b = sample_map();
  REQUIRE(apply(a, DeleteService{"cgg-vagga"}, context()).ok());
  Service on_b = *b.find("cgg-vagga");
  on_b.phone = "03 123 45 67";
  REQUIRE(apply(b, SaveService{on_b}, context({}, "tablet-b")).ok());
  auto plan = plan_service_import(a, {*b.find("cgg-vagga")}, "Sara");
  CHECK(plan[0].kind == MergeKind::Merged);
  CHECK_FALSE(plan[0].result.deleted);
  CHECK(plan[0].result.phone == "03 123 45 67");

  REQUIRE(apply(b, SaveService{service("", "Huiswerkklas", ServiceTier::BasisZorg)}, context("hw", "tablet-b")).ok());
  CHECK(plan_service_import(a, {*b.find("hw")}, "Sara")[0].kind == MergeKind::New);
  // Only entries someone changed travel: the unchanged default data is on every device.
  const auto exported = services_for_export(b);
  CHECK(exported.size() == 2);
}

TEST_CASE("median and percentiles") {
  CHECK_FALSE(median({}).has_value());
  CHECK(*median({7}) == 7.0);
  CHECK(*median({10, 2, 6}) == 6.0);
  CHECK(*median({1, 2, 3, 10}) == 2.5);
  CHECK(*percentile({10, 20, 30, 40, 50}, 25) == 20.0);
  CHECK(*percentile({10, 20, 30, 40}, 75) == 32.5);
}
}

TEST_CASE("use count and median waiting time of a service come from the cases' referrals") {
  auto referral = [](std::string service, Date referred, std::optional<Date> started, ReferralOutcome outcome) {
    Referral r;
    r.service_id = std::move(service);
    r.service_name = "x";
    r.referred_on = referred;
    r.started_on = started;
    r.outcome = outcome;
    return r;
  };
  Case a, b;
  a.referrals = {referral("cgg", {2026, 1, 1}, Date{2026, 1, 31}, ReferralOutcome::Gestart),  // 30 days
                 referral("naft", {2026, 1, 1}, Date{2026, 1, 3}, ReferralOutcome::Afgerond)};
  b.referrals = {referral("cgg", {2026, 2, 1}, Date{2026, 2, 11}, ReferralOutcome::Afgerond),  // 10 days
                 referral("cgg", {2026, 3, 1}, std::nullopt, ReferralOutcome::Wachtend)};      // still waiting
  const ServiceUse cgg = service_use({a, b}, "cgg");
  CHECK(cgg.referrals == 3);
  REQUIRE(cgg.median_wait_days);
  CHECK(*cgg.median_wait_days == 20.0);
  const ServiceUse unused = service_use({a, b}, "tejo");
  CHECK(unused.referrals == 0);
  CHECK_FALSE(unused.median_wait_days);
}
