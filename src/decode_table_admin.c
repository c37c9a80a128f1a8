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
#include "decode_admin.h"
#include "decode_extra.h"

#define SHOWN(r, n, f, ...) { .known = 1, .nargs = (n), .ret = (r), \
			      .a = { __VA_ARGS__ }, .shown = (f) }
#define RETF(n, f, ...) { .known = 1, .nargs = (n), .ret = DRET_DEC, \
			  .a = { __VA_ARGS__ }, .retfn = (f) }
#define WHOLE(n, f) { .known = 1, .nargs = (n), .ret = DRET_DEC, \
		      .whole = (f) }
#define NODES FN(da_nodemask)

static const struct dsys dtable_admin[] = {
	/* memory policies */
	[__NR_mbind] = SYS(DRET_DEC, 6, PTR, ULONG, FN(da_mbind_mode), NODES,
			   ULONG, FN(da_mbind_flags)),
	[__NR_set_mempolicy] = SYS(DRET_DEC, 3, FN(da_mempolicy_mode), NODES,
				   ULONG),
	[__NR_get_mempolicy] = SYS(DRET_DEC, 5, EXIT(da_getmpol_mode),
				   EXIT(da_nodemask), ULONG, PTR,
				   FN(da_getmpol_flags)),
	[__NR_migrate_pages] = SYS(DRET_DEC, 4, INT, ULONG, NODES, NODES),
	[__NR_move_pages] = SYS(DRET_DEC, 6, INT, ULONG, FN(da_move_pages),
				FN(da_move_nodes), EXIT(da_move_status),
				FN(da_move_flags)),
	[__NR_set_mempolicy_home_node] = SYS(DRET_DEC, 4, PTR, ULONG, ULONG,
					     HEX),
	/* protection keys and other memory calls */
	[__NR_pkey_mprotect] = SYS(DRET_DEC, 4, PTR, ULONG, FN(da_prot), INT),
	[__NR_pkey_alloc] = SYS(DRET_DEC, 2, HEX, FN(da_pkey_access)),
	[__NR_pkey_free] = SYS(DRET_DEC, 1, INT),
	[__NR_remap_file_pages] = SYS(DRET_DEC, 5, PTR, ULONG, FN(da_prot),
				      ULONG, FN(da_remap_flags)),
	[__NR_process_madvise] = SYS(DRET_DEC, 5, FD, FN(da_iov_addrs), ULONG,
				     E(xlat_madvise, "MADV_???"), HEX),
	[__NR_process_mrelease] = SYS(DRET_DEC, 2, FD, HEX),
	[__NR_memfd_secret] = SYS(DRET_FD, 1, F(da_memfd_secret_flags)),
	[__NR_userfaultfd] = SYS(DRET_FD, 1, FN(da_uffd_flags)),
	/* administration */
	[__NR_swapon] = SYS(DRET_DEC, 2, PATH, FN(da_swap_flags)),
	[__NR_swapoff] = SYS(DRET_DEC, 1, PATH),
	[__NR_reboot] = SHOWN(DRET_DEC, 4, da_reboot_shown,
			      FN(da_reboot_magic1), FN(da_reboot_magic2),
			      FN(da_reboot_cmd), A(K_STR)),
	[__NR_sethostname] = SYS(DRET_DEC, 2, FN(da_hostname), UINT),
	[__NR_setdomainname] = SYS(DRET_DEC, 2, FN(da_hostname), UINT),
	[__NR_iopl] = SYS(DRET_DEC, 1, INT),
	[__NR_ioperm] = SYS(DRET_DEC, 3, HEX, HEX, INT),
	[__NR_acct] = SYS(DRET_DEC, 1, PATH),
	[__NR_pivot_root] = SYS(DRET_DEC, 2, PATH, PATH),
	[__NR_syslog] = SHOWN(DRET_DEC, 3, da_syslog_shown,
			      FN(da_syslog_type), EXIT(da_syslog_buf),
			      FN(da_syslog_len)),
	[__NR_ustat] = SYS(DRET_DEC, 2, FN(dx_mknod_dev), OUT(da_ustat)),
	[__NR_uselib] = SYS(DRET_DEC, 1, PATH),
	[__NR_vhangup] = SYS(DRET_DEC, 0),
	[__NR_lookup_dcookie] = SYS(DRET_DEC, 3, EXIT(da_u64), A(K_RBUF),
				    ULONG),
	[__NR__sysctl] = SYS(DRET_DEC, 1, FN(da_sysctl_args)),
	/* x86 descriptor tables */
	[__NR_modify_ldt] = RETF(3, da_ldt_ret, INT, FN(da_ldt_ptr), ULONG),
	[__NR_set_thread_area] = RETF(1, da_set_thread_area_ret,
				      FN(da_user_desc)),
	[__NR_get_thread_area] = WHOLE(1, da_get_thread_area),
	/* modules and kexec */
	[__NR_init_module] = SYS(DRET_DEC, 3, PTR, ULONG, A(K_STR)),
	[__NR_finit_module] = SYS(DRET_DEC, 3, FD, A(K_STR),
				  FN(da_finit_flags)),
	[__NR_delete_module] = SYS(DRET_DEC, 2, A(K_STR),
				   FN(da_delete_module_flags)),
	[__NR_kexec_load] = SYS(DRET_DEC, 4, PTR, ULONG, FN(da_kexec_segments),
				FN(da_kexec_flags)),
	[__NR_kexec_file_load] = SYS(DRET_DEC, 5, FD, FD, ULONG,
				     FN(da_kexec_cmdline),
				     FN(da_kexec_file_flags)),
	/* quotas */
	[__NR_quotactl] = WHOLE(4, da_quotactl),
	[__NR_quotactl_fd] = WHOLE(4, da_quotactl_fd),
};

DTABLE_PART(dtable_part_admin, dtable_admin);
