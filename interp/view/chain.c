/* chain.c: a class chain's layouts for one version, deciding as type_new does which class adds
 * the __dict__ and __weakref__ (Objects/typeobject.c: may_add_dict is "the base has no dict",
 * may_add_weak "the base has no weakref list and is not variable-size", in every version). */
#include "view/layoutrows.h"

#include <string.h>

static void decide(const ModelType *base, const ViewClassFacts *c, bool *add_dict, bool *add_weak) {
    bool may_dict = !base->has_dict;
    bool may_weak = !base->has_weakref && base->itemsize == 0;
    *add_dict = may_dict && (!c->has_slots || c->slots_dict);
    *add_weak = may_weak && (!c->has_slots || c->slots_weakref);
}

bool view_chain_build(const Profile *p, ModelBuiltin builtin, const ViewClassFacts *classes, int n,
                      ViewChain *out) {
    memset(out, 0, sizeof *out);
    if (n < 0 || n > VIEW_MAX_CLASSES) return false;
    model_type_builtin(p, &out->base, builtin);
    out->n = n;
    const ModelType *base = &out->base;
    for (int i = n - 1; i >= 0; i--) {
        const ViewClassFacts *c = &classes[i];
        decide(base, c, &out->add_dict[i], &out->add_weak[i]);
        ModelClassSpec spec = {base, c->nslots, c->has_slots, out->add_dict[i], out->add_weak[i]};
        model_type_heap(p, &out->types[i], &spec);
        base = &out->types[i];
    }
    return true;
}

const char *view_builtin_name(ModelBuiltin b) {
    static const char *const names[MB_COUNT] = {
        [MB_OBJECT] = "object",
        [MB_INT] = "int",
        [MB_BOOL] = "bool",
        [MB_FLOAT] = "float",
        [MB_STR] = "str",
        [MB_BYTES] = "bytes",
        [MB_TUPLE] = "tuple",
        [MB_LIST] = "list",
        [MB_DICT] = "dict",
        [MB_SET] = "set",
        [MB_FROZENSET] = "frozenset",
        [MB_RANGE] = "range",
        [MB_NONE] = "NoneType",
        [MB_FUNCTION] = "function",
        [MB_TYPE] = "type",
        [MB_EXCEPTION] = "BaseException",
        [MB_SLICE] = "slice",
    };
    return b >= 0 && b < MB_COUNT && names[b] ? names[b] : "object";
}
