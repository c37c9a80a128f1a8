// SPDX-License-Identifier: MIT
/*
 * decode_table_admin - a part of the syscall table (see decode_table.h):
 * memory policy and protection keys, system administration (swap,
 * reboot, hostnames, modules, kexec, quotas, accounting) and the other
 * privileged calls.
 */
#include <asm/unistd.h>
#include <stddef.h>

#include "decode_priv.h"
#include "decode_table.h"

static const struct dsys dtable_admin[] = {
	[0] = { .known = 0 },
};

DTABLE_PART(dtable_part_admin, dtable_admin);
