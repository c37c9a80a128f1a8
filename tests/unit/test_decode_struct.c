// SPDX-License-Identifier: MIT
/*
 * Unit tests for decode_struct.c (stat, statx, timespec, timeval) and
 * decode_siginfo.c.  A fake tracee memory serves one buffer at FAKE_ADDR
 * and fails with EFAULT everywhere else.  Expected strings are copied
 * from strace 6.1 output on x86_64 (TZ=UTC).
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <cmocka.h>

#include "../../src/decode_priv.h"

#define FAKE_ADDR	0x7ffd1000ULL

struct fake_mem {
	const void *data;
	size_t len;
};

static ssize_t fake_read(void *ctx, uint64_t addr, void *buf, size_t len)
{
	const struct fake_mem *m = ctx;

	if (addr != FAKE_ADDR || len > m->len)
		return -EFAULT;
	memcpy(buf, m->data, len);
	return (ssize_t)len;
}

/* Run @fn on @addr with @data at FAKE_ADDR; return the text (static). */
static const char *run(void (*fn)(struct dctx *, uint64_t), uint64_t addr,
		       const void *data, size_t len, int verbose)
{
	static char text[4096];
	struct fake_mem m = { data, len };
	struct decode_src src = { fake_read, NULL, &m };
	struct decode_opts o = DECODE_OPTS_DEFAULT;
	struct decode_call c = { 0, { 0 }, 0 };
	struct strbuf sb = STRBUF_INIT;
	struct dctx d = { &sb, &c, &src, &o, 1 };

	o.verbose = verbose;
	fn(&d, addr);
	snprintf(text, sizeof(text), "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return text;
}

static int setup_tz(void **state)
{
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

/* /etc/passwd as strace saw it. */
static void fill_passwd(struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = 0xfe00;
	st->st_ino = 861;
	st->st_mode = S_IFREG | 0644;
	st->st_nlink = 1;
	st->st_blksize = 4096;
	st->st_blocks = 8;
	st->st_size = 1221;
	st->st_atim.tv_sec = 1795795770;
	st->st_atim.tv_nsec = 395200078;
	st->st_mtim.tv_sec = 1779294449;
	st->st_ctim.tv_sec = 1779294449;
}

static void fill_devnull(struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = 6;
	st->st_ino = 3;
	st->st_mode = S_IFCHR | 0666;
	st->st_nlink = 1;
	st->st_blksize = 4096;
	st->st_rdev = 0x103;
	st->st_atim.tv_sec = 1795150032;
	st->st_atim.tv_nsec = 423898245;
	st->st_mtim = st->st_atim;
	st->st_ctim = st->st_atim;
}

static void test_stat_abbrev(void **state)
{
	struct stat st;

	(void)state;
	fill_passwd(&st);
	assert_string_equal(run(dput_stat, FAKE_ADDR, &st, sizeof(st), 0),
			    "{st_mode=S_IFREG|0644, st_size=1221, ...}");
	fill_devnull(&st);
	assert_string_equal(run(dput_stat, FAKE_ADDR, &st, sizeof(st), 0),
		"{st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}");
	st.st_mode = S_IFDIR | 0755;
	st.st_size = 4096;
	assert_string_equal(run(dput_stat, FAKE_ADDR, &st, sizeof(st), 0),
			    "{st_mode=S_IFDIR|0755, st_size=4096, ...}");
}

static void test_stat_verbose(void **state)
{
	struct stat st;

	(void)state;
	fill_passwd(&st);
	assert_string_equal(run(dput_stat, FAKE_ADDR, &st, sizeof(st), 1),
		"{st_dev=makedev(0xfe, 0), st_ino=861, st_mode=S_IFREG|0644, "
		"st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, "
		"st_blocks=8, st_size=1221, st_atime=1795795770 "
		"/* 2026-11-27T16:09:30.395200078+0000 */, "
		"st_atime_nsec=395200078, st_mtime=1779294449 "
		"/* 2026-05-20T16:27:29+0000 */, st_mtime_nsec=0, "
		"st_ctime=1779294449 /* 2026-05-20T16:27:29+0000 */, "
		"st_ctime_nsec=0}");
	fill_devnull(&st);
	assert_string_equal(run(dput_stat, FAKE_ADDR, &st, sizeof(st), 1),
		"{st_dev=makedev(0, 0x6), st_ino=3, st_mode=S_IFCHR|0666, "
		"st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, "
		"st_blocks=0, st_rdev=makedev(0x1, 0x3), "
		"st_atime=1795150032 "
		"/* 2026-11-20T04:47:12.423898245+0000 */, "
		"st_atime_nsec=423898245, st_mtime=1795150032 "
		"/* 2026-11-20T04:47:12.423898245+0000 */, "
		"st_mtime_nsec=423898245, st_ctime=1795150032 "
		"/* 2026-11-20T04:47:12.423898245+0000 */, "
		"st_ctime_nsec=423898245}");
}

/* The epoch has no comment; 5ns past it has one. */
static void test_stat_verbose_epoch(void **state)
{
	struct stat st;
	const char *s;

	(void)state;
	fill_passwd(&st);
	st.st_atim.tv_sec = 0;
	st.st_atim.tv_nsec = 0;
	st.st_mtim.tv_sec = 0;
	st.st_mtim.tv_nsec = 5;
	s = run(dput_stat, FAKE_ADDR, &st, sizeof(st), 1);
	assert_non_null(strstr(s, ", st_atime=0, st_atime_nsec=0, "
		"st_mtime=0 /* 1970-01-01T00:00:00.000000005+0000 */, "
		"st_mtime_nsec=5, "));
}

static void test_stat_unreadable(void **state)
{
	struct stat st;

	(void)state;
	fill_passwd(&st);
	assert_string_equal(run(dput_stat, 0x1, &st, sizeof(st), 0), "0x1");
	assert_string_equal(run(dput_stat, 0, &st, sizeof(st), 1), "NULL");
	/* A short buffer is unreadable as a whole. */
	assert_string_equal(run(dput_stat, FAKE_ADDR, &st, 100, 0),
			    "0x7ffd1000");
}

static void fill_statx(struct statx *sx)
{
	memset(sx, 0, sizeof(*sx));
	sx->stx_mask = STATX_BASIC_STATS | 0x1000;	/* STATX_MNT_ID */
	sx->stx_blksize = 4096;
	sx->stx_nlink = 1;
	sx->stx_mode = S_IFREG | 0644;
	sx->stx_ino = 861;
	sx->stx_size = 1221;
	sx->stx_blocks = 8;
	sx->stx_attributes_mask = 0x300000 | 0x3874;
	sx->stx_atime.tv_sec = 1795795770;
	sx->stx_atime.tv_nsec = 395200078;
	sx->stx_ctime.tv_sec = 1779294449;
	sx->stx_mtime.tv_sec = 1779294449;
	sx->stx_dev_major = 254;
	sx->stx_mnt_id = 0x1b;
}

static void test_statx_abbrev(void **state)
{
	struct statx sx;

	(void)state;
	fill_statx(&sx);
	assert_string_equal(run(dput_statx, FAKE_ADDR, &sx, sizeof(sx), 0),
		"{stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_attributes=0, "
		"stx_mode=S_IFREG|0644, stx_size=1221, ...}");
	sx.stx_mask = 0xfff | 0x1000;
	sx.stx_mode = S_IFCHR | 0666;
	sx.stx_size = 0;
	assert_string_equal(run(dput_statx, FAKE_ADDR, &sx, sizeof(sx), 0),
		"{stx_mask=STATX_ALL|STATX_MNT_ID, stx_attributes=0, "
		"stx_mode=S_IFCHR|0666, stx_size=0, ...}");
	assert_string_equal(run(dput_statx, 0x8, &sx, sizeof(sx), 0), "0x8");
}

static void test_statx_verbose(void **state)
{
	struct statx sx;

	(void)state;
	fill_statx(&sx);
	assert_string_equal(run(dput_statx, FAKE_ADDR, &sx, sizeof(sx), 1),
		"{stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_blksize=4096, "
		"stx_attributes=0, stx_nlink=1, stx_uid=0, stx_gid=0, "
		"stx_mode=S_IFREG|0644, stx_ino=861, stx_size=1221, "
		"stx_blocks=8, stx_attributes_mask=STATX_ATTR_COMPRESSED|"
		"STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND|STATX_ATTR_NODUMP|"
		"STATX_ATTR_ENCRYPTED|STATX_ATTR_AUTOMOUNT|"
		"STATX_ATTR_MOUNT_ROOT|STATX_ATTR_VERITY|STATX_ATTR_DAX, "
		"stx_atime={tv_sec=1795795770, tv_nsec=395200078} "
		"/* 2026-11-27T16:09:30.395200078+0000 */, "
		"stx_ctime={tv_sec=1779294449, tv_nsec=0} "
		"/* 2026-05-20T16:27:29+0000 */, "
		"stx_mtime={tv_sec=1779294449, tv_nsec=0} "
		"/* 2026-05-20T16:27:29+0000 */, stx_rdev_major=0, "
		"stx_rdev_minor=0, stx_dev_major=254, stx_dev_minor=0, "
		"stx_mnt_id=0x1b}");
}

/* STATX_BTIME adds stx_btime (uncommented at 0), DIOALIGN two fields. */
static void test_statx_verbose_btime_dio(void **state)
{
	struct statx sx;
	const char *s;

	(void)state;
	fill_statx(&sx);
	sx.stx_mask = 0xfff | 0x1000 | 0x2000;
	sx.stx_dio_mem_align = 512;
	sx.stx_dio_offset_align = 512;
	s = run(dput_statx, FAKE_ADDR, &sx, sizeof(sx), 1);
	assert_non_null(strstr(s, "{stx_mask=STATX_ALL|STATX_MNT_ID|"
			       "STATX_DIOALIGN, "));
	assert_non_null(strstr(s, "/* 2026-11-27T16:09:30.395200078+0000 */, "
			       "stx_btime={tv_sec=0, tv_nsec=0}, stx_ctime="));
	assert_non_null(strstr(s, ", stx_mnt_id=0x1b, stx_dio_mem_align=512, "
			       "stx_dio_offset_align=512}"));
}

static void test_timespec_timeval(void **state)
{
	struct timespec ts = { 1, 500000000 };
	struct timeval tv = { 1, 5 };

	(void)state;
	assert_string_equal(run(dput_timespec, FAKE_ADDR, &ts, sizeof(ts), 0),
			    "{tv_sec=1, tv_nsec=500000000}");
	assert_string_equal(run(dput_timeval, FAKE_ADDR, &tv, sizeof(tv), 0),
			    "{tv_sec=1, tv_usec=5}");
	ts.tv_sec = -1;
	assert_string_equal(run(dput_timespec, FAKE_ADDR, &ts, sizeof(ts), 1),
			    "{tv_sec=-1, tv_nsec=500000000}");
	assert_string_equal(run(dput_timespec, 0x8, &ts, sizeof(ts), 0),
			    "0x8");
	assert_string_equal(run(dput_timeval, 0, &tv, sizeof(tv), 0), "NULL");
}

/* decode_siginfo() of @si, as a static string. */
static const char *siginfo_text(const siginfo_t *si)
{
	static char text[512];
	struct decode_opts o = DECODE_OPTS_DEFAULT;
	struct strbuf sb = STRBUF_INIT;

	decode_siginfo(&sb, si, &o);
	snprintf(text, sizeof(text), "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return text;
}

static void si_init(siginfo_t *si, int sig, int code)
{
	memset(si, 0, sizeof(*si));
	si->si_signo = sig;
	si->si_code = code;
}

static void test_siginfo_chld(void **state)
{
	siginfo_t si;

	(void)state;
	si_init(&si, SIGCHLD, CLD_EXITED);
	si.si_pid = 1234;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=1234, "
		"si_uid=0, si_status=0, si_utime=0, si_stime=0}");
	si_init(&si, SIGCHLD, CLD_KILLED);
	si.si_pid = 20105;
	si.si_status = SIGSEGV;
	si.si_utime = 3;
	si.si_stime = 1;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=20105, "
		"si_uid=0, si_status=SIGSEGV, si_utime=3 /* 0.03 s */, "
		"si_stime=1 /* 0.01 s */}");
	si_init(&si, SIGCHLD, CLD_STOPPED);
	si.si_pid = 20111;
	si.si_status = SIGSTOP;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGCHLD, si_code=CLD_STOPPED, si_pid=20111, "
		"si_uid=0, si_status=SIGSTOP, si_utime=0, si_stime=0}");
}

static void test_siginfo_faults(void **state)
{
	siginfo_t si;

	(void)state;
	si_init(&si, SIGSEGV, SEGV_MAPERR);
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL}");
	si.si_addr = (void *)0x1000;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x1000}");
	si_init(&si, SIGSEGV, SI_KERNEL);
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGSEGV, si_code=SI_KERNEL, si_addr=NULL}");
	si_init(&si, SIGILL, ILL_ILLOPN);
	si.si_addr = (void *)0x56327c828257;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGILL, si_code=ILL_ILLOPN, "
		"si_addr=0x56327c828257}");
	si_init(&si, SIGTRAP, SI_KERNEL);
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGTRAP, si_code=SI_KERNEL, si_addr=NULL}");
	si_init(&si, SIGTRAP, TRAP_BRKPT);
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGTRAP, si_code=TRAP_BRKPT, si_addr=NULL}");
}

static void test_siginfo_user(void **state)
{
	siginfo_t si;

	(void)state;
	si_init(&si, SIGUSR1, SI_USER);
	si.si_pid = 20104;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGUSR1, si_code=SI_USER, si_pid=20104, si_uid=0}");
	si.si_code = SI_TKILL;
	si.si_uid = 1000;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=20104, "
		"si_uid=1000}");
	si_init(&si, SIGUSR1, SI_QUEUE);
	si.si_pid = 20104;
	si.si_value.sival_ptr = (void *)42;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=20104, si_uid=0, "
		"si_int=42, si_ptr=0x2a}");
	/* Unknown code in hex, si_errno by name, uid -1. */
	si_init(&si, SIGUSR1, -10);
	si.si_errno = ENOENT;
	si.si_pid = 77;
	si.si_uid = (uid_t)-1;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGUSR1, si_code=0xfffffff6, si_errno=ENOENT, "
		"si_pid=77, si_uid=-1}");
	si_init(&si, SIGUSR1, SI_SIGIO);
	si.si_band = 65;
	si.si_fd = 3;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGUSR1, si_code=SI_SIGIO, si_band=65, si_fd=3}");
}

static void test_siginfo_timer_kernel(void **state)
{
	siginfo_t si;

	(void)state;
	si_init(&si, SIGALRM, SI_TIMER);
	si.si_value.sival_ptr = (void *)0x1234;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGALRM, si_code=SI_TIMER, si_timerid=0, "
		"si_overrun=0, si_int=4660, si_ptr=0x1234}");
	si_init(&si, SIGALRM, SI_KERNEL);
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGALRM, si_code=SI_KERNEL}");
	si_init(&si, SIGINT, SI_KERNEL);
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGINT, si_code=SI_KERNEL}");
}

static void test_siginfo_sys(void **state)
{
	siginfo_t si;

	(void)state;
	si_init(&si, SIGSYS, 1);	/* SYS_SECCOMP */
	si.si_call_addr = (void *)0x7fdb3e3d6829;
	si.si_syscall = 110;		/* getppid */
	si.si_arch = 0xc000003e;
	assert_string_equal(siginfo_text(&si),
		"{si_signo=SIGSYS, si_code=SYS_SECCOMP, "
		"si_call_addr=0x7fdb3e3d6829, si_syscall=__NR_getppid, "
		"si_arch=AUDIT_ARCH_X86_64}");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stat_abbrev),
		cmocka_unit_test(test_stat_verbose),
		cmocka_unit_test(test_stat_verbose_epoch),
		cmocka_unit_test(test_stat_unreadable),
		cmocka_unit_test(test_statx_abbrev),
		cmocka_unit_test(test_statx_verbose),
		cmocka_unit_test(test_statx_verbose_btime_dio),
		cmocka_unit_test(test_timespec_timeval),
		cmocka_unit_test(test_siginfo_chld),
		cmocka_unit_test(test_siginfo_faults),
		cmocka_unit_test(test_siginfo_user),
		cmocka_unit_test(test_siginfo_timer_kernel),
		cmocka_unit_test(test_siginfo_sys),
	};

	return cmocka_run_group_tests(tests, setup_tz, NULL);
}
