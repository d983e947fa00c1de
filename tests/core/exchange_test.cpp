#include <doctest/doctest.h>

#include "core/exchange.hpp"

using namespace rots;

TEST_CASE("a bundle's file name carries the date and the pseudonyms, in plain letters") {
  const Date day{2026, 11, 23};
  CHECK(bundle_file_name(day, {"Zoë V."}, false) == "rots-2026-11-23-zoe-v.rotsbundle");
  CHECK(bundle_file_name(day, {"Zoë", "Milan"}, false) == "rots-2026-11-23-zoe-milan.rotsbundle");
  CHECK(bundle_file_name(day, {"Zoë", "Milan", "Aïcha", "B"}, false) ==
        "rots-2026-11-23-zoe-milan-en-2-andere.rotsbundle");
  CHECK(bundle_file_name(day, {"A", "B", "C"}, true) == "rots-2026-11-23-alles-3-casussen.rotsbundle");
  CHECK(bundle_file_name(day, {"/../\\:*?"}, false) == "rots-2026-11-23-casus.rotsbundle");
}

TEST_CASE("passphrase strength: too short, weak, reasonable, strong") {
  CHECK(passphrase_strength("kort") == PassphraseStrength::TooShort);
  CHECK(passphrase_strength("Zoë123") == PassphraseStrength::TooShort);
  CHECK(passphrase_strength("aaaaaaaaaaaaaaaa") == PassphraseStrength::Weak);
  CHECK(passphrase_strength("1234567890") == PassphraseStrength::Weak);
  CHECK(passphrase_strength("wachtwoord") == PassphraseStrength::Weak);
  CHECK(passphrase_strength("fiets regen school") == PassphraseStrength::Weak);
  CHECK(passphrase_strength("fiets regen school boek") == PassphraseStrength::Reasonable);
  CHECK(passphrase_strength("rots-test-passphrase") == PassphraseStrength::Reasonable);
  CHECK(passphrase_strength("Paarse fiets, 7 natte regenjassen!") == PassphraseStrength::Strong);
}
