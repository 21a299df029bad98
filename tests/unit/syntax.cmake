# Front end (lexer, Lemon parser, AST) tests. CPython 3.12's ast.dump() output and SyntaxError
# attributes, recorded once into tests/unit/syntax/, are the oracle; CPython is not needed to run.
#
# The front end is built here on its own (slotscope_syntax) so that these tests stand even when
# other parts of slotscope_core do not compile yet. It gets its own copy of the generated parser.
set(SYNTAX_GRAM_DIR ${CMAKE_CURRENT_BINARY_DIR}/syntax_grammar)
file(MAKE_DIRECTORY ${SYNTAX_GRAM_DIR})
add_custom_command(
  OUTPUT ${SYNTAX_GRAM_DIR}/python.c ${SYNTAX_GRAM_DIR}/python.h
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/grammar/python.y ${SYNTAX_GRAM_DIR}/python.y
  COMMAND ${LEMON} -q -T${LEMPAR} -d${SYNTAX_GRAM_DIR} ${SYNTAX_GRAM_DIR}/python.y
  DEPENDS ${CMAKE_SOURCE_DIR}/grammar/python.y ${LEMPAR}
  COMMENT "lemon grammar/python.y (syntax tests)")
set_source_files_properties(${SYNTAX_GRAM_DIR}/python.c PROPERTIES
  COMPILE_OPTIONS "-Wno-unused-parameter;-Wno-unused-variable;-Wno-unused-but-set-variable")

file(GLOB SYNTAX_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/interp/syntax/*.c)
set(SYNTAX_DIR ${CMAKE_SOURCE_DIR}/tests/unit/syntax)

function(slotscope_syntax_tests suffix sanitize)
  set(lib slotscope_syntax${suffix})
  add_library(${lib} STATIC ${SYNTAX_SRC} ${SYNTAX_GRAM_DIR}/python.c)
  target_include_directories(${lib} PUBLIC ${CMAKE_SOURCE_DIR}/interp ${SYNTAX_GRAM_DIR})
  target_compile_options(${lib} PRIVATE ${WARN_FLAGS})
  target_link_libraries(${lib} PUBLIC m)
  if(sanitize)
    set(SAN -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(${lib} PUBLIC ${SAN})
    target_link_options(${lib} PUBLIC ${SAN})
  endif()
  foreach(prog test_parse fuzz_parse probe)
    add_executable(syntax_${prog}${suffix} ${SYNTAX_DIR}/${prog}.c)
    target_compile_options(syntax_${prog}${suffix} PRIVATE ${WARN_FLAGS})
    target_link_libraries(syntax_${prog}${suffix} PRIVATE ${lib})
  endforeach()
  add_test(NAME syntax_parse${suffix} COMMAND syntax_test_parse${suffix} ${SYNTAX_DIR})
  add_test(NAME syntax_fuzz${suffix} COMMAND syntax_fuzz_parse${suffix} ${SYNTAX_DIR} 3000)
endfunction()

slotscope_syntax_tests("" OFF)
if(SLOTSCOPE_SANITIZERS)
  slotscope_syntax_tests("_asan" ON)
endif()
