# Unit tests of the compiler and VM (tests/unit/vm/): a C test against the whole core library
# (run_source, SyntaxErrors, disassembly, deep recursion), and the program tests whose expected
# output was made with CPython (run_py_tests.sh: outputs, tracebacks per version).
if(TARGET slotscope_core)
  add_executable(vm_test ${CMAKE_CURRENT_LIST_DIR}/vm/test_vm.c)
  target_compile_options(vm_test PRIVATE ${WARN_FLAGS})
  target_compile_definitions(vm_test PRIVATE _GNU_SOURCE)
  target_link_libraries(vm_test PRIVATE slotscope_core)
  add_test(NAME unit_vm COMMAND vm_test)
  set_tests_properties(unit_vm PROPERTIES LABELS "unit;vm")
endif()
if(TARGET slotscope-asan_core)
  add_executable(vm_test_asan ${CMAKE_CURRENT_LIST_DIR}/vm/test_vm.c)
  target_compile_options(vm_test_asan PRIVATE ${WARN_FLAGS})
  target_compile_definitions(vm_test_asan PRIVATE _GNU_SOURCE)
  target_link_libraries(vm_test_asan PRIVATE slotscope-asan_core)
  add_test(NAME unit_vm_asan COMMAND vm_test_asan)
  set_tests_properties(unit_vm_asan PROPERTIES LABELS "unit;vm;asan"
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
if(TARGET slotscope)
  add_test(NAME unit_vm_programs COMMAND ${BASH} ${CMAKE_CURRENT_LIST_DIR}/vm/run_py_tests.sh
           $<TARGET_FILE:slotscope>)
  set_tests_properties(unit_vm_programs PROPERTIES LABELS "unit;vm" TIMEOUT 300)
endif()
if(TARGET slotscope-asan)
  add_test(NAME unit_vm_programs_asan COMMAND ${BASH} ${CMAKE_CURRENT_LIST_DIR}/vm/run_py_tests.sh
           $<TARGET_FILE:slotscope-asan>)
  set_tests_properties(unit_vm_programs_asan PROPERTIES LABELS "unit;vm;asan" TIMEOUT 600
                       ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
endif()
