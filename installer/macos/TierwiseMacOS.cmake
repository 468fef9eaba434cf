# macOS: Tierwise.app with tierwise-cli inside it, Qt's frameworks and plugins deployed into it by
# macdeployqt, and a DMG to drag it to Applications. Included from installer/CMakeLists.txt only
# when APPLE; how to build it is in README.md beside this file.
set(macos_dir ${CMAKE_CURRENT_LIST_DIR})

# The bundle (app/CMakeLists.txt makes tierwise a MACOSX_BUNDLE): its Info.plist declares the
# .tierwise document type. The Dock icon is tierwise.icns when it has been made (README.md).
set_target_properties(tierwise PROPERTIES
    OUTPUT_NAME Tierwise
    MACOSX_BUNDLE_INFO_PLIST ${macos_dir}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER io.tierwise.Tierwise
    MACOSX_BUNDLE_BUNDLE_NAME Tierwise
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Tierwise developers")
if(EXISTS ${macos_dir}/tierwise.icns)
    target_sources(tierwise PRIVATE ${macos_dir}/tierwise.icns)
    set_source_files_properties(${macos_dir}/tierwise.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(tierwise PROPERTIES MACOSX_BUNDLE_ICON_FILE tierwise.icns)
endif()

install(TARGETS tierwise BUNDLE DESTINATION .)
install(TARGETS tierwise-cli RUNTIME DESTINATION Tierwise.app/Contents/MacOS)

# macdeployqt copies the Qt frameworks and plugins both programs need into the bundle and points
# their load paths there (-executable deploys the command line too).
find_program(MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    set(app \"\${CMAKE_INSTALL_PREFIX}/Tierwise.app\")
    execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${app}\" -verbose=1
                            \"-executable=\${app}/Contents/MacOS/tierwise-cli\"
                    COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "Tierwise-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "Tierwise ${PROJECT_VERSION}")
include(CPack)
