/* profile.h: the CPython version slotscope imitates. Code asks a named feature
 * (I->prof->did_you_mean), never compares version numbers inline; every number and behaviour
 * that differs between versions is a field here, with the CPython file and version it
 * follows next to its value in model/profile.c. */
#ifndef SLOTSCOPE_PROFILE_H
#define SLOTSCOPE_PROFILE_H

#include <stdbool.h>

typedef struct Profile {
    const char *name;        /* "3.12" */
    int major, minor;        /* shown by sys.version_info; not for feature tests */
    const char *sys_version; /* sys.version, e.g. "3.12.1 (main, ...) [GCC 12.2.0]" */
    int micro;

    /* --- messages and language behaviour (issue 2/3) */
    bool did_you_mean;            /* 3.10+: "Did you mean: 'x'?" on NameError/AttributeError */
    bool did_you_mean_import;     /* 3.12+: "Did you forget to import 'sys'?" */
    bool traceback_carets;        /* 3.11+: ^^^^ under the failing expression */
    bool qualname_in_arg_errors;  /* 3.10+: "C.f() takes 2 positional arguments..." */
    bool zerodiv_plain;           /* 3.12+? "division by zero" for int // and % (see profile.c) */
    bool syntax_errors_310;       /* 3.10+ parser messages ("expected ':'", "'(' was never closed") */
    bool int_max_str_digits;      /* 3.11+ (and 3.10.7+): 4300-digit str<->int limit */
    bool no_dict_for_setting;     /* 3.13: "and no __dict__ for setting new attributes" */
} Profile;

/* The profile for "X.Y" (2.7, 3.6 .. 3.13), or NULL if slotscope does not know that version. */
const Profile *profile_find(const char *version);
const Profile *profile_default(void);        /* 3.12 */
/* "2.7, 3.6, 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13" for usage messages */
const char *profile_list(void);

#endif
