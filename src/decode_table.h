/* SPDX-License-Identifier: MIT */
/*
 * decode_table.h - the shorthands the syscall tables (decode_table.c,
 * decode_table_more.c) are written with.  Not a public header.
 */
#ifndef MYTRACE_DECODE_TABLE_H
#define MYTRACE_DECODE_TABLE_H

#include "decode_util.h"

#define A(k)		{ .kind = (k) }
#define F(t)		{ .kind = K_FLAGS, .x = (t) }
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

#endif
