# The views (interp/view/) read only the memory model: their test links the two alone, once plainly
# and once under ASan/UBSan. Golden outputs live in tests/unit/view/golden/ (regenerate with
# `test_view <golden dir> --regen` after checking the differences by eye).
file(GLOB VIEW_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/interp/view/*.c)
file(GLOB VIEW_MODEL_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/interp/model/*.c)
foreach(variant test_view test_view_asan)
  add_executable(${variant} ${CMAKE_CURRENT_SOURCE_DIR}/view/test_view.c
                 ${CMAKE_CURRENT_SOURCE_DIR}/view/test_dictview.c
                 ${CMAKE_CURRENT_SOURCE_DIR}/view/xmlcheck.c ${VIEW_SRC} ${VIEW_MODEL_SRC})
  target_include_directories(${variant} PRIVATE ${CMAKE_SOURCE_DIR}/interp
                             ${CMAKE_CURRENT_SOURCE_DIR}/view)
  target_compile_options(${variant} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
  add_test(NAME unit-${variant} COMMAND ${variant} ${CMAKE_CURRENT_SOURCE_DIR}/view/golden)
  set_tests_properties(unit-${variant} PROPERTIES LABELS "unit;view")
endforeach()
target_compile_options(test_view_asan PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                       -fno-sanitize-recover=undefined)
target_link_options(test_view_asan PRIVATE -fsanitize=address,undefined)
