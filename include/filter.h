/* SPDX-License-Identifier: MIT */
/*
 * filter - strace's -e qualifiers, parsed into sets.
 *
 *   -e trace=SET     syscalls to show. SET is a comma list of names,
 *                    %classes, /regex (extended, matched anywhere in the
 *                    name), ?name (no error when unknown), "all", "none";
 *                    a leading '!' negates the whole list.
 *   -e status=SET    successful, failed, unfinished, unavailable, detached
 *   -e signal=SET    signal names or numbers, "all", "none", '!' negates
 *   -e inject=SET:.., -e fault=SET:..   tampering rules (see inject.h)
 *   -e read=FDS      hex dumps of the data read from these fds
 *   -e write=FDS     ... written to them (numbers, "all", "none", '!')
 *   -e SET           same as -e trace=SET
 *
 * Qualifiers accumulate in one struct filter.  Everything here is pure
 * (no I/O), so it is unit-tested directly.
 */
#ifndef MYTRACE_FILTER_H
#define MYTRACE_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "inject.h"
#include "syscalls.h"

enum filter_status {
	FS_SUCCESSFUL = 1u << 0,
	FS_FAILED = 1u << 1,
	FS_UNFINISHED = 1u << 2,
	FS_UNAVAILABLE = 1u << 3,
	FS_DETACHED = 1u << 4,
	FS_ALL = (1u << 5) - 1,
};

/* A set of file descriptors: 0..FILTER_FD_BITS-1, and all the rest. */
#define FILTER_FD_BITS 1024

struct filter_fdset {
	uint64_t bits[FILTER_FD_BITS / 64];
	int rest;		/* fds >= FILTER_FD_BITS are in (after '!') */
};

struct filter {
	struct sysset trace;	/* syscalls to show */
	unsigned status;	/* enum filter_status bits to show */
	uint64_t signals[2];	/* signals to show, bit n-1 for signal n */
	struct inject_rules inject;	/* -e inject=, -e fault= */
	struct filter_fdset read_fds;	/* -e read=: hex dumps, none */
	struct filter_fdset write_fds;	/* -e write=: hex dumps, none */
};

/* Everything shown: all syscalls, all statuses, all signals. */
void filter_init(struct filter *f);

/*
 * Apply one -e argument ("trace=open,close", "status=failed", "open").
 * Returns 0, or -1 with a one-line message in @err (e.g.
 * "invalid system call 'opn'").
 */
int filter_parse(struct filter *f, const char *arg, char *err, size_t errlen);

/* Parse a syscall SET into @set (replacing its content). 0 or -1. */
int filter_parse_syscalls(struct sysset *set, const char *spec, char *err,
			  size_t errlen);

/* Is @fd in @set (-e read=, -e write=)? */
static inline int filter_fd_has(const struct filter_fdset *set, long fd)
{
	if (fd < 0)
		return 0;
	if (fd >= FILTER_FD_BITS)
		return set->rest;
	return (set->bits[fd / 64] >> (fd % 64)) & 1;
}

static inline int filter_signal_has(const struct filter *f, int sig)
{
	if (sig < 1 || sig > 128)
		return 0;
	return (f->signals[(sig - 1) / 64] >> ((sig - 1) % 64)) & 1;
}

#endif
