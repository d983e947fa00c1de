#pragma once
// Synthetic cases for benchmarks: realistic in shape and size (a registration, 2-4 meetings, 10
// notes of 50-400 words, 5 agreements), in Dutch-like text, deterministic from a seed. Names are
// never real: pseudonyms are letter codes, people are roles with a number ("CLB-medewerker 12").
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/case.hpp"

namespace rots {

struct SampleShape {
  int meetings_min = 2;
  int meetings_max = 4;
  int notes = 10;
  int note_words_min = 50;
  int note_words_max = 400;
  int agreements = 5;
};

// The `index`-th case of the data set `seed`: the same case whatever the set's size, so a large
// set can be made in batches.
Case sample_case(std::uint64_t seed, std::size_t index, const SampleShape& shape = {});
std::vector<Case> sample_cases(std::uint64_t seed, std::size_t count, const SampleShape& shape = {});

// The words the generated text is made of (Dutch, some with accents: search must fold them).
std::size_t sample_word_count();

}  // namespace rots
