/* notes.c: rules that turn a layout's facts into explanations. Each rule looks at the chain
 * and the version's ModelType and adds at most a sentence or two. */
#include "view/notes.h"

#include <string.h>

#include "model/numbers.h"
#include "view/fields.h"

/* A slotted class that still has a __dict__ because a base without __slots__ added it. */
static void note_unslotted_base(ViewLayout *l, const ViewObjectFacts *f) {
    if (f->nclasses < 2 || !f->classes[0].has_slots || !l->dict_from[0]) return;
    for (int i = 1; i < f->nclasses; i++)
        if (l->chain.add_dict[i] && !f->classes[i].has_slots) {
            view_layout_note(l,
                             "%s still has a __dict__ because %s declares no __slots__: every "
                             "class in the chain needs __slots__.",
                             f->classes[0].name, f->classes[i].name);
            return;
        }
}

static void note_slots_dict(ViewLayout *l, const ViewObjectFacts *f) {
    const ModelNumbers *n = model_numbers(l->prof);
    for (int i = 0; i < f->nclasses; i++) {
        if (!f->classes[i].slots_dict || !l->chain.add_dict[i]) continue;
        view_layout_note(l, "'__dict__' in %s's __slots__ adds a dict pointer%s.",
                         f->classes[i].name,
                         l->type.managed_dict ? " (before the object, as for classes without "
                                                "__slots__)"
                                              : " after the slots");
        if (n->inline_values && !l->type.inline_values)
            view_layout_note(l, "3.13 keeps inline values only for classes without slots: these "
                                "instances get a full dict as soon as an attribute is set.");
    }
}

static bool seen_in(const ViewClassFacts *c, int upto, const char *name) {
    for (int j = 0; j < upto; j++)
        if (c->slots && strcmp(c->slots[j], name) == 0) return true;
    return false;
}

/* A slot named again in a subclass or twice in one __slots__ costs 8 bytes each time. */
static void note_redeclared(ViewLayout *l, const ViewObjectFacts *f) {
    for (int i = 0; i < f->nclasses; i++) {
        const ViewClassFacts *c = &f->classes[i];
        for (int j = 0; j < c->nslots && c->slots; j++) {
            if (seen_in(c, j, c->slots[j])) {
                view_layout_note(l,
                                 "'%s' appears twice in %s.__slots__: each repeat costs 8 bytes.",
                                 c->slots[j], c->name);
                continue;
            }
            for (int k = i + 1; k < f->nclasses; k++)
                if (seen_in(&f->classes[k], f->classes[k].nslots, c->slots[j])) {
                    view_layout_note(l,
                                     "A redeclared slot '%s' in %s hides %s.%s and costs 8 "
                                     "more bytes.",
                                     c->slots[j], c->name, f->classes[k].name, c->slots[j]);
                    break;
                }
        }
    }
}

static void note_prehead(ViewLayout *l) {
    const ModelNumbers *n = model_numbers(l->prof);
    const ModelType *t = &l->type;
    if (n->layout == LAYOUT_311 && t->managed_dict)
        view_layout_note(l, "3.11 moved the dict pointer before the object and keeps the values "
                            "in a separate array until __dict__ is used (16 bytes of pre-header).");
    if (n->layout == LAYOUT_312 && t->managed_dict && !n->inline_values)
        view_layout_note(l, "3.12 keeps the dict or the values array behind one tagged pointer "
                            "before the object.");
    if (t->managed_weakref)
        view_layout_note(l, "3.12 moved the weakref pointer before the object "
                            "(__weakrefoffset__ -32).");
    if (t->inline_values)
        view_layout_note(l,
                         "%s stores the attribute values inline, after the header; "
                         "sys.getsizeof does not count them.",
                         l->prof->name);
}

static bool all_empty_slots(const ViewObjectFacts *f) {
    for (int i = 0; i < f->nclasses; i++)
        if (!f->classes[i].has_slots || f->classes[i].nslots || f->classes[i].slots_dict ||
            f->classes[i].slots_weakref)
            return false;
    return f->nclasses > 0;
}

static void note_gc(ViewLayout *l, const ViewObjectFacts *f) {
    const ModelNumbers *n = model_numbers(l->prof);
    if (f->nclasses == 0) return;
    if (!l->type.gc && !l->chain.base.gc)
        view_layout_note(l, "No GC header: before 3.8 a class that adds no fields keeps its "
                            "base's untracked layout.");
    else if (all_empty_slots(f) && !l->chain.base.gc && n->heap_types_always_gc)
        view_layout_note(l,
                         "__slots__ = () still costs the %lld-byte GC header: from 3.8 every "
                         "class's instances are tracked by the collector.",
                         (long long)n->gc_head);
    if (all_empty_slots(f) && f->builtin != MB_OBJECT)
        view_layout_note(l, "%s keeps %s's layout: __slots__ = () adds no field.", f->type_name,
                         view_builtin_name(f->builtin));
}

static void note_sizeof_rule(ViewLayout *l, const ViewObjectFacts *f) {
    for (int i = 0; i < l->nrows; i++)
        if (!l->rows[i].counted && l->rows[i].kind != VR_VALUES) {
            view_layout_note(l,
                             "%s.__sizeof__ measures %s's own struct: fields a subclass adds "
                             "are not in sys.getsizeof.",
                             view_builtin_name(f->builtin), view_builtin_name(f->builtin));
            return;
        }
}

static void note_weakref(ViewLayout *l, const ViewObjectFacts *f) {
    if (f->nclasses > 0 && f->classes[0].has_slots && !l->type.has_weakref &&
        l->chain.base.itemsize == 0)
        view_layout_note(l, "No '__weakref__' in __slots__: weakref.ref() on these instances "
                            "raises TypeError.");
}

void view_notes(ViewLayout *l, const ViewObjectFacts *f) {
    note_unslotted_base(l, f);
    note_slots_dict(l, f);
    note_redeclared(l, f);
    note_prehead(l);
    note_gc(l, f);
    note_sizeof_rule(l, f);
    note_weakref(l, f);
    if (f->builtin == MB_STR && f->nclasses > 0 && !model_numbers(l->prof)->str_is_bytes)
        view_layout_note(l, "A str subclass keeps its characters in a separate block; a plain "
                            "str holds them inline.");
}
