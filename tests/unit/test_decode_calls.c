// SPDX-License-Identifier: MIT
/*
 * Unit tests of whole lines for the calls decode_net.c, decode_time.c,
 * decode_sys.c and decode_table_more.c decode, and of the fixes the
 * parity corpus asked for (ioctl, fcntl locks, prctl, -y paths).  A fake
 * tracee memory: a buffer mapped at FAKE_BASE, every other address
 * faults.  Expected strings are strace 6.1's output on x86_64 for the
 * same values (addresses replaced by the fake ones).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>

#include <cmocka.h>

#define FAKE_SIZE 8192
#include "fake_mem.h"

static const char *fd_path = "/etc/passwd";

static int fake_fdpath(void *ctx, int fd, char *buf, size_t size)
{
	(void)ctx;
	if (fd != 3)
		return -EBADF;
	snprintf(buf, size, "%s", fd_path);
	return 0;
}

static int reset(void **state)
{
	(void)state;
	fake_reset();
	src.fdpath = fake_fdpath;
	fd_path = "/etc/passwd";
	return 0;
}

static void test_socket_addresses(void **state)
{
	uint8_t sin[16] = { 2, 0, 0x9c, 0x40, 127, 0, 0, 1 };
	uint64_t sa = put(sin, sizeof(sin)), len = put_int(16);
	uint64_t pair = put("\3\0\0\0\4\0\0\0", 8);

	(void)state;
	/* the length was 128 before the call: kept by the entry half */
	memcpy(fake_mem + (len - FAKE_BASE), "\x80\0\0\0", 4);
	{
		struct decode_memo memo = { { 0 }, 0 };
		struct decode_call c = { SYS_accept4, { 3, sa, len, 02000000 },
					 6, 0, &memo };

		strbuf_reset(&out);
		decode_entry(&out, &c, &src, &opts);
		memcpy(fake_mem + (len - FAKE_BASE), "\x10\0\0\0", 4);
		decode_exit(&out, &c, &src, &opts);
		S(strbuf_str(&out), "accept4(3, {sa_family=AF_INET, "
		  "sin_port=htons(40000), sin_addr=inet_addr(\"127.0.0.1\")}, "
		  "[128 => 16], SOCK_CLOEXEC)");
	}
	S(L(SYS_getsockname, 0, 3, sa, len, 0, 0, 0),
	  "getsockname(3, {sa_family=AF_INET, sin_port=htons(40000), "
	  "sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0");
	S(L(SYS_getpeername, -107, 3, sa, len, 0, 0, 0),
	  "getpeername(3, 0x7ffd0000, [16]) = -1 ENOTCONN "
	  "(Transport endpoint is not connected)");
	S(L(SYS_socketpair, 0, 1, 1, 0, pair, 0, 0),
	  "socketpair(AF_UNIX, SOCK_STREAM, 0, [3, 4]) = 0");
	S(L(SYS_socket, 3, 16, 0x80003, 0, 0, 0, 0),
	  "socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 3");
}

static void test_send_recv(void **state)
{
	uint8_t sin[16] = { 2, 0, 0x9c, 0x40, 127, 0, 0, 1 };
	uint64_t buf = put("dgram", 5), sa = put(sin, sizeof(sin));
	uint64_t len = put_int(16);

	(void)state;
	S(L(SYS_sendto, 5, 3, buf, 5, 0, sa, 16),
	  "sendto(3, \"dgram\", 5, 0, {sa_family=AF_INET, "
	  "sin_port=htons(40000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 5");
	S(L(SYS_sendto, 5, 3, buf, 5, 0x40, 0, 0),
	  "sendto(3, \"dgram\", 5, MSG_DONTWAIT, NULL, 0) = 5");
	S(L(SYS_recvfrom, 5, 3, buf, 16, 0, sa, len),
	  "recvfrom(3, \"dgram\", 16, 0, {sa_family=AF_INET, "
	  "sin_port=htons(40000), sin_addr=inet_addr(\"127.0.0.1\")}, "
	  "[16]) = 5");
	S(L(SYS_recvfrom, -11, 3, buf, 16, 0, sa, len),
	  "recvfrom(3, 0x7ffd0000, 16, 0, 0x7ffd0008, [16]) = -1 EAGAIN "
	  "(Resource temporarily unavailable)");
	S(L(SYS_recvfrom, 4, 6, buf, 16, 0, 0, 0),
	  "recvfrom(6, \"dgra\", 16, 0, NULL, NULL) = 4");
}

static void test_sockopts(void **state)
{
	uint64_t one = put_int(1), four = put_int(4);

	(void)state;
	S(L(SYS_setsockopt, 0, 3, 1, 2, one, 4, 0),
	  "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0");
	S(L(SYS_setsockopt, 0, 4, 6, 1, one, 4, 0),
	  "setsockopt(4, SOL_TCP, TCP_NODELAY, [1], 4) = 0");
	S(L(SYS_getsockopt, 0, 4, 1, 3, one, four, 0),
	  "getsockopt(4, SOL_SOCKET, SO_TYPE, [1], [4]) = 0");
	S(L(SYS_getsockopt, 0, 4, 6, 1, one, four, 0),
	  "getsockopt(4, SOL_TCP, TCP_NODELAY, [1], [4]) = 0");
}

static void test_msghdr_calls(void **state)
{
	uint64_t iov[2], msg[7] = { 0 }, cm[3];
	uint64_t data = put("fd!", 3), iova, ctl, m;

	(void)state;
	iov[0] = data;
	iov[1] = 3;
	iova = put(iov, sizeof(iov));
	cm[0] = 20;
	cm[1] = 1 | (uint64_t)1 << 32;	/* SOL_SOCKET, SCM_RIGHTS */
	cm[2] = 0;
	ctl = put(cm, sizeof(cm));
	msg[2] = iova;
	msg[3] = 1;
	msg[4] = ctl;
	msg[5] = 24;
	m = put(msg, sizeof(msg));
	S(L(SYS_sendmsg, 3, 3, m, 0, 0, 0, 0),
	  "sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="
	  "\"fd!\", iov_len=3}], msg_iovlen=1, msg_control=[{cmsg_len=20, "
	  "cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[0]}], "
	  "msg_controllen=24, msg_flags=0}, 0) = 3");
}

static void test_timers(void **state)
{
	int64_t its[4] = { 0, 500000000, 100, 0 }, zero[4] = { 0 };
	int64_t itv[4] = { 0 };
	int32_t sev[16] = { 0 };
	uint64_t a = put(its, sizeof(its)), z = put(zero, sizeof(zero));
	uint64_t v = put(itv, sizeof(itv)), id = put_int(0), e;

	(void)state;
	sev[3] = 1;	/* SIGEV_NONE */
	e = put(sev, sizeof(sev));
	S(L(SYS_timerfd_create, 3, 1, 02004000, 0, 0, 0, 0),
	  "timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK) = 3");
	S(L(SYS_timerfd_settime, 0, 3, 0, a, 0, 0, 0),
	  "timerfd_settime(3, 0, {it_interval={tv_sec=0, tv_nsec=500000000}, "
	  "it_value={tv_sec=100, tv_nsec=0}}, NULL) = 0");
	S(L(SYS_timerfd_settime, 0, 3, 1, z, z, 0, 0),
	  "timerfd_settime(3, TFD_TIMER_ABSTIME, {it_interval={tv_sec=0, "
	  "tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}, {it_interval="
	  "{tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}) = 0");
	S(L(SYS_timerfd_gettime, 0, 3, z, 0, 0, 0, 0),
	  "timerfd_gettime(3, {it_interval={tv_sec=0, tv_nsec=0}, "
	  "it_value={tv_sec=0, tv_nsec=0}}) = 0");
	S(L(SYS_setitimer, 0, 0, v, v, 0, 0, 0),
	  "setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, "
	  "it_value={tv_sec=0, tv_usec=0}}, {it_interval={tv_sec=0, "
	  "tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}) = 0");
	S(L(SYS_getitimer, 0, 1, v, 0, 0, 0, 0),
	  "getitimer(ITIMER_VIRTUAL, {it_interval={tv_sec=0, tv_usec=0}, "
	  "it_value={tv_sec=0, tv_usec=0}}) = 0");
	S(L(SYS_timer_create, 0, 1, e, id, 0, 0, 0),
	  "timer_create(CLOCK_MONOTONIC, {sigev_signo=0, "
	  "sigev_notify=SIGEV_NONE}, [0]) = 0");
	S(L(SYS_timer_settime, 0, 0, 0, z, 0, 0, 0),
	  "timer_settime(0, 0, {it_interval={tv_sec=0, tv_nsec=0}, "
	  "it_value={tv_sec=0, tv_nsec=0}}, NULL) = 0");
	S(L(SYS_times, 4295, z, 0, 0, 0, 0, 0),
	  "times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) "
	  "= 4295");
}

static void test_sleep_rem(void **state)
{
	int64_t req[2] = { 1, 0 }, rem[2] = { 0, 999 };
	uint64_t q = put(req, sizeof(req)), r = put(rem, sizeof(rem));

	(void)state;
	S(L(SYS_nanosleep, 0, q, r, 0, 0, 0, 0),
	  "nanosleep({tv_sec=1, tv_nsec=0}, 0x7ffd0010) = 0");
	S(L(SYS_nanosleep, -516, q, r, 0, 0, 0, 0),
	  "nanosleep({tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=999}) = ? "
	  "ERESTART_RESTARTBLOCK (Interrupted by signal)");
	S(L(SYS_clock_nanosleep, -4, 1, 0, q, r, 0, 0),
	  "clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=1, tv_nsec=0}, "
	  "{tv_sec=0, tv_nsec=999}) = -1 EINTR (Interrupted system call)");
	/* fuzz_decode: a return of INT64_MIN, which has no negation */
	S(L(SYS_nanosleep, INT64_MIN, q, r, 0, 0, 0, 0),
	  "nanosleep({tv_sec=1, tv_nsec=0}, 0x7ffd0010) = "
	  "-9223372036854775808");
}

static void test_signals(void **state)
{
	uint64_t set = put("\0\x08\0\0\x04\0\0\0", 8);	/* USR2, RT_3 */
	int32_t si[32] = { 12, 0, 0, 0, 1234, 0 };
	uint64_t info = put(si, sizeof(si));

	(void)state;
	S(L(SYS_signalfd4, 3, -1, set, 8, 02004000, 0, 0),
	  "signalfd4(-1, [USR2 RT_3], 8, SFD_CLOEXEC|SFD_NONBLOCK) = 3");
	S(L(SYS_rt_sigtimedwait, -11, set, info, 0, 8, 0, 0),
	  "rt_sigtimedwait([USR2 RT_3], 0x7ffd0008, NULL, 8) = -1 EAGAIN "
	  "(Resource temporarily unavailable)");
	S(L(SYS_rt_sigtimedwait, 12, set, info, 0, 8, 0, 0),
	  "rt_sigtimedwait([USR2 RT_3], {si_signo=SIGUSR2, si_code=SI_USER, "
	  "si_pid=1234, si_uid=0}, NULL, 8) = 12 (SIGUSR2)");
}

static void test_waitid(void **state)
{
	int32_t si[32] = { 17, 0, 1, 0, 4321, 0, 4 };
	uint64_t info = put(si, sizeof(si));

	(void)state;
	S(L(SYS_waitid, 0, 1, 4321, info, 4, 0, 0),
	  "waitid(P_PID, 4321, {si_signo=SIGCHLD, si_code=CLD_EXITED, "
	  "si_pid=4321, si_uid=0, si_status=4, si_utime=0, si_stime=0}, "
	  "WEXITED, NULL) = 0");
}

static void test_readiness(void **state)
{
	uint8_t ev[12] = { 0x01, 0, 0, 0x80, 7 };
	int32_t pfd[4] = { -1, 0, 4, 4 };
	int64_t ts[2] = { 0 };
	uint64_t e = put(ev, sizeof(ev)), p, t = put(ts, sizeof(ts));
	uint64_t mask = put("\0\0\0\0\0\0\0\0", 8);

	(void)state;
	pfd[3] = 4 | 4 << 16;	/* POLLOUT in events and revents */
	p = put(pfd, sizeof(pfd));
	S(L(SYS_epoll_create1, 5, 02000000, 0, 0, 0, 0, 0),
	  "epoll_create1(EPOLL_CLOEXEC) = 5");
	S(L(SYS_epoll_ctl, 0, 5, 1, 3, e, 0, 0),
	  "epoll_ctl(5, EPOLL_CTL_ADD, 3, {events=EPOLLIN|EPOLLET, "
	  "data={u32=7, u64=7}}) = 0");
	S(L(SYS_epoll_wait, 1, 5, e, 4, 0, 0, 0),
	  "epoll_wait(5, [{events=EPOLLIN|EPOLLET, data={u32=7, u64=7}}], "
	  "4, 0) = 1");
	S(L(SYS_epoll_pwait, 0, 5, e, 4, 0, mask, 8),
	  "epoll_pwait(5, [], 4, 0, [], 8) = 0");
	S(L(SYS_ppoll, 1, p, 2, t, mask, 8, 0),
	  "ppoll([{fd=-1}, {fd=4, events=POLLOUT}], 2, {tv_sec=0, tv_nsec=0}, "
	  "[], 8) = 1 ([{fd=4, revents=POLLOUT}], left {tv_sec=0, "
	  "tv_nsec=0})");
	S(L(SYS_eventfd2, 6, 3, 02004000, 0, 0, 0, 0),
	  "eventfd2(3, EFD_CLOEXEC|EFD_NONBLOCK) = 6");
	S(L(SYS_inotify_init1, 7, 02004000, 0, 0, 0, 0, 0),
	  "inotify_init1(IN_NONBLOCK|IN_CLOEXEC) = 7");
	S(L(SYS_inotify_add_watch, 1, 7, put("/etc", 5), 0x1000300, 0, 0, 0),
	  "inotify_add_watch(7, \"/etc\", IN_CREATE|IN_DELETE|IN_ONLYDIR) = 1");
	S(L(SYS_inotify_rm_watch, 0, 7, 1, 0, 0, 0, 0),
	  "inotify_rm_watch(7, 1) = 0");
}

static void test_pselect_sigmask(void **state)
{
	uint64_t set = put("\x08\0\0\0\0\0\0\0", 8);
	uint64_t fds = put("\x08\0\0\0\0\0\0", 8);
	uint64_t sm[2] = { 0, 8 }, m0 = put(sm, sizeof(sm)), m1, t;
	int64_t ts[2] = { 0 };

	(void)state;
	sm[0] = set;
	m1 = put(sm, sizeof(sm));
	t = put(ts, sizeof(ts));
	memcpy(fake_mem + (set - FAKE_BASE), "\0\0\0\0\0\0\0\0", 8);
	S(L(SYS_pselect6, 1, 5, fds, 0, 0, t, m1),
	  "pselect6(5, [3], NULL, NULL, {tv_sec=0, tv_nsec=0}, "
	  "{sigmask=[], sigsetsize=8}) = 1 (in [3], left {tv_sec=0, "
	  "tv_nsec=0})");
	S(L(SYS_pselect6, 1, 5, fds, 0, 0, t, m0),
	  "pselect6(5, [3], NULL, NULL, {tv_sec=0, tv_nsec=0}, "
	  "{sigmask=NULL, sigsetsize=8}) = 1 (in [3], left {tv_sec=0, "
	  "tv_nsec=0})");
	/* -y: the result names the fds without their paths */
	opts.yflag = 1;
	S(L(SYS_pselect6, 1, 5, fds, 0, 0, t, 0),
	  "pselect6(5, [3</etc/passwd>], NULL, NULL, {tv_sec=0, tv_nsec=0}, "
	  "NULL) = 1 (in [3], left {tv_sec=0, tv_nsec=0})");
}

static void test_creds(void **state)
{
	uint32_t hdr[2] = { 0x20080522, 0 }, data[6] = { 0x21, 0x1, 0 };
	uint64_t h = put(hdr, sizeof(hdr)), cd = put(data, sizeof(data));
	uint32_t gids[2] = { 0, 27 };
	uint64_t g = put(gids, sizeof(gids));

	(void)state;
	S(L(SYS_setresuid, 0, -1, -1, -1, 0, 0, 0),
	  "setresuid(-1, -1, -1) = 0");
	S(L(SYS_setfsuid, 0, -1, 0, 0, 0, 0, 0), "setfsuid(-1) = 0");
	S(L(SYS_getgroups, 0, 64, g, 0, 0, 0, 0), "getgroups(64, []) = 0");
	S(L(SYS_getgroups, 2, 64, g, 0, 0, 0, 0),
	  "getgroups(64, [0, 27]) = 2");
	S(L(SYS_getgroups, 0, 0, 0, 0, 0, 0, 0), "getgroups(0, NULL) = 0");
	S(L(SYS_capget, 0, h, cd, 0, 0, 0, 0),
	  "capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, "
	  "{effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN, "
	  "inheritable=0}) = 0");
}

static void test_prctl(void **state)
{
	uint64_t sig = put_int(15), fs = put("\x40\x47\xd5\x2b\x5d\x7f\0\0", 8);

	(void)state;
	S(L(SYS_prctl, 1, 3, 0, 0, 0, 0, 0),
	  "prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)");
	S(L(SYS_prctl, 0, 7, 0, 0, 0, 0, 0), "prctl(PR_GET_KEEPCAPS) = 0");
	S(L(SYS_prctl, 0, 2, sig, 0, 0, 0, 0),
	  "prctl(PR_GET_PDEATHSIG, [SIGTERM]) = 0");
	S(L(SYS_prctl, 1, 23, 0, 0, 0, 0, 0),
	  "prctl(PR_CAPBSET_READ, CAP_CHOWN) = 1");
	S(L(SYS_arch_prctl, 0, 0x1003, fs, 0, 0, 0, 0),
	  "arch_prctl(ARCH_GET_FS, [0x7f5d2bd54740]) = 0");
	S(L(SYS_arch_prctl, -22, 0x3001, 0x7ffc227f5b08ULL, 0, 0, 0, 0),
	  "arch_prctl(0x3001 /* ARCH_??? */, 0x7ffc227f5b08) = -1 EINVAL "
	  "(Invalid argument)");
}

static void test_files_more(void **state)
{
	uint64_t how[3] = { 02000000, 0, 4 }, h, h2, names, path;
	int64_t sf[15] = { 0x9fa0, 4096, 0, 0, 0, 0, 0, 0x15, 255, 4096,
			   0x1020 };

	(void)state;
	h = put(how, sizeof(how));
	how[0] = 0101;
	how[1] = 0600;
	how[2] = 9;
	h2 = put(how, sizeof(how));
	names = put("user.k\0user.m", 14);
	path = put("px.a", 5);
	S(L(SYS_openat2, 3, -100, put("/etc/passwd", 12), h, 24, 0, 0),
	  "openat2(AT_FDCWD, \"/etc/passwd\", {flags=O_RDONLY|O_CLOEXEC, "
	  "resolve=RESOLVE_NO_SYMLINKS}, 24) = 3");
	S(L(SYS_openat2, 3, -100, path, h2, 24, 0, 0),
	  "openat2(AT_FDCWD, \"px.a\", {flags=O_WRONLY|O_CREAT, mode=0600, "
	  "resolve=RESOLVE_NO_XDEV|RESOLVE_BENEATH}, 24) = 3");
	S(L(SYS_listxattr, 14, path, names, 64, 0, 0, 0),
	  "listxattr(\"px.a\", \"user.k\\0user.m\\0\", 64) = 14");
	S(L(SYS_llistxattr, 14, path, 0, 0, 0, 0, 0),
	  "llistxattr(\"px.a\", NULL, 0) = 14");
	S(L(SYS_fremovexattr, 0, 3, put("user.k", 7), 0, 0, 0, 0),
	  "fremovexattr(3, \"user.k\") = 0");
	S(L(SYS_statfs, 0, put("/proc", 6), put(sf, sizeof(sf)), 0, 0, 0, 0),
	  "statfs(\"/proc\", {f_type=PROC_SUPER_MAGIC, f_bsize=4096, "
	  "f_blocks=0, f_bfree=0, f_bavail=0, f_files=0, f_ffree=0, "
	  "f_fsid={val=[0x15, 0]}, f_namelen=255, f_frsize=4096, "
	  "f_flags=ST_VALID|ST_RELATIME}) = 0");
	S(L(SYS_renameat2, 0, -100, path, -100, put("px.b", 5), 1, 0),
	  "renameat2(AT_FDCWD, \"px.a\", AT_FDCWD, \"px.b\", "
	  "RENAME_NOREPLACE) = 0");
	S(L(SYS_memfd_create, 3, put("par", 4), 3, 0, 0, 0, 0),
	  "memfd_create(\"par\", MFD_CLOEXEC|MFD_ALLOW_SEALING) = 3");
	S(L(SYS_sendfile, 8, 4, 3, 0, 8, 0, 0), "sendfile(4, 3, NULL, 8) = 8");
}

static void test_ioctl_fcntl(void **state)
{
	int16_t fl[16] = { 2, 0 };
	uint64_t lk = put(fl, sizeof(fl)), n = put_int(3);

	(void)state;
	S(L(SYS_ioctl, 0, 20, 0x5451, 0, 0, 0, 0), "ioctl(20, FIOCLEX) = 0");
	S(L(SYS_ioctl, 0, 20, 0x5450, 0, 0, 0, 0), "ioctl(20, FIONCLEX) = 0");
	S(L(SYS_ioctl, 0, 4, 0x541b, n, 0, 0, 0),
	  "ioctl(4, FIONREAD, [3]) = 0");
	S(L(SYS_ioctl, 0, 4, 0x540b, 0, 0, 0, 0),
	  "ioctl(4, TCFLSH, TCIFLUSH) = 0");
	S(L(SYS_ioctl, 0, 3, 0x80045430, put_int(0), 0, 0, 0),
	  "ioctl(3, TIOCGPTN, [0]) = 0");
	S(L(SYS_fcntl, 0, 8, 5, lk, 0, 0, 0),
	  "fcntl(8, F_GETLK, {l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, "
	  "l_len=0, l_pid=0}) = 0");
	S(L(SYS_fcntl, 0, 8, 6, lk, 0, 0, 0),
	  "fcntl(8, F_SETLK, {l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, "
	  "l_len=0}) = 0");
}

static void test_sched_misc(void **state)
{
	uint64_t prio = put_int(0);
	uint8_t vec[4] = { 0, 0, 1, 0 };
	uint64_t v = put(vec, sizeof(vec));

	(void)state;
	S(L(SYS_sched_getparam, 0, 0, prio, 0, 0, 0, 0),
	  "sched_getparam(0, [0]) = 0");
	S(L(SYS_sched_setscheduler, 0, 0, 0, prio, 0, 0, 0),
	  "sched_setscheduler(0, SCHED_OTHER, [0]) = 0");
	S(L(SYS_sched_getscheduler, 0, 0, 0, 0, 0, 0, 0),
	  "sched_getscheduler(0) = 0 (SCHED_OTHER)");
	S(L(SYS_sched_get_priority_max, 99, 1, 0, 0, 0, 0, 0),
	  "sched_get_priority_max(SCHED_FIFO) = 99");
	S(L(SYS_personality, 0, 0xffffffff, 0, 0, 0, 0, 0),
	  "personality(0xffffffff) = 0 (PER_LINUX)");
	S(L(SYS_mlock, 0, 0x7fc9f6abb000ULL, 4096, 0, 0, 0, 0),
	  "mlock(0x7fc9f6abb000, 4096) = 0");
	S(L(SYS_msync, 0, 0x7fc9f6ab9000ULL, 4096, 3, 0, 0, 0),
	  "msync(0x7fc9f6ab9000, 4096, MS_ASYNC|MS_INVALIDATE) = 0");
	S(L(SYS_mincore, 0, 0x7fc9f6ab9000ULL, 16384, v, 0, 0, 0),
	  "mincore(0x7fc9f6ab9000, 16384, [0, 0, 1, 0]) = 0");
	S(L(SYS_mlockall, 0, 1, 0, 0, 0, 0, 0), "mlockall(MCL_CURRENT) = 0");
	S(L(SYS_getrusage, -14, 0, 0x8, 0, 0, 0, 0),
	  "getrusage(RUSAGE_SELF, 0x8) = -1 EFAULT (Bad address)");
}

static void test_fd_paths(void **state)
{
	(void)state;
	opts.yflag = 1;
	fd_path = "/tmp/wd/a<b>\"c\\d\ne f";
	S(L(SYS_close, 0, 3, 0, 0, 0, 0, 0),
	  "close(3</tmp/wd/a\\74b\\76\\\"c\\\\d\\ne f>) = 0");
	fd_path = "/memfd:par (deleted)";
	S(L(SYS_close, 0, 3, 0, 0, 0, 0, 0),
	  "close(3</memfd:par>(deleted)) = 0");
}

/* -X raw and -X verbose (strace's --const-print-style) in the decoders
 * that print constants their own way; strace 6.1's lines. */
static void test_xstyle(void **state)
{
	uint64_t set = put("\0\0\1\0\0\0\0\0", 8);
	uint8_t sin[16] = { 2, 0, 0x9c, 0x40, 127, 0, 0, 1 };
	uint64_t sa = put(sin, sizeof(sin));
	uint64_t act[4] = { 1, 0x14000000, 0x7f0000001000ull, 1 << 14 };
	uint64_t pact = put(act, sizeof(act));
	uint64_t st = put_int(15);

	(void)state;
	opts.xstyle = DECODE_X_RAW;
	S(L(SYS_rt_sigprocmask, 0, 0, set, 0, 8, 0, 0),
	  "rt_sigprocmask(0, [17], NULL, 8) = 0");
	S(L(SYS_rt_sigaction, 0, 13, pact, 0, 8, 0, 0),
	  "rt_sigaction(13, {sa_handler=0x1, sa_mask=[15], "
	  "sa_flags=0x14000000, sa_restorer=0x7f0000001000}, NULL, 8) = 0");
	S(L(SYS_wait4, 42, -1, st, 0, 0, 0, 0),
	  "wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM}], 0, "
	  "NULL) = 42");
	S(L(SYS_ioctl, -ENOTTY, 1, 0x1234, 0, 0, 0, 0),
	  "ioctl(1, 0x1234, 0) = -1 ENOTTY (Inappropriate ioctl for device)");
	S(L(SYS_socket, 5, 17, 3, 0x300, 0, 0, 0),
	  "socket(0x11, 0x3, htons(0x3)) = 5");
	S(L(SYS_fcntl, 0x800, 5, 3, 0, 0, 0, 0),
	  "fcntl(5, 0x3) = 0x800 (flags O_RDONLY|O_NONBLOCK)");
	S(L(SYS_prctl, 1, 3, 0, 0, 0, 0, 0), "prctl(0x3) = 1 (SUID_DUMP_USER)");
	S(L(SYS_personality, 0, 0xffffffff, 0, 0, 0, 0, 0),
	  "personality(0xffffffff) = 0 (0)");
	S(L(SYS_bind, 0, 3, sa, 16, 0, 0, 0),
	  "bind(3, {sa_family=0x2, sin_port=\"\\x9c\\x40\", "
	  "sin_addr=\"\\x7f\\x00\\x00\\x01\"}, 16) = 0");

	opts.xstyle = DECODE_X_VERBOSE;
	S(L(SYS_rt_sigprocmask, 0, 0, set, 0, 8, 0, 0),
	  "rt_sigprocmask(0 /* SIG_BLOCK */, [17 /* CHLD */], NULL, 8) = 0");
	S(L(SYS_rt_sigaction, 0, 13, pact, 0, 8, 0, 0),
	  "rt_sigaction(13 /* SIGPIPE */, {sa_handler=0x1 /* SIG_IGN */, "
	  "sa_mask=[15 /* TERM */], sa_flags=0x14000000 /* SA_RESTORER|"
	  "SA_RESTART */, sa_restorer=0x7f0000001000}, NULL, 8) = 0");
	S(L(SYS_ioctl, -ENOTTY, 1, 0x1234, 0, 0, 0, 0),
	  "ioctl(1, 0x1234 /* _IOC(_IOC_NONE, 0x12, 0x34, 0) */, 0) = -1 "
	  "ENOTTY (Inappropriate ioctl for device)");
	S(L(SYS_sched_getscheduler, 0, 0, 0, 0, 0, 0, 0),
	  "sched_getscheduler(0) = 0 (SCHED_OTHER)");
	S(L(SYS_personality, 0, 0xffffffff, 0, 0, 0, 0, 0),
	  "personality(0xffffffff) = 0 (0 /* PER_LINUX */)");
	S(L(SYS_bind, 0, 3, sa, 16, 0, 0, 0),
	  "bind(3, {sa_family=0x2 /* AF_INET */, sin_port=\"\\x9c\\x40\" "
	  "/* htons(40000) */, sin_addr=\"\\x7f\\x00\\x00\\x01\" "
	  "/* inet_addr(\"127.0.0.1\") */}, 16) = 0");

	opts.xstyle = DECODE_X_ABBREV;
	S(L(SYS_ioctl, -ENOTTY, 1, 0x1234, 0, 0, 0, 0),
	  "ioctl(1, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0) = -1 ENOTTY "
	  "(Inappropriate ioctl for device)");
	S(L(SYS_socket, 5, 17, 3, 0x300, 0, 0, 0),
	  "socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)) = 5");
}

#define T(f) cmocka_unit_test_setup(f, reset)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_socket_addresses), T(test_send_recv), T(test_sockopts),
		T(test_msghdr_calls), T(test_timers), T(test_sleep_rem),
		T(test_signals), T(test_waitid), T(test_readiness),
		T(test_pselect_sigmask), T(test_creds), T(test_prctl),
		T(test_files_more), T(test_ioctl_fcntl), T(test_sched_misc),
		T(test_fd_paths), T(test_xstyle),
	};

	return cmocka_run_group_tests(tests, NULL, fake_group_teardown);
}
