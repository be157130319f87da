# The installer's CPack settings (NSIS and ZIP), apart from the deployment so that
# packaging/windows/check-nsis.sh can build a test installer from them on Linux with makensis.
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "LitheraFieldDesk-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "LitheraFieldDesk")
set(CPACK_NSIS_PACKAGE_NAME "Lithera Field Desk")
set(CPACK_NSIS_DISPLAY_NAME "Lithera Field Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_PUBLISHER "Lithera")
set(CPACK_NSIS_CONTACT "engineering@lithera.example")
set(CPACK_NSIS_URL_INFO_ABOUT "https://lithera.example/fielddesk/")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\fielddesk.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_SOURCE_DIR}/packaging/windows/fielddesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_SOURCE_DIR}/packaging/windows/fielddesk.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Start menu: "Lithera Field Desk" → bin\fielddesk.exe (CPACK_PACKAGE_EXECUTABLES), plus a
# desktop shortcut; the start-menu folder is the installer's choice page default.
set(CPACK_PACKAGE_EXECUTABLES "fielddesk" "Lithera Field Desk")
set(CPACK_CREATE_DESKTOP_LINKS "fielddesk")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "fielddesk.exe")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/packaging/windows/license.txt")
