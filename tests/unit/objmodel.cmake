# Unit test of the object model (typeobject, classnew, slots, object, abstract, descr, cfunc,
# property, super, mappingproxy, args, gc): classes are built with type_new_class from
# hand-made namespaces, so no compiler is needed. Linked against the core library; the weak
# definitions of tests/unit/objmodel/stubs.c stand in for VM functions not written yet.
foreach(variant objmodel_unit objmodel_unit_asan)
  if(variant STREQUAL objmodel_unit)
    set(core slotscope_core)
  else()
    set(core slotscope-asan_core)
  endif()
  if(TARGET ${core})
    add_executable(${variant} ${CMAKE_SOURCE_DIR}/tests/unit/objmodel/test_objmodel.c
                              ${CMAKE_SOURCE_DIR}/tests/unit/objmodel/stubs.c)
    target_compile_options(${variant} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
    target_link_libraries(${variant} PRIVATE ${core})
    add_test(NAME ${variant} COMMAND ${variant})
    set_tests_properties(${variant} PROPERTIES LABELS unit
                         ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  endif()
endforeach()

# Python programs about classes, run through the slotscope binary and compared with the output
# of real CPython X.Y (addresses normalised); see tests/unit/objmodel/run-py.sh.
if(TARGET slotscope)
  file(GLOB OBJMODEL_PY ${CMAKE_SOURCE_DIR}/tests/unit/objmodel/py/*.py)
  foreach(py ${OBJMODEL_PY})
    get_filename_component(stem ${py} NAME_WE)
    foreach(ver 3.8 3.10 3.12 3.13)
      add_test(NAME objmodel_py/${stem}/${ver}
               COMMAND bash ${CMAKE_SOURCE_DIR}/tests/unit/objmodel/run-py.sh
                       $<TARGET_FILE:slotscope> ${ver} ${py})
      set_tests_properties(objmodel_py/${stem}/${ver} PROPERTIES LABELS unit)
    endforeach()
  endforeach()
endif()
