# Windows installer: CPack NSIS (and a ZIP of the same files). Qt is deployed next to the
# programs by windeployqt at install time, the other DLLs (SQLCipher, OpenSSL's libcrypto,
# libqrencode, …) by CMake's runtime dependency scan, so `cmake --install` and `cpack` give a
# folder that runs on a machine without Qt or vcpkg. Included from the top CMakeLists.txt on
# WIN32 before include(CPack).
#
# Fonts: printouts name Noto Sans CJK SC, else Microsoft YaHei or SimSun, and DejaVu Sans, else
# Arial (app/print/PrintFonts.cpp). Windows 10/11 ship Microsoft YaHei, SimSun and Arial, so the
# installer adds no fonts; a machine without the Chinese fonts (removed optional feature) prints
# with whatever Qt falls back to — install "Chinese (Simplified) Supplemental Fonts" there.

# Qt's own imported target first (Qt 6.5+ builds windeployqt with qtbase; vcpkg puts it in
# <installed>/<triplet>/tools/Qt6/bin, next to moc, not in Qt's bin folder).
if(TARGET Qt6::windeployqt AND NOT WINDEPLOYQT_EXECUTABLE)
    foreach(_property IN ITEMS IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_RELWITHDEBINFO
                               IMPORTED_LOCATION IMPORTED_LOCATION_DEBUG)
        get_target_property(_location Qt6::windeployqt ${_property})
        if(_location)
            set(WINDEPLOYQT_EXECUTABLE "${_location}" CACHE FILEPATH "windeployqt" FORCE)
            break()
        endif()
    endforeach()
endif()
# Qt6_DIR is <prefix>/share/Qt6 (vcpkg) or <prefix>/lib/cmake/Qt6 (Qt's installer).
find_program(WINDEPLOYQT_EXECUTABLE windeployqt
             HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
                   "${QT6_INSTALL_PREFIX}/tools/Qt6/bin"
                   "${Qt6_DIR}/../../tools/Qt6/bin" "${Qt6_DIR}/../../bin"
                   "${Qt6_DIR}/../../../bin")
if(NOT WINDEPLOYQT_EXECUTABLE)
    message(WARNING "windeployqt not found: the installer would lack Qt's DLLs and plugins.")
endif()

# The directories where the DLLs the programs link are found (vcpkg: <installed>/bin).
set(FIELDDESK_DLL_DIRS "")
foreach(_lib IN ITEMS "${SQLCIPHER_LIBRARY}" "${OPENSSL_CRYPTO_LIBRARY}")
    if(_lib)
        get_filename_component(_dir "${_lib}" DIRECTORY)
        list(APPEND FIELDDESK_DLL_DIRS "${_dir}/../bin")
    endif()
endforeach()
if(QT6_INSTALL_PREFIX)
    list(APPEND FIELDDESK_DLL_DIRS "${QT6_INSTALL_PREFIX}/bin")
endif()

install(CODE "
    set(_bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    set(_programs \"\${_bin}/fielddesk.exe\" \"\${_bin}/fielddesk-cli.exe\")
    if(\"${WINDEPLOYQT_EXECUTABLE}\" STREQUAL \"\")
        message(FATAL_ERROR \"windeployqt was not found at configure time\")
    endif()
    # Qt's DLLs, the platform, style, image-format, icon-engine and print plugins and Qt's
    # translations; never the SQL driver plugins (QSQLITE must not be loaded next to SQLCipher).
    execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --compiler-runtime
                            --no-system-d3d-compiler --no-opengl-sw
                            --skip-plugin-types sqldrivers
                            --dir \"\${_bin}\" \${_programs}
                    COMMAND_ERROR_IS_FATAL ANY)
    # Everything else the programs load: SQLCipher, libcrypto, libqrencode and their own DLLs.
    file(GET_RUNTIME_DEPENDENCIES
         EXECUTABLES \${_programs}
         RESOLVED_DEPENDENCIES_VAR _resolved
         UNRESOLVED_DEPENDENCIES_VAR _unresolved
         DIRECTORIES ${FIELDDESK_DLL_DIRS}
         PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
         POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ss]ys[Ww][Oo][Ww]64\")
    foreach(_dll IN LISTS _resolved)
        file(INSTALL \"\${_dll}\" DESTINATION \"\${_bin}\")
    endforeach()
    foreach(_dll IN LISTS _unresolved)
        message(STATUS \"not deployed (expected on every Windows): \${_dll}\")
    endforeach()
")

include(${CMAKE_CURRENT_LIST_DIR}/NsisInstaller.cmake)
