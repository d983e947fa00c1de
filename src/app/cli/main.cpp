// rots-bundle: inspect, verify, export and create case bundle files (.rotsbundle) outside the
// app, for scripts and support. Exit codes: 0 success, 1 a bad, damaged or hostile file (one
// line on stderr says why), 2 a usage error. Nothing escapes as a crash: every exception,
// out-of-memory included, becomes one of those lines.
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/cli_error.hpp"
#include "app/cli/commands.hpp"

using namespace rots::cli;

namespace {

constexpr const char* usage_text =
    "usage: rots-bundle <command> [options]\n"
    "\n"
    "  inspect FILE [--manifest]        the header (format, key derivation, salt); with a\n"
    "                                   passphrase (or --manifest) also the manifest\n"
    "  verify FILE                      decrypt and check everything: \"OK: N records\"\n"
    "  export-json FILE [-o OUT.json]   decrypt to {\"manifest\": ..., \"records\": [...]}\n"
    "  create IN.json -o FILE [--by NAME]\n"
    "                                   seal the records of such a document into a bundle\n"
    "\n"
    "The passphrase comes from ROTS_PASSPHRASE, else it is asked on the terminal.\n"
    "Exit codes: 0 success, 1 bad or damaged file or wrong passphrase, 2 usage error.\n";

// Which options each command takes: the value options, then the flags.
struct CommandSpec {
  std::string_view name;
  int (*run)(const Options&, std::ostream&);
  bool output, by, manifest;
};
constexpr CommandSpec commands[] = {
    {"inspect", run_inspect, false, false, true},
    {"verify", run_verify, false, false, false},
    {"export-json", run_export_json, true, false, false},
    {"create", run_create, true, true, false},
};

const CommandSpec& find_command(std::string_view name) {
  for (const auto& c : commands)
    if (c.name == name) return c;
  fail_usage("unknown command '" + std::string(name) + "' (see rots-bundle --help)");
}

Options parse(const std::vector<std::string>& args, const CommandSpec& spec) {
  Options o;
  o.command = spec.name;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) fail_usage(a + " needs a value");
      return args[++i];
    };
    if (spec.output && (a == "-o" || a == "--output")) o.output = value();
    else if (spec.by && a == "--by") o.by = value();
    else if (spec.manifest && a == "--manifest") o.manifest = true;
    else if (a.size() > 1 && a[0] == '-') fail_usage("unknown option '" + a + "' for " + o.command);
    else if (o.file.empty()) o.file = a;
    else fail_usage("unexpected argument '" + a + "'");
  }
  if (o.file.empty()) fail_usage(o.command + " needs a file (see rots-bundle --help)");
  return o;
}

int run(const std::vector<std::string>& args) {
  if (args.empty()) fail_usage("no command given (see rots-bundle --help)");
  if (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::cout << usage_text;
    return exit_ok;
  }
  const CommandSpec& spec = find_command(args[0]);
  return spec.run(parse(args, spec), std::cout);
}

int report(int code, std::string_view message) {
  std::cerr << "rots-bundle: " << one_line(message) << std::endl;
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const int code = run(std::vector<std::string>(argv + 1, argv + argc));
    std::cout.flush();
    if (!std::cout) return report(exit_bad_file, "could not write the output");
    return code;
  } catch (const CliError& e) {
    return report(e.exit_code, e.message);
  } catch (const std::bad_alloc&) {
    return report(exit_bad_file, "out of memory");
  } catch (const std::exception& e) {
    return report(exit_bad_file, std::string("unexpected error: ") + e.what());
  } catch (...) {
    return report(exit_bad_file, "unexpected error");
  }
}
