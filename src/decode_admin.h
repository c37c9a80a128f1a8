/* SPDX-License-Identifier: MIT */
/*
 * decode_admin.h - decoders of decode_admin.c, decode_admin_sys.c and
 * decode_admin_quota.c used by the admin part of the syscall table
 * (decode_table_admin.c):
 * memory policies, protection keys, system administration, modules,
 * kexec and quotas.  Not a public header.
 */
#ifndef MYTRACE_DECODE_ADMIN_H
#define MYTRACE_DECODE_ADMIN_H

#include "decode_structs.h"
#include "decode_util.h"

extern const struct xlat da_memfd_secret_flags[];

/* Shared by the two files: flags as strace prints them with a default
 * comment ("0x10 /" "* UFFD_??? *" "/" when no bit has a name). */
void da_put_flags(struct dctx *d, uint64_t v, const struct xlat *tab,
		  const char *unknown);
/* An enumeration in decimal with its name in a comment, as strace
 * prints syslog's type: "10 /" "* SYSLOG_ACTION_SIZE_BUFFER *" "/". */
void da_put_enum_dec(struct dctx *d, int v, const struct xlat *tab,
		     const char *unknown);

/*
 * An array of @n elements of @size bytes at @addr, each printed by @put
 * (given NULL): dstruct_array() with "... /" "* 0x7ffd *" "/" at an
 * unreadable element, and the address when (at exit) the call failed.
 */
void da_put_array(struct dctx *d, uint64_t addr, uint64_t n, size_t size,
		  dstruct_elem_fn put);

/* decode_admin.c: memory */
void da_mbind_mode(struct dctx *d, int i);
void da_mempolicy_mode(struct dctx *d, int i);
void da_nodemask(struct dctx *d, int i);	/* maxnode: next arg */
void da_mbind_flags(struct dctx *d, int i);
void da_getmpol_mode(struct dctx *d, int i);
void da_getmpol_flags(struct dctx *d, int i);
void da_move_pages(struct dctx *d, int i);
void da_move_nodes(struct dctx *d, int i);
void da_move_status(struct dctx *d, int i);
void da_move_flags(struct dctx *d, int i);
void da_prot(struct dctx *d, int i);
void da_pkey_access(struct dctx *d, int i);
void da_remap_flags(struct dctx *d, int i);
void da_iov_addrs(struct dctx *d, int i);	/* count: next arg */
void da_uffd_flags(struct dctx *d, int i);

/* decode_admin_sys.c: administration */
void da_swap_flags(struct dctx *d, int i);
int da_reboot_shown(const struct dctx *d);
void da_reboot_magic1(struct dctx *d, int i);
void da_reboot_magic2(struct dctx *d, int i);
void da_reboot_cmd(struct dctx *d, int i);
void da_hostname(struct dctx *d, int i);	/* length: next arg */
int da_syslog_shown(const struct dctx *d);
void da_syslog_type(struct dctx *d, int i);
void da_syslog_buf(struct dctx *d, int i);
void da_syslog_len(struct dctx *d, int i);
void da_ustat(struct dctx *d, int i);
void da_u64(struct dctx *d, int i);
void da_sysctl_args(struct dctx *d, int i);
void da_ldt_ptr(struct dctx *d, int i);
void da_ldt_ret(struct dctx *d);
void da_user_desc(struct dctx *d, int i);
void da_set_thread_area_ret(struct dctx *d);
void da_get_thread_area(struct dctx *d);
void da_finit_flags(struct dctx *d, int i);
void da_delete_module_flags(struct dctx *d, int i);
void da_kexec_segments(struct dctx *d, int i);
void da_kexec_flags(struct dctx *d, int i);
void da_kexec_cmdline(struct dctx *d, int i);
void da_kexec_file_flags(struct dctx *d, int i);

/* decode_admin_quota.c */
void da_quotactl(struct dctx *d);
void da_quotactl_fd(struct dctx *d);

#endif
