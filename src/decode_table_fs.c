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
	/* strace 6.1 shows what mount_setattr returns as an fd with -y */
	[__NR_mount_setattr] = SYS(DRET_FD, 5, DIRFD, PATH,
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
	/* and what open_by_handle_at returns as a number */
	[__NR_open_by_handle_at] = SYS(DRET_DEC, 3, INT, FN(dfs_handle_in),
				       FN(dfile_open_flags)),
	/* futexes and tracing */
	[__NR_futex_waitv] = SYS(DRET_DEC, 5, FN(dfs_waitv), UINT, HEX,
				 A(K_TIMESPEC), E(xlat_clockids, NULL)),
	[__NR_ptrace] = WHOLE(dfs_ptrace),
	/* bpf, perf and io_uring */
	[__NR_bpf] = RETF(3, dfs_bpf_ret, E(dfs_bpf_cmds, "BPF_???"),
			  FN(dfs_bpf_attr), UINT),
	[__NR_perf_event_open] = SYS(DRET_FD, 5, FN(dfs_perf_attr), INT, INT,
				     FD, FN(dfs_perf_fl)),
	[__NR_io_uring_setup] = SYS(DRET_FD, 2, UINT, EXIT(dfs_uring_params)),
	[__NR_io_uring_enter] = SYS(DRET_DEC, 6, FD, UINT, UINT,
				    FN(dfs_uring_enter_fl), A(K_SIGSET),
				    ULONG),
	[__NR_io_uring_register] = SYS(DRET_DEC, 4, FD,
				       E(dfs_uring_register_ops,
					 "IORING_REGISTER_???"),
				       PTR, UINT),
};

DTABLE_PART(dtable_part_fs, dtable_fs);
