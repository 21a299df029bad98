/* modstate.h: the state of the shell part (vm/mod_*.c, builtins, import, exceptions): what
 * CPython keeps in module states and static objects, per interpreter here. */
#ifndef SLOTSCOPE_MODSTATE_H
#define SLOTSCOPE_MODSTATE_H

#include "vm/interp.h"

struct ModState {
    Obj *memory_error;                        /* raised by err_no_memory without allocating */
    Obj *builtins_module;                     /* the module whose dict is I->builtins */
    Obj *sys;                                 /* the sys module */
    Obj *sys_stdin, *sys_stdout, *sys_stderr; /* the original streams (sys.__stdout__ ...) */
    /* helper types made at start-up (struct sequences, SimpleNamespace, the exit helper) */
    TypeObj *t_structseq, *t_namespace, *t_quitter, *t_helper;
    TypeObj *t_builtin_importer, *t_source_loader; /* what __loader__ shows (import.c) */
    TypeObj *t_version_info, *t_flags, *t_hash_info, *t_float_info;
    /* tracemalloc (model/ plugs its ledger in here; see mod_tracemalloc.c) */
    bool tm_tracing;
    int tm_frames;
    /* the front end: -i / REPL mode changes stdout buffering and exit() behaviour */
    bool interactive;
};

/* Start-up pieces, called by interp_new in this order once the types are ready. */
bool mods_init_builtins(Interp *I);                     /* builtins.c: I->builtins and its module */
bool mods_init_sys(Interp *I, const InterpConfig *cfg); /* mod_sys.c: sys, sys.modules */
void mods_fini_sys(Interp *I);
/* The front end says the session is interactive (-i or the REPL): sys.flags shows it. */
void mods_set_interactive(Interp *I, bool on);

#endif
