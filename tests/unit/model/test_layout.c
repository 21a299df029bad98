/* test_layout.c: the model's type layouts and instance sizes against CPython's real ones
 * (layout_cases.h, generated from CPython 2.7 and 3.6-3.13 by gen_layout.py). */
#include <stdio.h>
#include <string.h>

#include "model/model.h"

typedef struct {
    const char *version;
    ModelBuiltin base;
    int nslots, has_slots, add_dict, add_weak;
    long basicsize, itemsize, dictoffset, weakrefoffset, getsizeof;
    int gc;
} Case;

static const Case cases[] = {
#include "layout_cases.h"
};

int main(void) {
    int failed = 0, n = (int)(sizeof cases / sizeof cases[0]);
    for (int i = 0; i < n; i++) {
        const Case *c = &cases[i];
        const Profile *p = profile_find(c->version);
        ModelType base, mt;
        model_type_builtin(p, &base, c->base);
        ModelClassSpec spec = {&base, c->nslots, c->has_slots, c->add_dict, c->add_weak};
        model_type_heap(p, &mt, &spec);
        long size = c->getsizeof < 0 ? -1 : (long)(model_object_sizeof(&mt, 0) + model_preheader(p, &mt));
        if (mt.basicsize != c->basicsize || mt.itemsize != c->itemsize ||
            mt.dictoffset != c->dictoffset || mt.weaklistoffset != c->weakrefoffset ||
            size != c->getsizeof || mt.gc != (c->gc != 0)) {
            printf("FAIL %s case %d (base %d, %d slots, dict %d, weak %d): got %ld/%ld/%ld/%ld (%ld) gc %d, "
                   "CPython %ld/%ld/%ld/%ld (%ld) gc %d\n",
                   c->version, i, c->base, c->nslots, c->add_dict, c->add_weak,
                   (long)mt.basicsize, (long)mt.itemsize, (long)mt.dictoffset,
                   (long)mt.weaklistoffset, size, mt.gc, c->basicsize, c->itemsize, c->dictoffset,
                   c->weakrefoffset, c->getsizeof, c->gc);
            failed++;
        }
    }
    printf("%d passed, %d failed\n", n - failed, failed);
    return failed != 0;
}
