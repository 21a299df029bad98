# The memory model (interp/model/) stands alone: its tests link only its own sources.
file(GLOB MODEL_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/interp/model/*.c)
add_executable(test_model_layout ${CMAKE_CURRENT_SOURCE_DIR}/model/test_layout.c ${MODEL_SRC})
target_include_directories(test_model_layout PRIVATE ${CMAKE_SOURCE_DIR}/interp
                           ${CMAKE_CURRENT_SOURCE_DIR}/model)
target_compile_options(test_model_layout PRIVATE ${WARN_FLAGS})
add_test(NAME unit-model-layout COMMAND test_model_layout)
set_tests_properties(unit-model-layout PROPERTIES LABELS "unit;model")
add_executable(test_model_dict ${CMAKE_CURRENT_SOURCE_DIR}/model/test_dict.c ${MODEL_SRC})
target_include_directories(test_model_dict PRIVATE ${CMAKE_SOURCE_DIR}/interp
                           ${CMAKE_CURRENT_SOURCE_DIR}/model)
target_compile_options(test_model_dict PRIVATE ${WARN_FLAGS})
add_test(NAME unit-model-dict COMMAND test_model_dict)
set_tests_properties(unit-model-dict PROPERTIES LABELS "unit;model")
add_executable(test_model_inst ${CMAKE_CURRENT_SOURCE_DIR}/model/test_inst.c ${MODEL_SRC})
target_include_directories(test_model_inst PRIVATE ${CMAKE_SOURCE_DIR}/interp
                           ${CMAKE_CURRENT_SOURCE_DIR}/model)
target_compile_options(test_model_inst PRIVATE ${WARN_FLAGS})
add_test(NAME unit-model-inst COMMAND test_model_inst)
set_tests_properties(unit-model-inst PROPERTIES LABELS "unit;model")
add_executable(test_model_ledger ${CMAKE_CURRENT_SOURCE_DIR}/model/test_ledger.c ${MODEL_SRC})
target_include_directories(test_model_ledger PRIVATE ${CMAKE_SOURCE_DIR}/interp)
target_compile_options(test_model_ledger PRIVATE ${WARN_FLAGS})
add_test(NAME unit-model-ledger COMMAND test_model_ledger)
set_tests_properties(unit-model-ledger PROPERTIES LABELS "unit;model")
# The objects' figures against CPython: oracle-style cases (getsizeof of builtins, list and set
# growth by operation, instance dicts and tracemalloc MB figures) with every listed version's
# CPython output, run by the shared oracle's check.sh.
add_test(NAME unit-model-figures
         COMMAND bash ${CMAKE_SOURCE_DIR}/tests/oracle/check.sh $<TARGET_FILE:slotscope>
                 --cases ${CMAKE_CURRENT_SOURCE_DIR}/model/oracle)
set_tests_properties(unit-model-figures PROPERTIES LABELS "unit;model;figures" TIMEOUT 300)
