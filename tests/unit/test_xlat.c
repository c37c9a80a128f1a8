// SPDX-License-Identifier: MIT
/*
 * Unit tests for the xlat tables and lookups.  Values are checked against
 * the system headers; flag strings (order, masks, leftover bits) against
 * what strace 6.1 printed for the same numbers on x86_64.
 */
#include <fcntl.h>
#include <poll.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include <asm/prctl.h>
#include <linux/futex.h>
#include <linux/sched.h>

#include "../../src/decode_priv.h"

/* dput_flags() / dput_enum() of @v, as a static string. */
static const char *flags(uint64_t v, const struct xlat *tab)
{
	static char text[1024];
	struct decode_opts o = DECODE_OPTS_DEFAULT;
	struct decode_call c = { 0, { 0 }, 0 };
	struct strbuf sb = STRBUF_INIT;
	struct dctx d = { &sb, &c, NULL, &o, 0 };

	dput_flags(&d, v, tab);
	snprintf(text, sizeof(text), "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return text;
}

static void assert_named(const struct xlat *tab, uint64_t v, const char *n)
{
	const char *got = xlat_name(tab, v);

	assert_non_null(got);
	assert_string_equal(got, n);
}

static void test_lookup(void **state)
{
	int found = 42;

	(void)state;
	assert_string_equal(xlat_name(xlat_lseek_whence, SEEK_END),
			    "SEEK_END");
	assert_null(xlat_name(xlat_lseek_whence, 99));
	assert_int_equal(xlat_value(xlat_open_flags, "O_CLOEXEC", &found),
			 O_CLOEXEC);
	assert_int_equal(found, 1);
	assert_int_equal(xlat_value(xlat_open_flags, "O_NOPE", &found), 0);
	assert_int_equal(found, 0);
	/* A 0-valued name is found, and found is optional. */
	assert_int_equal(xlat_value(xlat_open_access, "O_RDONLY", &found), 0);
	assert_int_equal(found, 1);
	assert_int_equal(xlat_value(xlat_open_access, "O_RDWR", NULL), O_RDWR);
	/* The first entry wins for duplicate values. */
	assert_string_equal(xlat_name(xlat_ioctl_cmds, 0x541B), "FIONREAD");
}

static void test_values_match_headers(void **state)
{
	(void)state;
	assert_named(xlat_open_flags, O_CREAT, "O_CREAT");
	assert_named(xlat_open_flags, 0100000, "O_LARGEFILE");
	assert_named(xlat_open_flags, O_DIRECTORY, "O_DIRECTORY");
	assert_named(xlat_at_flags, AT_EMPTY_PATH, "AT_EMPTY_PATH");
	assert_named(xlat_access_modes, R_OK, "R_OK");
	assert_named(xlat_mode_type, S_IFSOCK, "S_IFSOCK");
	assert_named(xlat_fcntl_cmds, F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC");
	assert_named(xlat_fcntl_cmds, F_GETFL, "F_GETFL");
	assert_named(xlat_mmap_prot, PROT_EXEC, "PROT_EXEC");
	assert_named(xlat_mmap_flags, MAP_ANONYMOUS, "MAP_ANONYMOUS");
	assert_named(xlat_mmap_types, MAP_SHARED_VALIDATE,
		     "MAP_SHARED_VALIDATE");
	assert_named(xlat_madvise, MADV_DONTNEED, "MADV_DONTNEED");
	assert_named(xlat_clone_flags, CLONE_THREAD, "CLONE_THREAD");
	assert_named(xlat_wait_options, __WALL, "__WALL");
	assert_named(xlat_sigprocmask_how, SIG_SETMASK, "SIG_SETMASK");
	assert_named(xlat_sa_flags, SA_RESTART, "SA_RESTART");
	assert_named(xlat_si_codes, (uint64_t)(int64_t)SI_TKILL, "SI_TKILL");
	assert_named(xlat_si_codes, SI_KERNEL, "SI_KERNEL");
	assert_named(xlat_cld_codes, CLD_DUMPED, "CLD_DUMPED");
	assert_named(xlat_segv_codes, SEGV_ACCERR, "SEGV_ACCERR");
	assert_named(xlat_arch_prctl, ARCH_SET_FS, "ARCH_SET_FS");
	assert_named(xlat_prctl_options, 15, "PR_SET_NAME");
	assert_named(xlat_rlimit_resources, RLIMIT_NOFILE, "RLIMIT_NOFILE");
	assert_named(xlat_futex_ops, FUTEX_WAKE_PRIVATE, "FUTEX_WAKE_PRIVATE");
	assert_named(xlat_futex_op_flags, FUTEX_CLOCK_REALTIME,
		     "FUTEX_CLOCK_REALTIME");
	assert_named(xlat_clockids, CLOCK_BOOTTIME, "CLOCK_BOOTTIME");
	assert_named(xlat_address_families, AF_NETLINK, "AF_NETLINK");
	assert_named(xlat_address_families, AF_INET6, "AF_INET6");
	assert_named(xlat_socket_types, SOCK_SEQPACKET, "SOCK_SEQPACKET");
	assert_named(xlat_ip_protocols, 6, "IPPROTO_TCP");
	assert_named(xlat_msg_flags, MSG_NOSIGNAL, "MSG_NOSIGNAL");
	assert_named(xlat_shutdown_how, SHUT_RDWR, "SHUT_RDWR");
	assert_named(xlat_sockopt_levels, SOL_SOCKET, "SOL_SOCKET");
	assert_named(xlat_sockopt_names, SO_REUSEADDR, "SO_REUSEADDR");
	assert_named(xlat_poll_events, POLLRDHUP, "POLLRDHUP");
	assert_named(xlat_epoll_ctl_ops, EPOLL_CTL_MOD, "EPOLL_CTL_MOD");
	assert_named(xlat_epoll_events, EPOLLET, "EPOLLET");
	assert_named(xlat_dirent_types, 4, "DT_DIR");
}

/* The ioctl names strace prints, including its "X or Y" spellings. */
static void test_ioctl_names(void **state)
{
	(void)state;
	assert_named(xlat_ioctl_cmds, 0x5401, "TCGETS");
	assert_named(xlat_ioctl_cmds, 0x5402, "SNDCTL_TMR_START or TCSETS");
	assert_named(xlat_ioctl_cmds, 0x5403, "SNDCTL_TMR_STOP or TCSETSW");
	assert_named(xlat_ioctl_cmds, 0x5404,
		     "SNDCTL_TMR_CONTINUE or TCSETSF");
	assert_named(xlat_ioctl_cmds, 0x5413, "TIOCGWINSZ");
	assert_named(xlat_ioctl_cmds, 0x5414, "TIOCSWINSZ");
	assert_named(xlat_ioctl_cmds, 0x540f, "TIOCGPGRP");
	assert_named(xlat_ioctl_cmds, 0x5410, "TIOCSPGRP");
	assert_named(xlat_ioctl_cmds, 0x5421, "FIONBIO");
	assert_named(xlat_ioctl_cmds, 0x5451, "FIOCLEX");
	assert_named(xlat_ioctl_cmds, 0x5450, "FIONCLEX");
	assert_named(xlat_ioctl_cmds, 0x80045430, "TIOCGPTN");
	assert_named(xlat_ioctl_cmds, 0x40045431, "TIOCSPTLCK");
	assert_named(xlat_ioctl_cmds, 0x540b, "TCFLSH");
}

/* Everything-set values: the order strace prints and leftover bits. */
static void test_flag_order_file(void **state)
{
	(void)state;
	assert_string_equal(flags(0xfffffffc, xlat_open_flags),
		"O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|"
		"O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|"
		"O_TMPFILE|FASYNC|0xff80003c");
	assert_string_equal(flags(0x80000, xlat_open_flags), "O_CLOEXEC");
	assert_string_equal(flags(0x1000, xlat_open_flags), "O_DSYNC");
	assert_string_equal(flags(0xffffffff, xlat_at_flags),
		"AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|"
		"AT_NO_AUTOMOUNT|AT_EMPTY_PATH|AT_RECURSIVE|0xffff60ff");
	assert_string_equal(flags(0xffffffff, xlat_access_modes),
			    "R_OK|W_OK|X_OK|0xfffffff8");
	assert_string_equal(flags(0, xlat_access_modes), "F_OK");
	assert_string_equal(flags(0xffffffff, xlat_statx_mask),
			    "STATX_ALL|STATX_MNT_ID|STATX_DIOALIGN|0xffffc000");
	assert_string_equal(flags(0x7ff, xlat_statx_mask),
			    "STATX_BASIC_STATS");
	assert_string_equal(flags(0xffffffff, xlat_getrandom_flags),
		"GRND_NONBLOCK|GRND_RANDOM|GRND_INSECURE|0xfffffff8");
	assert_string_equal(flags(0xffffffff, xlat_fd_flags),
			    "FD_CLOEXEC|0xfffffffe");
	assert_string_equal(flags(0xffffffff, xlat_eventfd_flags),
		"EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK|0xfff7f7fe");
	assert_string_equal(flags(0xffffffff, xlat_renameat2_flags),
		"RENAME_NOREPLACE|RENAME_EXCHANGE|RENAME_WHITEOUT|0xfffffff8");
	assert_string_equal(flags(0xffffffff, xlat_umount_flags),
		"MNT_FORCE|MNT_DETACH|MNT_EXPIRE|UMOUNT_NOFOLLOW|0xfffffff0");
	assert_string_equal(flags(0xffffffff, xlat_pipe_flags),
		"O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|"
		"O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|"
		"O_TMPFILE|FASYNC|0xff80003f");
}

static void test_flag_order_mem_proc(void **state)
{
	(void)state;
	assert_string_equal(flags(0xffffffff, xlat_mmap_prot),
		"PROT_READ|PROT_WRITE|PROT_EXEC|PROT_SEM|PROT_GROWSDOWN|"
		"PROT_GROWSUP|0xfcfffff0");
	assert_string_equal(flags(0, xlat_mmap_prot), "PROT_NONE");
	assert_string_equal(flags(0x812, xlat_mmap_flags),
			    "MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE");
	assert_string_equal(flags(0x22, xlat_mmap_flags),
			    "MAP_PRIVATE|MAP_ANONYMOUS");
	assert_string_equal(flags(0x3, xlat_mmap_flags),
			    "MAP_SHARED_VALIDATE");
	assert_string_equal(flags(0x3fffff0, xlat_mmap_flags),
		"MAP_FIXED|MAP_ANONYMOUS|MAP_32BIT|MAP_NORESERVE|"
		"MAP_POPULATE|MAP_NONBLOCK|MAP_GROWSDOWN|MAP_DENYWRITE|"
		"MAP_EXECUTABLE|MAP_LOCKED|MAP_STACK|MAP_HUGETLB|MAP_SYNC|"
		"MAP_FIXED_NOREPLACE|0x3e00680");
	assert_string_equal(flags(0xffffffff, xlat_mremap_flags),
		"MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP|0xfffffff8");
	assert_string_equal(flags(0xffffff00, xlat_clone_flags),
		"CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_PIDFD|"
		"CLONE_PTRACE|CLONE_VFORK|CLONE_PARENT|CLONE_THREAD|"
		"CLONE_NEWNS|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|"
		"CLONE_CHILD_CLEARTID|CLONE_UNTRACED|CLONE_CHILD_SETTID|"
		"CLONE_NEWCGROUP|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWUSER|"
		"CLONE_NEWPID|CLONE_NEWNET|CLONE_IO|0x400000");
	assert_string_equal(flags(0xffffffff, xlat_wait_options),
		"WNOHANG|WEXITED|WSTOPPED|WCONTINUED|WNOWAIT|__WCLONE|__WALL|"
		"__WNOTHREAD|0x1efffff0");
	assert_string_equal(flags(0xffffffff, xlat_sa_flags),
		"SA_RESTORER|SA_ONSTACK|SA_RESTART|SA_INTERRUPT|SA_NODEFER|"
		"SA_RESETHAND|SA_SIGINFO|SA_NOCLDSTOP|SA_NOCLDWAIT|0x3fffff8");
	assert_string_equal(flags(0xffffffff, xlat_timer_flags),
			    "TIMER_ABSTIME|0xfffffffe");
	assert_named(xlat_futex_ops, 0x189,
		     "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME");
	assert_named(xlat_futex_ops, 0x82, "FUTEX_FD|FUTEX_PRIVATE_FLAG");
	assert_null(xlat_name(xlat_futex_ops, 0x101));
}

static void test_flag_order_net(void **state)
{
	(void)state;
	assert_string_equal(flags(0xffffffff, xlat_msg_flags),
		"MSG_OOB|MSG_PEEK|MSG_DONTROUTE|MSG_CTRUNC|MSG_PROBE|"
		"MSG_TRUNC|MSG_DONTWAIT|MSG_EOR|MSG_WAITALL|MSG_FIN|MSG_SYN|"
		"MSG_CONFIRM|MSG_RST|MSG_ERRQUEUE|MSG_NOSIGNAL|MSG_MORE|"
		"MSG_WAITFORONE|MSG_SENDPAGE_NOTLAST|MSG_BATCH|"
		"MSG_NO_SHARED_FRAGS|MSG_ZEROCOPY|MSG_FASTOPEN|"
		"MSG_CMSG_CLOEXEC|MSG_CMSG_COMPAT|0x1bf00000");
	assert_string_equal(flags(0xfffffff0, xlat_socket_flags),
			    "SOCK_CLOEXEC|SOCK_NONBLOCK|0xfff7f7f0");
	assert_string_equal(flags(0xffff, xlat_poll_events),
		"POLLIN|POLLPRI|POLLOUT|POLLERR|POLLHUP|POLLNVAL|POLLRDNORM|"
		"POLLRDBAND|POLLWRNORM|POLLWRBAND|POLLMSG|POLLREMOVE|"
		"POLLRDHUP|POLL_BUSY_LOOP|0x4800");
	assert_string_equal(flags(0xffffffff, xlat_epoll_events),
		"EPOLLIN|EPOLLPRI|EPOLLOUT|EPOLLERR|EPOLLHUP|EPOLLNVAL|"
		"EPOLLRDNORM|EPOLLRDBAND|EPOLLWRNORM|EPOLLWRBAND|EPOLLMSG|"
		"EPOLLRDHUP|EPOLLEXCLUSIVE|EPOLLWAKEUP|EPOLLONESHOT|EPOLLET|"
		"0xfffd800");
	/* strace's own spellings. */
	assert_named(xlat_address_families, 12, "AF_DECnet");
	assert_named(xlat_sockopt_levels, 40, "AF_VSOCK");
	assert_named(xlat_sockopt_names, 20, "SO_RCVTIMEO_OLD");
	assert_named(xlat_ip_protocols, 262, "IPPROTO_MPTCP");
}

/* Every table ends, and has no duplicated name. */
static void test_tables_well_formed(void **state)
{
	static const struct xlat *const all[] = {
		xlat_open_access, xlat_open_flags, xlat_at_flags,
		xlat_at_statx_sync, xlat_access_modes, xlat_statx_mask,
		xlat_statx_attrs, xlat_mode_type, xlat_lseek_whence,
		xlat_fcntl_cmds, xlat_fd_flags, xlat_ioctl_cmds,
		xlat_getrandom_flags, xlat_dirent_types, xlat_mmap_prot,
		xlat_mmap_types, xlat_mmap_flags, xlat_madvise,
		xlat_mremap_flags, xlat_clone_flags, xlat_wait_options,
		xlat_sigprocmask_how, xlat_sa_flags, xlat_si_codes,
		xlat_cld_codes, xlat_segv_codes, xlat_bus_codes,
		xlat_ill_codes, xlat_fpe_codes, xlat_trap_codes,
		xlat_poll_codes, xlat_sys_codes, xlat_arch_prctl,
		xlat_prctl_options, xlat_rlimit_resources, xlat_futex_ops,
		xlat_futex_op_flags, xlat_clockids, xlat_timer_flags,
		xlat_rseq_flags, xlat_personality, xlat_personality_flags,
		xlat_address_families, xlat_socket_types, xlat_socket_flags,
		xlat_ip_protocols, xlat_msg_flags, xlat_shutdown_how,
		xlat_sockopt_levels, xlat_sockopt_names, xlat_poll_events,
		xlat_epoll_ctl_ops, xlat_epoll_events, xlat_pipe_flags,
		xlat_eventfd_flags, xlat_memfd_flags, xlat_renameat2_flags,
		xlat_unlinkat_flags, xlat_umount_flags,
	};
	size_t i;
	const struct xlat *a, *b;

	(void)state;
	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		assert_non_null(all[i][0].name);
		for (a = all[i]; a->name; a++)
			for (b = a + 1; b->name; b++)
				assert_string_not_equal(a->name, b->name);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_values_match_headers),
		cmocka_unit_test(test_ioctl_names),
		cmocka_unit_test(test_flag_order_file),
		cmocka_unit_test(test_flag_order_mem_proc),
		cmocka_unit_test(test_flag_order_net),
		cmocka_unit_test(test_tables_well_formed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
