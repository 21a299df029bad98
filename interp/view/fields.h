/* fields.h: the rows CPython X.Y puts around every object, whatever its class: the pre-header
 * (GC header, managed dict/values/weakref pointers) and the builtin base's own fields. */
#ifndef SLOTSCOPE_VIEW_FIELDS_H
#define SLOTSCOPE_VIEW_FIELDS_H

#include "view/layoutrows.h"

/* The words before the object pointer (Include/internal/pycore_object.h of each version). */
void view_rows_preheader(ViewLayout *l, const ViewObjectFacts *f);
/* ob_refcnt, ob_type and the builtin base's fields up to its basicsize, then its variable
 * part (items in the object, or a separate block that its __sizeof__ counts). */
void view_rows_builtin(ViewLayout *l, const ViewObjectFacts *f);
/* The builtin's __sizeof__ ignores fields a subclass adds (int and str compute their size from
 * their own struct, Objects/longobject.c int___sizeof__, unicodeobject.c unicode___sizeof__). */
bool view_builtin_sizeof_ignores_subclass(ModelBuiltin b);
/* __sizeof__ of an empty/zero instance of the builtin, for class views of int/str subclasses. */
MSize view_builtin_default_sizeof(const Profile *p, ModelBuiltin b, bool subclass);

#endif
