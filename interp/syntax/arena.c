/* arena.c: bump allocation in growing blocks, released together. */
#include "syntax/arena.h"

#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, cap;
    alignas(max_align_t) unsigned char data[];
};

enum { ARENA_MIN_BLOCK = 16 * 1024 };

void arena_init(Arena *a) {
    a->head = NULL;
    a->total = 0;
}

static size_t round_up(size_t n) {
    size_t al = alignof(max_align_t);
    return (n + al - 1) / al * al;
}

void *arena_alloc(Arena *a, size_t size) {
    size = round_up(size ? size : 1);
    ArenaBlock *b = a->head;
    if (!b || b->cap - b->used < size) {
        /* Blocks double with the arena so big sources need few mallocs. */
        size_t cap = a->total > ARENA_MIN_BLOCK ? a->total : ARENA_MIN_BLOCK;
        if (cap < size) cap = size;
        b = malloc(sizeof *b + cap);
        if (!b) {
            fputs("slotscope: out of memory in the parser\n", stderr);
            abort();
        }
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

void arena_free(Arena *a) {
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}
