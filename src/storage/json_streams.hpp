#pragma once
// rapidjson's wrappers of std::istream and std::ostream, as cereal's JSON archives use them,
// specialised. The generic ones call istream::get, istream::peek and ostream::put once per
// character, and each builds a sentry (state checks, tied-stream flush): a quarter of the time of
// encoding and decoding a case went there (perf, docs/BENCHMARKS.md).
//  - Reading: the text is read straight from memory, through pointers the parser copies into
//    its own locals (rapidjson's copy optimisation, as for its StringStream): text that is in
//    memory already (InMemoryStreamBuf: ViewIStream) in place, any other stream read whole first.
//    cereal parses the whole document when its archive is made, so nothing reads on after it.
//    A string's characters that need no unescaping are taken as one run.
//  - Writing: sputc touches the stream buffer inline and calls a virtual function only at its end;
//    a string's characters that need no escape go out as one run.
// Included by json_config.hpp, so every translation unit sees the same classes.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <istream>
#include <iterator>
#include <memory>
#include <ostream>
#include <rapidjson/istreamwrapper.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/reader.h>
#include <rapidjson/writer.h>
#include <streambuf>
#include <string>

namespace rots {

// A stream buffer whose unread text lies in memory in one piece.
class InMemoryStreamBuf : public std::streambuf {
 public:
  const char* unread_begin() const { return gptr(); }
  const char* unread_end() const { return egptr(); }
};

// The end of the run of string characters from `p` that JSON holds as they are: up to the next
// control character, '"' or '\\' (UTF-8 passes through unchanged). Notes are long runs, so eight
// bytes are tested at a time (SWAR): a byte's high bit in `found` is set when it is below 0x20 or
// equals '"' or '\\'. Borrows may also mark bytes after a real one, never before it, so the
// lowest mark is the first stop.
inline const char* plain_run_end(const char* p, const char* end) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const auto zero_bytes = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    for (; end - p >= 8; p += 8) {
      std::uint64_t word;
      std::memcpy(&word, p, sizeof word);
      const std::uint64_t found =
          ((word - 0x20 * ones) & ~word & highs) | zero_bytes(word ^ ('"' * ones)) | zero_bytes(word ^ ('\\' * ones));
      if (found != 0) return p + std::countr_zero(found) / 8;
    }
  }
  for (; p != end; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x20 || c == '"' || c == '\\') break;
  }
  return p;
}

}  // namespace rots

RAPIDJSON_NAMESPACE_BEGIN

template <>
class BasicIStreamWrapper<std::istream> {
 public:
  typedef char Ch;
  explicit BasicIStreamWrapper(std::istream& stream) {
    if (const auto* memory = dynamic_cast<const rots::InMemoryStreamBuf*>(stream.rdbuf())) {
      begin_ = memory->unread_begin();
      end_ = memory->unread_end();
    } else {
      whole_ = std::make_unique<const std::string>(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
      begin_ = whole_->data();
      end_ = begin_ + whole_->size();
    }
    next_ = begin_;
  }
  // The parser copies the stream into its locals for every token and back (copyOptimization):
  // a copy is three pointers into the original's text and owns nothing. Copies live only inside
  // the parser's calls on the original.
  BasicIStreamWrapper(const BasicIStreamWrapper& other) : begin_(other.begin_), next_(other.next_), end_(other.end_) {}
  BasicIStreamWrapper& operator=(const BasicIStreamWrapper& other) {
    begin_ = other.begin_;
    next_ = other.next_;
    end_ = other.end_;
    return *this;
  }

  Ch Peek() const { return next_ != end_ ? *next_ : '\0'; }
  // For the reader's run copy below: the unread text, and taking `n` characters of it at once.
  const Ch* Next() const { return next_; }
  const Ch* End() const { return end_; }
  void Skip(std::size_t n) { next_ += n; }
  Ch Take() { return next_ != end_ ? *next_++ : '\0'; }
  std::size_t Tell() const { return static_cast<std::size_t>(next_ - begin_); }

  Ch* PutBegin() { RAPIDJSON_ASSERT(false); return 0; }
  void Put(Ch) { RAPIDJSON_ASSERT(false); }
  void Flush() { RAPIDJSON_ASSERT(false); }
  std::size_t PutEnd(Ch*) { RAPIDJSON_ASSERT(false); return 0; }

  // For encoding detection only: the next four characters, left unread.
  const Ch* Peek4() const { return end_ - next_ >= 4 ? next_ : 0; }

 private:
  std::unique_ptr<const std::string> whole_;  // a stream not in memory, read whole (not copied)
  const Ch* begin_ = nullptr;
  const Ch* next_ = nullptr;
  const Ch* end_ = nullptr;
};

// Copied into the parser's locals while it scans a string or a number, like rapidjson's own
// StringStream: a pointer the compiler keeps in a register.
template <>
struct StreamTraits<BasicIStreamWrapper<std::istream> > {
  enum { copyOptimization = 1 };
};

// The reader skips white space before every token. Records are written without any (NoIndent),
// so the generic loop's local copy of the stream and its write-back cost more than the skipping:
// rapidjson's own pointer loop instead, as it specialises this for its in-place stream.
template <>
inline void SkipWhitespace(BasicIStreamWrapper<std::istream>& is) {
  is.Skip(static_cast<std::size_t>(SkipWhitespace(is.Next(), is.End()) - is.Next()));
}

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
  // A run of characters at once (the stream buffer copies it into its put area).
  void PutRun(const Ch* run, std::size_t size) {
    const auto n = static_cast<std::streamsize>(size);
    if (!buffer_ || buffer_->sputn(run, n) != n) stream_.setstate(std::ios::badbit);
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

// The writer's hook for copying a string's plain characters ahead of its escaping loop (rapidjson
// fills it with SIMD for its StringBuffer): here the run up to the next character that needs an
// escape (a control character, '"' or '\\') goes out in one PutRun instead of a Put each. UTF-8
// is copied through unchanged, as the writer does without kWriteValidateEncodingFlag.
template <>
inline bool Writer<BasicOStreamWrapper<std::ostream> >::ScanWriteUnescapedString(StringStream& is, size_t length) {
  const char* const run = is.src_;
  const char* const end = is.head_ + length;
  const char* const p = rots::plain_run_end(run, end);
  if (p != run) {
    os_->PutRun(run, static_cast<std::size_t>(p - run));
    is.src_ = p;
  }
  return p != end;  // a character left for the escaping loop
}

// The reader's matching hook: a string's characters up to the next '"', '\\' or control
// character are pushed onto the parser's stack at once instead of one Put each. (Naming the
// reader's private StackStream here is allowed: C++20 does not check access in the arguments of
// an explicit specialization.)
template <>
template <>
inline void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ScanCopyUnescapedString(
    BasicIStreamWrapper<std::istream>& is, GenericReader<UTF8<>, UTF8<>, CrtAllocator>::StackStream<char>& os) {
  const char* const run = is.Next();
  const char* const p = rots::plain_run_end(run, is.End());
  if (p == run) return;
  const auto size = static_cast<SizeType>(p - run);
  std::memcpy(os.Push(size), run, size);
  is.Skip(size);
}

RAPIDJSON_NAMESPACE_END
