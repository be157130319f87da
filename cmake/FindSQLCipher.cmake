# Finds SQLCipher and proves at configure time that the library really is SQLCipher:
# plain sqlite3 has no sqlite3_key(), so linking a test program that calls it fails there.
# Provides the imported target SQLCipher::SQLCipher.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)
endif()
find_path(SQLCIPHER_INCLUDE_DIR NAMES sqlite3.h
          HINTS ${PC_SQLCIPHER_INCLUDE_DIRS} PATH_SUFFIXES sqlcipher NO_CACHE)
find_library(SQLCIPHER_LIBRARY NAMES sqlcipher HINTS ${PC_SQLCIPHER_LIBRARY_DIRS})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCIPHER_LIBRARY SQLCIPHER_INCLUDE_DIR)

if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
    include(CheckCSourceCompiles)
    include(CMakePushCheckState)
    cmake_push_check_state(RESET)
    set(CMAKE_REQUIRED_INCLUDES ${SQLCIPHER_INCLUDE_DIR})
    set(CMAKE_REQUIRED_LIBRARIES ${SQLCIPHER_LIBRARY})
    set(CMAKE_REQUIRED_DEFINITIONS -DSQLITE_HAS_CODEC)
    check_c_source_compiles([=[
#include <sqlite3.h>
#ifndef SQLITE_HAS_CODEC
#error "SQLITE_HAS_CODEC not set"
#endif
int main(void) { return sqlite3_key(0, "k", 1) + sqlite3_rekey(0, "k", 1); }
]=] SQLCIPHER_HAS_KEY_API)
    cmake_pop_check_state()
    if(NOT SQLCIPHER_HAS_KEY_API)
        message(FATAL_ERROR "${SQLCIPHER_LIBRARY} does not export sqlite3_key(): it is plain "
                            "SQLite, not SQLCipher. Install libsqlcipher-dev.")
    endif()
    add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION "${SQLCIPHER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}"
        INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC")
endif()
