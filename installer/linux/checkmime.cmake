# Checks the MIME type definition the way desktops will read it: update-mime-database builds a
# private database from it (any complaint on stderr fails), and the result must map *.tierwise to
# application/x-tierwise-workspace as a subclass of SQLite.
#   cmake -DUPDATE_MIME_DATABASE=… -DMIME_XML=… -DWORK_DIR=… -P checkmime.cmake
# The database is WORK_DIR/mime, with WORK_DIR as the only XDG data dir (else it warns).
set(db ${WORK_DIR}/mime)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${db}/packages)
file(COPY ${MIME_XML} DESTINATION ${db}/packages)
execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_DIRS=${WORK_DIR} XDG_DATA_HOME=${WORK_DIR}
                        ${UPDATE_MIME_DATABASE} ${db}
    RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "update-mime-database failed (${rc}):\n${out}${err}")
endif()
set(type application/x-tierwise-workspace)
file(READ ${db}/globs2 globs)
file(READ ${db}/subclasses subclasses)
if(NOT globs MATCHES ":${type}:\\*\\.tierwise\n")
    message(FATAL_ERROR "*.tierwise is not mapped to ${type}:\n${globs}")
endif()
if(NOT subclasses MATCHES "${type} application/vnd\\.sqlite3\n")
    message(FATAL_ERROR "${type} is not a subclass of application/vnd.sqlite3:\n${subclasses}")
endif()
message(STATUS "${MIME_XML}: *.tierwise is ${type}")
