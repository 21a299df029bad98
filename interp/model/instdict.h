/* instdict.h: shared key tables (internal to the model: dictmodel.c and instdict.c). The
 * public entry points for instance dicts are declared in dictmodel.h. */
#ifndef SLOTSCOPE_INSTDICT_H
#define SLOTSCOPE_INSTDICT_H

#include "model/dictmodel.h"

/* Add a key identity at the end of the shared keys (usable--, nentries++). false if memory
 * for the identity list ran out (the caller then treats the keys as full). */
bool model_keys_append(ModelSharedKeys *k, uintptr_t key);

#endif
