// SPDX-License-Identifier: MIT
/*
 * decode_table_fs - a part of the syscall table (see decode_table.h):
 * the new mount API, landlock, fanotify, file handles, perf_event_open,
 * bpf, io_uring, futex_waitv and ptrace.
 */
#include <asm/unistd.h>
#include <stddef.h>

#include "decode_priv.h"
#include "decode_table.h"

static const struct dsys dtable_fs[] = {
	[0] = { .known = 0 },
};

DTABLE_PART(dtable_part_fs, dtable_fs);
