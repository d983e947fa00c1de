#pragma once
// Calendar dates without time zones: registrations, meetings and deadlines are days.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace rots {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const Date&) const = default;
};

bool is_valid_date(int year, int month, int day);
inline bool is_valid(const Date& d) { return is_valid_date(d.year, d.month, d.day); }

// Storage form: "2026-11-22". Strict: exactly that shape and a real calendar day.
std::string to_iso(const Date& d);
std::optional<Date> parse_iso_date(std::string_view text);

// What people type in Flanders: "22-11-2026", "22/11/2026", "2.3.2026" (day first, 4-digit year).
std::string to_dutch(const Date& d);
std::optional<Date> parse_dutch_date(std::string_view text);

// Days since 1970-01-01 (proleptic Gregorian); lets rules compare and count days.
long days_since_epoch(const Date& d);
Date date_from_days(long days);

}  // namespace rots
