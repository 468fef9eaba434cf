# Windows: the two programs in bin/ with the DLLs they load beside them, and an NSIS installer
# with a Start-menu shortcut and the .tierwise file association. Included from
# installer/CMakeLists.txt only when WIN32; how to build it is in README.md beside this file.

# The DLLs of the imported libraries the programs link (Qt, QCustomPlot, SQLite from vcpkg) …
install(FILES $<TARGET_RUNTIME_DLLS:tierwise> DESTINATION bin)
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries) # the MSVC runtime DLLs
endif()

# … and what Qt loads at run time, which only windeployqt knows: the platform plugin (qwindows),
# styles, image formats, print support, Qt's own translations, and, with -svg, the SVG icon engine
# the window icon (:/icons/tierwise.svg) needs although nothing links QtSvg. With MinGW it also
# copies the compiler's runtime DLLs.
find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
set(windeployqt_options --verbose 1 -svg)
if(MSVC)
    list(APPEND windeployqt_options --no-compiler-runtime)
endif()
install(CODE "
    foreach(exe tierwise tierwise-cli)
        execute_process(COMMAND \"${WINDEPLOYQT}\" ${windeployqt_options}
                                \"\${CMAKE_INSTALL_PREFIX}/bin/\${exe}.exe\"
                        COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
")

# NSIS. Values go to CPack verbatim, so NSIS code is written here exactly as NSIS reads it.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "Tierwise-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "Tierwise")
set(CPACK_NSIS_DISPLAY_NAME "Tierwise ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME [[bin\tierwise.exe]])
# The Start-menu shortcut: bin/tierwise.exe, named Tierwise. tierwise-cli stays in bin/ only.
set(CPACK_PACKAGE_EXECUTABLES tierwise Tierwise)
# Double-clicking a .tierwise file opens it in the workbench (the path is the first argument).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKCR ".tierwise" "" "Tierwise.Workspace"
  WriteRegStr HKCR "Tierwise.Workspace" "" "Tierwise workspace"
  WriteRegStr HKCR "Tierwise.Workspace\DefaultIcon" "" "$INSTDIR\bin\tierwise.exe,0"
  WriteRegStr HKCR "Tierwise.Workspace\shell\open\command" "" '"$INSTDIR\bin\tierwise.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey HKCR ".tierwise"
  DeleteRegKey HKCR "Tierwise.Workspace"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])
include(CPack)
