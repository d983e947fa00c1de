# Embeds every committed fuzz input (tests/fuzz/corpus/<target>/* and tests/fuzz/regressions/
# <target>/*) into a generated header, fuzz_inputs.hpp, at configure time: the wasm tests run
# under Node without the host filesystem. Inputs are binary (NUL bytes, invalid UTF-8), so each
# byte is written as a \x escape from file(READ ... HEX); the length is given explicitly.
#
#   rots_embed_fuzz_inputs(<output-header>)

function(rots_embed_fuzz_inputs out)
  set(root ${CMAKE_SOURCE_DIR}/tests/fuzz)
  file(GLOB_RECURSE inputs CONFIGURE_DEPENDS LIST_DIRECTORIES false
       ${root}/corpus/*/* ${root}/regressions/*/*)
  list(SORT inputs)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${inputs})
  list(LENGTH inputs count)
  set(text "// Generated from tests/fuzz/{corpus,regressions} by tests/fuzz/embed_inputs.cmake: do not edit.\n")
  string(APPEND text "#pragma once\n#include <array>\n#include <string_view>\n\nnamespace rots::fuzz_inputs {\n"
         "struct File {\n  std::string_view set;     // \"corpus\" or \"regressions\"\n"
         "  std::string_view target;  // the fuzz target's name, e.g. \"fuzz_record\"\n"
         "  std::string_view name;\n  std::string_view bytes;\n};\n"
         "inline constexpr std::array<File, ${count}> files{{\n")
  foreach(path IN LISTS inputs)
    file(RELATIVE_PATH rel ${root} ${path})  # <set>/<target>/<name>
    string(REPLACE "/" ";" parts "${rel}")
    list(LENGTH parts depth)
    if(NOT depth EQUAL 3)
      message(FATAL_ERROR "fuzz input ${path}: expected tests/fuzz/<set>/<target>/<file>")
    endif()
    list(GET parts 0 set)
    list(GET parts 1 target)
    list(GET parts 2 name)
    if(NOT name MATCHES "^[A-Za-z0-9._-]+$")
      message(FATAL_ERROR "fuzz input ${path}: name it <kind>-<expect>_<what> (letters, digits, . _ -)")
    endif()
    file(SIZE ${path} size)
    file(READ ${path} hex HEX)
    # 64 bytes per source line, each as \xNN (every escape ends at the next backslash or quote).
    string(REPEAT "." 128 line_of_hex)
    string(REGEX REPLACE "(${line_of_hex})" "\\1\n" hex "${hex}")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${hex}")
    string(REPLACE "\n" "\"\n     \"" escaped "${escaped}")
    string(APPEND text "    {\"${set}\", \"${target}\", \"${name}\",\n     std::string_view{\"${escaped}\", ${size}}},\n")
  endforeach()
  string(APPEND text "}};\n}  // namespace rots::fuzz_inputs\n")
  file(WRITE ${out}.in "${text}")
  configure_file(${out}.in ${out} COPYONLY)  # rewritten only on change
endfunction()
