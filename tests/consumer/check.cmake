# Installs careerpath into a scratch prefix inside the build tree, builds the
# consumer project (tests/consumer) against it with find_package(careerpath),
# runs it and checks what it prints. Run by ctest as the `consumer` test:
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -DCOMPILER=... -P check.cmake
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR COMPILER EXPECTED_VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake needs -D${var}=...")
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer: ${step} failed (${rc}):\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run("install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
run("configure" ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_CXX_COMPILER=${COMPILER})
run("build" ${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run("run" ${WORK_DIR}/build/consumer)
string(STRIP "${last_output}" printed)
if(NOT printed MATCHES "^${EXPECTED_VERSION} [a-z0-9-]+$")
  message(FATAL_ERROR "consumer printed '${printed}', expected '${EXPECTED_VERSION} <role id>'")
endif()
message(STATUS "consumer: ${printed}")
