#pragma once
// The regional help map ("sociale kaart"): who to call for what. The tiers are those of the
// "Eerste Hulp Bij schooluitval" card (seed 002): strengthening care at school, extending care,
// the services the CLB refers to, and the step to work. Entries are either default data that
// ships with the app (with its public source) or the user's own; both can be edited.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <variant>

#include "core/date.hpp"
#include "core/merge.hpp"
#include "core/region.hpp"
#include "core/sync.hpp"
#include "core/workspace.hpp"

namespace rots {

enum class ServiceTier { BasisZorg, UitbreidingZorg, DoorverwijzingClb, StapNaarWerk };
inline constexpr ServiceTier all_service_tiers[] = {ServiceTier::BasisZorg, ServiceTier::UitbreidingZorg,
                                                    ServiceTier::DoorverwijzingClb, ServiceTier::StapNaarWerk};
// Stable keys for storage, bundles and the default data file.
std::string_view tier_key(ServiceTier tier);
std::optional<ServiceTier> tier_from_key(std::string_view key);

// Target age as the networks split it (seed 004: "-12-jarigen en +12-jarigen").
enum class AgeGroup : std::uint32_t { Onder12 = 1u << 0, Boven12 = 1u << 1 };
inline constexpr std::uint32_t all_age_bits = 0x3;

struct Service {
  std::string id;
  std::string name;  // organisation or service, e.g. "NAFT", "CGG Vagga"
  ServiceTier tier = ServiceTier::BasisZorg;
  std::optional<Region> region;  // none: for all of Flanders and Brussels
  std::string municipality;
  std::string offer;
  std::uint32_t ages = all_age_bits;  // AgeGroup bits
  std::string contact_person;
  std::string phone;
  std::string email;
  std::string website;
  std::string notes;
  std::optional<Date> last_checked;  // when someone last confirmed the details
  std::string source;                // default data: where it comes from; empty: added by a user
  bool deleted = false;              // kept as a tombstone so a deletion travels and defaults stay gone
  std::int64_t updated_at_ms = 0;
  // Exchange (docs/merging.md): one version vector per entry; a concurrent edit of both
  // devices keeps the other value beside this one until the user chooses.
  VersionVector clock;
  std::string device_id;                 // the device of the latest change
  std::vector<Service> conflict_theirs;  // 0 or 1: the other device's version
  std::string conflict_from;

  bool is_default() const { return !source.empty(); }
  bool has(AgeGroup g) const { return (ages & static_cast<std::uint32_t>(g)) != 0; }
  bool operator==(const Service&) const = default;
};

// Lowercase letters, digits and dashes, at most 64: random ids and the default data's ("std-naft").
bool is_service_id(std::string_view id);

inline constexpr std::size_t max_service_text_length = 200;   // one-line fields
inline constexpr std::size_t max_service_notes_length = 2000;  // offer, notes

enum class ServiceField { Name, Municipality, Offer, ContactPerson, Phone, Email, Website, Notes, Ages };
enum class ServiceIssueCode { Required, TooLong, InvalidText, InvalidPhone, InvalidEmail };
struct ServiceIssue {
  ServiceField field;
  ServiceIssueCode code;
  bool operator==(const ServiceIssue&) const = default;
};
std::vector<ServiceIssue> validate(const Service& s);

// Not confirmed for a year or more (or never): the card and the list mark it "nakijken".
inline constexpr long stale_after_days = 365;
bool is_stale(const Service& s, const Date& today);

// Links the browser hands to the phone or mail app; empty when there is nothing to dial/mail.
std::string tel_link(std::string_view phone);     // "tel:+32499886693"
std::string mailto_link(std::string_view email);  // "mailto:a@b.be"

struct ServiceFilter {
  std::string query;  // every word must occur (accent- and case-insensitive)
  std::optional<ServiceTier> tier;
  std::optional<Region> region;  // also matches entries for all regions
  std::optional<AgeGroup> age;
  bool active() const { return !query.empty() || tier || region || age; }
};
bool matches(const Service& s, const ServiceFilter& filter);

// The help map as held on this device: the default data with the stored entries over it (an
// edited or deleted default is stored under the default's id).
class HelpMap {
 public:
  void load(std::vector<Service> defaults, std::vector<Service> stored);
  const std::vector<Service>& entries() const { return entries_; }  // tombstones included
  const Service* find(std::string_view id) const;
  // Visible entries matching the filter, ordered by tier, then name.
  std::vector<const Service*> list(const ServiceFilter& filter) const;
  Service* find_mutable(std::string_view id);
  void put(Service s);  // replaces the entry with the same id, or adds it

 private:
  std::vector<Service> entries_;
};

// Changes to the help map, through one path like the cases' commands (core/workspace.hpp).
struct SaveService {
  Service service;  // an empty id adds a new entry under the context's new id
};
struct DeleteService {
  std::string id;
};
struct RestoreService {  // the undo of DeleteService and of an edit
  Service snapshot;
};
struct MarkServiceChecked {
  std::string id;  // confirmed today
};
struct ResolveServiceConflict {
  std::string id;
  bool take_theirs = false;
};
struct ImportServices {
  std::vector<Service> services;  // results of plan_service_import
};
using HelpMapCommand =
    std::variant<SaveService, DeleteService, RestoreService, MarkServiceChecked, ResolveServiceConflict, ImportServices>;

struct HelpMapResult {
  std::vector<ServiceIssue> issues;  // non-empty: nothing changed
  bool unknown = false;              // the entry is not there: nothing changed
  std::vector<std::string> changed_ids;
  std::string created_id;
  std::optional<HelpMapCommand> undo;
  bool ok() const { return issues.empty() && !unknown; }
};
HelpMapResult apply(HelpMap& map, const HelpMapCommand& command, const CommandContext& context);

// Merging entries from a bundle (docs/merging.md): per entry, the version vectors decide; an
// entry changed on both devices keeps this device's value and the other beside it as a conflict.
struct ServiceMerge {
  MergeKind kind = MergeKind::Unchanged;
  Service result;
};
std::vector<ServiceMerge> plan_service_import(const HelpMap& mine, const std::vector<Service>& incoming,
                                              const std::string& from);
// The entries an "everything" bundle carries: those changed or added on some device (the
// unchanged default data is on every device already).
std::vector<const Service*> services_for_export(const HelpMap& map);

// How a service was used from this device's cases (core/referral.hpp records the referrals).
struct ServiceUse {
  int referrals = 0;
  std::optional<double> median_wait_days;  // over referrals whose help started
};

ServiceUse service_use(const std::vector<Case>& cases, std::string_view service_id);

// Median of the values (the mean of the middle two for an even count); none when empty.
std::optional<double> median(std::vector<long> values);
// The p-th percentile (0..100), linear between the nearest ranks; none when empty.
std::optional<double> percentile(std::vector<long> values, double p);

}  // namespace rots
