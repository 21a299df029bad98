/* notes.h: the sentences under a byte map that explain its surprises, each produced by a rule
 * over the class facts and the version's layout (TEACHING.md's pitfalls). */
#ifndef SLOTSCOPE_VIEW_NOTES_H
#define SLOTSCOPE_VIEW_NOTES_H

#include "view/layoutrows.h"

void view_notes(ViewLayout *l, const ViewObjectFacts *f);

#endif
