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
# librsvg (with cairo): SVG charts to PNG for DOCX figures.
pkg_check_modules(RSVG REQUIRED IMPORTED_TARGET librsvg-2.0)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
if(HELHED_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
