#pragma once
// Search over thousands of cases within a frame. The folded text of each case (search.hpp) is
// split once into its distinct words; a query word is looked up in the vocabulary of all words
// (every word that contains it), and a case matches when one of its words is among those. The
// result is the same as filter_cases(): a query word has no spaces, so wherever it occurs in a
// case's text, it lies inside one of that text's words.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/search.hpp"
#include "core/workspace.hpp"

namespace rots {

class SearchIndex {
 public:
  // Reads again only the cases that changed since the last update (Workspace::revision_of).
  void update(const Workspace& workspace);
  // A slice of the work of update(), to spread it over idle time after loading: indexes at most
  // `budget` cases that are not indexed at their current revision. Returns true when nothing
  // is left (update() then has nothing to do). filter() is right at any point in between.
  bool update_some(const Workspace& workspace, std::size_t budget);
  // filter_cases(cases, filter) for cases of the workspace last passed to update().
  std::vector<const Case*> filter(const std::vector<const Case*>& cases, const CaseFilter& filter) const;

 private:
  struct Entry {
    std::uint64_t revision = 0;
    std::uint32_t slot = 0;            // this entry's place in live_ and the postings
    std::vector<std::uint32_t> words;  // word ids (word_starts_), sorted, distinct
  };
  using Node = std::pair<const std::string, Entry>;
  Entry index_case(const Case& c, std::uint64_t revision);
  void retire(const Entry& entry);
  void compact_if_sparse();
  bool indexed(const Case& c, std::uint64_t revision) const;
  const Node* entry_of(const Case& c) const;

  // The vocabulary, never shrinking (an unused word matches nothing): every word followed by
  // '\n' in one text, so a query word is searched in one pass instead of word by word, and
  // where each word starts (its id is its place in this list).
  std::string vocabulary_;
  std::vector<std::uint32_t> word_starts_;
  // The ids of the vocabulary words that contain `part` (not empty, no spaces), ascending.
  template <class Each>
  void for_each_word_containing(std::string_view part, Each&& each) const;
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::uint32_t, WordHash, std::equal_to<>> word_ids_;
  // By word id, the slots of the entries holding that word: a specific query word is answered
  // from these lists, without reading every case's words. An entry replaced or removed leaves
  // its slot dead (live_) until the lists are rebuilt without the dead slots.
  std::vector<std::vector<std::uint32_t>> postings_;
  std::vector<std::uint8_t> live_;  // by slot
  std::size_t dead_slots_ = 0;
  std::unordered_map<std::string, Entry> cases_;  // by case id
  // The entry of workspace.cases()[i] at the last update(), found by a case's address in
  // filter(): hashing every case's id per keystroke was half the time of a search.
  std::vector<const Node*> by_position_;
  const Case* first_case_ = nullptr;
  std::uint64_t revision_ = 0;
  bool built_ = false;
  std::size_t next_ = 0;  // update_some: where the next slice starts in workspace.cases()
};

}  // namespace rots
