#include <doctest/doctest.h>

#include <cereal/archives/json.hpp>
#include <rapidjson/document.h>
#include <rapidjson/istreamwrapper.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <algorithm>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "core/sample_data.hpp"
#include "storage/case_archive.hpp"
#include "storage/record_codec.hpp"
#include "storage/json_streams.hpp"
#include "storage/string_ostream.hpp"
#include "storage/view_istream.hpp"

using namespace rots;

namespace {

Case read_case(std::istream& in) {
  cereal::JSONInputArchive archive(in);
  Case c;
  archive(cereal::make_nvp("case", c));
  return c;
}

}  // namespace

// The JSON reader takes text in memory in place (ViewIStream) and reads any other stream whole
// first (src/storage/json_streams.hpp): both must give the same case.
TEST_CASE("json streams: a case reads the same from text in memory and from any other stream") {
  const Case original = sample_case(2026, 3);
  const std::string text = encode_case(original);

  ViewIStream in_memory(text);
  CHECK(read_case(in_memory) == original);

  std::istringstream other(text);
  CHECK(read_case(other) == original);

  const auto decoded = decode_case(text);
  REQUIRE(std::holds_alternative<Case>(decoded));
  CHECK(std::get<Case>(decoded) == original);
}

TEST_CASE("json streams: text cut short is refused from either kind of stream") {
  const std::string text = encode_case(sample_case(2026, 4));
  const std::string cut = text.substr(0, text.size() / 2);
  ViewIStream in_memory(cut);
  CHECK_THROWS(read_case(in_memory));
  std::istringstream other(cut);
  CHECK_THROWS(read_case(other));
}

// Strings go out in runs up to the next character that needs an escape (json_streams.hpp): the
// text must be what rapidjson's own writer makes of the same strings into its StringBuffer.
TEST_CASE("json streams: strings are written as rapidjson's own writer writes them") {
  const std::vector<std::string> strings = {
      "",
      "gewoon",
      "\"aan het begin",
      "aan het einde\\",
      "twee\n\nregels\tmet tab",
      "\x01\x1f stuurtekens",
      "Zoë's \"eerste\" overleg — één afspraak, 5 € \\ klaar",
      "\"\"\\\\\"",
      std::string("een nul\0byte", 12),
  };
  for (const std::string& s : strings) {
    rapidjson::StringBuffer reference_text;
    rapidjson::Writer<rapidjson::StringBuffer> reference(reference_text);
    reference.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));

    StringOStream out;
    {
      rapidjson::OStreamWrapper stream(out);
      rapidjson::Writer<rapidjson::OStreamWrapper> writer(stream);
      writer.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    }
    CHECK(std::move(out).take() == std::string(reference_text.GetString(), reference_text.GetSize()));
  }
}

// Strings are read in runs up to the next '"', '\\' or control character, and white space is
// skipped with a pointer loop (json_streams.hpp): the result, and the error and its place for
// broken text, must be rapidjson's own from a StringStream.
TEST_CASE("json streams: strings are read as rapidjson's own reader reads them") {
  const std::vector<std::string> texts = {
      R"({"a":"gewoon","b":""})",
      R"({"a":"\"aan het begin","b":"aan het einde\\","c":"twee\n\nregels\tmet tab"})",
      R"({"a":"Zoë's \"eerste\" overleg — één afspraak \u00e9\ud83d\ude00 5 €"})",
      R"({"a":"\"\"\\\\\""})",
      std::string("{\"a\":\"een stuurteken \x01 in de tekst\"}"),
      R"({"a":"niet afgesloten)",
      R"({"a":"foute escape \q"})",
      R"({"a":"halve \ud83d"})",
      std::string("{\"a\":\"een nul\0byte\"}", 20),
      " \n\t{ \"a\" :\r\n [ 1 ,\t\"b\" , { } ] , \"c\"\n:\ntrue }\n ",  // white space wherever JSON allows it
      "{\"a\": 1}  \t x",
      "  \n ",
  };
  for (const std::string& text : texts) {
    rapidjson::Document reference;
    reference.Parse(text.data(), text.size());

    ViewIStream in(text);
    rapidjson::IStreamWrapper stream(in);
    rapidjson::Document read;
    read.ParseStream(stream);

    INFO(text);
    REQUIRE(read.HasParseError() == reference.HasParseError());
    if (reference.HasParseError()) {
      CHECK(read.GetParseError() == reference.GetParseError());
      CHECK(read.GetErrorOffset() == reference.GetErrorOffset());
    } else {
      CHECK(read == reference);
    }
  }
}

// The run scan tests eight bytes at a time (json_streams.hpp): every byte value, alone and after
// every other, at every place in and across the eight-byte words, must stop the run exactly where
// a scan of one byte at a time stops.
TEST_CASE("json streams: a string's run ends at the first control character, quote or backslash") {
  const auto ends_run = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x20 || b == '"' || b == '\\';
  };
  const auto check = [&](const std::string& text) {
    const char* expected = std::find_if(text.data(), text.data() + text.size(), ends_run);
    REQUIRE(plain_run_end(text.data(), text.data() + text.size()) == expected);
  };
  for (int a = 0; a < 256; ++a) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string text(20, 'x');
      text[at] = static_cast<char>(a);
      check(text);
      check(text.substr(0, at + 1));
    }
    for (int b = 0; b < 256; ++b) {
      std::string text(16, 'x');  // a pair across the first word's end, and inside the second
      text[7] = static_cast<char>(a);
      text[8] = static_cast<char>(b);
      check(text);
      text = std::string(16, 'x');
      text[9] = static_cast<char>(a);
      text[10] = static_cast<char>(b);
      check(text);
    }
  }
  check("");
  check("Zoë's overleg met de CLB-medewerker, één afspraak — alles zonder stop");
}
