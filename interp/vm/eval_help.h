/* eval_help.h: the eval loop's out-of-line helpers (eval_help.c, eval_attr.c). */
#ifndef SLOTSCOPE_EVAL_HELP_H
#define SLOTSCOPE_EVAL_HELP_H

#include "vm/frame.h"

/* 1 found (*out new ref), 0 missing, -1 error: d[key] for a dict or any mapping. */
int eval_mapping_get(Interp *I, Obj *d, Obj *key, Obj **out);
Obj *eval_load_name(Interp *I, Frame *f, Obj *name);
int eval_store_name(Interp *I, Frame *f, Obj *name, Obj *v);
int eval_delete_name(Interp *I, Frame *f, Obj *name);
/* LOAD_GLOBAL's lookup on a cache miss (fills the cache; see eval.c's load_global). */
Obj *eval_load_global(Interp *I, Frame *f, Obj *name, InlineCache *c);
#define EVAL_IN_GLOBALS UINT64_MAX
Obj *eval_load_attr(Interp *I, Obj *o, Obj *name, InlineCache *c);
int eval_store_attr(Interp *I, Obj *o, Obj *name, Obj *v, InlineCache *c);
int eval_load_method(Interp *I, Obj *o, Obj *name, Obj **meth, InlineCache *c);
Obj *eval_build_string(Interp *I, Obj **items, int n);
bool eval_list_extend(Interp *I, Obj *list, Obj *v, Obj *func);
bool eval_dict_update(Interp *I, Obj *d, Obj *v);
bool eval_dict_merge(Interp *I, Obj *d, Obj *v, Obj *func);
Obj *eval_format_value(Interp *I, Obj *v, int conv, Obj *spec);
/* Unpack seq into out[0..) in reverse (out[0] deepest = last item); after < 0: exact count. */
bool eval_unpack(Interp *I, Obj *seq, int before, int after, Obj **out);
/* Send v into a delegate: 1 yielded (*res), 0 finished (*res = return value), -1 error. */
int eval_send(Interp *I, Obj *recv, Obj *v, Obj **res);
int eval_exc_match(Interp *I, Obj *exc, Obj *type);
Obj *eval_before_with(Interp *I, Obj *mgr, Obj **exit);
void eval_do_raise(Interp *I, Obj *exc, Obj *cause); /* steals both; always sets an error */
Obj *eval_import_name(Interp *I, Obj *name, Obj *level, Obj *fromlist);
Obj *eval_import_from(Interp *I, Obj *module, Obj *name);
bool eval_import_star(Interp *I, Frame *f, Obj *module);
bool eval_setup_annotations(Interp *I, Frame *f);
bool eval_print_expr(Interp *I, Obj *v);
/* "f() " / "__main__.f() " as the call-site messages name a function. */
Obj *eval_func_desc(Interp *I, Obj *func);

#endif
