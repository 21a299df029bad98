# Unit test of the containers part (tuple, list, dict, set, range, slice, iterators) with
# test-only stubs for the rest of the interpreter (tests/unit/cont/stubs.c); expected values come
# from CPython 3.12 (tests/unit/cont/expected.h, made by gen_expected.py). Also built under
# ASan/UBSan.
set(CONT_SRC
  ${CMAKE_SOURCE_DIR}/interp/objects/cont.c ${CMAKE_SOURCE_DIR}/interp/objects/tuple.c
  ${CMAKE_SOURCE_DIR}/interp/objects/list.c ${CMAKE_SOURCE_DIR}/interp/objects/listsort.c
  ${CMAKE_SOURCE_DIR}/interp/objects/dict.c ${CMAKE_SOURCE_DIR}/interp/objects/dictview.c
  ${CMAKE_SOURCE_DIR}/interp/objects/set.c ${CMAKE_SOURCE_DIR}/interp/objects/slice.c
  ${CMAKE_SOURCE_DIR}/interp/objects/range.c ${CMAKE_SOURCE_DIR}/interp/objects/iter.c
  ${CMAKE_SOURCE_DIR}/interp/objects/args.c
  ${CMAKE_SOURCE_DIR}/tests/unit/cont/stubs.c ${CMAKE_SOURCE_DIR}/tests/unit/cont/test_cont.c)
file(GLOB CONT_MODEL_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/interp/model/*.c)
list(APPEND CONT_SRC ${CONT_MODEL_SRC})

# vm/ids.h names fields __func__, __complex__ and default, which C/GCC reserve; until that header
# is fixed the test compiles against a copy with those names changed (test-only).
set(CONT_SHADOW ${CMAKE_BINARY_DIR}/cont_shadow)
file(READ ${CMAKE_SOURCE_DIR}/interp/vm/ids.h CONT_IDS)
string(REPLACE "X(__func__)" "X(__func___)" CONT_IDS "${CONT_IDS}")
string(REPLACE "X(__complex__)" "X(__complex___)" CONT_IDS "${CONT_IDS}")
string(REPLACE "X(default)" "X(default_)" CONT_IDS "${CONT_IDS}")
file(WRITE ${CONT_SHADOW}/vm/ids.h "${CONT_IDS}")

foreach(variant cont_test cont_test_asan)
  add_executable(${variant} ${CONT_SRC})
  target_include_directories(${variant} PRIVATE ${CONT_SHADOW} ${CMAKE_SOURCE_DIR}/interp
                             ${CMAKE_SOURCE_DIR}/tests/unit/cont)
  target_compile_options(${variant} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
  target_link_libraries(${variant} PRIVATE m)
  add_test(NAME unit_${variant} COMMAND ${variant})
  set_tests_properties(unit_${variant} PROPERTIES LABELS "unit;cont")
endforeach()
target_compile_options(cont_test_asan PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                       -fno-sanitize-recover=undefined)
target_link_options(cont_test_asan PRIVATE -fsanitize=address,undefined)
