/* test_ledger.c: tracemalloc's counting rules: epochs, peaks, realloc and freelists. */
#include <stdio.h>

#include "model/ledger.h"

static int failed;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s\n", __LINE__, #cond); failed++; } } while (0)

int main(void) {
    ModelLedger L;
    MSize cur, peak;
    CHECK(ledger_init(profile_find("3.12"), &L));
    MTrace before = ledger_alloc(&L, 100); /* not tracing: untraced */
    ledger_read(&L, &cur, &peak);
    CHECK(before == 0 && cur == 0 && peak == 0);
    ledger_start(&L);
    MTrace a = ledger_alloc(&L, 64), b = ledger_alloc(&L, 32);
    ledger_free(&L, before, 100); /* a block from before start() is not subtracted */
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 96 && peak == 96);
    ledger_free(&L, b, 32);
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 64 && peak == 96);
    ledger_reset_peak(&L);
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 64 && peak == 64);
    a = ledger_realloc(&L, a, 64, 128);
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 128 && peak == 128);
    ledger_stop(&L);
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 0 && peak == 0);
    ledger_start(&L);
    ledger_free(&L, a, 128); /* traced in an earlier epoch: forgotten by stop() */
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 0);
    /* freelists start full of start-up blocks: 80 lists come free, the 81st is allocated */
    for (int i = 0; i < 80; i++) CHECK(ledger_alloc_from(&L, FL_LIST, 56) == 0);
    MTrace l81 = ledger_alloc_from(&L, FL_LIST, 56);
    ledger_read(&L, &cur, &peak);
    CHECK(l81 != 0 && cur == 56);
    ledger_free_to(&L, FL_LIST, l81, 56); /* back on the list: its bytes stay counted */
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 56);
    ledger_free_to(&L, FL_LIST, 0, 56); /* an untraced block back on the list: nothing changes */
    ledger_read(&L, &cur, &peak);
    CHECK(cur == 56);
    ledger_fini(&L);
    printf("%d failed\n", failed);
    return failed != 0;
}
