// SPDX-License-Identifier: MIT
/*
 * Robustness regressions: crashes found by the fuzzers (tests/fuzz/) and
 * by the robust_* integration tests, each turned into a unit test.
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
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "cli.h"
#include "decode.h"
#include "engine.h"
#include "filter.h"
#include "strbuf.h"

/*
 * fuzz_cli: a lone "-" word made cli_parse() read v[i][2], one byte past
 * the word (shell_prescan).  The word sits at the very end of a page
 * followed by a PROT_NONE page: reading past it faults, in any build.
 */
static void test_cli_lone_dash(void **state)
{
	long psz = sysconf(_SC_PAGESIZE);
	char *p, *dash, *argv[4];
	struct cli_opts o;
	char err[256];
	int rc;

	(void)state;
	p = mmap(NULL, 2 * (size_t)psz, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	assert_int_equal(mprotect(p + psz, (size_t)psz, PROT_NONE), 0);
	dash = p + psz - 2;
	memcpy(dash, "-", 2);
	argv[0] = "mytrace";
	argv[1] = dash;
	argv[2] = "true";
	argv[3] = NULL;
	rc = cli_parse(&o, 3, argv, err, sizeof(err));
	/* "-" is not an option: it is the program, as getopt sees it. */
	assert_int_equal(rc, 0);
	assert_int_equal(o.argc, 2);
	assert_string_equal(o.argv[0], "-");
	cli_free(&o);
	/* The same with "-" last, and after an option taking an argument. */
	argv[1] = "-o";
	argv[2] = dash;
	rc = cli_parse(&o, 3, argv, err, sizeof(err));
	assert_int_equal(rc, -1);	/* no PROG */
	cli_free(&o);
	munmap(p, 2 * (size_t)psz);
}

/*
 * fuzz_filter / fuzz_cli: an empty or odd qualifier never crashes and
 * an error always has a message.
 */
static void test_filter_odd_qualifiers(void **state)
{
	static const char *const quals[] = {
		"", "=", "trace=", "trace=,", "!", "!!", "?", "/", "trace=/",
		"trace=/(", "status=", "signal=", "signal=!", "trace=%",
		"trace=?%", "trace=??", "signal=0", "signal=256",
		"signal=SIG", "trace=99999999999999999999", "\n", "trace=\n",
	};
	struct filter f;
	char err[128];
	size_t i;
	int rc;

	(void)state;
	filter_init(&f);
	for (i = 0; i < sizeof(quals) / sizeof(quals[0]); i++) {
		err[0] = '\0';
		rc = filter_parse(&f, quals[i], err, sizeof(err));
		assert_true(rc == 0 || rc == -1);
		if (rc)
			assert_true(err[0] != '\0');
	}
}

/* fuzz_decode: a memory that fails every read, at every argument. */
static ssize_t read_fail(void *ctx, uint64_t addr, void *buf, size_t len)
{
	(void)ctx;
	(void)addr;
	memset(buf, 0x5a, len);
	return -EFAULT;
}

static void test_decode_unreadable_everywhere(void **state)
{
	struct decode_src src = { read_fail, NULL, NULL };
	struct decode_opts o = DECODE_OPTS_DEFAULT;
	struct strbuf sb = STRBUF_INIT;
	struct decode_call c;
	long nr;
	int i;

	(void)state;
	for (nr = 0; nr < 512; nr++) {
		memset(&c, 0, sizeof(c));
		c.nr = nr;
		for (i = 0; i < 6; i++)
			c.args[i] = 0x7fff00001000ull + (uint64_t)i * 8;
		c.ret = 64;
		strbuf_reset(&sb);
		decode_entry(&sb, &c, &src, &o);
		decode_exit(&sb, &c, &src, &o);
		decode_retval(&sb, &c, &src, &o);
		/* Nothing read, so no byte of the 0x5a poison is printed. */
		assert_null(strstr(strbuf_str(&sb), "ZZZZ"));
		assert_int_equal(strlen(strbuf_str(&sb)), sb.len);
	}
	strbuf_release(&sb);
}

/*
 * robust_attach.sh: attaching to a zombie or a kernel thread said
 * "Operation not permitted (operation not permitted (see ptrace(2)))".
 */
static void test_attach_why_zombie(void **state)
{
	pid_t pid;
	int status, tries;
	const char *why;
	char path[64], buf[256];
	FILE *f;

	(void)state;
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(0);
	/* Wait for it to be a zombie, without reaping it. */
	for (tries = 0; tries < 500; tries++) {
		snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
		f = fopen(path, "r");
		assert_non_null(f);
		buf[0] = '\0';
		if (!fgets(buf, sizeof(buf), f))
			buf[0] = '\0';
		fclose(f);
		if (strstr(buf, ") Z "))
			break;
		usleep(10000);
	}
	why = engine_attach_why(pid);
	assert_non_null(why);
	assert_non_null(strstr(why, "zombie"));
	assert_int_equal(waitpid(pid, &status, 0), pid);
}

static void test_attach_why_kthread(void **state)
{
	char comm[32] = "";
	FILE *f = fopen("/proc/2/comm", "r");

	(void)state;
	if (f) {
		if (!fgets(comm, sizeof(comm), f))
			comm[0] = '\0';
		fclose(f);
	}
	if (strcmp(comm, "kthreadd\n")) {
		/* In a pid namespace, pid 2 is an ordinary process. */
		skip();
		return;
	}
	assert_non_null(strstr(engine_attach_why(2), "kernel thread"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cli_lone_dash),
		cmocka_unit_test(test_filter_odd_qualifiers),
		cmocka_unit_test(test_decode_unreadable_everywhere),
		cmocka_unit_test(test_attach_why_zombie),
		cmocka_unit_test(test_attach_why_kthread),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
