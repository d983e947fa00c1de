#pragma once
// The subcommands of rots-bundle. Each writes its result to `out` and returns the exit code;
// failures are thrown as CliError (cli_error.hpp), which main() prints as one line.
#include <iosfwd>
#include <string>

namespace rots::cli {

struct Options {
  std::string command;
  std::string file;        // the bundle (inspect, verify, export-json) or IN.json (create)
  std::string output;      // -o: export-json (default: stdout), create (required)
  std::string by;          // --by: create's exported_by
  bool manifest = false;   // --manifest: inspect asks for the passphrase to show the manifest
};

int run_inspect(const Options& o, std::ostream& out);
int run_verify(const Options& o, std::ostream& out);
int run_export_json(const Options& o, std::ostream& out);
int run_create(const Options& o, std::ostream& out);

}  // namespace rots::cli
