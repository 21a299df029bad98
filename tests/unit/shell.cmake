# The shell part (errors, exceptions, builtins, sys and the other builtin modules, import,
# weak references, interp_new/interp_free, the front end).
# 1. test_shell.c: C unit tests against the core library (and its ASan/UBSan twin).
# 2. shell/progs/*.py: programs run by the real binary; stdout/stderr/exit status as CPython
#    3.12 produced them (.out/.err/.rc; '# version: X.Y' on line 1 picks another version).
# 3. shell/repl/*.in: REPL transcripts through `slotscope -i`, as CPython -i printed them.
foreach(variant slotscope slotscope-asan)
  if(TARGET ${variant}_core)
    set(t shell_unit_${variant})
    add_executable(${t} ${CMAKE_CURRENT_SOURCE_DIR}/shell/test_shell.c)
    target_compile_options(${t} PRIVATE ${WARN_FLAGS})
    target_link_libraries(${t} PRIVATE ${variant}_core)
    add_test(NAME unit-shell-${variant} COMMAND ${t})
    set_tests_properties(unit-shell-${variant} PROPERTIES LABELS "unit;shell")
    if(variant STREQUAL "slotscope-asan")
      set_tests_properties(unit-shell-${variant} PROPERTIES LABELS "unit;shell;asan"
                           ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1")
    endif()
  endif()
endforeach()

file(GLOB SHELL_PROGS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/shell/progs/*.py)
foreach(f ${SHELL_PROGS})
  get_filename_component(name ${f} NAME_WE)
  slotscope_test(shell/${name} ../tools/run-error.sh ${f} LABELS unit shell)
endforeach()
file(GLOB SHELL_REPL CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/shell/repl/*.in)
foreach(f ${SHELL_REPL})
  get_filename_component(name ${f} NAME_WE)
  slotscope_test(shell/repl-${name} ../tools/run-repl.sh ${f} LABELS unit shell)
endforeach()
