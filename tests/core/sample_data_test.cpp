// The benchmark data set: the same cases from the same seed, in the shape the benchmarks promise.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/sample_data.hpp"

using namespace rots;

namespace {
int word_count(const std::string& text) {
  int words = text.empty() ? 0 : 1;
  for (char ch : text) words += ch == ' ';
  return words;
}
}  // namespace

TEST_CASE("sample cases are the same for the same seed and differ for another") {
  const auto a = sample_cases(7, 20);
  const auto b = sample_cases(7, 20);
  const auto other = sample_cases(8, 20);
  CHECK(a == b);
  CHECK(a[0] != other[0]);
  CHECK(sample_case(7, 13) == a[13]);  // a case does not depend on the size of its set
}

TEST_CASE("sample cases have the promised shape") {
  const auto cases = sample_cases(42, 100);
  std::set<std::string> ids;
  std::set<int> meeting_counts;
  int shortest = 1000, longest = 0;
  for (const Case& c : cases) {
    ids.insert(c.id);
    CHECK(is_case_id(c.id));
    CHECK(c.pseudonym.size() <= max_pseudonym_length);
    CHECK(is_valid(c.registered_on));
    CHECK(c.meetings.size() >= 2);
    CHECK(c.meetings.size() <= 4);
    meeting_counts.insert(static_cast<int>(c.meetings.size()));
    CHECK(c.agreements.size() == 5);
    REQUIRE(c.notes.size() == 10);
    for (const Note& n : c.notes) {
      const int words = word_count(n.text);
      shortest = std::min(shortest, words);
      longest = std::max(longest, words);
      CHECK(validate_note_text(n.text).empty());
    }
    for (const Meeting& m : c.meetings) CHECK(validate(m).empty());
    for (const Agreement& a : c.agreements) CHECK(validate(a).empty());
    CHECK(validate(draft_of(c), Date{2026, 11, 1}).empty());
  }
  CHECK(ids.size() == cases.size());
  CHECK(meeting_counts == std::set<int>{2, 3, 4});
  CHECK(shortest >= 50);
  CHECK(longest <= 400);
  CHECK(longest - shortest > 250);  // spread over the range, not one length
}

TEST_CASE("sample cases are the same natively and in wasm") {
  // Values of this build's generator: the wasm test run checks the same ones (the browser bench
  // seeds in wasm, the C++ benches run natively too).
  const Case c = sample_case(2026, 0);
  CHECK(c.pseudonym == "PS-1");
  CHECK(c.aanmelding.requester_name == "Directeur 29");
  CHECK(c.meetings.size() == 2);
  CHECK(c.notes[9].text.size() == 993);
  CHECK(c.notes[9].author == "Contextbegeleider 3");
}
