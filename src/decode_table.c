// SPDX-License-Identifier: MIT
/*
 * decode_table - how each system call's arguments print, indexed by the
 * x86_64 syscall number.  Most calls are described declaratively, one
 * kind per argument (enum dkind); arguments of an output kind are printed
 * at exit, and so is every argument after them, which is what makes
 * strace's "<... read resumed>" lines come out right.  The few calls whose
 * shape depends on their values (clone, futex, fcntl, ioctl) have a
 * function of their own in decode_proc.c or decode_file.c.
 */
#include <asm/unistd.h>
#include <stddef.h>

#include "decode_priv.h"
#include "decode_util.h"

#include "decode_table.h"
#include "syscalls.h"

/* Tables strace uses that include/xlat.h does not have (yet). */
static const struct xlat fadvise_advice[] = {
	{ 0, "POSIX_FADV_NORMAL" },
	{ 1, "POSIX_FADV_RANDOM" },
	{ 2, "POSIX_FADV_SEQUENTIAL" },
	{ 3, "POSIX_FADV_WILLNEED" },
	{ 4, "POSIX_FADV_DONTNEED" },
	{ 5, "POSIX_FADV_NOREUSE" },
	XLAT_END
};

/* faccessat2: 0x200 is AT_EACCESS here, not AT_REMOVEDIR. */
static const struct xlat faccessat_flags[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x200, "AT_EACCESS" },
	{ 0x1000, "AT_EMPTY_PATH" },
	XLAT_END
};

static const struct xlat xattr_flags[] = {
	{ 1, "XATTR_CREATE" },
	{ 2, "XATTR_REPLACE" },
	XLAT_END
};

static const struct dsys dtable[] = {
	/* files and descriptors */
	[__NR_read] = SYS(DRET_DEC, 3, FD, A(K_RBUF), ULONG),
	[__NR_write] = SYS(DRET_DEC, 3, FD, A(K_WBUF), ULONG),
	[__NR_pread64] = SYS(DRET_DEC, 4, FD, A(K_RBUF), ULONG, LONG),
	[__NR_pwrite64] = SYS(DRET_DEC, 4, FD, A(K_WBUF), ULONG, LONG),
	[__NR_readv] = SYS(DRET_DEC, 3, FD, EXIT(dfile_iov), INT),
	[__NR_writev] = SYS(DRET_DEC, 3, FD, FN(dfile_iov), INT),
	[__NR_open] = { .known = 1, .nargs = 3, .ret = DRET_FD,
			.a = { PATH, FN(dfile_open_flags), MODE },
			.shown = dfile_open_shown },
	[__NR_openat] = { .known = 1, .nargs = 4, .ret = DRET_FD,
			  .a = { DIRFD, PATH, FN(dfile_open_flags), MODE },
			  .shown = dfile_open_shown },
	[__NR_creat] = SYS(DRET_FD, 2, PATH, MODE),
	[__NR_close] = SYS(DRET_DEC, 1, FD),
	[__NR_lseek] = SYS(DRET_DEC, 3, FD, LONG,
			   E(xlat_lseek_whence, "SEEK_???")),
	[__NR_fstat] = SYS(DRET_DEC, 2, FD, A(K_STAT)),
	[__NR_stat] = SYS(DRET_DEC, 2, PATH, A(K_STAT)),
	[__NR_lstat] = SYS(DRET_DEC, 2, PATH, A(K_STAT)),
	[__NR_newfstatat] = SYS(DRET_DEC, 4, DIRFD, PATH, A(K_STAT),
				F(xlat_at_flags)),
	[__NR_statx] = SYS(DRET_DEC, 5, DIRFD, PATH, FN(dfile_statx_flags),
			   F(xlat_statx_mask), A(K_STATX)),
	[__NR_access] = SYS(DRET_DEC, 2, PATH, F(xlat_access_modes)),
	[__NR_faccessat] = SYS(DRET_DEC, 3, DIRFD, PATH,
			       F(xlat_access_modes)),
	[__NR_faccessat2] = SYS(DRET_DEC, 4, DIRFD, PATH,
				F(xlat_access_modes), F(faccessat_flags)),
	[__NR_readlink] = SYS(DRET_DEC, 3, PATH, A(K_RBUF), ULONG),
	[__NR_readlinkat] = SYS(DRET_DEC, 4, DIRFD, PATH, A(K_RBUF), ULONG),
	[__NR_getdents64] = SYS(DRET_DEC, 3, FD, OUT(dfile_getdents), UINT),
	[__NR_getdents] = SYS(DRET_DEC, 3, FD, OUT(dfile_getdents), UINT),
	[__NR_ioctl] = { .known = 1, .nargs = 3, .ret = DRET_DEC, .a = { FD },
			 .whole = dfile_ioctl },
	[__NR_fcntl] = { .known = 1, .nargs = 3, .ret = DRET_DEC, .a = { FD },
			 .whole = dfile_fcntl, .retfn = dfile_fcntl_ret },
	[__NR_dup] = SYS(DRET_FD, 1, FD),
	[__NR_dup2] = SYS(DRET_FD, 2, FD, FD),
	[__NR_dup3] = SYS(DRET_FD, 3, FD, FD, F(xlat_open_flags)),
	[__NR_pipe] = SYS(DRET_DEC, 1, OUT(dfile_pipefd)),
	[__NR_pipe2] = SYS(DRET_DEC, 2, OUT(dfile_pipefd),
			   F(xlat_pipe_flags)),
	[__NR_getcwd] = SYS(DRET_DEC, 2, OUT(dfile_getcwd_buf), ULONG),
	[__NR_chdir] = SYS(DRET_DEC, 1, PATH),
	[__NR_fchdir] = SYS(DRET_DEC, 1, FD),
	[__NR_chroot] = SYS(DRET_DEC, 1, PATH),
	[__NR_umask] = SYS(DRET_OCT, 1, MODE),
	[__NR_unlink] = SYS(DRET_DEC, 1, PATH),
	[__NR_unlinkat] = SYS(DRET_DEC, 3, DIRFD, PATH,
			      F(xlat_unlinkat_flags)),
	[__NR_rmdir] = SYS(DRET_DEC, 1, PATH),
	[__NR_mkdir] = SYS(DRET_DEC, 2, PATH, MODE),
	[__NR_mkdirat] = SYS(DRET_DEC, 3, DIRFD, PATH, MODE),
	[__NR_rename] = SYS(DRET_DEC, 2, PATH, PATH),
	[__NR_renameat] = SYS(DRET_DEC, 4, DIRFD, PATH, DIRFD, PATH),
	[__NR_renameat2] = SYS(DRET_DEC, 5, DIRFD, PATH, DIRFD, PATH,
			       F(xlat_renameat2_flags)),
	[__NR_link] = SYS(DRET_DEC, 2, PATH, PATH),
	[__NR_symlink] = SYS(DRET_DEC, 2, PATH, PATH),
	[__NR_chmod] = SYS(DRET_DEC, 2, PATH, MODE),
	[__NR_fchmod] = SYS(DRET_DEC, 2, FD, MODE),
	[__NR_fchmodat] = SYS(DRET_DEC, 3, DIRFD, PATH, MODE),
	[__NR_chown] = SYS(DRET_DEC, 3, PATH, INT, INT),
	[__NR_lchown] = SYS(DRET_DEC, 3, PATH, INT, INT),
	[__NR_fchown] = SYS(DRET_DEC, 3, FD, INT, INT),
	[__NR_fchownat] = SYS(DRET_DEC, 5, DIRFD, PATH, INT, INT,
			      F(xlat_at_flags)),
	[__NR_truncate] = SYS(DRET_DEC, 2, PATH, LONG),
	[__NR_ftruncate] = SYS(DRET_DEC, 2, FD, LONG),
	[__NR_fsync] = SYS(DRET_DEC, 1, FD),
	[__NR_fdatasync] = SYS(DRET_DEC, 1, FD),
	[__NR_fadvise64] = SYS(DRET_DEC, 4, FD, LONG, LONG,
			       E(fadvise_advice, "POSIX_FADV_???")),
	[__NR_getxattr] = SYS(DRET_DEC, 4, PATH, A(K_STR), A(K_RBUF), ULONG),
	[__NR_lgetxattr] = SYS(DRET_DEC, 4, PATH, A(K_STR), A(K_RBUF), ULONG),
	[__NR_fgetxattr] = SYS(DRET_DEC, 4, FD, A(K_STR), A(K_RBUF), ULONG),
	[__NR_setxattr] = SYS(DRET_DEC, 5, PATH, A(K_STR), A(K_WBUF), ULONG,
			      F(xattr_flags)),
	[__NR_lsetxattr] = SYS(DRET_DEC, 5, PATH, A(K_STR), A(K_WBUF), ULONG,
			       F(xattr_flags)),
	[__NR_fsetxattr] = SYS(DRET_DEC, 5, FD, A(K_STR), A(K_WBUF), ULONG,
			       F(xattr_flags)),
	[__NR_statfs] = SYS(DRET_DEC, 2, PATH, OUT(dsys_statfs)),
	[__NR_fstatfs] = SYS(DRET_DEC, 2, FD, OUT(dsys_statfs)),
	[__NR_poll] = { .known = 1, .nargs = 3, .ret = DRET_DEC,
			.a = { FN(dfile_pollfds), UINT, INT },
			.retfn = dfile_poll_ret },
	[__NR_select] = { .known = 1, .nargs = 5, .ret = DRET_DEC,
			  .whole = dfile_select, .retfn = dfile_select_ret },
	[__NR_pselect6] = { .known = 1, .nargs = 6, .ret = DRET_DEC,
			    .whole = dfile_pselect6,
			    .retfn = dfile_pselect6_ret },
	/* network */
	[__NR_socket] = SYS(DRET_FD, 3, E(xlat_address_families, "AF_???"),
			    FN(dfile_socket_type), FN(dfile_socket_proto)),
	[__NR_connect] = SYS(DRET_DEC, 3, FD, FN(dfile_sockaddr), INT),
	[__NR_bind] = SYS(DRET_DEC, 3, FD, FN(dfile_sockaddr), INT),
	[__NR_listen] = SYS(DRET_DEC, 2, FD, INT),
	[__NR_shutdown] = SYS(DRET_DEC, 2, FD,
			      E(xlat_shutdown_how, "SHUT_???")),
	/* memory */
	[__NR_brk] = SYS(DRET_HEX, 1, PTR),
	[__NR_mmap] = SYS(DRET_HEX, 6, PTR, ULONG, F(xlat_mmap_prot),
			  F(xlat_mmap_flags), FD, HEX),
	[__NR_mprotect] = SYS(DRET_DEC, 3, PTR, ULONG, F(xlat_mmap_prot)),
	[__NR_munmap] = SYS(DRET_DEC, 2, PTR, ULONG),
	[__NR_mremap] = { .known = 1, .nargs = 5, .ret = DRET_HEX,
			  .a = { PTR, ULONG, ULONG, F(xlat_mremap_flags),
				 PTR },
			  .shown = dproc_mremap_shown },
	[__NR_madvise] = SYS(DRET_DEC, 3, PTR, ULONG,
			     E(xlat_madvise, "MADV_???")),
	/* processes */
	[__NR_execve] = SYS(DRET_DEC, 3, PATH, A(K_ARGV), A(K_ENVP)),
	[__NR_execveat] = SYS(DRET_DEC, 5, DIRFD, PATH, A(K_ARGV),
			      A(K_ENVP), F(xlat_at_flags)),
	[__NR_exit] = SYS(DRET_NONE, 1, INT),
	[__NR_exit_group] = SYS(DRET_NONE, 1, INT),
	[__NR_clone] = { .known = 1, .nargs = 5, .ret = DRET_DEC,
			 .whole = dproc_clone },
	[__NR_clone3] = { .known = 1, .nargs = 2, .ret = DRET_DEC,
			  .whole = dproc_clone3 },
	[__NR_fork] = SYS(DRET_DEC, 0),
	[__NR_vfork] = SYS(DRET_DEC, 0),
	[__NR_wait4] = SYS(DRET_DEC, 4, INT, OUT(dproc_wstatus),
			   F(xlat_wait_options), OUT(dproc_rusage)),
	[__NR_kill] = SYS(DRET_DEC, 2, INT, SIG),
	[__NR_tkill] = SYS(DRET_DEC, 2, INT, SIG),
	[__NR_tgkill] = SYS(DRET_DEC, 3, INT, INT, SIG),
	[__NR_arch_prctl] = { .known = 1, .nargs = 2, .ret = DRET_DEC,
			      .whole = dproc_arch_prctl },
	[__NR_prctl] = { .known = 1, .nargs = 5, .ret = DRET_DEC,
			 .whole = dproc_prctl, .retfn = dproc_prctl_ret },
	[__NR_set_tid_address] = SYS(DRET_DEC, 1, PTR),
	[__NR_set_robust_list] = SYS(DRET_DEC, 2, PTR, ULONG),
	[__NR_rseq] = SYS(DRET_DEC, 4, PTR, A(K_XINT), F(xlat_rseq_flags),
			  A(K_XINT)),
	[__NR_prlimit64] = SYS(DRET_DEC, 4, INT,
			       E(xlat_rlimit_resources, "RLIMIT_???"),
			       FN(dproc_rlimit), OUT(dproc_rlimit)),
	[__NR_getrlimit] = SYS(DRET_DEC, 2,
			       E(xlat_rlimit_resources, "RLIMIT_???"),
			       OUT(dproc_rlimit)),
	[__NR_setrlimit] = SYS(DRET_DEC, 2,
			       E(xlat_rlimit_resources, "RLIMIT_???"),
			       FN(dproc_rlimit)),
	[__NR_getrandom] = SYS(DRET_DEC, 3, A(K_HEXBUF), ULONG,
			       F(xlat_getrandom_flags)),
	[__NR_futex] = { .known = 1, .nargs = 6, .ret = DRET_DEC,
			 .whole = dproc_futex },
	[__NR_nanosleep] = SYS(DRET_DEC, 2, A(K_TIMESPEC), EXIT(dtime_rem)),
	[__NR_clock_nanosleep] = SYS(DRET_DEC, 4,
				     E(xlat_clockids, "CLOCK_???"),
				     F(xlat_timer_flags), A(K_TIMESPEC),
				     EXIT(dtime_rem)),
	[__NR_clock_gettime] = SYS(DRET_DEC, 2,
				   E(xlat_clockids, "CLOCK_???"),
				   A(K_OTIMESPEC)),
	[__NR_clock_getres] = SYS(DRET_DEC, 2,
				  E(xlat_clockids, "CLOCK_???"),
				  A(K_OTIMESPEC)),
	[__NR_sched_getaffinity] = SYS(DRET_DEC, 3, INT, UINT,
				       OUT(dproc_cpuset)),
	[__NR_sched_yield] = SYS(DRET_DEC, 0),
	[__NR_sysinfo] = SYS(DRET_DEC, 1, OUT(dproc_sysinfo)),
	[__NR_uname] = SYS(DRET_DEC, 1, OUT(dproc_uname)),
	[__NR_getpid] = SYS(DRET_DEC, 0),
	[__NR_getppid] = SYS(DRET_DEC, 0),
	[__NR_gettid] = SYS(DRET_DEC, 0),
	[__NR_getpgrp] = SYS(DRET_DEC, 0),
	[__NR_setsid] = SYS(DRET_DEC, 0),
	[__NR_getsid] = SYS(DRET_DEC, 1, INT),
	[__NR_getpgid] = SYS(DRET_DEC, 1, INT),
	[__NR_setpgid] = SYS(DRET_DEC, 2, INT, INT),
	[__NR_getuid] = SYS(DRET_DEC, 0),
	[__NR_geteuid] = SYS(DRET_DEC, 0),
	[__NR_getgid] = SYS(DRET_DEC, 0),
	[__NR_getegid] = SYS(DRET_DEC, 0),
	[__NR_setuid] = SYS(DRET_DEC, 1, INT),
	[__NR_setgid] = SYS(DRET_DEC, 1, INT),
	[__NR_getresuid] = SYS(DRET_DEC, 3, OUT(dproc_intptr),
			       OUT(dproc_intptr), OUT(dproc_intptr)),
	[__NR_getresgid] = SYS(DRET_DEC, 3, OUT(dproc_intptr),
			       OUT(dproc_intptr), OUT(dproc_intptr)),
	/* signals */
	[__NR_rt_sigaction] = SYS(DRET_DEC, 4, SIG, FN(dproc_sigaction),
				  OUT(dproc_sigaction), ULONG),
	[__NR_rt_sigprocmask] = SYS(DRET_DEC, 4,
				    E(xlat_sigprocmask_how, "SIG_???"),
				    A(K_SIGSET), A(K_OSIGSET), ULONG),
	[__NR_rt_sigpending] = SYS(DRET_DEC, 2, A(K_OSIGSET), ULONG),
	[__NR_rt_sigsuspend] = SYS(DRET_DEC, 2, A(K_SIGSET), ULONG),
	[__NR_rt_sigreturn] = { .known = 1, .nargs = 0, .ret = DRET_DEC,
				.whole = dproc_rt_sigreturn },
	[__NR_sigaltstack] = SYS(DRET_DEC, 2, FN(dproc_sigaltstack),
				 OUT(dproc_sigaltstack)),
	[__NR_pause] = SYS(DRET_DEC, 0),
	[__NR_alarm] = SYS(DRET_DEC, 1, UINT),
};

DTABLE_PART(dtable_part_main, dtable);

const struct dtable_part *const dtable_parts[] = {
	&dtable_part_main, &dtable_part_more, &dtable_part_extra,
	&dtable_part_ipc, &dtable_part_admin, &dtable_part_fs, NULL,
};

/* Every part merged into one index, built at the first lookup: a lookup
 * per syscall stop stays O(1). */
static const struct dsys *dindex[SYSCALLS_MAX];
static int dindex_built;

static void dindex_build(void)
{
	const struct dtable_part *const *p;
	size_t nr;

	for (p = dtable_parts; *p; p++)
		for (nr = 0; nr < (*p)->n && nr < SYSCALLS_MAX; nr++)
			if ((*p)->sys[nr].known && !dindex[nr])
				dindex[nr] = &(*p)->sys[nr];
	dindex_built = 1;
}

const struct dsys *dtable_get(long nr)
{
	if (!dindex_built)
		dindex_build();
	if (nr < 0 || nr >= SYSCALLS_MAX)
		return NULL;
	return dindex[nr];
}
