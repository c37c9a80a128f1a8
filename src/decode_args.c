// SPDX-License-Identifier: MIT
/*
 * decode_args - arrays in tracee memory: argv/envp string arrays and
 * signal sets.
 */
#include <inttypes.h>
#include <string.h>

#include "decode_priv.h"
#include "decode_util.h"
#include "names.h"

/* Largest sigset we decode (the kernel uses 8 bytes on x86_64). */
#define DSIGSET_MAX 128

/* Count the entries of a NULL-terminated pointer array; -1 if a read
 * fails before the terminator. */
static long count_ptrs(struct dctx *d, uint64_t addr)
{
	uint64_t p;
	long n;

	for (n = 0; n < 1 << 20; n++) {
		if (dmem_read(d, addr + 8 * (uint64_t)n, &p, sizeof(p)))
			return -1;
		if (!p)
			return n;
	}
	return -1;
}

/* ["a", "b", ...]: at most --string-limit elements unless -v. */
static void put_str_array(struct dctx *d, uint64_t addr)
{
	long limit = d->o && d->o->verbose ? -1 : dutil_limit(d);
	uint64_t p;
	long n;

	if (!addr) {
		strbuf_puts(d->out, "NULL");
		return;
	}
	if (dmem_read(d, addr, &p, sizeof(p))) {
		dput_hex(d, addr);
		return;
	}
	strbuf_putc(d->out, '[');
	for (n = 0;; n++) {
		if (dmem_read(d, addr + 8 * (uint64_t)n, &p, sizeof(p))) {
			/* strace shows where the array became unreadable */
			strbuf_puts(d->out, n ? ", " : "");
			dput_hex(d, addr + 8 * (uint64_t)n);
			break;
		}
		if (!p)
			break;
		if (n)
			dput_sep(d);
		if (limit >= 0 && n >= limit) {
			strbuf_puts(d->out, "...");
			break;
		}
		dput_str(d, p);
	}
	strbuf_putc(d->out, ']');
}

void dput_argv(struct dctx *d, uint64_t addr)
{
	put_str_array(d, addr);
}

void dput_envp(struct dctx *d, uint64_t addr)
{
	long n;

	if (!addr || (d->o && d->o->verbose)) {
		put_str_array(d, addr);
		return;
	}
	n = count_ptrs(d, addr);
	dput_hex(d, addr);
	if (n >= 0)
		strbuf_printf(d->out, " /* %ld var%s */", n, n == 1 ? "" : "s");
}

static int popcount_bytes(const unsigned char *b, size_t n)
{
	int count = 0;
	size_t i;

	for (i = 0; i < n; i++)
		count += __builtin_popcount(b[i]);
	return count;
}

/* A signal's name inside a set: without the "SIG" prefix. */
static void put_set_member(struct dctx *d, int sig)
{
	const char *name = names_signal(sig);
	enum decode_xstyle xs = d->o ? d->o->xstyle : DECODE_X_ABBREV;

	if (name && !strncmp(name, "SIG", 3))
		name += 3;
	/* strace 6.1: -X raw "[17]", -X verbose "[17 /" "* CHLD *" "/]" */
	if (!name || xs != DECODE_X_ABBREV)
		strbuf_printf(d->out, "%d", sig);
	if (name && xs == DECODE_X_VERBOSE)
		strbuf_printf(d->out, " /* %s */", name);
	else if (name && xs == DECODE_X_ABBREV)
		strbuf_puts(d->out, name);
}

void dput_sigset(struct dctx *d, uint64_t addr, uint64_t size)
{
	unsigned char set[DSIGSET_MAX];
	int nbits, i, invert, first = 1;

	if (!addr) {
		strbuf_puts(d->out, "NULL");
		return;
	}
	if (!size || size > DSIGSET_MAX || dmem_read(d, addr, set, size)) {
		dput_hex(d, addr);
		return;
	}
	nbits = (int)size * 8;
	/* strace prints the complement when two thirds or more are set */
	invert = popcount_bytes(set, size) >= nbits * 2 / 3;
	strbuf_puts(d->out, invert ? "~[" : "[");
	for (i = 0; i < nbits; i++) {
		int bit = (set[i / 8] >> (i % 8)) & 1;

		if (bit == invert)
			continue;
		if (!first)
			strbuf_putc(d->out, ' ');
		put_set_member(d, i + 1);
		first = 0;
	}
	strbuf_putc(d->out, ']');
}
