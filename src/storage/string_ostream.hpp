#pragma once
// A std::ostream that writes into a std::string and hands it over at the end. cereal's JSON
// archive takes a stream; an ostringstream copies its text once more for str() (in Emscripten's
// libc++ byte by byte): every saved case and every record of a bundle paid for that copy.
#include <algorithm>
#include <cstddef>
#include <ostream>
#include <streambuf>
#include <string>
#include <utility>

namespace rots {

class StringOStream : private std::streambuf, public std::ostream {
 public:
  explicit StringOStream(std::size_t initial_capacity = 4096) : std::ostream(static_cast<std::streambuf*>(this)) {
    grow(initial_capacity);
  }

  // The text written so far; the stream takes nothing more afterwards.
  std::string take() && {
    text_.resize(written());
    setp(nullptr, nullptr);
    return std::move(text_);
  }

 private:
  // The put area is the string's whole length; the text's end is the put pointer.
  std::size_t written() const { return static_cast<std::size_t>(pptr() - pbase()); }

  void grow(std::size_t capacity) {
    const std::size_t used = pbase() ? written() : 0;
    text_.resize(std::max<std::size_t>(capacity, 64));
    setp(text_.data(), text_.data() + text_.size());
    pbump(static_cast<int>(used));  // records are capped far below 2 GiB
  }

  using Traits = std::streambuf::traits_type;

  std::streambuf::int_type overflow(std::streambuf::int_type c) override {
    if (Traits::eq_int_type(c, Traits::eof())) return Traits::not_eof(c);
    if (!pbase()) return Traits::eof();  // taken
    grow(2 * text_.size());
    *pptr() = Traits::to_char_type(c);
    pbump(1);
    return c;
  }

  std::string text_;
};

}  // namespace rots
