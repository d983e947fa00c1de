// The sealed-record decoder must read exactly what libsodium writes and, like libsodium's own
// decoder, refuse anything else: compared against sodium_base642bin on generated text.
#include <doctest/doctest.h>
#include <sodium.h>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "storage/base64.hpp"

namespace {

std::string sodium_encode(const std::vector<std::uint8_t>& bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.pop_back();  // the NUL
  return out;
}

std::optional<std::vector<std::uint8_t>> sodium_decode(const std::string& text) {
  std::vector<std::uint8_t> out(text.size() * 3 / 4 + 3);
  std::size_t length = 0;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0)
    return std::nullopt;
  out.resize(length);
  return out;
}

std::vector<std::uint8_t> random_bytes_of(std::mt19937& rng, std::size_t n) {
  std::vector<std::uint8_t> bytes(n);
  for (auto& b : bytes) b = static_cast<std::uint8_t>(rng());
  return bytes;
}

}  // namespace

TEST_SUITE("base64") {
  TEST_CASE("reads back every length libsodium writes, padding included") {
    REQUIRE(sodium_init() >= 0);
    std::mt19937 rng(20261124);
    for (std::size_t n = 0; n < 200; ++n) {
      const auto bytes = random_bytes_of(rng, n);
      const auto decoded = rots::decode_base64(sodium_encode(bytes));
      REQUIRE(decoded.has_value());
      CHECK(*decoded == bytes);
    }
  }

  TEST_CASE("refuses what libsodium refuses, and reads the same bytes from what it accepts") {
    REQUIRE(sodium_init() >= 0);
    std::mt19937 rng(424242);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    int refused = 0, accepted = 0;
    for (int round = 0; round < 20000; ++round) {
      std::string text = sodium_encode(random_bytes_of(rng, rng() % 12));
      // One damage: a character changed (mostly to base64 or '=', sometimes any ASCII byte), one
      // added or one removed, at any place. (Bytes above 0x7F: see the next test.)
      const std::size_t at = text.empty() ? 0 : rng() % (text.size() + 1);
      const char c = rng() % 8 == 0 ? static_cast<char>(rng() % 128) : alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0: if (at < text.size()) text[at] = c; break;
        case 1: text.insert(at, 1, c); break;
        default: if (at < text.size()) text.erase(at, 1); break;
      }
      const auto ours = rots::decode_base64(text);
      const auto theirs = sodium_decode(text);
      INFO("text: ", text);
      REQUIRE(ours.has_value() == theirs.has_value());
      if (ours) CHECK(*ours == *theirs);
      ++(ours ? accepted : refused);
    }
    CHECK(refused > 1000);  // the damage was mostly detectable, so both sides were exercised
    CHECK(accepted > 1000);
  }

  // libsodium 1.0.18 reads `char` signed on x86 and takes every byte from 0x80 up for '/'; such
  // a text was never written by anyone, so it is refused rather than read as something else.
  TEST_CASE("refuses bytes outside ASCII, which libsodium reads as '/'") {
    REQUIRE(sodium_init() >= 0);
    for (int b = 0x80; b <= 0xFF; ++b) {
      const std::string text = std::string(1, static_cast<char>(b)) + "AAA";
      CHECK_FALSE(rots::decode_base64(text).has_value());
    }
    CHECK(rots::decode_base64("/AAA").has_value());
  }
}
