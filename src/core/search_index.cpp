#include "core/search_index.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace rots {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

template <class Each>
void for_each_word(std::string_view text, Each&& each) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    if (end > i) each(text.substr(i, end - i));
    i = end;
  }
}

}  // namespace

SearchIndex::Entry SearchIndex::index_case(const Case& c, std::uint64_t revision) {
  Entry entry;
  entry.revision = revision;
  entry.slot = static_cast<std::uint32_t>(live_.size());
  live_.push_back(1);
  for_each_word(searchable_text(c), [&](std::string_view word) {
    auto it = word_ids_.find(word);  // by view: no string is made for a word already known
    if (it == word_ids_.end()) {
      it = word_ids_.emplace(std::string(word), static_cast<std::uint32_t>(word_starts_.size())).first;
      word_starts_.push_back(static_cast<std::uint32_t>(vocabulary_.size()));
      vocabulary_.append(word);
      vocabulary_.push_back('\n');
      postings_.emplace_back();
    }
    entry.words.push_back(it->second);
  });
  std::sort(entry.words.begin(), entry.words.end());
  entry.words.erase(std::unique(entry.words.begin(), entry.words.end()), entry.words.end());
  for (const std::uint32_t word : entry.words) postings_[word].push_back(entry.slot);
  return entry;
}

void SearchIndex::retire(const Entry& entry) {
  live_[entry.slot] = 0;
  ++dead_slots_;
}

// Rebuilds the postings without dead slots once they are the majority (after thousands of
// edits), so the lists stay about as long as the live entries' words.
void SearchIndex::compact_if_sparse() {
  if (dead_slots_ < 1024 || dead_slots_ < live_.size() / 2) return;
  for (auto& list : postings_) list.clear();
  live_.assign(cases_.size(), 1);
  dead_slots_ = 0;
  std::uint32_t slot = 0;
  for (auto& [id, entry] : cases_) {
    entry.slot = slot++;
    for (const std::uint32_t word : entry.words) postings_[word].push_back(entry.slot);
  }
}

bool SearchIndex::indexed(const Case& c, std::uint64_t revision) const {
  const auto it = cases_.find(c.id);
  return it != cases_.end() && it->second.revision == revision;
}

bool SearchIndex::update_some(const Workspace& workspace, std::size_t budget) {
  if (built_ && workspace.revision() == revision_) return true;
  const auto& cases = workspace.cases();
  if (next_ > cases.size()) next_ = 0;  // cases were removed since the last slice
  for (std::size_t done = 0; next_ < cases.size() && done < budget; ++next_) {
    const Case& c = cases[next_];
    const std::uint64_t revision = workspace.revision_of(c.id);
    const auto old = cases_.find(c.id);
    if (old != cases_.end() && old->second.revision == revision) continue;
    if (old != cases_.end()) retire(old->second);
    cases_.insert_or_assign(c.id, index_case(c, revision));
    ++done;
  }
  if (next_ < cases.size()) return false;
  next_ = 0;
  update(workspace);  // drops deleted cases, indexes any changed behind the cursor
  return true;
}

void SearchIndex::update(const Workspace& workspace) {
  if (built_ && workspace.revision() == revision_) return;
  std::unordered_map<std::string, Entry> fresh;
  fresh.reserve(workspace.cases().size());
  for (const Case& c : workspace.cases()) {
    const std::uint64_t revision = workspace.revision_of(c.id);
    auto old = cases_.find(c.id);
    if (old != cases_.end() && old->second.revision == revision) {
      fresh.emplace(c.id, std::move(old->second));
      cases_.erase(old);
    } else {
      fresh.emplace(c.id, index_case(c, revision));
    }
  }
  for (const auto& [id, entry] : cases_) retire(entry);  // changed since, or deleted
  cases_ = std::move(fresh);
  compact_if_sparse();
  revision_ = workspace.revision();
  built_ = true;
  const auto& cases = workspace.cases();
  first_case_ = cases.empty() ? nullptr : cases.data();
  by_position_.clear();
  by_position_.reserve(cases.size());
  for (const Case& c : cases) by_position_.push_back(&*cases_.find(c.id));
}

const SearchIndex::Node* SearchIndex::entry_of(const Case& c) const {
  const auto at = reinterpret_cast<std::uintptr_t>(&c);
  const auto first = reinterpret_cast<std::uintptr_t>(first_case_);
  if (first_case_ == nullptr || at < first || (at - first) % sizeof(Case) != 0) return nullptr;
  const std::size_t position = (at - first) / sizeof(Case);
  if (position >= by_position_.size()) return nullptr;
  const Node* node = by_position_[position];
  return node->first == c.id ? node : nullptr;  // another case there now: not this entry
}

template <class Each>
void SearchIndex::for_each_word_containing(std::string_view part, Each&& each) const {
  const std::string_view text(vocabulary_);
  const auto words = static_cast<std::uint32_t>(word_starts_.size());
  std::uint32_t id = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos;) {
    // The word around the match (a match never spans the '\n' after a word: `part` has none).
    // Matches come in order, so the word is found by walking on from the last one.
    while (id + 1 < words && word_starts_[id + 1] <= at) ++id;
    each(id);
    if (id + 1 >= words) break;
    at = text.find(part, word_starts_[++id]);  // one hit per word is enough: on to the next
  }
}

std::vector<const Case*> SearchIndex::filter(const std::vector<const Case*>& cases, const CaseFilter& filter) const {
  if (!filter.active()) return cases;
  // For each query word, the vocabulary words that contain it. A specific word (its words' lists
  // together not much longer than the number of cases) is answered as a table by slot, from the
  // postings; a broad one ("e") as a table by word id, looked up in each case's words, where most
  // cases have a hit among their first words.
  struct QueryWord {
    std::vector<std::uint8_t> hit;  // by slot, or by word id when `by_word`
    bool by_word = false;
  };
  const std::size_t postings_budget = 4 * live_.size() + 1024;
  std::vector<QueryWord> query;
  bool none = false;  // a query word no word contains: nothing matches
  for_each_word(fold_for_search(filter.query), [&](std::string_view query_word) {
    std::vector<std::uint32_t> ids;
    std::size_t postings = 0;
    for_each_word_containing(query_word, [&](std::uint32_t id) {
      ids.push_back(id);
      postings += postings_[id].size();
    });
    none = none || ids.empty();
    QueryWord q;
    q.by_word = postings > postings_budget;
    if (q.by_word) {
      q.hit.resize(word_starts_.size());
      for (const std::uint32_t id : ids) q.hit[id] = 1;
    } else {
      q.hit.resize(live_.size());
      for (const std::uint32_t id : ids)
        for (const std::uint32_t slot : postings_[id]) q.hit[slot] = 1;
    }
    query.push_back(std::move(q));
  });
  // The tables by slot first: one read each, where a broad word reads a case's words.
  std::stable_partition(query.begin(), query.end(), [](const QueryWord& q) { return !q.by_word; });
  const auto contains = [](const Entry& entry, const QueryWord& q) {
    if (!q.by_word) return q.hit[entry.slot] != 0;
    return std::any_of(entry.words.begin(), entry.words.end(), [&](std::uint32_t w) { return q.hit[w] != 0; });
  };
  std::vector<const Case*> out;
  for (const Case* c : cases) {
    if (!passes_filters(*c, filter)) continue;
    const Node* entry = entry_of(*c);
    if (entry == nullptr) {  // not indexed: the slow way
      if (matches(*c, filter)) out.push_back(c);
      continue;
    }
    if (none) continue;
    if (std::all_of(query.begin(), query.end(), [&](const QueryWord& q) { return contains(entry->second, q); }))
      out.push_back(c);
  }
  return out;
}

}  // namespace rots
