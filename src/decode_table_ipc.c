// SPDX-License-Identifier: MIT
/*
 * decode_table_ipc - a part of the syscall table (see decode_table.h):
 * asynchronous I/O (io_*), POSIX message queue I/O, keys, multi-message
 * sockets, cross-process memory, signal queueing and clocks.
 */
#include <asm/unistd.h>
#include <stddef.h>

#include "decode_priv.h"
#include "decode_table.h"

static const struct dsys dtable_ipc[] = {
	[0] = { .known = 0 },
};

DTABLE_PART(dtable_part_ipc, dtable_ipc);
