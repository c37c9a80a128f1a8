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
#include "decode_fsapi.h"

#define WHOLE(f) { .known = 1, .ret = DRET_DEC, .whole = (f) }
#define RETF(n, f, ...) { .known = 1, .nargs = (n), .ret = DRET_DEC, \
			  .a = { __VA_ARGS__ }, .retfn = (f) }
#define NOTED(r, n, f, ...) { .known = 1, .nargs = (n), .ret = (r), \
			      .a = { __VA_ARGS__ }, .note = (f) }

static const struct dsys dtable_fs[] = {
	/* the mount API */
	[__NR_fsopen] = SYS(DRET_FD, 2, PATH, FN(dfs_fsopen_fl)),
	[__NR_fsconfig] = SYS(DRET_DEC, 5, FD,
			      E(dfs_fsconfig_cmds, "FSCONFIG_???"),
			      FN(dfs_fsconfig_key), FN(dfs_fsconfig_value),
			      FN(dfs_fsconfig_aux)),
	[__NR_fsmount] = SYS(DRET_FD, 3, FD, FN(dfs_fsmount_fl),
			     FN(dfs_mount_attr_fl)),
	[__NR_fspick] = SYS(DRET_FD, 3, DIRFD, PATH, FN(dfs_fspick_fl)),
	[__NR_open_tree] = SYS(DRET_FD, 3, DIRFD, PATH, FN(dfs_open_tree_fl)),
	[__NR_move_mount] = SYS(DRET_DEC, 5, DIRFD, PATH, DIRFD, PATH,
				FN(dfs_move_mount_fl)),
	[__NR_mount_setattr] = SYS(DRET_DEC, 5, DIRFD, PATH,
				   F(xlat_at_flags), FN(dfs_mount_attr),
				   ULONG),
	/* landlock */
	[__NR_landlock_create_ruleset] = RETF(3, dfs_landlock_create_ret,
					      FN(dfs_landlock_ruleset), ULONG,
					      FN(dfs_landlock_create_fl)),
	[__NR_landlock_add_rule] = SYS(DRET_DEC, 4, FD,
				       E(dfs_landlock_rules,
					 "LANDLOCK_RULE_???"),
				       FN(dfs_landlock_rule), HEX),
	[__NR_landlock_restrict_self] = SYS(DRET_DEC, 2, FD, HEX),
	/* fanotify */
	[__NR_fanotify_init] = SYS(DRET_FD, 2, FN(dfs_fan_init_fl),
				   FN(dfile_open_flags)),
	[__NR_fanotify_mark] = SYS(DRET_DEC, 5, FD, FN(dfs_fan_mark_fl),
				   FN(dfs_fan_mask), FN(dfs_fan_dirfd), PATH),
	/* file handles */
	[__NR_name_to_handle_at] = NOTED(DRET_DEC, 5, dfs_handle_note,
					 DIRFD, PATH, EXIT(dfs_handle_out),
					 OUT(dproc_intptr), F(xlat_at_flags)),
	[__NR_open_by_handle_at] = SYS(DRET_FD, 3, INT, FN(dfs_handle_in),
				       FN(dfile_open_flags)),
	/* futexes and tracing */
	[__NR_futex_waitv] = SYS(DRET_DEC, 5, FN(dfs_waitv), UINT, HEX,
				 A(K_TIMESPEC), E(xlat_clockids, NULL)),
	[__NR_ptrace] = WHOLE(dfs_ptrace),
};

DTABLE_PART(dtable_part_fs, dtable_fs);
