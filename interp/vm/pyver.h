/* pyver.h: version tests for the behaviours of the shell part (exceptions, builtins, sys, the
 * front end) that model/profile.h has no named flag for yet. Each use names the CPython change
 * it follows; move them to profile flags when the profile grows them. */
#ifndef SLOTSCOPE_PYVER_H
#define SLOTSCOPE_PYVER_H

#include "model/profile.h"
#include "vm/interp.h"

/* Is the imitated CPython at least major.minor? */
static inline bool pyver_ge(const Interp *I, int major, int minor) {
    return I->prof->major > major || (I->prof->major == major && I->prof->minor >= minor);
}

#endif
