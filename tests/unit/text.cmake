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
  ${CMAKE_SOURCE_DIR}/interp/model/sizes.c
  ${CMAKE_SOURCE_DIR}/interp/model/numbers.c
  ${CMAKE_SOURCE_DIR}/tests/unit/text/stubs.c
  ${CMAKE_SOURCE_DIR}/tests/unit/text/test_text.c)

foreach(variant text_unit text_unit_asan)
  add_executable(${variant} ${TEXT_SRC})
  target_include_directories(${variant} PRIVATE ${CMAKE_SOURCE_DIR}/interp
                             ${CMAKE_SOURCE_DIR}/tests/unit/text)
  target_compile_options(${variant} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
  target_link_libraries(${variant} PRIVATE m)
  add_test(NAME ${variant} COMMAND ${variant})
endforeach()
target_compile_options(text_unit_asan PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                       -fno-sanitize-recover=undefined)
target_link_options(text_unit_asan PRIVATE -fsanitize=address,undefined)
