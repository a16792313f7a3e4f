/* cstack_stub.c — the parser-only unit test has no VM: the C stack floor stays 0 (no check),
 * so the parser's own depth limits are what this test sees. The real one is src/cstack.c. */
#include <stdint.h>

#include "cstack_floor.h"

uintptr_t tpC_stack_floor_addr = 0;
