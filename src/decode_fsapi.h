/* SPDX-License-Identifier: MIT */
/*
 * decode_fsapi.h - decoders of the table part decode_table_fs.c: the new
 * mount API, landlock, fanotify, file handles, futex_waitv and ptrace
 * (decode_fsapi.c, decode_ptrace.c), bpf and seccomp filters
 * (decode_bpf.c), perf_event_open and io_uring (decode_perf.c), and
 * their constant tables (xlat_fsapi.c, xlat_bpf.c).  Not a public
 * header.
 */
#ifndef MYTRACE_DECODE_FSAPI_H
#define MYTRACE_DECODE_FSAPI_H

#include "decode_util.h"

/* xlat_fsapi.c */
extern const struct xlat dfs_fsopen_flags[];
extern const struct xlat dfs_fsconfig_cmds[];
extern const struct xlat dfs_fsmount_flags[];
extern const struct xlat dfs_mount_attrs[];
extern const struct xlat dfs_mount_propagation[];
extern const struct xlat dfs_open_tree_flags[];
extern const struct xlat dfs_fspick_flags[];
extern const struct xlat dfs_move_mount_flags[];
extern const struct xlat dfs_landlock_create_flags[];
extern const struct xlat dfs_landlock_fs_access[];
extern const struct xlat dfs_landlock_rules[];
extern const struct xlat dfs_fan_classes[];
extern const struct xlat dfs_fan_init_flags[];
extern const struct xlat dfs_fan_mark_flags[];
extern const struct xlat dfs_fan_events[];
extern const struct xlat dfs_futex2_flags[];
extern const struct xlat dfs_ptrace_reqs[];
extern const struct xlat dfs_ptrace_opts[];
extern const struct xlat dfs_user_regs[];
extern const struct xlat dfs_nt_types[];

/* xlat_bpf.c */
extern const struct xlat dfs_bpf_cmds[];
extern const struct xlat dfs_bpf_map_types[];
extern const struct xlat dfs_bpf_map_flags[];
extern const struct xlat dfs_bpf_update_flags[];
extern const struct xlat dfs_bpf_prog_types[];
extern const struct xlat dfs_bpf_prog_flags[];
extern const struct xlat dfs_bpf_attach_types[];
extern const struct xlat dfs_bpf_file_flags[];
extern const struct xlat dfs_bpf_attach_flags[];
extern const struct xlat dfs_perf_types[];
extern const struct xlat dfs_perf_sizes[];
extern const struct xlat dfs_perf_hw[];
extern const struct xlat dfs_perf_sw[];
extern const struct xlat dfs_perf_sample[];
extern const struct xlat dfs_perf_read_format[];
extern const struct xlat dfs_perf_flags[];
extern const struct xlat dfs_uring_setup_flags[];
extern const struct xlat dfs_uring_features[];
extern const struct xlat dfs_uring_enter_flags[];
extern const struct xlat dfs_uring_register_ops[];
extern const struct xlat dfs_cbpf_classes[];
extern const struct xlat dfs_ebpf_classes[];
extern const struct xlat dfs_cbpf_sizes[];
extern const struct xlat dfs_cbpf_modes[];
extern const struct xlat dfs_cbpf_alu_ops[];
extern const struct xlat dfs_cbpf_jmp_ops[];
extern const struct xlat dfs_cbpf_srcs[];
extern const struct xlat dfs_cbpf_rvals[];
extern const struct xlat dfs_cbpf_misc_ops[];

/*
 * Flags as strace prints them when no bit of @v is known: "0x2 /" "*
 * FSOPEN_??? *" "/"; otherwise as dput_flags().
 */
void dfs_flags(struct dctx *d, uint64_t v, const struct xlat *tab,
	       const char *unknown);
/* @len bytes at @addr as a string of \x escapes, cut at -s if @cut. */
void dfs_hexstr(struct dctx *d, uint64_t addr, uint64_t len, int cut);
/* A NUL-padded name of @size bytes in a struct: "par". */
void dfs_name(struct dctx *d, const char *name, size_t size);

/* decode_fsapi.c: argument printers of the table. */
void dfs_fsopen_fl(struct dctx *d, int i);
void dfs_fsconfig_key(struct dctx *d, int i);
void dfs_fsconfig_value(struct dctx *d, int i);
void dfs_fsconfig_aux(struct dctx *d, int i);
void dfs_fsmount_fl(struct dctx *d, int i);
void dfs_mount_attr_fl(struct dctx *d, int i);
void dfs_mount_attr(struct dctx *d, int i);
void dfs_open_tree_fl(struct dctx *d, int i);
void dfs_fspick_fl(struct dctx *d, int i);
void dfs_move_mount_fl(struct dctx *d, int i);
void dfs_landlock_ruleset(struct dctx *d, int i);
void dfs_landlock_create_fl(struct dctx *d, int i);
void dfs_landlock_create_ret(struct dctx *d);
void dfs_landlock_rule(struct dctx *d, int i);
void dfs_fan_init_fl(struct dctx *d, int i);
void dfs_fan_mark_fl(struct dctx *d, int i);
void dfs_fan_mask(struct dctx *d, int i);
void dfs_fan_dirfd(struct dctx *d, int i);
void dfs_handle_note(struct dctx *d);
void dfs_handle_out(struct dctx *d, int i);
void dfs_handle_in(struct dctx *d, int i);
void dfs_waitv(struct dctx *d, int i);

/* decode_ptrace.c */
void dfs_ptrace(struct dctx *d);

/* decode_bpf.c */
void dfs_bpf_attr(struct dctx *d, int i);
void dfs_bpf_ret(struct dctx *d);

/* decode_perf.c */
void dfs_perf_attr(struct dctx *d, int i);
void dfs_perf_fl(struct dctx *d, int i);
void dfs_uring_params(struct dctx *d, int i);
void dfs_uring_enter_fl(struct dctx *d, int i);
/*
 * seccomp(SECCOMP_SET_MODE_FILTER)'s struct sock_fprog at @addr; the
 * program only with -v.  @actions names the SECCOMP_RET_* actions.
 */
void dfs_seccomp_fprog(struct dctx *d, uint64_t addr,
		       const struct xlat *actions);

#endif
