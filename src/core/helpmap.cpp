#include "core/helpmap.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/search.hpp"
#include "core/text.hpp"

namespace rots {
namespace {

bool has_control_characters(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

void check_text(ServiceField field, std::string_view text, std::size_t limit, bool single_line,
                std::vector<ServiceIssue>& out) {
  if (!is_valid_utf8(text) || (single_line && has_control_characters(text)))
    out.push_back({field, ServiceIssueCode::InvalidText});
  else if (utf8_length(text) > limit)
    out.push_back({field, ServiceIssueCode::TooLong});
}

// Digits with the usual separators and an optional leading "+": "+32 499 88 66 93", "056/23 45 67".
bool plausible_phone(std::string_view phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    const char c = phone[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '+' && i == 0) continue;
    else if (c != ' ' && c != '/' && c != '.' && c != '-' && c != '(' && c != ')') return false;
  }
  return digits >= 6 && digits <= 15;
}

bool plausible_email(std::string_view email) {
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  const auto domain = email.substr(at + 1);
  const auto dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
         std::none_of(email.begin(), email.end(), [](char c) { return c == ' ' || c == ',' || c == ';'; });
}

std::string folded_text(const Service& s) {
  std::string text;
  for (const std::string* part : {&s.name, &s.municipality, &s.offer, &s.contact_person, &s.email, &s.website, &s.notes}) {
    text += fold_for_search(*part);
    text += '\n';
  }
  return text;
}

bool contains_every_word(const std::string& haystack, std::string_view query) {
  const std::string folded = fold_for_search(query);
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    std::size_t end = folded.find(' ', i);
    if (end == std::string::npos) end = folded.size();
    if (end > i && haystack.find(folded.substr(i, end - i)) == std::string::npos) return false;
    i = end;
  }
  return true;
}

std::string_view trimmed(std::string_view s) { return trim_spaces(s); }

}  // namespace

std::string_view tier_key(ServiceTier tier) {
  switch (tier) {
    case ServiceTier::BasisZorg: return "basiszorg";
    case ServiceTier::UitbreidingZorg: return "uitbreiding-zorg";
    case ServiceTier::DoorverwijzingClb: return "doorverwijzing-clb";
    case ServiceTier::StapNaarWerk: return "stap-naar-werk";
  }
  return "";
}

std::optional<ServiceTier> tier_from_key(std::string_view key) {
  for (ServiceTier t : all_service_tiers)
    if (tier_key(t) == key) return t;
  return std::nullopt;
}

bool is_service_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::vector<ServiceIssue> validate(const Service& s) {
  std::vector<ServiceIssue> issues;
  if (trimmed(s.name).empty()) issues.push_back({ServiceField::Name, ServiceIssueCode::Required});
  else check_text(ServiceField::Name, s.name, max_service_text_length, true, issues);
  check_text(ServiceField::Municipality, s.municipality, max_service_text_length, true, issues);
  check_text(ServiceField::Offer, s.offer, max_service_notes_length, false, issues);
  check_text(ServiceField::ContactPerson, s.contact_person, max_service_text_length, true, issues);
  check_text(ServiceField::Website, s.website, max_service_text_length, true, issues);
  check_text(ServiceField::Notes, s.notes, max_service_notes_length, false, issues);
  if (!trimmed(s.phone).empty() && !plausible_phone(trimmed(s.phone)))
    issues.push_back({ServiceField::Phone, ServiceIssueCode::InvalidPhone});
  if (!trimmed(s.email).empty() && !plausible_email(trimmed(s.email)))
    issues.push_back({ServiceField::Email, ServiceIssueCode::InvalidEmail});
  if ((s.ages & all_age_bits) == 0 || (s.ages & ~all_age_bits) != 0)
    issues.push_back({ServiceField::Ages, ServiceIssueCode::Required});
  return issues;
}

bool is_stale(const Service& s, const Date& today) {
  if (!s.last_checked) return true;
  return days_since_epoch(today) - days_since_epoch(*s.last_checked) >= stale_after_days;
}

std::string tel_link(std::string_view phone) {
  std::string digits;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    const char c = phone[i];
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits += c;
  }
  if (digits.empty() || digits == "+") return {};
  return "tel:" + digits;
}

std::string mailto_link(std::string_view email) {
  const auto address = trimmed(email);
  if (!plausible_email(address)) return {};
  return "mailto:" + std::string(address);
}

bool matches(const Service& s, const ServiceFilter& filter) {
  if (s.deleted) return false;
  if (filter.tier && s.tier != *filter.tier) return false;
  if (filter.region && s.region && *s.region != *filter.region) return false;
  if (filter.age && !s.has(*filter.age)) return false;
  return filter.query.empty() || contains_every_word(folded_text(s), filter.query);
}

void HelpMap::load(std::vector<Service> defaults, std::vector<Service> stored) {
  entries_ = std::move(defaults);
  for (auto& s : stored) put(std::move(s));
}

const Service* HelpMap::find(std::string_view id) const {
  auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Service& s) { return s.id == id; });
  return it == entries_.end() ? nullptr : &*it;
}

Service* HelpMap::find_mutable(std::string_view id) { return const_cast<Service*>(std::as_const(*this).find(id)); }

void HelpMap::put(Service s) {
  if (Service* existing = find_mutable(s.id)) *existing = std::move(s);
  else entries_.push_back(std::move(s));
}

std::vector<const Service*> HelpMap::list(const ServiceFilter& filter) const {
  std::vector<const Service*> out;
  for (const auto& s : entries_)
    if (matches(s, filter)) out.push_back(&s);
  std::stable_sort(out.begin(), out.end(), [](const Service* a, const Service* b) {
    if (a->tier != b->tier) return a->tier < b->tier;
    return fold_for_search(a->name) < fold_for_search(b->name);
  });
  return out;
}

ServiceUse service_use(const std::vector<Case>& cases, std::string_view service_id) {
  ServiceUse use;
  std::vector<long> waits;
  for (const Case& c : cases)
    for (const Referral& r : c.referrals) {
      if (r.service_id != service_id) continue;
      ++use.referrals;
      if (auto days = waiting_days(r)) waits.push_back(*days);
    }
  use.median_wait_days = median(std::move(waits));
  return use;
}

std::optional<double> percentile(std::vector<long> values, double p) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(values.size() - 1);
  const auto low = static_cast<std::size_t>(std::floor(rank));
  const auto high = static_cast<std::size_t>(std::ceil(rank));
  const double fraction = rank - static_cast<double>(low);
  return static_cast<double>(values[low]) + fraction * static_cast<double>(values[high] - values[low]);
}

std::optional<double> median(std::vector<long> values) { return percentile(std::move(values), 50.0); }

}  // namespace rots
