/* arena.h: a bump allocator that owns a whole AST; everything in it is freed at once. */
#ifndef SLOTSCOPE_SYNTAX_ARENA_H
#define SLOTSCOPE_SYNTAX_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

/* An arena is a chain of blocks; allocations never move and are never freed one by one,
 * which is exactly the lifetime of a parse tree (built once, read by the compiler, dropped). */
typedef struct Arena {
    ArenaBlock *head;  /* newest block first */
    size_t total;      /* bytes handed out, for tests and curiosity */
} Arena;

void arena_init(Arena *a);
/* Zeroed memory aligned for any type; aborts the process when malloc fails (a parse that
 * cannot get memory has nothing sensible to report). */
void *arena_alloc(Arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *arena_strndup(Arena *a, const char *s, size_t len);
char *arena_strdup(Arena *a, const char *s);
void arena_free(Arena *a);

#endif
