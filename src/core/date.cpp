#include "core/date.hpp"

#include <charconv>
#include <cstdio>

namespace rots {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Parses an unsigned decimal of 1..max_digits digits; returns the rest of the text.
std::optional<std::pair<int, std::string_view>> take_number(std::string_view s, int max_digits) {
  std::size_t n = 0;
  while (n < s.size() && n < static_cast<std::size_t>(max_digits) && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0) return std::nullopt;
  int value = 0;
  std::from_chars(s.data(), s.data() + n, value);
  return std::pair{value, s.substr(n)};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::string to_iso(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = take_number(text.substr(0, 4), 4);
  auto m = take_number(text.substr(5, 2), 2);
  auto d = take_number(text.substr(8, 2), 2);
  if (!y || !m || !d || !y->second.empty() || !m->second.empty() || !d->second.empty()) return std::nullopt;
  Date date{y->first, m->first, d->first};
  if (!is_valid(date)) return std::nullopt;
  return date;
}

std::string to_dutch(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d-%02d-%04d", d.day, d.month, d.year);
  return buf;
}

std::optional<Date> parse_dutch_date(std::string_view text) {
  text = trim(text);
  auto is_sep = [](char c) { return c == '-' || c == '/' || c == '.'; };
  auto d = take_number(text, 2);
  if (!d || d->second.empty() || !is_sep(d->second.front())) return std::nullopt;
  auto m = take_number(d->second.substr(1), 2);
  if (!m || m->second.empty() || !is_sep(m->second.front())) return std::nullopt;
  auto rest = m->second.substr(1);
  auto y = take_number(rest, 4);
  if (!y || !y->second.empty() || rest.size() != 4) return std::nullopt;
  Date date{y->first, m->first, d->first};
  if (!is_valid(date)) return std::nullopt;
  return date;
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long days_since_epoch(const Date& d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(d.month + (d.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + static_cast<long>(doe) - 719468;
}

Date date_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (month <= 2 ? 1 : 0);
  return Date{year, month, day};
}

}  // namespace rots
