# Unit test of the text part (str, bytes, formatting, codecs, unicode_db) built from exactly
# those sources plus test-only stubs for the rest of the interpreter.
set(TEXT_SRC
  ${CMAKE_SOURCE_DIR}/interp/objects/str.c
  ${CMAKE_SOURCE_DIR}/interp/objects/strmethods.c
  ${CMAKE_SOURCE_DIR}/interp/objects/strformat.c
  ${CMAKE_SOURCE_DIR}/interp/objects/strcodec.c
  ${CMAKE_SOURCE_DIR}/interp/objects/bytes.c
  ${CMAKE_SOURCE_DIR}/interp/objects/unicode_db.c
  ${CMAKE_SOURCE_DIR}/interp/model/profile.c
  ${CMAKE_SOURCE_DIR}/tests/unit/text/stubs.c
  ${CMAKE_SOURCE_DIR}/tests/unit/text/test_text.c)

# vm/ids.h names C keywords (default, __func__, __complex__) as struct fields; until it is
# fixed, the test compiles against a copy with those three renamed (the test does not use them).
set(TEXT_INC ${CMAKE_CURRENT_BINARY_DIR}/text_include)
file(READ ${CMAKE_SOURCE_DIR}/interp/vm/ids.h _text_ids)
string(REPLACE "X(default)" "X(default_)" _text_ids "${_text_ids}")
string(REPLACE "X(__func__)" "X(func__)" _text_ids "${_text_ids}")
string(REPLACE "X(__complex__)" "X(complex__)" _text_ids "${_text_ids}")
file(WRITE ${TEXT_INC}/vm/ids.h "${_text_ids}")
configure_file(${CMAKE_SOURCE_DIR}/interp/vm/interp.h ${TEXT_INC}/vm/interp.h COPYONLY)

foreach(variant text_unit text_unit_asan)
  add_executable(${variant} ${TEXT_SRC})
  target_include_directories(${variant} PRIVATE ${TEXT_INC} ${CMAKE_SOURCE_DIR}/interp
                             ${CMAKE_SOURCE_DIR}/tests/unit/text)
  target_compile_options(${variant} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
  target_link_libraries(${variant} PRIVATE m)
  add_test(NAME ${variant} COMMAND ${variant})
endforeach()
target_compile_options(text_unit_asan PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                       -fno-sanitize-recover=undefined)
target_link_options(text_unit_asan PRIVATE -fsanitize=address,undefined)
