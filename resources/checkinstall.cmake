# SPDX-FileCopyrightText: 2026 The Tare authors
# SPDX-License-Identifier: MIT
# Installs the build tree into a temporary prefix and checks the desktop layout (CTest: install_layout).
# cmake -DBUILD_DIR=... -DPREFIX=... -P checkinstall.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
set(expected bin/tare bin/tare-cli share/applications/org.tare.Tare.desktop share/metainfo/org.tare.Tare.metainfo.xml
    share/icons/hicolor/scalable/apps/tare.svg)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/tare.png)
endforeach()
foreach(file ${expected})
    if(NOT EXISTS ${PREFIX}/${file})
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net ${PREFIX}/share/metainfo/org.tare.Tare.metainfo.xml
                    RESULT_VARIABLE valid OUTPUT_VARIABLE report ERROR_VARIABLE report)
    if(NOT valid EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate: ${report}")
    endif()
endif()
file(REMOVE_RECURSE ${PREFIX})
message(STATUS "install layout ok: ${expected}")
