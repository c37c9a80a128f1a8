// SPDX-License-Identifier: MIT
/*
 * Unit tests for decode_misc.c, decode_tty.c, decode_sig.c,
 * decode_net.c and decode_io.c.  A fake tracee memory serves a few
 * regions at fake addresses and fails with EFAULT everywhere else.
 * Expected strings are strace 6.1's output on x86_64 for the same
 * bytes (addresses replaced by the fake ones).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/sysinfo.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <cmocka.h>

#include "../../src/decode_structs.h"

#define A1	0x7ffd1000ULL	/* main structure */
#define A2	0x7ffd2000ULL	/* second region (pointed to) */
#define A3	0x7ffd3000ULL
#define A4	0x7ffd4000ULL
#define BAD	0x8ULL		/* unreadable */

struct region {
	uint64_t addr;
	const void *data;
	size_t len;
};

static struct region regions[8];
static int nregions;

static ssize_t fake_read(void *ctx, uint64_t addr, void *buf, size_t len)
{
	int i;

	(void)ctx;
	for (i = 0; i < nregions; i++) {
		const struct region *r = &regions[i];

		if (addr >= r->addr && addr + len <= r->addr + r->len) {
			memcpy(buf, (const char *)r->data + (addr - r->addr),
			       len);
			return (ssize_t)len;
		}
	}
	return -EFAULT;
}

static void map(uint64_t addr, const void *data, size_t len)
{
	regions[nregions].addr = addr;
	regions[nregions].data = data;
	regions[nregions].len = len;
	nregions++;
}

static struct strbuf sb = STRBUF_INIT;
static struct decode_opts opts = DECODE_OPTS_DEFAULT;
static struct decode_call call;
static struct decode_src src = { fake_read, NULL, NULL };
static struct dctx dc = { &sb, &call, &src, &opts, 1 };
static char text[8192];

/* A fresh context: verbose or not, nothing mapped. */
static struct dctx *ctx(int verbose)
{
	strbuf_reset(&sb);
	opts.verbose = verbose;
	opts.string_limit = 32;
	return &dc;
}

static const char *out(void)
{
	snprintf(text, sizeof(text), "%s", strbuf_str(&sb));
	strbuf_reset(&sb);
	return text;
}

static int setup(void **state)
{
	(void)state;
	nregions = 0;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	strbuf_release(&sb);
	return 0;
}

/* NULL prints NULL, an unreadable address prints itself. */
static void check_bad(void (*fn)(struct dctx *, uint64_t))
{
	fn(ctx(0), 0);
	assert_string_equal(out(), "NULL");
	fn(ctx(1), BAD);
	assert_string_equal(out(), "0x8");
}

static void test_rlimit(void **state)
{
	uint64_t rl[2] = { 8192 * 1024, UINT64_MAX };

	(void)state;
	map(A1, rl, sizeof(rl));
	dput_rlimit(ctx(0), A1);
	assert_string_equal(out(),
		"{rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}");
	rl[0] = 1024;
	rl[1] = 2048;
	dput_rlimit(ctx(1), A1);
	assert_string_equal(out(), "{rlim_cur=1024, rlim_max=2*1024}");
	rl[0] = 0;
	rl[1] = 1023;
	dput_rlimit(ctx(0), A1);
	assert_string_equal(out(), "{rlim_cur=0, rlim_max=1023}");
	check_bad(dput_rlimit);
}

static void test_utsname(void **state)
{
	struct utsname u;

	(void)state;
	memset(&u, 0, sizeof(u));
	strcpy(u.sysname, "Linux");
	strcpy(u.nodename, "vm");
	strcpy(u.release, "6.18.44-fc-v669");
	strcpy(u.version, "#1 SMP PREEMPT_DYNAMIC @0");
	strcpy(u.machine, "x86_64");
	strcpy(u.domainname, "(none)");
	map(A1, &u, sizeof(u));
	dput_utsname(ctx(0), A1);
	assert_string_equal(out(), "{sysname=\"Linux\", nodename=\"vm\", ...}");
	dput_utsname(ctx(1), A1);
	assert_string_equal(out(), "{sysname=\"Linux\", nodename=\"vm\", "
		"release=\"6.18.44-fc-v669\", "
		"version=\"#1 SMP PREEMPT_DYNAMIC @0\", machine=\"x86_64\", "
		"domainname=\"(none)\"}");
	check_bad(dput_utsname);
}

static void test_sysinfo(void **state)
{
	struct sysinfo si;
	const char *want = "{uptime=765, loads=[47808, 22944, 9888], "
		"totalram=25276502016, freeram=24763142144, "
		"sharedram=9084928, bufferram=3039232, totalswap=0, "
		"freeswap=0, procs=126, totalhigh=0, freehigh=0, mem_unit=1}";

	(void)state;
	memset(&si, 0, sizeof(si));
	si.uptime = 765;
	si.loads[0] = 47808;
	si.loads[1] = 22944;
	si.loads[2] = 9888;
	si.totalram = 25276502016UL;
	si.freeram = 24763142144UL;
	si.sharedram = 9084928;
	si.bufferram = 3039232;
	si.procs = 126;
	si.mem_unit = 1;
	map(A1, &si, sizeof(si));
	dput_sysinfo(ctx(0), A1);
	assert_string_equal(out(), want);
	dput_sysinfo(ctx(1), A1);
	assert_string_equal(out(), want);
	check_bad(dput_sysinfo);
}

struct tsched_attr {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t prio;
	uint64_t runtime, deadline, period;
	uint32_t umin, umax;
	char more[44];
};

static void test_sched_attr(void **state)
{
	struct tsched_attr a;

	(void)state;
	memset(&a, 0, sizeof(a));
	a.size = 56;
	a.runtime = 1400000;
	map(A1, &a, sizeof(a));
	dput_sched_attr(ctx(0), A1, 56);
	assert_string_equal(out(), "{size=56, sched_policy=SCHED_OTHER, "
		"sched_flags=0, sched_nice=0, sched_priority=0, "
		"sched_runtime=1400000, sched_deadline=0, sched_period=0, "
		"sched_util_min=0, sched_util_max=0}");
	a.size = 48;
	a.policy = 7;
	a.flags = 0x101;
	dput_sched_attr(ctx(1), A1, 0);
	assert_string_equal(out(), "{size=48, sched_policy=0x7 "
		"/* SCHED_??? */, sched_flags=SCHED_FLAG_RESET_ON_FORK|0x100, "
		"sched_nice=0, sched_priority=0, sched_runtime=1400000, "
		"sched_deadline=0, sched_period=0}");
	a.size = 100;
	a.policy = 3;
	a.nice = 5;
	a.flags = 0;
	dput_sched_attr(ctx(0), A1, 0);
	assert_string_equal(out(), "{size=100, sched_policy=SCHED_BATCH, "
		"sched_flags=0, sched_nice=5, sched_priority=0, "
		"sched_runtime=1400000, sched_deadline=0, sched_period=0, "
		"sched_util_min=0, sched_util_max=0, ...}");
	a.size = 56;
	dput_sched_attr_e2big(ctx(0), A1);
	assert_string_equal(out(), " => {size=56}");
	dput_sched_attr(ctx(0), BAD, 0);
	assert_string_equal(out(), "0x8");
	dput_sched_attr(ctx(0), 0, 0);
	assert_string_equal(out(), "NULL");
}

static void test_clone_args(void **state)
{
	uint64_t ca[11] = { 0 };
	int32_t pidfd = 5, ptid = 17069, tids[2] = { 100, 200 };

	(void)state;
	/* A pthread_create() of glibc 2.36. */
	ca[0] = 0x3d0f00;
	ca[2] = 0x7f084e477990;
	ca[3] = 0x7f084e477990;
	ca[5] = 0x7f084dc77000;
	ca[6] = 0x7fff80;
	ca[7] = 0x7f084e4776c0;
	map(A1, ca, sizeof(ca));
	dput_clone_args(ctx(0), A1, 88);
	assert_string_equal(out(), "{flags=CLONE_VM|CLONE_FS|CLONE_FILES|"
		"CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|"
		"CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID, "
		"child_tid=0x7f084e477990, parent_tid=0x7f084e477990, "
		"exit_signal=0, stack=0x7f084dc77000, stack_size=0x7fff80, "
		"tls=0x7f084e4776c0}");
	map(0x7f084e477990, &ptid, sizeof(ptid));
	dput_clone_args_exit(ctx(0), A1, 88);
	assert_string_equal(out(), " => {parent_tid=[17069]}");

	/* A fork through clone3. */
	memset(ca, 0, sizeof(ca));
	ca[4] = 17;
	dput_clone_args(ctx(1), A1, 88);
	assert_string_equal(out(), "{flags=0, exit_signal=SIGCHLD, "
		"stack=NULL, stack_size=0}");
	dput_clone_args_exit(ctx(0), A1, 88);
	assert_string_equal(out(), "");

	ca[0] = 0x1000 | 0x100000 | 0x1000000000ULL;
	ca[1] = A2;
	ca[3] = A3;
	map(A2, &pidfd, sizeof(pidfd));
	map(A3, &ptid, sizeof(ptid));
	dput_clone_args(ctx(0), A1, 64);
	assert_string_equal(out(), "{flags=CLONE_PIDFD|CLONE_PARENT_SETTID|"
		"0x1000000000, pidfd=0x7ffd2000, parent_tid=0x7ffd3000, "
		"exit_signal=SIGCHLD, stack=NULL, stack_size=0}");
	dput_clone_args_exit(ctx(0), A1, 64);
	assert_string_equal(out(), " => {pidfd=[5], parent_tid=[17069]}");

	/* Every field of the third version. */
	memset(ca, 0, sizeof(ca));
	ca[0] = 0x80 | 0x100 | 0x100000000ULL | 0x200000000ULL |
		0x1000000 | 0x80000;
	ca[4] = 77;
	ca[5] = 0x1000;
	ca[6] = 0x2000;
	ca[8] = A4;
	ca[9] = 2;
	ca[10] = 5;
	map(A4, tids, sizeof(tids));
	dput_clone_args(ctx(0), A1, 88);
	assert_string_equal(out(), "{flags=CLONE_VM|CLONE_SETTLS|"
		"CLONE_CHILD_SETTID|CLONE_NEWTIME|CLONE_CLEAR_SIGHAND|"
		"CLONE_INTO_CGROUP, child_tid=NULL, exit_signal=77, "
		"stack=0x1000, stack_size=0x2000, tls=NULL, "
		"set_tid=[100, 200], set_tid_size=2, cgroup=5}");
	dput_clone_args(ctx(0), A1, 80);
	assert_string_equal(out(), "{flags=CLONE_VM|CLONE_SETTLS|"
		"CLONE_CHILD_SETTID|CLONE_NEWTIME|CLONE_CLEAR_SIGHAND|"
		"CLONE_INTO_CGROUP, child_tid=NULL, exit_signal=77, "
		"stack=0x1000, stack_size=0x2000, tls=NULL, "
		"set_tid=[100, 200], set_tid_size=2}");
	/* Too small for any version, or unreadable: the address. */
	dput_clone_args(ctx(0), A1, 10);
	assert_string_equal(out(), "0x7ffd1000");
	dput_clone_args(ctx(0), BAD, 88);
	assert_string_equal(out(), "0x8");
}

static void test_out_values(void **state)
{
	int32_t n = 5;
	uint64_t len = 24, head = 0x7f084e478a20;

	(void)state;
	map(A1, &n, sizeof(n));
	map(A2, &len, sizeof(len));
	map(A3, &head, sizeof(head));
	dput_int_ptr(ctx(0), A1);
	assert_string_equal(out(), "[5]");
	dput_ulong_ptr(ctx(0), A2);
	assert_string_equal(out(), "[24]");
	dput_addr_ptr(ctx(0), A3);
	assert_string_equal(out(), "[0x7f084e478a20]");
	check_bad(dput_int_ptr);
	check_bad(dput_ulong_ptr);
	check_bad(dput_addr_ptr);
}

struct tktermios {
	uint32_t iflag, oflag, cflag, lflag;
	uint8_t line;
	uint8_t cc[19];
};

/* A fresh pty as the kernel sets it up (then VMIN=1). */
static void pty_termios(struct tktermios *t)
{
	static const uint8_t cc[19] = { 3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0,
		0x11, 0x13, 0x1a, 0, 0x12, 0xf, 0x17, 0x16, 0 };

	memset(t, 0, sizeof(*t));
	t->iflag = 0x500;
	t->oflag = 0x5;
	t->cflag = 0xbf;
	t->lflag = 0x8a3b;
	memcpy(t->cc, cc, sizeof(cc));
}

static void test_termios(void **state)
{
	struct tktermios t;
	int i;

	(void)state;
	pty_termios(&t);
	map(A1, &t, sizeof(t));
	dput_termios(ctx(0), A1);
	assert_string_equal(out(), "{c_iflag=ICRNL|IXON, "
		"c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		"c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|"
		"ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}");
	dput_termios(ctx(1), A1);
	assert_string_equal(out(), "{c_iflag=ICRNL|IXON, "
		"c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		"c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|"
		"ECHOK|IEXTEN|ECHOCTL|ECHOKE, c_line=N_TTY, "
		"c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, [VERASE]=0x7f, "
		"[VKILL]=0x15, [VEOF]=0x4, [VTIME]=0, [VMIN]=0x1, [VSWTC]=0, "
		"[VSTART]=0x11, [VSTOP]=0x13, [VSUSP]=0x1a, [VEOL]=0, "
		"[VREPRINT]=0x12, [VDISCARD]=0xf, [VWERASE]=0x17, "
		"[VLNEXT]=0x16, [VEOL2]=0, [17]=0, [18]=0]}");
	/* All zero: strace leaves empty words and trailing bars. */
	memset(&t, 0, sizeof(t));
	dput_termios(ctx(0), A1);
	assert_string_equal(out(), "{c_iflag=, "
		"c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, c_cflag=B0|CS5|, "
		"c_lflag=, ...}");
	/* Every bit. */
	t.iflag = 0x1ffff;
	t.oflag = 0xffff;
	t.cflag = 015 | 040 | 0100 | 0400 | 01000 | 02000 | 04000 |
		  (014u << 16) | 010000000000u | 020000000000u;
	t.lflag = 0x1ffff;
	t.line = 3;
	for (i = 0; i < 19; i++)
		t.cc[i] = (uint8_t)(i * 3);
	dput_termios(ctx(1), A1);
	assert_string_equal(out(), "{c_iflag=IGNBRK|BRKINT|IGNPAR|PARMRK|"
		"INPCK|ISTRIP|INLCR|IGNCR|ICRNL|IUCLC|IXON|IXANY|IXOFF|"
		"IMAXBEL|IUTF8|0x18000, c_oflag=NL1|CR3|XTABS|BS1|VT1|FF1|"
		"OPOST|OLCUC|ONLCR|OCRNL|ONOCR|ONLRET|OFILL|OFDEL, "
		"c_cflag=B9600|B4800<<IBSHIFT|CS7|CSTOPB|PARENB|PARODD|HUPCL|"
		"CLOCAL|CMSPAR|CRTSCTS, c_lflag=ISIG|ICANON|XCASE|ECHO|ECHOE|"
		"ECHOK|ECHONL|NOFLSH|IEXTEN|ECHOCTL|ECHOPRT|ECHOKE|FLUSHO|"
		"PENDIN|TOSTOP|EXTPROC|0x2000, c_line=N_PPP, "
		"c_cc=[[VINTR]=0, [VQUIT]=0x3, [VERASE]=0x6, [VKILL]=0x9, "
		"[VEOF]=0xc, [VTIME]=0xf, [VMIN]=0x12, [VSWTC]=0x15, "
		"[VSTART]=0x18, [VSTOP]=0x1b, [VSUSP]=0x1e, [VEOL]=0x21, "
		"[VREPRINT]=0x24, [VDISCARD]=0x27, [VWERASE]=0x2a, "
		"[VLNEXT]=0x2d, [VEOL2]=0x30, [17]=0x33, [18]=0x36]}");
	check_bad(dput_termios);
}

static void test_winsize(void **state)
{
	uint16_t ws[4] = { 24, 80, 0, 0 };

	(void)state;
	map(A1, ws, sizeof(ws));
	dput_winsize(ctx(0), A1);
	assert_string_equal(out(),
		"{ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}");
	check_bad(dput_winsize);
}

static void test_sigaction(void **state)
{
	uint64_t sa[4] = { 0x556bf4786399, 0x04000000 | 0x10000000,
			   0x7fc130d5d050, 0 };

	(void)state;
	sa[3] = (1ULL << (17 - 1)) | (1ULL << (36 - 1));
	map(A1, sa, sizeof(sa));
	dput_sigaction(ctx(0), A1, 8);
	assert_string_equal(out(), "{sa_handler=0x556bf4786399, "
		"sa_mask=[CHLD RT_4], sa_flags=SA_RESTORER|SA_RESTART, "
		"sa_restorer=0x7fc130d5d050}");
	sa[0] = 1;
	sa[1] = 0x04000000;
	sa[3] = 0;
	dput_sigaction(ctx(1), A1, 8);
	assert_string_equal(out(), "{sa_handler=SIG_IGN, sa_mask=[], "
		"sa_flags=SA_RESTORER, sa_restorer=0x7fc130d5d050}");
	sa[0] = 0;
	sa[1] = 0;
	dput_sigaction(ctx(0), A1, 8);
	assert_string_equal(out(),
		"{sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}");
	sa[1] = 0x04000000 | 0x08000000 | 4 | 0x100000;
	sa[3] = ~((1ULL << 31) | (1ULL << 32));
	dput_sigaction(ctx(0), A1, 8);
	assert_string_equal(out(), "{sa_handler=SIG_DFL, "
		"sa_mask=~[RTMIN RT_1], "
		"sa_flags=SA_RESTORER|SA_ONSTACK|SA_SIGINFO|0x100000, "
		"sa_restorer=0x7fc130d5d050}");
	sa[1] = 0x04000000 | 0x08000000 | 4;
	sa[3] = ~((1ULL << 8) | (1ULL << 18) | (1ULL << 31) | (1ULL << 32));
	dput_sigaction(ctx(0), A1, 8);
	assert_string_equal(out(), "{sa_handler=SIG_DFL, "
		"sa_mask=~[KILL STOP RTMIN RT_1], "
		"sa_flags=SA_RESTORER|SA_ONSTACK|SA_SIGINFO, "
		"sa_restorer=0x7fc130d5d050}");
	dput_sigaction(ctx(0), 0, 8);
	assert_string_equal(out(), "NULL");
	dput_sigaction(ctx(0), BAD, 8);
	assert_string_equal(out(), "0x8");
}

static void test_wait_status(void **state)
{
	int32_t st = 3 << 8;

	(void)state;
	map(A1, &st, sizeof(st));
	dput_wait_status(ctx(0), A1);
	assert_string_equal(out(), "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]");
	st = 15;
	dput_wait_status(ctx(0), A1);
	assert_string_equal(out(),
			    "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM}]");
	st = 11 | 0x80;
	dput_wait_status(ctx(0), A1);
	assert_string_equal(out(), "[{WIFSIGNALED(s) && WTERMSIG(s) == "
			    "SIGSEGV && WCOREDUMP(s)}]");
	st = (19 << 8) | 0x7f;
	dput_wait_status(ctx(0), A1);
	assert_string_equal(out(),
			    "[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}]");
	st = 0xffff;
	dput_wait_status(ctx(1), A1);
	assert_string_equal(out(), "[{WIFCONTINUED(s)}]");
	check_bad(dput_wait_status);
}

static void test_rusage(void **state)
{
	int64_t ru[18] = { 0, 59, 0, 0, 264, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0,
			   0, 6, 0 };

	(void)state;
	map(A1, ru, sizeof(ru));
	dput_rusage(ctx(0), A1);
	assert_string_equal(out(), "{ru_utime={tv_sec=0, tv_usec=59}, "
		"ru_stime={tv_sec=0, tv_usec=0}, ...}");
	dput_rusage(ctx(1), A1);
	assert_string_equal(out(), "{ru_utime={tv_sec=0, tv_usec=59}, "
		"ru_stime={tv_sec=0, tv_usec=0}, ru_maxrss=264, ru_ixrss=0, "
		"ru_idrss=0, ru_isrss=0, ru_minflt=17, ru_majflt=0, "
		"ru_nswap=0, ru_inblock=0, ru_oublock=0, ru_msgsnd=0, "
		"ru_msgrcv=0, ru_nsignals=0, ru_nvcsw=6, ru_nivcsw=0}");
	check_bad(dput_rusage);
}

static void test_sockaddr_unix(void **state)
{
	struct sockaddr_un sun;

	(void)state;
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	strcpy(sun.sun_path, "/tmp/nonexist.sock");
	map(A1, &sun, sizeof(sun));
	dput_sockaddr(ctx(0), A1, sizeof(sun));
	assert_string_equal(out(), "{sa_family=AF_UNIX, "
			    "sun_path=\"/tmp/nonexist.sock\"}");
	dput_sockaddr(ctx(0), A1, 21);
	assert_string_equal(out(), "{sa_family=AF_UNIX, "
			    "sun_path=\"/tmp/nonexist.sock\"}");
	dput_sockaddr(ctx(0), A1, 2);
	assert_string_equal(out(), "{sa_family=AF_UNIX}");
	memset(sun.sun_path, 0, sizeof(sun.sun_path));
	strcpy(sun.sun_path + 1, "abstract");
	dput_sockaddr(ctx(0), A1, 11);
	assert_string_equal(out(),
			    "{sa_family=AF_UNIX, sun_path=@\"abstract\"}");
	/* Not NUL-terminated: all 108 bytes, never cut. */
	memset(sun.sun_path, 'x', sizeof(sun.sun_path));
	dput_sockaddr(ctx(0), A1, sizeof(sun));
	assert_string_equal(out(), "{sa_family=AF_UNIX, sun_path=\""
		"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
		"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}");
}

static void test_sockaddr_inet(void **state)
{
	struct sockaddr_in sin = { AF_INET, htons(80), { 0 }, { 0 } };
	struct sockaddr_in6 s6;
	struct sockaddr_storage ss;

	(void)state;
	inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr);
	map(A1, &sin, sizeof(sin));
	dput_sockaddr(ctx(0), A1, sizeof(sin));
	assert_string_equal(out(), "{sa_family=AF_INET, sin_port=htons(80), "
			    "sin_addr=inet_addr(\"127.0.0.1\")}");
	dput_sockaddr(ctx(0), A1, 3);
	assert_string_equal(out(), "{sa_family=AF_INET, sa_data=\"\\0\"}");
	sin.sin_port = htons(39585);
	dput_sockaddr(ctx(0), A1, 4);
	assert_string_equal(out(),
			    "{sa_family=AF_INET, sa_data=\"\\232\\241\"}");

	memset(&s6, 0, sizeof(s6));
	s6.sin6_family = AF_INET6;
	s6.sin6_port = htons(443);
	s6.sin6_flowinfo = htonl(5);
	inet_pton(AF_INET6, "::1", &s6.sin6_addr);
	map(A2, &s6, sizeof(s6));
	dput_sockaddr(ctx(0), A2, sizeof(s6));
	assert_string_equal(out(), "{sa_family=AF_INET6, "
		"sin6_port=htons(443), sin6_flowinfo=htonl(5), "
		"inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}");
	inet_pton(AF_INET6, "fe80::1", &s6.sin6_addr);
	s6.sin6_scope_id = 1;
	dput_sockaddr(ctx(0), A2, sizeof(s6));
	assert_string_equal(out(), "{sa_family=AF_INET6, "
		"sin6_port=htons(443), sin6_flowinfo=htonl(5), "
		"inet_pton(AF_INET6, \"fe80::1\", &sin6_addr), "
		"sin6_scope_id=if_nametoindex(\"lo\")}");

	memset(&ss, 0, sizeof(ss));
	ss.ss_family = 12345;
	map(A3, &ss, sizeof(ss));
	dput_sockaddr(ctx(0), A3, 20);
	assert_string_equal(out(), "{sa_family=0x3039 /* AF_??? */, "
		"sa_data=\"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"
		"\\0\\0\\0\"}");
	dput_sockaddr(ctx(0), 0, 0);
	assert_string_equal(out(), "NULL");
	dput_sockaddr(ctx(0), BAD, 16);
	assert_string_equal(out(), "0x8");
}

static void test_sockaddr_netlink(void **state)
{
	uint32_t nl[3] = { 16, 32706, 5 };

	(void)state;
	map(A1, nl, sizeof(nl));
	dput_sockaddr(ctx(0), A1, 12);
	assert_string_equal(out(), "{sa_family=AF_NETLINK, nl_pid=32706, "
			    "nl_groups=0x000005}");
}

static const char alpha[] = "defghijklmnopqrstuvwxyz0123456789ABCDEF";

static void test_iovec(void **state)
{
	struct iovec iov[3] = {
		{ (void *)A2, 3 }, { (void *)A3, 40 }, { (void *)A4, 1 }
	};

	(void)state;
	map(A1, iov, sizeof(iov));
	map(A2, "abc", 3);
	map(A3, alpha, 40);
	map(A4, "\n", 1);
	dput_iovec(ctx(0), A1, 3, -1);
	assert_string_equal(out(), "[{iov_base=\"abc\", iov_len=3}, "
		"{iov_base=\"defghijklmnopqrstuvwxyz012345678\"..., "
		"iov_len=40}, {iov_base=\"\\n\", iov_len=1}]");
	/* readv returning 20: data stops there. */
	iov[0].iov_len = 2;
	iov[1].iov_len = 30;
	dput_iovec(ctx(0), A1, 3, 20);
	assert_string_equal(out(), "[{iov_base=\"ab\", iov_len=2}, "
		"{iov_base=\"defghijklmnopqrstu\", iov_len=30}, "
		"{iov_base=\"\", iov_len=1}]");
	dput_iovec(ctx(0), A1, 0, -1);
	assert_string_equal(out(), "[]");
	dput_iovec(ctx(0), 0x10, 2, -1);
	assert_string_equal(out(), "0x10");
	/* An unreadable base prints its address. */
	iov[0].iov_base = (void *)BAD;
	dput_iovec(ctx(0), A1, 1, -1);
	assert_string_equal(out(), "[{iov_base=0x8, iov_len=2}]");
}

static void test_iovec_many(void **state)
{
	static char bufs[40];
	static struct iovec iov[40];
	char want[4096], *p = want;
	int i;

	(void)state;
	for (i = 0; i < 40; i++) {
		bufs[i] = (char)('a' + i % 26);
		iov[i].iov_base = (void *)(A2 + (uint64_t)i);
		iov[i].iov_len = 1;
	}
	map(A1, iov, sizeof(iov));
	map(A2, bufs, sizeof(bufs));
	p += sprintf(p, "[");
	for (i = 0; i < 32; i++)
		p += sprintf(p, "{iov_base=\"%c\", iov_len=1}, ", bufs[i]);
	sprintf(p, "...]");
	dput_iovec(ctx(0), A1, 40, -1);
	assert_string_equal(out(), want);
	/* -v: all 40. */
	p = want + 1;
	for (i = 0; i < 40; i++)
		p += sprintf(p, "%s{iov_base=\"%c\", iov_len=1}",
			     i ? ", " : "", bufs[i]);
	sprintf(p, "]");
	dput_iovec(ctx(1), A1, 40, -1);
	assert_string_equal(out(), want);
}

struct tmsghdr {
	uint64_t name;
	uint32_t namelen, pad;
	uint64_t iov, iovlen, control, controllen;
	int32_t flags, pad2;
};

static void test_msghdr(void **state)
{
	struct iovec iov[2] = { { (void *)A2, 3 }, { (void *)A3, 40 } };
	struct tmsghdr m = { 0, 0, 0, A4, 2, 0, 0, 0, 0 };
	/* SCM_RIGHTS with fd 3, padded to 24 bytes. */
	uint32_t cm[6] = { 20, 0, 1, 1, 3, 0 };

	(void)state;
	map(A1, &m, sizeof(m));
	map(A2, "abc", 3);
	map(A3, alpha, 40);
	map(A4, iov, sizeof(iov));
	map(0x7ffd5000, cm, sizeof(cm));
	dput_msghdr(ctx(0), A1, -1, -1);
	assert_string_equal(out(), "{msg_name=NULL, msg_namelen=0, "
		"msg_iov=[{iov_base=\"abc\", iov_len=3}, "
		"{iov_base=\"defghijklmnopqrstuvwxyz012345678\"..., "
		"iov_len=40}], msg_iovlen=2, msg_controllen=0, "
		"msg_flags=0}");
	m.control = 0x7ffd5000;
	m.controllen = 24;
	dput_msghdr(ctx(0), A1, -1, -1);
	assert_string_equal(out(), "{msg_name=NULL, msg_namelen=0, "
		"msg_iov=[{iov_base=\"abc\", iov_len=3}, "
		"{iov_base=\"defghijklmnopqrstuvwxyz012345678\"..., "
		"iov_len=40}], msg_iovlen=2, msg_control=[{cmsg_len=20, "
		"cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, "
		"cmsg_data=[3]}], msg_controllen=24, msg_flags=0}");
	/* recvmsg: data limited to the return value, namelen changed. */
	m.name = 0x7ffd2ca214d0;
	m.namelen = 0;
	m.control = 0;
	m.controllen = 0;
	m.iovlen = 1;
	m.flags = 8;
	iov[0].iov_len = 10;
	dput_msghdr(ctx(0), A1, 2, 110);
	assert_string_equal(out(), "{msg_name=0x7ffd2ca214d0, "
		"msg_namelen=110 => 0, msg_iov=[{iov_base=\"ab\", "
		"iov_len=10}], msg_iovlen=1, msg_controllen=0, "
		"msg_flags=MSG_CTRUNC}");
	m.namelen = 110;
	dput_msghdr_failed(ctx(0), A1);
	assert_string_equal(out(), "{msg_namelen=110}");
	/* Bad control and iov pointers. */
	m.name = 0;
	m.namelen = 0;
	m.flags = 0;
	m.iov = BAD;
	m.control = BAD;
	m.controllen = 32;
	dput_msghdr(ctx(0), A1, -1, -1);
	assert_string_equal(out(), "{msg_name=NULL, msg_namelen=0, "
		"msg_iov=0x8, msg_iovlen=1, msg_control=0x8, "
		"msg_controllen=32, msg_flags=0}");
	dput_msghdr(ctx(0), BAD, -1, -1);
	assert_string_equal(out(), "0x8");
}

static void test_cmsg_creds(void **state)
{
	struct iovec iov = { (void *)A2, 2 };
	struct tmsghdr m = { 0, 0, 0, A3, 1, A4, 56, 0, 0 };
	uint32_t cm[14] = { 28, 0, 1, 2, 17629, 0, 0, 0,
			    24, 0, 41, 99, 0x44434241, 0x48474645 };

	(void)state;
	map(A1, &m, sizeof(m));
	map(A2, "hi", 2);
	map(A3, &iov, sizeof(iov));
	map(A4, cm, sizeof(cm));
	dput_msghdr(ctx(0), A1, -1, -1);
	assert_string_equal(out(), "{msg_name=NULL, msg_namelen=0, "
		"msg_iov=[{iov_base=\"hi\", iov_len=2}], msg_iovlen=1, "
		"msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, "
		"cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=17629, uid=0, "
		"gid=0}}, {cmsg_len=24, cmsg_level=SOL_IPV6, "
		"cmsg_type=0x63}], msg_controllen=56, msg_flags=0}");
}

static void test_pollfds(void **state)
{
	int16_t pf[4][4] = { { 0 } };

	(void)state;
	memcpy(pf[0], &(int32_t){ 3 }, 4);
	pf[0][2] = 1;		/* POLLIN */
	memcpy(pf[1], &(int32_t){ 4 }, 4);
	pf[1][2] = 5;		/* POLLIN|POLLOUT */
	pf[1][3] = 4;		/* revents POLLOUT */
	map(A1, pf, 16);
	dput_pollfds(ctx(0), A1, 2);
	assert_string_equal(out(), "[{fd=3, events=POLLIN}, "
			    "{fd=4, events=POLLIN|POLLOUT}]");
	dput_poll_result(ctx(0), A1, 2, 1, 0);
	assert_string_equal(out(), " ([{fd=4, revents=POLLOUT}])");
	pf[0][3] = 1;
	dput_poll_result(ctx(0), A1, 2, 2, 0);
	assert_string_equal(out(), " ([{fd=3, revents=POLLIN}, "
			    "{fd=4, revents=POLLOUT}])");
	dput_poll_result(ctx(0), A1, 2, 0, 0);
	assert_string_equal(out(), " (Timeout)");
	memcpy(pf[0], &(int32_t){ -1 }, 4);
	dput_pollfds(ctx(0), A1, 1);
	assert_string_equal(out(), "[{fd=-1}]");
	dput_pollfds(ctx(0), 0, 0);
	assert_string_equal(out(), "NULL");
	dput_pollfds(ctx(0), BAD, 1);
	assert_string_equal(out(), "0x8");
}

static void test_ppoll_left(void **state)
{
	int16_t pf[2][4] = { { 3, 0, 1, 1 }, { 4, 0, 5, 4 } };
	int64_t ts[2] = { 0, 999999021 };

	(void)state;
	map(A1, pf, sizeof(pf));
	map(A2, ts, sizeof(ts));
	dput_poll_result(ctx(0), A1, 2, 2, A2);
	assert_string_equal(out(), " ([{fd=3, revents=POLLIN}, "
		"{fd=4, revents=POLLOUT}], left {tv_sec=0, "
		"tv_nsec=999999021})");
}

static void test_epoll(void **state)
{
	uint8_t ev[24];
	uint32_t events = 0x80000001;	/* EPOLLIN|EPOLLET */
	uint64_t data = 0x100000004ULL;

	(void)state;
	memcpy(ev, &events, 4);
	memcpy(ev + 4, &data, 8);
	events = 1;
	memcpy(ev + 12, &events, 4);
	data = 3;
	memcpy(ev + 16, &data, 8);
	map(A1, ev, sizeof(ev));
	dput_epoll_event(ctx(0), A1);
	assert_string_equal(out(), "{events=EPOLLIN|EPOLLET, "
			    "data={u32=4, u64=4294967300}}");
	dput_epoll_events(ctx(0), A1 + 12, 1);
	assert_string_equal(out(), "[{events=EPOLLIN, data={u32=3, u64=3}}]");
	dput_epoll_events(ctx(0), A1, 2);
	assert_string_equal(out(), "[{events=EPOLLIN|EPOLLET, data={u32=4, "
		"u64=4294967300}}, {events=EPOLLIN, data={u32=3, u64=3}}]");
	dput_epoll_events(ctx(0), A1, 0);
	assert_string_equal(out(), "[]");
	check_bad(dput_epoll_event);
}

static void test_fdset(void **state)
{
	uint64_t rs = (1 << 3) | (1 << 4), ws = 1 << 4, es = 0;
	uint64_t sets[3] = { A1, A2, 0 };
	int64_t tv[2] = { 1, 499015 };

	(void)state;
	map(A1, &rs, sizeof(rs));
	map(A2, &ws, sizeof(ws));
	map(A3, tv, sizeof(tv));
	map(A4, &es, sizeof(es));
	dput_fdset(ctx(0), A1, 5);
	assert_string_equal(out(), "[3 4]");
	dput_fdset(ctx(0), A1, 4);
	assert_string_equal(out(), "[3]");
	dput_fdset(ctx(0), A4, 5);
	assert_string_equal(out(), "[]");
	dput_fdset(ctx(0), 0, 5);
	assert_string_equal(out(), "NULL");
	dput_fdset(ctx(0), BAD, 5);
	assert_string_equal(out(), "0x8");
	rs = 1 << 3;
	dput_select_result(ctx(0), 5, sets, 2, A3, 1);
	assert_string_equal(out(), " (in [3], out [4], left {tv_sec=1, "
			    "tv_nsec=499015})");
	dput_select_result(ctx(0), 5, sets, 2, A3, 0);
	assert_string_equal(out(), " (in [3], out [4], left {tv_sec=1, "
			    "tv_usec=499015})");
	sets[1] = A4;
	dput_select_result(ctx(0), 7, sets, 1, 0, 0);
	assert_string_equal(out(), " (in [3])");
	dput_select_result(ctx(0), 7, sets, 0, A3, 0);
	assert_string_equal(out(), " (Timeout)");
}

/* Append one linux_dirent64 to @buf at *off. */
static void add_dirent(uint8_t *buf, size_t *off, uint64_t ino, int64_t doff,
		       uint8_t type, const char *name)
{
	uint16_t reclen = (uint16_t)((19 + strlen(name) + 1 + 7) & ~7u);

	memset(buf + *off, 0, reclen);
	memcpy(buf + *off, &ino, 8);
	memcpy(buf + *off + 8, &doff, 8);
	memcpy(buf + *off + 16, &reclen, 2);
	buf[*off + 18] = type;
	strcpy((char *)buf + *off + 19, name);
	*off += reclen;
}

static void test_dirents(void **state)
{
	uint8_t buf[256];
	size_t len = 0;

	(void)state;
	add_dirent(buf, &len, 10953178, 2232908316014189079LL, 8,
		   "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ");
	add_dirent(buf, &len, 10953177, 6357504699377170974LL, 4, ".");
	add_dirent(buf, &len, 10953682, INT64_MAX, 4, "..");
	assert_int_equal(len, 120);
	map(A1, buf, len);
	dput_dirents64(ctx(0), A1, 120);
	assert_string_equal(out(), "0x7ffd1000 /* 3 entries */");
	dput_dirents64(ctx(1), A1, 120);
	assert_string_equal(out(), "[{d_ino=10953178, "
		"d_off=2232908316014189079, d_reclen=72, d_type=DT_REG, "
		"d_name=\"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ\"}, "
		"{d_ino=10953177, d_off=6357504699377170974, d_reclen=24, "
		"d_type=DT_DIR, d_name=\".\"}, {d_ino=10953682, "
		"d_off=9223372036854775807, d_reclen=24, d_type=DT_DIR, "
		"d_name=\"..\"}]");
	dput_dirents64(ctx(0), BAD, 0);
	assert_string_equal(out(), "0x8 /* 0 entries */");
	dput_dirents64(ctx(1), A1, 0);
	assert_string_equal(out(), "[]");
	dput_dirents64(ctx(0), BAD, 120);
	assert_string_equal(out(), "0x8");
}

#define T(f) cmocka_unit_test_setup(f, setup)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_rlimit), T(test_utsname), T(test_sysinfo),
		T(test_sched_attr), T(test_clone_args), T(test_out_values),
		T(test_termios), T(test_winsize), T(test_sigaction),
		T(test_wait_status), T(test_rusage), T(test_sockaddr_unix),
		T(test_sockaddr_inet), T(test_sockaddr_netlink),
		T(test_iovec), T(test_iovec_many), T(test_msghdr),
		T(test_cmsg_creds), T(test_pollfds), T(test_ppoll_left),
		T(test_epoll), T(test_fdset), T(test_dirents),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
