#include "core/search_index.hpp"

#include <algorithm>
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

SearchIndex::Entry SearchIndex::index_case(const Case& c) {
  Entry entry;
  for_each_word(searchable_text(c), [&](std::string_view word) {
    auto it = word_ids_.find(word);  // by view: no string is made for a word already known
    if (it == word_ids_.end()) {
      it = word_ids_.emplace(std::string(word), static_cast<std::uint32_t>(word_starts_.size())).first;
      word_starts_.push_back(static_cast<std::uint32_t>(vocabulary_.size()));
      vocabulary_.append(word);
      vocabulary_.push_back('\n');
    }
    entry.words.push_back(it->second);
  });
  std::sort(entry.words.begin(), entry.words.end());
  entry.words.erase(std::unique(entry.words.begin(), entry.words.end()), entry.words.end());
  return entry;
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
    if (indexed(c, revision)) continue;
    Entry entry = index_case(c);
    entry.revision = revision;
    cases_.insert_or_assign(c.id, std::move(entry));
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
    } else {
      Entry entry = index_case(c);
      entry.revision = revision;
      fresh.emplace(c.id, std::move(entry));
    }
  }
  cases_ = std::move(fresh);
  revision_ = workspace.revision();
  built_ = true;
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
  // For each query word, the vocabulary words that contain it: as a table by word id, and, when
  // they are few (a specific word), also as a list, so that a case's sorted words are searched
  // for them instead of read one by one.
  struct QueryWord {
    std::vector<std::uint8_t> hit;
    std::vector<std::uint32_t> few;  // the hit ids, when at most few_hits
    bool many = false;
  };
  constexpr std::size_t few_hits = 16;
  std::vector<QueryWord> query;
  for_each_word(fold_for_search(filter.query), [&](std::string_view query_word) {
    QueryWord q;
    q.hit.resize(word_starts_.size());
    for_each_word_containing(query_word, [&](std::uint32_t id) {
      q.hit[id] = 1;
      if (q.few.size() < few_hits) q.few.push_back(id);
      else q.many = true;
    });
    query.push_back(std::move(q));
  });
  const auto contains = [](const std::vector<std::uint32_t>& words, const QueryWord& q) {
    if (!q.many)
      return std::any_of(q.few.begin(), q.few.end(),
                         [&](std::uint32_t w) { return std::binary_search(words.begin(), words.end(), w); });
    return std::any_of(words.begin(), words.end(), [&](std::uint32_t w) { return q.hit[w] != 0; });
  };
  std::vector<const Case*> out;
  for (const Case* c : cases) {
    if (!passes_filters(*c, filter)) continue;
    const auto entry = cases_.find(c->id);
    if (entry == cases_.end()) {  // not indexed: the slow way
      if (matches(*c, filter)) out.push_back(c);
      continue;
    }
    const auto& words = entry->second.words;
    if (std::all_of(query.begin(), query.end(), [&](const QueryWord& q) { return contains(words, q); }))
      out.push_back(c);
  }
  return out;
}

}  // namespace rots
