# Sanitizer and fuzzing builds (docs/fuzzing.md). Both are separate build folders configured with clang:
#   RETAIN_SANITIZE=ON  every target compiled with AddressSanitizer + UndefinedBehaviorSanitizer; any
#                       report aborts (-fno-sanitize-recover), so a test that trips one fails.
#   RETAIN_FUZZ=ON      also the libFuzzer targets of tests/fuzz (implies RETAIN_SANITIZE; clang only).
# scripts/build.sh all makes build/sanitize with both; build/native's ctest runs its unit tests and a
# short run of each fuzzer (RETAIN_SANITIZE_BUILD_DIR, cmake/native.cmake).
option(RETAIN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(RETAIN_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; implies RETAIN_SANITIZE)" OFF)

if(RETAIN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "RETAIN_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14 "
                        "-DCMAKE_C_COMPILER=clang-14 (Debian: apt-get install clang-14 libclang-rt-14-dev)")
  endif()
  set(RETAIN_SANITIZE ON)
endif()

if(RETAIN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
  # Lets an exhaustive test take a sample here: it runs whole in the native build, 20-50x faster.
  add_compile_definitions(RETAIN_SANITIZE_BUILD=1)
endif()
if(RETAIN_FUZZ)
  # Coverage feedback for the fuzzers in every library they call; the fuzzer's main() only in its targets.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
