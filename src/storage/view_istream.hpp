#pragma once
// A std::istream that reads a string_view in place. cereal's JSON archive takes a stream; an
// istringstream would first copy the text (every stored case at start-up: hundreds of MB).
#include <istream>
#include <streambuf>
#include <string_view>

#include "storage/json_streams.hpp"

namespace rots {

class ViewIStream : private InMemoryStreamBuf, public std::istream {
 public:
  explicit ViewIStream(std::string_view text) : std::istream(static_cast<InMemoryStreamBuf*>(this)) {
    // The get area is only read: the base streambuf writes nothing into it (a putback of a
    // different character fails instead of storing it).
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace rots
