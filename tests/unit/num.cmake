# Unit test of the numbers part (int, bool, float, number formatting) with test-only stubs for
# the rest of the interpreter; also built under ASan/UBSan.
set(NUM_SRC
  ${CMAKE_SOURCE_DIR}/interp/objects/longarith.c ${CMAKE_SOURCE_DIR}/interp/objects/int.c
  ${CMAKE_SOURCE_DIR}/interp/objects/intstr.c ${CMAKE_SOURCE_DIR}/interp/objects/intmeth.c
  ${CMAKE_SOURCE_DIR}/interp/objects/bool.c ${CMAKE_SOURCE_DIR}/interp/objects/float.c
  ${CMAKE_SOURCE_DIR}/interp/objects/floatmeth.c ${CMAKE_SOURCE_DIR}/interp/objects/dtoa.c
  ${CMAKE_SOURCE_DIR}/interp/objects/numformat.c ${CMAKE_SOURCE_DIR}/interp/model/profile.c
  ${CMAKE_SOURCE_DIR}/tests/unit/num/stubs.c ${CMAKE_SOURCE_DIR}/tests/unit/num/test_num.c)

# vm/ids.h names fields __func__, __complex__ and default, which C/GCC reserve; until that header
# is fixed the test compiles against a copy with those names changed (test-only).
set(NUM_SHADOW ${CMAKE_BINARY_DIR}/num_shadow)
file(READ ${CMAKE_SOURCE_DIR}/interp/vm/ids.h NUM_IDS)
string(REPLACE "X(__func__)" "X(__func___)" NUM_IDS "${NUM_IDS}")
string(REPLACE "X(__complex__)" "X(__complex___)" NUM_IDS "${NUM_IDS}")
string(REPLACE "X(default)" "X(default_)" NUM_IDS "${NUM_IDS}")
file(WRITE ${NUM_SHADOW}/vm/ids.h "${NUM_IDS}")

foreach(variant num_test num_test_asan)
  add_executable(${variant} ${NUM_SRC})
  target_include_directories(${variant} PRIVATE ${NUM_SHADOW} ${CMAKE_SOURCE_DIR}/interp
                             ${CMAKE_SOURCE_DIR}/tests/unit/num)
  target_compile_options(${variant} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
  target_link_libraries(${variant} PRIVATE m)
  add_test(NAME unit_${variant} COMMAND ${variant})
endforeach()
target_compile_options(num_test_asan PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                       -fno-sanitize-recover=undefined)
target_link_options(num_test_asan PRIVATE -fsanitize=address,undefined)
