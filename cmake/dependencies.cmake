# SPDX-License-Identifier: Apache-2.0
# Every third-party dependency, all from Debian 12 packages
# (scripts/install-deps.sh installs them). Nothing else.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(pugixml REQUIRED)
# libzip: pkg-config, because Debian 12's libzip CMake config demands the
# zipcmp/zipmerge/ziptool programs that libzip-dev does not install.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
if(HELHED_WITH_POSTGRES)
  find_package(PostgreSQL REQUIRED)
endif()
# librsvg (with cairo): SVG charts to PNG for DOCX figures. Headers only:
# ooxml/svg_png.cc loads the library when the first chart is drawn, so the
# ~40 libraries behind it are not loaded by every command.
pkg_check_modules(RSVG REQUIRED librsvg-2.0)
add_library(helhed_rsvg_headers INTERFACE)
target_include_directories(helhed_rsvg_headers SYSTEM INTERFACE ${RSVG_INCLUDE_DIRS})
target_compile_options(helhed_rsvg_headers INTERFACE ${RSVG_CFLAGS_OTHER})
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# OpenSSL libcrypto: SHA-256 checksums for provenance (CPU SHA extensions).
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
if(HELHED_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
