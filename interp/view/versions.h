/* versions.h: one class laid out by every CPython version slotscope knows (2.7, 3.6 .. 3.13),
 * side by side, with a line on what changed between neighbouring versions. */
#ifndef SLOTSCOPE_VIEW_VERSIONS_H
#define SLOTSCOPE_VIEW_VERSIONS_H

#include "view/alloc.h"
#include "view/layoutrows.h"

#define VIEW_MAX_VERSIONS 9

typedef struct ViewVersionRow {
    const Profile *prof;
    ModelType type;
    MSize preheader, getsizeof;
    MSize dict_bytes;      /* its __dict__ once touched (first instance of a fresh class),
                              -1 without a dict */
    ViewInstanceCost cost; /* per instance after 10,000 (nattrs attributes set) */
    char change[200];      /* what moved since the previous version ("" if nothing) */
} ViewVersionRow;

typedef struct ViewVersions {
    char type_name[48];
    MSize nattrs;
    ViewVersionRow rows[VIEW_MAX_VERSIONS];
    int n;
} ViewVersions;

/* f's classes under every version; nattrs: attributes an instance sets (for the costs). */
bool view_versions(const ViewObjectFacts *f, MSize nattrs, ViewVersions *out);

#endif
