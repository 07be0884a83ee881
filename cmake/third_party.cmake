# nlohmann/json and doctest are header-only. Their headers are reached through a folder in the build tree
# that holds links to just those two, because adding /usr/include to an em++ compile pulls glibc headers
# into the wasm build. Non-Debian users point NLOHMANN_JSON_INCLUDE_DIR / DOCTEST_INCLUDE_DIR at folders
# that contain nlohmann/json.hpp and doctest/doctest.h.
set(NLOHMANN_JSON_INCLUDE_DIR "/usr/include" CACHE PATH "Folder containing nlohmann/json.hpp")
set(DOCTEST_INCLUDE_DIR "/usr/include" CACHE PATH "Folder containing doctest/doctest.h")

if(NOT EXISTS "${NLOHMANN_JSON_INCLUDE_DIR}/nlohmann/json.hpp")
  message(FATAL_ERROR "nlohmann/json.hpp not found under ${NLOHMANN_JSON_INCLUDE_DIR}: apt-get install nlohmann-json3-dev, or set NLOHMANN_JSON_INCLUDE_DIR")
endif()
if(NOT EXISTS "${DOCTEST_INCLUDE_DIR}/doctest/doctest.h")
  message(FATAL_ERROR "doctest/doctest.h not found under ${DOCTEST_INCLUDE_DIR}: apt-get install doctest-dev, or set DOCTEST_INCLUDE_DIR")
endif()

set(RETAIN_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${RETAIN_THIRD_PARTY_INCLUDE}")
file(CREATE_LINK "${NLOHMANN_JSON_INCLUDE_DIR}/nlohmann" "${RETAIN_THIRD_PARTY_INCLUDE}/nlohmann" SYMBOLIC)
file(CREATE_LINK "${DOCTEST_INCLUDE_DIR}/doctest" "${RETAIN_THIRD_PARTY_INCLUDE}/doctest" SYMBOLIC)

add_library(retain_third_party INTERFACE)
target_include_directories(retain_third_party SYSTEM INTERFACE "${RETAIN_THIRD_PARTY_INCLUDE}")
