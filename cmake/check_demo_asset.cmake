# Regenerates the demo workspace and fails when assets/demo-workspace.json differs from it.
execute_process(COMMAND ${RETAIN} demo --out ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "retain demo failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SOURCE_DIR}/assets/demo-workspace.json RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "assets/demo-workspace.json is stale: regenerate it with `build/native/retain demo --out assets/demo-workspace.json`")
endif()
