// SPDX-License-Identifier: MIT
/*
 * decode_memo - values read at a call's entry that its exit half prints
 * again, like strace's "[128 => 16]" for an address length the kernel
 * changed.  The decoder sees the two halves separately, so the entry
 * half notes the value here, keyed by the call (number and arguments),
 * and the exit half looks it up.  A small ring: a value that is not
 * found (evicted, or the entry half was never decoded) only makes the
 * exit half print the final value alone.
 */
#include <string.h>

#include "decode_util.h"

#define DMEMO_SLOTS 64

struct dmemo {
	struct decode_call key;
	int slot;
	int64_t val;
	int used;
};

static struct dmemo memo[DMEMO_SLOTS];
static unsigned int memo_next;

static int same_call(const struct decode_call *a, const struct decode_call *b)
{
	return a->nr == b->nr && !memcmp(a->args, b->args, sizeof(a->args));
}

static struct dmemo *memo_find(const struct decode_call *c, int slot)
{
	unsigned int i;

	for (i = 0; i < DMEMO_SLOTS; i++)
		if (memo[i].used && memo[i].slot == slot &&
		    same_call(&memo[i].key, c))
			return &memo[i];
	return NULL;
}

void dmemo_put(const struct decode_call *c, int slot, int64_t val)
{
	struct dmemo *m = memo_find(c, slot);

	if (!m) {
		m = &memo[memo_next++ % DMEMO_SLOTS];
		m->key.nr = c->nr;
		memcpy(m->key.args, c->args, sizeof(c->args));
		m->slot = slot;
		m->used = 1;
	}
	m->val = val;
}

int dmemo_get(const struct decode_call *c, int slot, int64_t *val)
{
	const struct dmemo *m = memo_find(c, slot);

	if (!m)
		return 0;
	*val = m->val;
	return 1;
}
