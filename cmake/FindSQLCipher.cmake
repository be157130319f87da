# Finds SQLCipher and proves at configure time that the library really is SQLCipher:
# plain sqlite3 has no sqlite3_key(), so linking a test program that calls it fails there.
# Provides the imported target SQLCipher::SQLCipher.
#
# A shared or a static library is accepted. A static libsqlcipher.a (or sqlcipher.lib) does not
# bring its own dependencies: the crypto library (OpenSSL's libcrypto), threads and, on Unix,
# libdl and libm are linked with it — in the check and in every target that uses it.
# SQLCIPHER_LIBRARY and SQLCIPHER_INCLUDE_DIR may be set by hand (e.g. -DSQLCIPHER_LIBRARY=
# /opt/sqlcipher/lib/libsqlcipher.a); vcpkg's sqlcipher port is found the same way.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)
endif()
find_path(SQLCIPHER_INCLUDE_DIR NAMES sqlite3.h
          HINTS ${PC_SQLCIPHER_INCLUDE_DIRS} PATH_SUFFIXES sqlcipher NO_CACHE)
find_library(SQLCIPHER_LIBRARY NAMES sqlcipher libsqlcipher HINTS ${PC_SQLCIPHER_LIBRARY_DIRS})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCIPHER_LIBRARY SQLCIPHER_INCLUDE_DIR)

if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
    # Static when the file is an archive: .a everywhere; on Windows a .lib that has no .dll
    # beside it in ../bin (vcpkg's static triplets) is taken for static as well.
    set(_sqlcipher_static OFF)
    if(SQLCIPHER_LIBRARY MATCHES "\\.a$")
        set(_sqlcipher_static ON)
    elseif(WIN32 AND SQLCIPHER_LIBRARY MATCHES "\\.lib$")
        get_filename_component(_sqlcipher_libdir "${SQLCIPHER_LIBRARY}" DIRECTORY)
        file(GLOB _sqlcipher_dlls "${_sqlcipher_libdir}/../bin/sqlcipher*.dll")
        if(NOT _sqlcipher_dlls)
            set(_sqlcipher_static ON)
        endif()
    endif()
    set(_sqlcipher_deps "")
    if(_sqlcipher_static)
        find_package(OpenSSL REQUIRED COMPONENTS Crypto)
        find_package(Threads REQUIRED)
        list(APPEND _sqlcipher_deps OpenSSL::Crypto Threads::Threads)
        if(UNIX)
            list(APPEND _sqlcipher_deps ${CMAKE_DL_LIBS} m)
        endif()
    endif()

    include(CheckCSourceCompiles)
    include(CMakePushCheckState)
    cmake_push_check_state(RESET)
    set(CMAKE_REQUIRED_INCLUDES ${SQLCIPHER_INCLUDE_DIR})
    set(CMAKE_REQUIRED_LIBRARIES ${SQLCIPHER_LIBRARY} ${_sqlcipher_deps})
    set(CMAKE_REQUIRED_DEFINITIONS -DSQLITE_HAS_CODEC)
    # A new name per kind of library, so a cached answer for one never stands for the other.
    if(_sqlcipher_static)
        set(_sqlcipher_check SQLCIPHER_STATIC_HAS_KEY_API)
    else()
        set(_sqlcipher_check SQLCIPHER_HAS_KEY_API)
    endif()
    check_c_source_compiles([=[
#include <sqlite3.h>
#ifndef SQLITE_HAS_CODEC
#error "SQLITE_HAS_CODEC not set"
#endif
int main(void) { return sqlite3_key(0, "k", 1) + sqlite3_rekey(0, "k", 1); }
]=] ${_sqlcipher_check})
    cmake_pop_check_state()
    if(NOT ${_sqlcipher_check})
        if(_sqlcipher_static)
            message(FATAL_ERROR "${SQLCIPHER_LIBRARY} (static) does not link with "
                                "${_sqlcipher_deps}, or does not export sqlite3_key(): see "
                                "CMakeFiles/CMakeConfigureLog.yaml (or CMakeError.log).")
        endif()
        message(FATAL_ERROR "${SQLCIPHER_LIBRARY} does not export sqlite3_key(): it is plain "
                            "SQLite, not SQLCipher. Install libsqlcipher-dev.")
    endif()
    if(_sqlcipher_static)
        add_library(SQLCipher::SQLCipher STATIC IMPORTED)
        message(STATUS "SQLCipher: static ${SQLCIPHER_LIBRARY} with ${_sqlcipher_deps}")
    else()
        add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
    endif()
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION "${SQLCIPHER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}"
        INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC"
        INTERFACE_LINK_LIBRARIES "${_sqlcipher_deps}")
endif()
