/* test_inst.c: instance dicts and shared keys against the sizes CPython printed for random
 * histories of classes, instances and attributes (inst_cases.h, from gen_inst.py). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/dictmodel.h"

typedef struct {
    const char *version, *ops, *sizes;
} Case;

static const Case cases[] = {
#include "inst_cases.h"
};

#define MAXC 8
#define MAXO 400

typedef struct {
    ModelDict d;
    int cls;
    bool has_dict; /* 3.6-3.10 (and 2.7): the dict object exists */
} Inst;

typedef struct {
    const Profile *p;
    ModelSharedKeys *keys[MAXC];
    bool inline_values[MAXC]; /* 3.13: the class keeps values in the object */
    Inst inst[MAXO];
    bool split_era; /* 3.11+ keep values; before, the dict is made on first use */
} World;

static void ensure_dict(World *w, Inst *o) {
    if (o->has_dict) return;
    model_instance_dict(w->p, &w->keys[o->cls], &o->d);
    o->has_dict = true;
}

static long step(World *w, char kind, const char *rest) {
    int a = atoi(rest), b = 0;
    const char *dot = strchr(rest, '.');
    if (dot) b = atoi(dot + 1);
    long gc = w->p->major == 2 || w->p->minor <= 7 ? 32 : 16;
    Inst *o = &w->inst[kind == 'I' ? b : a];
    switch (kind) {
    case 'K': { /* K<c> a plain class, K<c>h one with __slots__ = ('s', '__dict__') */
        ModelType obj, cls;
        model_type_builtin(w->p, &obj, MB_OBJECT);
        bool hybrid = strchr(rest, 'h') != NULL;
        ModelClassSpec spec = {&obj, hybrid ? 1 : 0, hybrid, true, !hybrid};
        model_type_heap(w->p, &cls, &spec);
        w->inline_values[a] = cls.inline_values;
        w->keys[a] = model_class_keys_new(w->p);
        return -1;
    }
    case 'I':
        model_instance_created(w->p, w->keys[a], &o->d, w->inline_values[a]);
        o->cls = a;
        o->has_dict = false;
        return -1;
    case 'S':
        if (!w->split_era) ensure_dict(w, o);
        model_instance_setattr(w->p, &w->keys[o->cls], &o->d, (uintptr_t)(b + 1), true);
        return -1;
    case 'X':
        if (!w->split_era) ensure_dict(w, o);
        model_instance_delattr(w->p, &w->keys[o->cls], &o->d);
        return -1;
    case 'V':
        ensure_dict(w, o);
        model_dict_insert(w->p, &o->d, (uintptr_t)(b + 1), true);
        return -1;
    case 'Z':
        ensure_dict(w, o);
        model_dict_insert(w->p, &o->d, 0, false);
        return -1;
    case 'G': {
        ModelType dict_type;
        model_type_builtin(w->p, &dict_type, MB_DICT);
        ensure_dict(w, o);
        return (long)model_dict_sizeof(w->p, &o->d, dict_type.basicsize) + gc;
    }
    case 'T':
        return (long)model_heaptype_sizeof(w->p, model_keys_bytes(w->p, w->keys[a]), 0) + gc;
    }
    return -1;
}

int main(void) {
    static World w;
    int failed = 0, n = (int)(sizeof cases / sizeof cases[0]);
    for (int i = 0; i < n; i++) {
        const Case *c = &cases[i];
        memset(&w, 0, sizeof w);
        w.p = profile_find(c->version);
        w.split_era = w.p->major == 3 && w.p->minor >= 11;
        const char *op = c->ops, *sz = c->sizes;
        char tok[32];
        int k = 0, nread;
        while (sscanf(op, "%31s%n", tok, &nread) == 1) {
            op += nread;
            long got = step(&w, tok[0], tok + 1);
            if (got < 0) continue;
            char *end;
            long want = strtol(sz, &end, 10);
            sz = end;
            if (got != want) {
                printf("FAIL %s case %d print %d (op %s): model %ld, CPython %ld\n  ops: %.300s\n",
                       c->version, i, k, tok, got, want, c->ops);
                failed++;
                break;
            }
            k++;
        }
        for (int j = 0; j < MAXO; j++) model_dict_release(&w.inst[j].d);
        for (int j = 0; j < MAXC; j++) model_keys_decref(w.keys[j]);
    }
    printf("%d passed, %d failed\n", n - failed, failed);
    return failed != 0;
}
