/* SPDX-License-Identifier: MIT */
/*
 * decode_table.h - the shorthands the syscall tables (decode_table*.c)
 * are written with, and how their parts are put together.  Not a public
 * header.
 */
#ifndef MYTRACE_DECODE_TABLE_H
#define MYTRACE_DECODE_TABLE_H

#include "decode_util.h"

#define A(k)		{ .kind = (k) }
#define F(t)		{ .kind = K_FLAGS, .x = (t) }
#define FU(t, u)	{ .kind = K_FLAGS, .x = (t), .unk = (u) }
#define LF(t)		{ .kind = K_LFLAGS, .x = (t) }
#define E(t, u)		{ .kind = K_ENUM, .x = (t), .unk = (u) }
#define FN(f)		{ .kind = K_FN, .put = (f) }
#define OUT(f)		{ .kind = K_FN_OUT, .put = (f) }
#define EXIT(f)		{ .kind = K_FN_EXIT, .put = (f) }
#define SYS(r, n, ...)	{ .known = 1, .nargs = (n), .ret = (r), \
			  .a = { __VA_ARGS__ } }

#define FD A(K_FD)
#define DIRFD A(K_DIRFD)
#define PATH A(K_PATH)
#define PTR A(K_PTR)
#define INT A(K_INT)
#define UINT A(K_UINT)
#define LONG A(K_LONG)
#define ULONG A(K_ULONG)
#define HEX A(K_HEX)
#define MODE A(K_MODE)
#define SIG A(K_SIG)
#define OPTR A(K_OPTR)

/*
 * One part of the syscall table: an array indexed by syscall number whose
 * gaps have .known = 0.  The parts are split by family to keep files
 * small; dtable_get() merges them into one index (a number decoded by two
 * parts is a bug, checked by test_decode_table).
 */
struct dtable_part {
	const struct dsys *sys;
	size_t n;
};

#define DTABLE_PART(name, arr)						\
	const struct dtable_part name = {				\
		(arr), sizeof(arr) / sizeof((arr)[0])			\
	}

extern const struct dtable_part dtable_part_main;	/* decode_table.c */
extern const struct dtable_part dtable_part_more;	/* _more.c */
extern const struct dtable_part dtable_part_extra;	/* _extra.c */
extern const struct dtable_part dtable_part_ipc;	/* _ipc.c */
extern const struct dtable_part dtable_part_admin;	/* _admin.c */
extern const struct dtable_part dtable_part_fs;		/* _fs.c */

/* The parts, in the order dtable_get() merges them; NULL-terminated. */
extern const struct dtable_part *const dtable_parts[];

#endif
