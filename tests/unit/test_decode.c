// SPDX-License-Identifier: MIT
/*
 * Unit tests of the decoder: strings, primitives, the entry/exit split and
 * return values, against a fake tracee memory (a small array mapped at
 * FAKE_BASE; every other address faults).  Expected strings come from
 * strace 6.1 output on x86_64.
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

#include "decode.h"
#include "strbuf.h"

#define FAKE_BASE 0x7ffd0000ull
#define FAKE_SIZE 8192
#define BAD_ADDR 0xdead0000ull

static unsigned char fake_mem[FAKE_SIZE];
static size_t fake_used;

static ssize_t fake_read(void *ctx, uint64_t addr, void *buf, size_t len)
{
	(void)ctx;
	if (addr < FAKE_BASE || addr >= FAKE_BASE + FAKE_SIZE)
		return -EFAULT;
	if (len > FAKE_BASE + FAKE_SIZE - addr)
		len = FAKE_BASE + FAKE_SIZE - addr;
	memcpy(buf, fake_mem + (addr - FAKE_BASE), len);
	return (ssize_t)len;
}

static int fake_fdpath(void *ctx, int fd, char *buf, size_t size)
{
	(void)ctx;
	if (fd == 3)
		snprintf(buf, size, "/etc/passwd");
	else if (fd == -100)
		snprintf(buf, size, "/root");
	else
		return -EBADF;
	return 0;
}

static const struct decode_src src = { fake_read, fake_fdpath, NULL };

/* Copy @len bytes into the fake memory (8-byte aligned); their address. */
static uint64_t put(const void *bytes, size_t len)
{
	uint64_t addr = FAKE_BASE + fake_used;

	assert_true(fake_used + len <= FAKE_SIZE);
	memcpy(fake_mem + fake_used, bytes, len);
	fake_used += (len + 7) & ~(size_t)7;
	return addr;
}

static uint64_t put_str(const char *s)
{
	return put(s, strlen(s) + 1);
}

static int reset(void **state)
{
	(void)state;
	memset(fake_mem, 0, sizeof(fake_mem));
	fake_used = 0;
	return 0;
}

static struct strbuf out;
static struct decode_opts opts = DECODE_OPTS_DEFAULT;

static const char *quote(const void *b, size_t n, long limit, int more)
{
	strbuf_reset(&out);
	decode_quote(&out, b, n, limit, more, &opts);
	return strbuf_str(&out);
}

/* The whole line as strace prints it, without the padding. */
static const char *line(long nr, int64_t ret, uint64_t a0, uint64_t a1,
			uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5)
{
	struct decode_call c = { nr, { a0, a1, a2, a3, a4, a5 }, ret, 0 };

	strbuf_reset(&out);
	decode_entry(&out, &c, &src, &opts);
	decode_exit(&out, &c, &src, &opts);
	strbuf_puts(&out, " = ");
	decode_retval(&out, &c, &src, &opts);
	return strbuf_str(&out);
}

#define L0(nr, ret) line(nr, ret, 0, 0, 0, 0, 0, 0)
#define L1(nr, ret, a) line(nr, ret, a, 0, 0, 0, 0, 0)
#define L2(nr, ret, a, b) line(nr, ret, a, b, 0, 0, 0, 0)
#define L3(nr, ret, a, b, c) line(nr, ret, a, b, c, 0, 0, 0)
#define L4(nr, ret, a, b, c, d) line(nr, ret, a, b, c, d, 0, 0)

/* Entry half and exit half apart: "entry|exit". */
static const char *halves(long nr, int64_t ret, uint64_t a0, uint64_t a1,
			  uint64_t a2, uint64_t a3)
{
	struct decode_call c = { nr, { a0, a1, a2, a3, 0, 0 }, ret, 0 };

	strbuf_reset(&out);
	decode_entry(&out, &c, &src, &opts);
	strbuf_putc(&out, '|');
	decode_exit(&out, &c, &src, &opts);
	return strbuf_str(&out);
}

static void test_quote_escapes(void **state)
{
	(void)state;
	assert_string_equal(quote("a\"b\\c\td\ne\vf\fg\rh", 15, -1, 0),
			    "\"a\\\"b\\\\c\\td\\ne\\vf\\fg\\rh\"");
	/* shortest octal, three digits before a digit */
	assert_string_equal(quote("\1\0012\377\0", 5, -1, 0),
			    "\"\\1\\0012\\377\\0\"");
	assert_string_equal(quote("\177ELF\2\1", 6, -1, 0),
			    "\"\\177ELF\\2\\1\"");
	assert_string_equal(quote("", 0, -1, 0), "\"\"");
}

static void test_quote_limit(void **state)
{
	(void)state;
	assert_string_equal(quote("abcdef", 6, 4, 0), "\"abcd\"...");
	assert_string_equal(quote("abcd", 4, 4, 0), "\"abcd\"");
	assert_string_equal(quote("abcd", 4, -1, 1), "\"abcd\"...");
	/* a cut does not make the last escape long */
	assert_string_equal(quote("\0011", 2, 1, 0), "\"\\1\"...");
}

static void test_quote_hex(void **state)
{
	(void)state;
	opts.xflag = 1;
	assert_string_equal(quote("ab\tc\n", 5, -1, 0), "\"ab\\tc\\n\"");
	assert_string_equal(quote("a\377", 2, -1, 0), "\"\\x61\\xff\"");
	opts.xflag = 2;
	assert_string_equal(quote("ab", 2, -1, 0), "\"\\x61\\x62\"");
	opts.xflag = 0;
}

static void test_path_not_cut(void **state)
{
	char path[100];
	uint64_t p;

	(void)state;
	memset(path, 'a', sizeof(path) - 1);
	path[sizeof(path) - 1] = '\0';
	p = put_str(path);
	assert_int_equal(strlen(L1(__NR_chdir, 0, p)),
			 strlen("chdir(\"\") = 0") + 99);
	assert_string_equal(L1(__NR_chdir, 0, 0), "chdir(NULL) = 0");
	assert_string_equal(L1(__NR_chdir, -EFAULT, BAD_ADDR),
			    "chdir(0xdead0000) = -1 EFAULT (Bad address)");
}

static void test_string_limit(void **state)
{
	uint64_t n33, n32;

	(void)state;
	n33 = put_str("user.aaaaaaaaaaaaaaaaaaaaaaaaaaaa");	/* 33 */
	n32 = put_str("user.aaaaaaaaaaaaaaaaaaaaaaaaaaa");	/* 32 */
	assert_string_equal(L4(__NR_fgetxattr, -ENODATA, 3, n33, 0, 0),
			    "fgetxattr(3, \"user.aaaaaaaaaaaaaaaaaaaaaaaaaaa\""
			    "..., NULL, 0) = -1 ENODATA (No data available)");
	assert_string_equal(L4(__NR_fgetxattr, -ENODATA, 3, n32, 0, 0),
			    "fgetxattr(3, \"user.aaaaaaaaaaaaaaaaaaaaaaaaaaa\""
			    ", NULL, 0) = -1 ENODATA (No data available)");
}

static void test_string_at_page_end(void **state)
{
	/* a string ending right before an unreadable address */
	uint64_t p = FAKE_BASE + FAKE_SIZE - 4;

	(void)state;
	memcpy(fake_mem + FAKE_SIZE - 4, "abc", 4);
	assert_string_equal(L1(__NR_unlink, 0, p), "unlink(\"abc\") = 0");
}

static void test_read_write_split(void **state)
{
	uint64_t b = put("\177ELF\2\1\1\0", 8);

	(void)state;
	assert_string_equal(halves(__NR_read, 8, 3, b, 832, 0),
			    "read(3, |\"\\177ELF\\2\\1\\1\\0\", 832)");
	assert_string_equal(halves(__NR_write, 8, 1, b, 8, 0),
			    "write(1, \"\\177ELF\\2\\1\\1\\0\", 8|)");
	assert_string_equal(L3(__NR_read, -EAGAIN, 0, b, 8),
			    "read(0, 0x7ffd0000, 8) = -1 EAGAIN "
			    "(Resource temporarily unavailable)");
	assert_string_equal(L3(__NR_read, 4, 0, b, 8),
			    "read(0, \"\\177ELF\", 8) = 4");
}

static void test_openat_split(void **state)
{
	uint64_t p = put_str("/etc/passwd");

	(void)state;
	assert_string_equal(halves(__NR_openat, 3, (uint64_t)-100, p,
				   02000000, 0),
			    "openat(AT_FDCWD, \"/etc/passwd\", "
			    "O_RDONLY|O_CLOEXEC|)");
	assert_string_equal(L4(__NR_openat, 3, (uint64_t)-100, p,
			       01 | 0100 | 01000, 0644),
			    "openat(AT_FDCWD, \"/etc/passwd\", "
			    "O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3");
	assert_string_equal(L3(__NR_openat, 9, (uint64_t)-100, p,
			       0200000 | 0x4000000),
			    "openat(AT_FDCWD, \"/etc/passwd\", "
			    "O_RDONLY|O_DIRECTORY|0x4000000) = 9");
}

static void test_fstat_wait4_split(void **state)
{
	int32_t status = 3 << 8;
	uint64_t st = put(&status, 4);

	(void)state;
	assert_string_equal(halves(__NR_fstat, 0, 3, BAD_ADDR, 0, 0),
			    "fstat(3, |0xdead0000)");
	assert_string_equal(halves(__NR_wait4, 42, (uint64_t)-1, st, 0, 0),
			    "wait4(-1, |[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]"
			    ", 0, NULL)");
	status = 9;
	memcpy(fake_mem + (st - FAKE_BASE), &status, 4);
	assert_string_equal(L4(__NR_wait4, 42, 42, st, 0, 0),
			    "wait4(42, [{WIFSIGNALED(s) && WTERMSIG(s) == "
			    "SIGKILL}], 0, NULL) = 42");
	assert_string_equal(L4(__NR_wait4, -ECHILD, (uint64_t)-1, st, 1, 0),
			    "wait4(-1, 0x7ffd0000, WNOHANG, NULL) = -1 ECHILD "
			    "(No child processes)");
}

static void test_retvals(void **state)
{
	(void)state;
	assert_string_equal(L1(__NR_brk, 0x55f7f1455000, 0),
			    "brk(NULL) = 0x55f7f1455000");
	assert_string_equal(L1(__NR_umask, 022, 077), "umask(077) = 022");
	assert_string_equal(L1(__NR_umask, 0, 0), "umask(000) = 000");
	assert_string_equal(L3(__NR_rt_sigprocmask, -512, 2, 0, 0),
			    "rt_sigprocmask(SIG_SETMASK, NULL, NULL, 0) = ? "
			    "ERESTARTSYS (To be restarted if SA_RESTART is "
			    "set)");
	assert_string_equal(L0(__NR_getpid, -4000),
			    "getpid() = -1 (errno 4000)");
	assert_string_equal(L1(__NR_exit_group, 0, 0), "exit_group(0) = ?");
	opts.yflag = 1;
	assert_string_equal(L1(__NR_dup, 3, 3),
			    "dup(3</etc/passwd>) = 3</etc/passwd>");
	opts.yflag = 0;
	assert_true(decode_returns_fd(__NR_openat));
	assert_false(decode_returns_fd(__NR_read));
	assert_true(decode_never_returns(__NR_exit));
	assert_false(decode_never_returns(__NR_execve));
}

static void test_unknown_and_raw(void **state)
{
	(void)state;
	assert_string_equal(line(0x1c8, -EINVAL, 1, 2, 3, 4, 5, 6),
			    "syscall_0x1c8(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = "
			    "-1 EINVAL (Invalid argument)");
	assert_string_equal(line(600, -ENOSYS, 0, 0x7fff0000, 0xffffffff,
				 4, 5, 6),
			    "syscall_0x258(0, 0x7fff0000, 0xffffffff, 0x4, "
			    "0x5, 0x6) = -1 ENOSYS (Function not "
			    "implemented)");
}

static void test_flags_and_sigsets(void **state)
{
	uint64_t set = 0, p;

	(void)state;
	p = put(&set, 8);
	assert_string_equal(L4(__NR_rt_sigprocmask, 0, 0, p, 0, 8),
			    "rt_sigprocmask(SIG_BLOCK, [], NULL, 8) = 0");
	set = (1ull << 31) | (1ull << 32);
	p = put(&set, 8);
	assert_string_equal(L4(__NR_rt_sigprocmask, 0, 1, p, 0, 8),
			    "rt_sigprocmask(SIG_UNBLOCK, [RTMIN RT_1], NULL, 8)"
			    " = 0");
	set = ~set;
	p = put(&set, 8);
	assert_string_equal(L4(__NR_rt_sigprocmask, 0, 0, p, p, 8),
			    "rt_sigprocmask(SIG_BLOCK, ~[RTMIN RT_1], "
			    "~[RTMIN RT_1], 8) = 0");
	set = 1ull << 16;
	p = put(&set, 8);
	assert_string_equal(L4(__NR_rt_sigprocmask, 0, 0, p, 0, 8),
			    "rt_sigprocmask(SIG_BLOCK, [CHLD], NULL, 8) = 0");
	assert_string_equal(line(__NR_mmap, 0x7efd2bfec000, 0, 8192, 3,
				 0x22, (uint64_t)-1, 0),
			    "mmap(NULL, 8192, PROT_READ|PROT_WRITE, "
			    "MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = "
			    "0x7efd2bfec000");
	assert_string_equal(L3(__NR_mprotect, 0, 0x7f29dd5c2000, 4096, 0),
			    "mprotect(0x7f29dd5c2000, 4096, PROT_NONE) = 0");
}

static void test_argv_envp(void **state)
{
	uint64_t path = put_str("/bin/ls"), a0 = put_str("ls");
	uint64_t a1 = put_str("-l"), e0 = put_str("A=1");
	uint64_t argv[3] = { a0, a1, 0 }, envp[3] = { e0, e0, 0 };
	uint64_t av = put(argv, sizeof(argv)), ev = put(envp, sizeof(envp));
	char want[200];

	(void)state;
	snprintf(want, sizeof(want), "execve(\"/bin/ls\", [\"ls\", \"-l\"], "
		 "%#llx /* 2 vars */) = 0", (unsigned long long)ev);
	assert_string_equal(L3(__NR_execve, 0, path, av, ev), want);
	opts.verbose = 1;
	assert_string_equal(L3(__NR_execve, 0, path, av, ev),
			    "execve(\"/bin/ls\", [\"ls\", \"-l\"], "
			    "[\"A=1\", \"A=1\"]) = 0");
	opts.verbose = 0;
	opts.string_limit = 1;
	assert_string_equal(L3(__NR_execve, 0, path, av, 0),
			    "execve(\"/bin/ls\", [\"l\"..., ...], NULL) = 0");
	opts.string_limit = 32;
}

static void test_whole_lines(void **state)
{
	uint64_t p = put_str("/etc/ld.so.preload");
	uint64_t nm = put_str("security.selinux");
	int32_t fds[2] = { 3, 4 };
	uint64_t pf = put(fds, 8);
	uint64_t rl[2] = { 8192 * 1024, ~0ull };
	uint64_t r = put(rl, 16);

	(void)state;
	assert_string_equal(L2(__NR_access, -ENOENT, p, 4),
			    "access(\"/etc/ld.so.preload\", R_OK) = -1 ENOENT "
			    "(No such file or directory)");
	assert_string_equal(L2(__NR_pipe2, 0, pf, 0), "pipe2([3, 4], 0) = 0");
	assert_string_equal(L4(__NR_faccessat2, 0, (uint64_t)-100, p, 1,
			       0x200),
			    "faccessat2(AT_FDCWD, \"/etc/ld.so.preload\", X_OK, "
			    "AT_EACCESS) = 0");
	assert_string_equal(L4(__NR_prlimit64, 0, 0, 3, 0, r),
			    "prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*"
			    "1024, rlim_max=RLIM64_INFINITY}) = 0");
	assert_string_equal(L4(__NR_lgetxattr, -ENODATA, p, nm,
			       0x55fbd1a7e640, 255),
			    "lgetxattr(\"/etc/ld.so.preload\", \"security."
			    "selinux\", 0x55fbd1a7e640, 255) = -1 ENODATA "
			    "(No data available)");
	assert_string_equal(L2(__NR_arch_prctl, 0, 0x1002, 0x7efd2bdfc740),
			    "arch_prctl(ARCH_SET_FS, 0x7efd2bdfc740) = 0");
	assert_string_equal(L4(__NR_rseq, 0, 0x7efd2bdfd060, 0x20, 0,
			       0x53053053),
			    "rseq(0x7efd2bdfd060, 0x20, 0, 0x53053053) = 0");
	assert_string_equal(L3(__NR_futex, 0, 0x7efd2bfd3a4c, 129, 2147483647),
			    "futex(0x7efd2bfd3a4c, FUTEX_WAKE_PRIVATE, "
			    "2147483647) = 0");
	assert_string_equal(line(__NR_futex, 0, 0x7f6ca6256990, 265, 7834, 0,
				 0, 0xffffffff),
			    "futex(0x7f6ca6256990, FUTEX_WAIT_BITSET|"
			    "FUTEX_CLOCK_REALTIME, 7834, NULL, "
			    "FUTEX_BITSET_MATCH_ANY) = 0");
	assert_string_equal(L3(__NR_lseek, 54, 3, (uint64_t)-60, 1),
			    "lseek(3, -60, SEEK_CUR) = 54");
	assert_string_equal(L3(__NR_fcntl, 0x8000, 3, 3, 0),
			    "fcntl(3, F_GETFL) = 0x8000 (flags O_RDONLY|"
			    "O_LARGEFILE)");
	assert_string_equal(L3(__NR_fcntl, 0, 3, 2, 1),
			    "fcntl(3, F_SETFD, FD_CLOEXEC) = 0");
	assert_string_equal(L3(__NR_ioctl, -ENOTTY, 1, 0x5401,
			       0x7ffd520b3970),
			    "ioctl(1, TCGETS, 0x7ffd520b3970) = -1 ENOTTY "
			    "(Inappropriate ioctl for device)");
	assert_string_equal(L3(__NR_socket, 3, 1, 0x80801, 0),
			    "socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC|"
			    "SOCK_NONBLOCK, 0) = 3");
	assert_string_equal(line(__NR_clone, 7780, 0x1200011, 0, 0,
				 0x7f15c1379a10, 0, 0),
			    "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID"
			    "|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr="
			    "0x7f15c1379a10) = 7780");
	assert_string_equal(L2(__NR_kill, 0, 15187, 10),
			    "kill(15187, SIGUSR1) = 0");
	assert_string_equal(L3(__NR_madvise, 0, 0x7f6ca5a56000, 8368128, 4),
			    "madvise(0x7f6ca5a56000, 8368128, MADV_DONTNEED) "
			    "= 0");
}

static void test_clone_split(void **state)
{
	(void)state;
	assert_string_equal(halves(__NR_clone, 7775, 0x1200011, 0, 0,
				   0x7f0a2acb1a10),
			    "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID"
			    "|CLONE_CHILD_SETTID|SIGCHLD|, child_tidptr="
			    "0x7f0a2acb1a10)");
	assert_string_equal(halves(__NR_set_robust_list, 0, 0x7f6ca62569a0,
				   24, 0, 0),
			    "set_robust_list(0x7f6ca62569a0, 24|)");
}

static void test_touches_path(void **state)
{
	const char *paths[] = { "/etc/passwd" };
	uint64_t p = put_str("/etc/passwd"), q = put_str("/etc/group");
	struct decode_call c = { __NR_openat, { (uint64_t)-100, p, 0 }, 0, 0 };

	(void)state;
	assert_true(decode_touches_path(&c, &src, paths, 1));
	c.args[1] = q;
	assert_false(decode_touches_path(&c, &src, paths, 1));
	c.nr = __NR_read;
	c.args[0] = 3;
	assert_true(decode_touches_path(&c, &src, paths, 1));
	c.args[0] = 4;
	assert_false(decode_touches_path(&c, &src, paths, 1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_quote_escapes, reset),
		cmocka_unit_test_setup(test_quote_limit, reset),
		cmocka_unit_test_setup(test_quote_hex, reset),
		cmocka_unit_test_setup(test_path_not_cut, reset),
		cmocka_unit_test_setup(test_string_limit, reset),
		cmocka_unit_test_setup(test_string_at_page_end, reset),
		cmocka_unit_test_setup(test_read_write_split, reset),
		cmocka_unit_test_setup(test_openat_split, reset),
		cmocka_unit_test_setup(test_fstat_wait4_split, reset),
		cmocka_unit_test_setup(test_retvals, reset),
		cmocka_unit_test_setup(test_unknown_and_raw, reset),
		cmocka_unit_test_setup(test_flags_and_sigsets, reset),
		cmocka_unit_test_setup(test_argv_envp, reset),
		cmocka_unit_test_setup(test_whole_lines, reset),
		cmocka_unit_test_setup(test_clone_split, reset),
		cmocka_unit_test_setup(test_touches_path, reset),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	strbuf_release(&out);
	return rc;
}
