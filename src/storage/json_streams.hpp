#pragma once
// rapidjson's wrappers of std::istream and std::ostream, as cereal's JSON archives use them,
// specialised to read and write the stream buffer directly. The generic ones call istream::get,
// istream::peek and ostream::put once per character, and each builds a sentry (state checks,
// tied-stream flush): a quarter of the time of encoding and decoding a case went there (perf,
// docs/BENCHMARKS.md). sgetc/sbumpc/sputc touch the buffer inline and call a virtual function
// only at its end. Included by json_config.hpp, so every translation unit sees the same class.
#include <cstddef>
#include <istream>
#include <ostream>
#include <rapidjson/istreamwrapper.h>
#include <rapidjson/ostreamwrapper.h>

RAPIDJSON_NAMESPACE_BEGIN

template <>
class BasicIStreamWrapper<std::istream> {
 public:
  typedef char Ch;
  explicit BasicIStreamWrapper(std::istream& stream) : stream_(stream), buffer_(stream.rdbuf()) {}
  BasicIStreamWrapper(const BasicIStreamWrapper&) = delete;
  BasicIStreamWrapper& operator=(const BasicIStreamWrapper&) = delete;

  Ch Peek() const {
    const int c = buffer_ ? buffer_->sgetc() : eof;
    return c != eof ? static_cast<Ch>(c) : '\0';
  }
  Ch Take() {
    const int c = buffer_ ? buffer_->sbumpc() : eof;
    if (c == eof) {
      stream_.setstate(std::ios::eofbit);  // as istream::get would
      return '\0';
    }
    ++count_;
    return static_cast<Ch>(c);
  }
  std::size_t Tell() const { return count_; }

  Ch* PutBegin() { RAPIDJSON_ASSERT(false); return 0; }
  void Put(Ch) { RAPIDJSON_ASSERT(false); }
  void Flush() { RAPIDJSON_ASSERT(false); }
  std::size_t PutEnd(Ch*) { RAPIDJSON_ASSERT(false); return 0; }

  // For encoding detection only: the next four characters, left unread.
  const Ch* Peek4() const {
    if (!buffer_) return 0;
    int taken = 0;
    for (; taken < 4; ++taken) {
      const int c = buffer_->sbumpc();
      if (c == eof) break;
      peek_[taken] = static_cast<Ch>(c);
    }
    for (int i = taken - 1; i >= 0; --i) buffer_->sputbackc(peek_[i]);
    return taken == 4 ? peek_ : 0;
  }

 private:
  static constexpr int eof = std::char_traits<char>::eof();
  std::istream& stream_;
  std::streambuf* buffer_;
  std::size_t count_ = 0;
  mutable Ch peek_[4] = {};
};

template <>
class BasicOStreamWrapper<std::ostream> {
 public:
  typedef char Ch;
  explicit BasicOStreamWrapper(std::ostream& stream) : stream_(stream), buffer_(stream.rdbuf()) {}
  BasicOStreamWrapper(const BasicOStreamWrapper&) = delete;
  BasicOStreamWrapper& operator=(const BasicOStreamWrapper&) = delete;

  void Put(Ch c) {
    if (!buffer_ || buffer_->sputc(c) == std::char_traits<char>::eof()) stream_.setstate(std::ios::badbit);
  }
  void Flush() { stream_.flush(); }

  char Peek() const { RAPIDJSON_ASSERT(false); return 0; }
  char Take() { RAPIDJSON_ASSERT(false); return 0; }
  std::size_t Tell() const { RAPIDJSON_ASSERT(false); return 0; }
  char* PutBegin() { RAPIDJSON_ASSERT(false); return 0; }
  std::size_t PutEnd(char*) { RAPIDJSON_ASSERT(false); return 0; }

 private:
  std::ostream& stream_;
  std::streambuf* buffer_;
};

RAPIDJSON_NAMESPACE_END
