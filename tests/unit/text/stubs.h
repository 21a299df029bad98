/* stubs.h: the test interpreter for the text unit test (see stubs.c). */
#ifndef SLOTSCOPE_TEXT_STUBS_H
#define SLOTSCOPE_TEXT_STUBS_H

#include "model/profile.h"
#include "vm/interp.h"

Interp *stub_interp_new(const char *version);
void stub_interp_free(Interp *I);
Obj *stub_call_method(Interp *I, Obj *self, const char *name, Obj *const *args, size_t nargs,
                      Obj *kwnames);
Obj *exc_get_args(Obj *exc);

#endif
