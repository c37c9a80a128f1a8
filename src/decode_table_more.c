// SPDX-License-Identifier: MIT
/*
 * decode_table_more - the second half of the syscall table (see
 * decode_table.c for how it reads): sockets beyond bind/connect, timers,
 * readiness (ppoll, epoll, eventfd, inotify), credentials, xattr lists,
 * scheduling, memory locking and the other calls of the long tail.
 */
#include <asm/unistd.h>
#include <stddef.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_table.h"
#include "decode_extra.h"

static const struct xlat rusage_who[] = {
	{ 0, "RUSAGE_SELF" },
	{ 0xffffffffu, "RUSAGE_CHILDREN" },
	{ 1, "RUSAGE_THREAD" },
	XLAT_END
};

static const struct xlat epoll_create_flags[] = {
	{ 02000000, "EPOLL_CLOEXEC" },
	XLAT_END
};

#define NOTE(n, r, f, ...) { .known = 1, .nargs = (n), .ret = (r), \
			     .a = { __VA_ARGS__ }, .note = (f) }
#define RETFN(n, r, f, ...) { .known = 1, .nargs = (n), .ret = DRET_DEC, \
			      .a = { __VA_ARGS__ }, .retfn = (f) }
#define SOCKADDR_OUT OUT(dnet_addr_out), EXIT(dnet_len_out)
#define ITS_IN FN(dtime_itimerspec)
#define ITS_OUT OUT(dtime_itimerspec)
#define POLICY E(xlat_sched_policies, "SCHED_???")

static const struct dsys dtable_more[] = {
	/* sockets */
	[__NR_accept] = NOTE(3, DRET_FD, dnet_note_len, FD, SOCKADDR_OUT),
	[__NR_accept4] = NOTE(4, DRET_FD, dnet_note_len, FD, SOCKADDR_OUT,
			      F(xlat_socket_flags)),
	[__NR_getsockname] = NOTE(3, DRET_DEC, dnet_note_len, FD,
				  SOCKADDR_OUT),
	[__NR_getpeername] = NOTE(3, DRET_DEC, dnet_note_len, FD,
				  SOCKADDR_OUT),
	[__NR_socketpair] = SYS(DRET_DEC, 4,
				E(xlat_address_families, "AF_???"),
				FN(dfile_socket_type), FN(dfile_socket_proto),
				OUT(dfile_pipefd)),
	[__NR_sendto] = SYS(DRET_DEC, 6, FD, A(K_WBUF), ULONG,
			    F(xlat_msg_flags), FN(dfile_sockaddr), INT),
	[__NR_recvfrom] = NOTE(6, DRET_DEC, dnet_note_len, FD, A(K_RBUF),
			       ULONG, F(xlat_msg_flags), SOCKADDR_OUT),
	[__NR_sendmsg] = SYS(DRET_DEC, 3, FD, FN(dnet_msghdr_in),
			     F(xlat_msg_flags)),
	[__NR_recvmsg] = NOTE(3, DRET_DEC, dnet_note_namelen, FD,
			      EXIT(dnet_msghdr_out), F(xlat_msg_flags)),
	[__NR_setsockopt] = SYS(DRET_DEC, 5, FD, FN(dnet_sockopt_level),
				FN(dnet_sockopt_name), FN(dnet_optval_in),
				INT),
	[__NR_getsockopt] = NOTE(5, DRET_DEC, dnet_note_len, FD,
				 FN(dnet_sockopt_level),
				 FN(dnet_sockopt_name),
				 OUT(dnet_optval_out), EXIT(dnet_len_out)),
	/* timers and time */
	[__NR_timerfd_create] = SYS(DRET_FD, 2, E(xlat_clockids, "CLOCK_???"),
				    F(xlat_timerfd_flags)),
	[__NR_timerfd_settime] = SYS(DRET_DEC, 4, FD,
				     F(xlat_timerfd_settime_flags), ITS_IN,
				     ITS_OUT),
	[__NR_timerfd_gettime] = SYS(DRET_DEC, 2, FD, ITS_OUT),
	[__NR_timer_create] = SYS(DRET_DEC, 3, E(xlat_clockids, "CLOCK_???"),
				  FN(dtime_sigevent), OUT(dsys_intptr)),
	[__NR_timer_settime] = SYS(DRET_DEC, 4, INT, F(xlat_timer_flags),
				   ITS_IN, ITS_OUT),
	[__NR_timer_gettime] = SYS(DRET_DEC, 2, INT, ITS_OUT),
	[__NR_timer_getoverrun] = SYS(DRET_DEC, 1, INT),
	[__NR_timer_delete] = SYS(DRET_DEC, 1, INT),
	[__NR_setitimer] = SYS(DRET_DEC, 3, E(xlat_itimer_which, "ITIMER_???"),
			       FN(dtime_itimerval), OUT(dtime_itimerval)),
	[__NR_getitimer] = SYS(DRET_DEC, 2, E(xlat_itimer_which, "ITIMER_???"),
			       OUT(dtime_itimerval)),
	[__NR_times] = SYS(DRET_DEC, 1, OUT(dtime_tms)),
	[__NR_getrusage] = SYS(DRET_DEC, 2, E(rusage_who, NULL),
			       OUT(dproc_rusage)),
	/* processes and signals */
	[__NR_waitid] = SYS(DRET_DEC, 5, E(xlat_waitid_types, "P_???"), INT,
			    OUT(dtime_siginfo), F(xlat_wait_options),
			    OUT(dproc_rusage)),
	[__NR_rt_sigtimedwait] = RETFN(4, DRET_DEC, dtime_signal_ret,
				       A(K_SIGSET), OUT(dtime_siginfo),
				       A(K_TIMESPEC), ULONG),
	[__NR_signalfd] = SYS(DRET_FD, 3, FD, FN(dtime_signalfd_mask), ULONG),
	[__NR_signalfd4] = SYS(DRET_FD, 4, FD, FN(dtime_signalfd_mask), ULONG,
			       F(xlat_signalfd_flags)),
	[__NR_personality] = RETFN(1, DRET_DEC, dsys_personality_ret,
				   FN(dsys_personality)),
	/* readiness */
	[__NR_ppoll] = RETFN(5, DRET_DEC, dsys_ppoll_ret, FN(dsys_pollfds),
			     UINT, A(K_TIMESPEC), FN(dsys_sigset_next),
			     ULONG),
	[__NR_epoll_create] = SYS(DRET_FD, 1, INT),
	[__NR_epoll_create1] = SYS(DRET_FD, 1, F(epoll_create_flags)),
	[__NR_epoll_ctl] = SYS(DRET_DEC, 4, FD,
			       E(xlat_epoll_ctl_ops, "EPOLL_CTL_???"), FD,
			       FN(dsys_epoll_event)),
	[__NR_epoll_wait] = SYS(DRET_DEC, 4, FD, OUT(dsys_epoll_events), INT,
				INT),
	[__NR_epoll_pwait] = SYS(DRET_DEC, 6, FD, OUT(dsys_epoll_events), INT,
				 INT, FN(dsys_sigset_next), ULONG),
	[__NR_eventfd] = SYS(DRET_FD, 1, UINT),
	[__NR_eventfd2] = SYS(DRET_FD, 2, UINT, F(xlat_eventfd_flags)),
	[__NR_inotify_init] = SYS(DRET_FD, 0),
	[__NR_inotify_init1] = SYS(DRET_FD, 1, F(xlat_inotify_init_flags)),
	[__NR_inotify_add_watch] = SYS(DRET_DEC, 3, FD, PATH,
				       F(xlat_inotify_mask)),
	[__NR_inotify_rm_watch] = SYS(DRET_DEC, 2, FD, INT),
	/* credentials */
	[__NR_setresuid] = SYS(DRET_DEC, 3, INT, INT, INT),
	[__NR_setresgid] = SYS(DRET_DEC, 3, INT, INT, INT),
	[__NR_setreuid] = SYS(DRET_DEC, 2, INT, INT),
	[__NR_setregid] = SYS(DRET_DEC, 2, INT, INT),
	[__NR_setfsuid] = SYS(DRET_DEC, 1, INT),
	[__NR_setfsgid] = SYS(DRET_DEC, 1, INT),
	[__NR_getgroups] = SYS(DRET_DEC, 2, INT, OUT(dsys_getgroups)),
	[__NR_setgroups] = SYS(DRET_DEC, 2, INT, FN(dsys_setgroups)),
	[__NR_capget] = SYS(DRET_DEC, 2, FN(dsys_cap_header),
			    OUT(dsys_cap_data)),
	[__NR_capset] = SYS(DRET_DEC, 2, FN(dsys_cap_header),
			    FN(dsys_cap_data)),
	/* files */
	[__NR_listxattr] = SYS(DRET_DEC, 3, PATH, OUT(dsys_xattr_list), ULONG),
	[__NR_llistxattr] = SYS(DRET_DEC, 3, PATH, OUT(dsys_xattr_list),
				ULONG),
	[__NR_flistxattr] = SYS(DRET_DEC, 3, FD, OUT(dsys_xattr_list), ULONG),
	[__NR_removexattr] = SYS(DRET_DEC, 2, PATH, A(K_STR)),
	[__NR_lremovexattr] = SYS(DRET_DEC, 2, PATH, A(K_STR)),
	[__NR_fremovexattr] = SYS(DRET_DEC, 2, FD, A(K_STR)),
	[__NR_openat2] = SYS(DRET_FD, 4, DIRFD, PATH, FN(dsys_open_how),
			     ULONG),
	[__NR_memfd_create] = SYS(DRET_FD, 2, A(K_STR), F(xlat_memfd_flags)),
	[__NR_sendfile] = SYS(DRET_DEC, 4, FD, FD, FN(dsys_loff), ULONG),
	/* scheduling */
	[__NR_sched_getparam] = SYS(DRET_DEC, 2, INT, OUT(dsys_intptr)),
	[__NR_sched_setparam] = SYS(DRET_DEC, 2, INT, FN(dsys_intptr)),
	[__NR_sched_setscheduler] = SYS(DRET_DEC, 3, INT, POLICY,
					FN(dsys_intptr)),
	[__NR_sched_getscheduler] = RETFN(1, DRET_DEC, dsys_policy_ret, INT),
	[__NR_sched_get_priority_max] = SYS(DRET_DEC, 1, POLICY),
	[__NR_sched_get_priority_min] = SYS(DRET_DEC, 1, POLICY),
	[__NR_sched_getattr] = SYS(DRET_DEC, 4, INT, OUT(dsys_sched_attr),
				   UINT, UINT),
	/* memory */
	[__NR_mlock] = SYS(DRET_DEC, 2, PTR, ULONG),
	[__NR_munlock] = SYS(DRET_DEC, 2, PTR, ULONG),
	[__NR_mlock2] = SYS(DRET_DEC, 3, PTR, ULONG, F(xlat_mlock2_flags)),
	[__NR_mlockall] = SYS(DRET_DEC, 1, F(xlat_mlockall_flags)),
	[__NR_munlockall] = SYS(DRET_DEC, 0),
	[__NR_msync] = SYS(DRET_DEC, 3, PTR, ULONG, F(xlat_msync_flags)),
	[__NR_mincore] = SYS(DRET_DEC, 3, PTR, ULONG, OUT(dsys_mincore_vec)),
};

DTABLE_PART(dtable_part_more, dtable_more);
