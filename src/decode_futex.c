// SPDX-License-Identifier: MIT
/*
 * decode_futex - futex(2): which of the six arguments strace shows
 * depends on the operation, e.g.
 *   futex(0x7f.., FUTEX_WAKE_PRIVATE, 2147483647)
 *   futex(0x7f.., FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 7834, NULL,
 *         FUTEX_BITSET_MATCH_ANY)
 */
#include <inttypes.h>

#include "decode_priv.h"
#include "decode_util.h"

#define DFUTEX_PRIVATE 128u
#define DFUTEX_CLOCK_RT 256u
#define DFUTEX_CMD_MASK (~(DFUTEX_PRIVATE | DFUTEX_CLOCK_RT))

enum {
	DF_WAIT = 0,
	DF_WAKE = 1,
	DF_FD = 2,
	DF_REQUEUE = 3,
	DF_CMP_REQUEUE = 4,
	DF_WAKE_OP = 5,
	DF_LOCK_PI = 6,
	DF_UNLOCK_PI = 7,
	DF_TRYLOCK_PI = 8,
	DF_WAIT_BITSET = 9,
	DF_WAKE_BITSET = 10,
	DF_WAIT_REQUEUE_PI = 11,
	DF_CMP_REQUEUE_PI = 12,
	DF_LOCK_PI2 = 13,
};

/* Argument shapes after "uaddr, op": letters name what follows.
 * v: val, t: timeout, 2: val2 (in the timeout slot), u: uaddr2,
 * 3: val3, b: val3 as a bitset. */
static const char *const futex_shapes[] = {
	[DF_WAIT] = "vt",
	[DF_WAKE] = "v",
	[DF_FD] = "v",
	[DF_REQUEUE] = "v2u",
	[DF_CMP_REQUEUE] = "v2u3",
	[DF_WAKE_OP] = "v2u3",
	[DF_LOCK_PI] = "t",
	[DF_UNLOCK_PI] = "",
	[DF_TRYLOCK_PI] = "",
	[DF_WAIT_BITSET] = "vtb",
	[DF_WAKE_BITSET] = "vb",
	[DF_WAIT_REQUEUE_PI] = "vtu",
	[DF_CMP_REQUEUE_PI] = "v2u3",
	[DF_LOCK_PI2] = "t",
};

/* FUTEX_WAKE_PRIVATE, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME. */
static void put_futex_op(struct dctx *d, uint64_t v)
{
	uint32_t op = (uint32_t)v, cmd = op & DFUTEX_CMD_MASK;
	const char *name = xlat_name(xlat_futex_ops, op & ~DFUTEX_CLOCK_RT);

	if (dput_xstyled(d, op, put_futex_op))	/* -X raw, verbose */
		return;
	if (name) {
		strbuf_puts(d->out, name);
	} else {
		name = xlat_name(xlat_futex_ops, cmd);
		if (name)
			strbuf_printf(d->out, "%s%s", name,
				      op & DFUTEX_PRIVATE ? "_PRIVATE" : "");
		else
			strbuf_printf(d->out, "%#x /* FUTEX_??? */",
				      op & ~DFUTEX_CLOCK_RT);
	}
	if (op & DFUTEX_CLOCK_RT)
		strbuf_puts(d->out, "|FUTEX_CLOCK_REALTIME");
}

static void put_match_any(struct dctx *d, uint64_t v)
{
	(void)v;
	strbuf_puts(d->out, "FUTEX_BITSET_MATCH_ANY");
}

static void put_futex_arg(struct dctx *d, char what)
{
	const uint64_t *a = d->c->args;

	switch (what) {
	case 'v':
		dput_uint(d, (uint32_t)a[2]);
		break;
	case 't':
		if (a[3])
			dput_timespec(d, a[3]);
		else
			strbuf_puts(d->out, "NULL");
		break;
	case '2':
		dput_uint(d, (uint32_t)a[3]);
		break;
	case 'u':
		dput_ptr(d, a[4]);
		break;
	case '3':
		dput_hex(d, (uint32_t)a[5]);
		break;
	case 'b':
		/* -X raw: 0xffffffff, -X verbose: with the name after */
		if ((uint32_t)a[5] == 0xffffffffu &&
		    !dput_xstyled(d, 0xffffffffu, put_match_any))
			put_match_any(d, 0xffffffffu);
		else if ((uint32_t)a[5] != 0xffffffffu)
			dput_hex(d, (uint32_t)a[5]);
		break;
	}
}

/* Everything is known at entry: the exit half prints nothing. */
void dproc_futex(struct dctx *d)
{
	uint32_t op = (uint32_t)d->c->args[1];
	uint32_t cmd = op & DFUTEX_CMD_MASK;
	const char *shape;

	if (d->exiting)
		return;
	dput_ptr(d, d->c->args[0]);
	dput_sep(d);
	put_futex_op(d, op);
	if (cmd < sizeof(futex_shapes) / sizeof(futex_shapes[0]))
		shape = futex_shapes[cmd];
	else
		shape = "vtu3";
	for (; *shape; shape++) {
		dput_sep(d);
		put_futex_arg(d, *shape);
	}
}
