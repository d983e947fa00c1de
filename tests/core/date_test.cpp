#include <doctest/doctest.h>

#include "core/date.hpp"

using namespace rots;

TEST_CASE("Dutch day-first dates are read as people type them") {
  CHECK(parse_dutch_date("22-11-2026") == Date{2026, 11, 22});
  CHECK(parse_dutch_date("2/3/2026") == Date{2026, 3, 2});
  CHECK(parse_dutch_date(" 01.09.2025 ") == Date{2025, 9, 1});
}

TEST_CASE("impossible or ambiguous dates are refused") {
  CHECK_FALSE(parse_dutch_date("29-02-2025"));  // not a leap year
  CHECK_FALSE(parse_dutch_date("31-04-2026"));
  CHECK_FALSE(parse_dutch_date("22-11-26"));    // two-digit year: which century?
  CHECK_FALSE(parse_dutch_date("2026-11-22"));  // ISO order is not what the form asks for
  CHECK_FALSE(parse_dutch_date("22-11-2026x"));
  CHECK_FALSE(parse_dutch_date(""));
  CHECK(parse_dutch_date("29-02-2024") == Date{2024, 2, 29});
}

TEST_CASE("ISO storage form is strict") {
  CHECK(parse_iso_date("2026-11-22") == Date{2026, 11, 22});
  CHECK_FALSE(parse_iso_date("2026-11-2"));
  CHECK_FALSE(parse_iso_date("2026-13-01"));
  CHECK_FALSE(parse_iso_date("+026-11-22"));
  CHECK(to_iso(Date{2026, 3, 5}) == "2026-03-05");
  CHECK(to_dutch(Date{2026, 3, 5}) == "05-03-2026");
}

TEST_CASE("day counting crosses months, leap days and years") {
  CHECK(days_since_epoch(Date{1970, 1, 1}) == 0);
  CHECK(days_since_epoch(Date{2000, 3, 1}) - days_since_epoch(Date{2000, 2, 28}) == 2);
  CHECK(days_since_epoch(Date{2027, 1, 1}) - days_since_epoch(Date{2026, 1, 1}) == 365);
  for (long d = -1000; d < 40000; d += 37) CHECK(days_since_epoch(date_from_days(d)) == d);
}
