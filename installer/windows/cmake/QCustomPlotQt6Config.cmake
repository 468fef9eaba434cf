# QCustomPlot as vcpkg's qcustomplot port installs it (qcustomplot.h and a shared library, no CMake
# package), presented as the QCustomPlotQt6::QCustomPlotQt6 target Debian's libqcustomplot-dev
# provides. Used on Windows only, by configuring with -DQCustomPlotQt6_DIR=<this directory>
# (installer/windows/README.md). qmake names the library after its major version (qcustomplot2).
find_path(QCUSTOMPLOT_INCLUDE_DIR qcustomplot.h)
find_library(QCUSTOMPLOT_IMPLIB NAMES qcustomplot2 qcustomplot)
find_library(QCUSTOMPLOT_IMPLIB_DEBUG NAMES qcustomplotd2 qcustomplotd)
find_file(QCUSTOMPLOT_DLL NAMES qcustomplot2.dll qcustomplot.dll PATH_SUFFIXES bin)
find_file(QCUSTOMPLOT_DLL_DEBUG NAMES qcustomplotd2.dll qcustomplotd.dll PATH_SUFFIXES debug/bin)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QCustomPlotQt6
    REQUIRED_VARS QCUSTOMPLOT_INCLUDE_DIR QCUSTOMPLOT_IMPLIB QCUSTOMPLOT_DLL)

if(QCustomPlotQt6_FOUND AND NOT TARGET QCustomPlotQt6::QCustomPlotQt6)
    find_package(Qt6 REQUIRED COMPONENTS Widgets PrintSupport)
    add_library(QCustomPlotQt6::QCustomPlotQt6 SHARED IMPORTED)
    set_target_properties(QCustomPlotQt6::QCustomPlotQt6 PROPERTIES
        IMPORTED_IMPLIB "${QCUSTOMPLOT_IMPLIB}"
        IMPORTED_LOCATION "${QCUSTOMPLOT_DLL}"
        INTERFACE_INCLUDE_DIRECTORIES "${QCUSTOMPLOT_INCLUDE_DIR}"
        # The header declares its classes dllimport only with this defined.
        INTERFACE_COMPILE_DEFINITIONS QCUSTOMPLOT_USE_LIBRARY
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
    if(QCUSTOMPLOT_IMPLIB_DEBUG AND QCUSTOMPLOT_DLL_DEBUG)
        set_property(TARGET QCustomPlotQt6::QCustomPlotQt6 APPEND PROPERTY IMPORTED_CONFIGURATIONS DEBUG)
        set_target_properties(QCustomPlotQt6::QCustomPlotQt6 PROPERTIES
            IMPORTED_IMPLIB_DEBUG "${QCUSTOMPLOT_IMPLIB_DEBUG}"
            IMPORTED_LOCATION_DEBUG "${QCUSTOMPLOT_DLL_DEBUG}")
    endif()
endif()
