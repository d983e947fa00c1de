#pragma once
// Notes: timestamped and signed; an edit keeps the earlier text as a version.
#include <cstdint>
#include <string>
#include <vector>

namespace rots {

struct NoteVersion {
  std::string text;
  std::string author;
  std::int64_t at_ms = 0;
  bool operator==(const NoteVersion&) const = default;
};

struct Note {
  std::string id;
  std::string meeting_id;  // empty: about the case as a whole
  std::string author;
  std::int64_t created_at_ms = 0;
  std::int64_t updated_at_ms = 0;
  std::string text;
  std::vector<NoteVersion> earlier;  // oldest first
  bool operator==(const Note&) const = default;
};

}  // namespace rots
