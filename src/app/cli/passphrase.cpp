#include "app/cli/passphrase.hpp"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "app/cli/cli_error.hpp"

namespace rots::cli {
namespace {

// Restores the terminal's echo even when reading fails or throws.
class EchoOff {
 public:
  EchoOff() {
    if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
  }
  ~EchoOff() {
    if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;

 private:
  termios saved_{};
  bool active_ = false;
};

std::string prompt(const char* question) {
  std::cerr << question << std::flush;
  std::string line;
  {
    EchoOff quiet;
    if (!std::getline(std::cin, line)) line.clear();
  }
  std::cerr << '\n';
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

std::optional<std::string> passphrase_from_environment() {
  if (const char* value = std::getenv(passphrase_variable)) return std::string(value);
  return std::nullopt;
}

std::string obtain_passphrase(PassphrasePurpose purpose) {
  std::string passphrase;
  if (auto from_env = passphrase_from_environment()) {
    passphrase = *from_env;
  } else {
    if (!isatty(STDIN_FILENO))
      fail_usage(std::string("no passphrase: set ") + passphrase_variable + " or run in a terminal");
    passphrase = prompt("Passphrase: ");
    if (purpose == PassphrasePurpose::Create && prompt("Passphrase (again): ") != passphrase)
      fail_usage("the two passphrases differ; nothing was written");
  }
  if (passphrase.empty()) fail_usage("the passphrase is empty");
  return passphrase;
}

}  // namespace rots::cli
