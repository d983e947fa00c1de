#pragma once
// The passphrase: from ROTS_PASSPHRASE (scripts), else typed on the terminal without echo.
#include <optional>
#include <string>

namespace rots::cli {

inline constexpr const char* passphrase_variable = "ROTS_PASSPHRASE";

enum class PassphrasePurpose { Open, Create };

// The environment's passphrase, or nullopt when the variable is unset.
std::optional<std::string> passphrase_from_environment();

// The environment's passphrase, else prompts on the terminal (twice for Create: a typo would
// lock the bundle for good). Fails with a usage error when neither is available, when the two
// entries differ, or when the passphrase is empty.
std::string obtain_passphrase(PassphrasePurpose purpose);

}  // namespace rots::cli
