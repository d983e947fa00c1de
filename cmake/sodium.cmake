# rots_sodium: libsodium 1.0.18 for both configurations, so native and wasm run the same code.
#   native: Debian's libsodium-dev (1.0.18-1+deb12u1)
#   wasm:   the same Debian version's source package (build-wasm.sh setup_sodium unpacks it into
#           ROTS_SODIUM_DIR), compiled here with emcc into a static library
set(ROTS_SODIUM_DIR "" CACHE PATH "Unpacked and patched libsodium 1.0.18 sources (wasm build only)")
set(ROTS_SODIUM_VERSION 1.0.18)

add_library(rots_sodium INTERFACE)

if(NOT EMSCRIPTEN)
  find_path(ROTS_SODIUM_INCLUDE sodium.h REQUIRED)
  find_library(ROTS_SODIUM_LIBRARY sodium REQUIRED)
  file(STRINGS ${ROTS_SODIUM_INCLUDE}/sodium/version.h rots_sodium_version_line
       REGEX "define SODIUM_VERSION_STRING")
  if(NOT rots_sodium_version_line MATCHES "\"${ROTS_SODIUM_VERSION}\"")
    message(FATAL_ERROR "libsodium ${ROTS_SODIUM_VERSION} expected (Debian 12's libsodium-dev), found: "
                        "${rots_sodium_version_line}")
  endif()
  target_include_directories(rots_sodium SYSTEM INTERFACE ${ROTS_SODIUM_INCLUDE})
  target_link_libraries(rots_sodium INTERFACE ${ROTS_SODIUM_LIBRARY})
  return()
endif()

set(rots_sodium_src ${ROTS_SODIUM_DIR}/src/libsodium)
if(NOT ROTS_SODIUM_DIR OR NOT EXISTS ${rots_sodium_src}/include/sodium/version.h.in)
  message(FATAL_ERROR "ROTS_SODIUM_DIR must name the unpacked libsodium ${ROTS_SODIUM_VERSION} sources "
                      "(run './build-wasm.sh setup'; it unpacks them into build/deps/libsodium-1.0.18)")
endif()

# version.h is normally written by ./configure; the values are those of configure.ac 1.0.18
# (library version 10.3), full build (not --enable-minimal), like Debian's native library.
set(VERSION ${ROTS_SODIUM_VERSION})
set(SODIUM_LIBRARY_VERSION_MAJOR 10)
set(SODIUM_LIBRARY_VERSION_MINOR 3)
set(SODIUM_LIBRARY_MINIMAL_DEF "")
set(rots_sodium_generated ${CMAKE_BINARY_DIR}/sodium-generated)
configure_file(${rots_sodium_src}/include/sodium/version.h.in ${rots_sodium_generated}/sodium/version.h @ONLY)
# version.h includes "export.h" from its own folder
configure_file(${rots_sodium_src}/include/sodium/export.h ${rots_sodium_generated}/sodium/export.h COPYONLY)

# Every C file of the library except the two random sources that libsodium's own Makefile.am
# leaves out for Emscripten: randombytes.c takes its randomness from JavaScript there.
file(GLOB_RECURSE rots_sodium_sources CONFIGURE_DEPENDS ${rots_sodium_src}/*.c)
list(FILTER rots_sodium_sources EXCLUDE REGEX "/randombytes/(sysrandom|internal)/")

add_library(rots_sodium_wasm STATIC ${rots_sodium_sources})
target_include_directories(rots_sodium_wasm SYSTEM
  PUBLIC ${rots_sodium_src}/include ${rots_sodium_generated}
  PRIVATE ${rots_sodium_src}/include/sodium ${rots_sodium_generated}/sodium)
# CONFIGURED: private/common.h refuses to compile without it (normally set by ./configure).
# NATIVE_LITTLE_ENDIAN: wasm is little-endian (configure's AC_C_BIGENDIAN result); only a
# faster load/store path. No HAVE_* intrinsics: the portable reference implementations are used,
# as configure --disable-asm chooses for Emscripten. The flags are configure's own for every build.
# HAVE_EXPLICIT_BZERO: Emscripten's libc has explicit_bzero (memset behind a compiler barrier),
# which configure's AC_CHECK_FUNCS finds; without it sodium_memzero clears one volatile byte at a
# time, and wiping a bundle's 32 MB of plaintext took ~12 ms on each side.
target_compile_definitions(rots_sodium_wasm PUBLIC SODIUM_STATIC=1 PRIVATE CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1
                                                                   HAVE_EXPLICIT_BZERO=1)
target_compile_options(rots_sodium_wasm PRIVATE -fno-strict-aliasing -fwrapv -w)
# Bulk memory: memcpy compiles to memory.copy. Without it, Emscripten 3.1.6's memcpy calls out
# to JavaScript for every copy of 512 bytes or more, and Argon2id copies 1 KiB blocks hundreds of
# thousands of times per key: 2-4 % of deriving a key and of the bundle cipher (docs/BENCHMARKS.md).
# Only here: in our code it made wasm frames larger, and a hostile record nested as deep as its
# size allows then overflowed the browser's stack (tests/storage/fuzz_regression_test.cpp).
# Every browser with wasm exceptions (CMakeLists.txt) has bulk memory.
target_compile_options(rots_sodium_wasm PRIVATE -mbulk-memory)
target_link_options(rots_sodium INTERFACE -mbulk-memory)
target_link_libraries(rots_sodium INTERFACE rots_sodium_wasm)
