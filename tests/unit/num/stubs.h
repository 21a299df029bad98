/* stubs.h: the test-only interpreter of the numbers unit test. */
#ifndef NUM_TEST_STUBS_H
#define NUM_TEST_STUBS_H
#include "vm/interp.h"
Interp *stub_interp(const char *version); /* profile "3.12" etc.; types, singletons, num_init */
void stub_interp_free(Interp *I);
#endif
