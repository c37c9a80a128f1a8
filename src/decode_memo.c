// SPDX-License-Identifier: MIT
/*
 * decode_memo - values read at a call's entry that its exit half prints
 * again, like strace's "[128 => 16]" for an address length the kernel
 * changed.  They live in the caller's struct decode_memo (c->memo), which
 * it keeps from the entry half to the exit half of the call; without
 * one the exit half prints the final value alone.
 */
#include "decode_util.h"

#define DMEMO_SLOTS 2

void dmemo_put(const struct decode_call *c, int slot, int64_t val)
{
	if (!c->memo || slot < 0 || slot >= DMEMO_SLOTS)
		return;
	c->memo->val[slot] = val;
	c->memo->set |= 1u << slot;
}

int dmemo_get(const struct decode_call *c, int slot, int64_t *val)
{
	if (!c->memo || slot < 0 || slot >= DMEMO_SLOTS ||
	    !(c->memo->set & (1u << slot)))
		return 0;
	*val = c->memo->val[slot];
	return 1;
}
