/* sizes.c: __sizeof__ of builtin objects as CPython X.Y computes it, from the object's facts
 * (Objects/longobject.c int___sizeof__, unicodeobject.c unicode___sizeof__, tupleobject.c,
 * listobject.c list___sizeof__, setobject.c set___sizeof__, typeobject.c type___sizeof__). */
#include "model/model.h"
#include "model/numbers.h"

#define PTR ((MSize)sizeof(void *))

MSize model_int_sizeof(const Profile *p, MSize ndigits30, bool fits_long) {
    const ModelNumbers *n = model_numbers(p);
    if (n->int_is_fixed && fits_long) return 24;          /* 2.7 PyIntObject */
    if (n->int_min_one_digit && ndigits30 < 1) ndigits30 = 1;
    return 24 + 4 * ndigits30;                             /* header + 30-bit digits */
}

MSize model_str_sizeof(const Profile *p, MSize length, uint32_t maxchar, MSize utf8_cached,
                       bool legacy) {
    const ModelNumbers *n = model_numbers(p);
    if (n->str_is_bytes) return n->bytes_head + length;    /* 2.7 PyStringObject */
    MSize kind = maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
    if (legacy) return n->str_compact_head + PTR + (length + 1) * kind + utf8_cached;
    if (maxchar < 128) return n->str_ascii_head + length + 1;
    return n->str_compact_head + (length + 1) * kind + utf8_cached;
}

MSize model_bytes_sizeof(const Profile *p, MSize length) {
    return model_numbers(p)->bytes_head + length;
}

MSize model_tuple_sizeof(const Profile *p, MSize length) {
    (void)p;
    return 24 + PTR * length;
}

MSize model_list_sizeof(const Profile *p, MSize allocated) {
    (void)p;
    return 40 + PTR * allocated;
}

MSize model_set_sizeof(const Profile *p, MSize table_size) {
    /* the first 8 entries are the smalltable inside the object */
    MSize res = model_numbers(p)->set_size;
    if (table_size > 8) res += table_size * 2 * PTR;
    return res;
}

MSize model_heaptype_sizeof(const Profile *p, MSize cached_keys_bytes, MSize nslots) {
    const ModelNumbers *n = model_numbers(p);
    MSize res = n->heaptype_size + cached_keys_bytes;
    if (n->type_sizeof_members) res += 40 * nslots; /* 2.7: object.__sizeof__ with itemsize */
    return res;
}

MSize model_list_resize(const Profile *p, MSize allocated, MSize size, MSize newsize) {
    if (allocated >= newsize && newsize >= (allocated >> 1)) return allocated;
    if (newsize == 0) return 0;
    if (model_numbers(p)->list_growth_39) {
        MSize a = (newsize + (newsize >> 3) + 6) & ~(MSize)3;
        if (newsize - size > a - newsize) a = (newsize + 3) & ~(MSize)3;
        return a;
    }
    return newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
}
