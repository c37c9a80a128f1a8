/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for src/names.c: errno names and the texts strace prints
 * for them, signal names both ways.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "names.h"

static void test_errno_names(void **state)
{
	(void)state;
	assert_string_equal(names_errno(EPERM), "EPERM");
	assert_string_equal(names_errno(ENOENT), "ENOENT");
	assert_string_equal(names_errno(EAGAIN), "EAGAIN");
	assert_string_equal(names_errno(EDEADLK), "EDEADLK");
	assert_string_equal(names_errno(EOPNOTSUPP), "EOPNOTSUPP");
	assert_string_equal(names_errno(ENOSYS), "ENOSYS");
	assert_string_equal(names_errno(133), "EHWPOISON");
	/* Holes in the numbering and the ends of the range. */
	assert_null(names_errno(0));
	assert_null(names_errno(-2));
	assert_null(names_errno(41));
	assert_null(names_errno(58));
	assert_null(names_errno(134));
	assert_null(names_errno(511));
}

static void test_errno_descs_are_strace_texts(void **state)
{
	(void)state;
	assert_string_equal(names_errno_desc(ENOENT),
			    "No such file or directory");
	assert_string_equal(names_errno_desc(EAGAIN),
			    "Resource temporarily unavailable");
	assert_string_equal(names_errno_desc(EDEADLK),
			    "Resource deadlock avoided");
	assert_string_equal(names_errno_desc(ENOSYS),
			    "Function not implemented");
	assert_string_equal(names_errno_desc(EOPNOTSUPP),
			    "Operation not supported");
	assert_string_equal(names_errno_desc(133),
			    "Memory page has hardware error");
	assert_null(names_errno_desc(41));
	assert_null(names_errno_desc(0));
}

/* Every real errno: its name and glibc's text agree with the C library. */
static void test_errno_table_matches_libc(void **state)
{
	int err, n = 0;

	(void)state;
	for (err = 1; err <= 133; err++) {
		const char *desc = names_errno_desc(err);

		if (!names_errno(err)) {
			assert_null(desc);
			continue;
		}
		n++;
		assert_non_null(desc);
		assert_string_equal(desc, strerror(err));
		assert_int_equal(names_errno_lookup(names_errno(err)), err);
	}
	assert_int_equal(n, 131);
}

static void test_restart_codes(void **state)
{
	(void)state;
	assert_string_equal(names_errno(512), "ERESTARTSYS");
	assert_string_equal(names_errno_desc(512),
			    "To be restarted if SA_RESTART is set");
	assert_string_equal(names_errno(513), "ERESTARTNOINTR");
	assert_string_equal(names_errno_desc(513), "To be restarted");
	assert_string_equal(names_errno(514), "ERESTARTNOHAND");
	assert_string_equal(names_errno_desc(514),
			    "To be restarted if no handler");
	assert_string_equal(names_errno(515), "ENOIOCTLCMD");
	assert_string_equal(names_errno_desc(515), "Unknown error 515");
	assert_string_equal(names_errno(516), "ERESTART_RESTARTBLOCK");
	assert_string_equal(names_errno_desc(516), "Interrupted by signal");
	assert_string_equal(names_errno(517), "EPROBE_DEFER");
	assert_string_equal(names_errno(524), "ENOTSUPP");
	assert_string_equal(names_errno_desc(524), "Unknown error 524");
	assert_string_equal(names_errno(530), "ERECALLCONFLICT");
	/* strace 6.1 prints these as "(errno N)": no name. */
	assert_null(names_errno(519));
	assert_null(names_errno(520));
	assert_null(names_errno(531));
	assert_null(names_errno_desc(531));
	assert_null(names_errno(532));
}

static void test_errno_lookup(void **state)
{
	(void)state;
	assert_int_equal(names_errno_lookup("ENOENT"), 2);
	assert_int_equal(names_errno_lookup("EPERM"), 1);
	assert_int_equal(names_errno_lookup("EHWPOISON"), 133);
	assert_int_equal(names_errno_lookup("ERESTARTSYS"), 512);
	assert_int_equal(names_errno_lookup("ERESTART_RESTARTBLOCK"), 516);
	assert_int_equal(names_errno_lookup("ERECALLCONFLICT"), 530);
	assert_int_equal(names_errno_lookup("EWOULDBLOCK"), EAGAIN);
	assert_int_equal(names_errno_lookup("EDEADLOCK"), EDEADLK);
	assert_int_equal(names_errno_lookup("ENOTSUP"), EOPNOTSUPP);
	assert_int_equal(names_errno_lookup("enoent"), -1);
	assert_int_equal(names_errno_lookup("ENOPE"), -1);
	assert_int_equal(names_errno_lookup(""), -1);
	assert_int_equal(names_errno_lookup(NULL), -1);
}

static void test_signal_names(void **state)
{
	(void)state;
	assert_string_equal(names_signal(SIGHUP), "SIGHUP");
	assert_string_equal(names_signal(SIGKILL), "SIGKILL");
	assert_string_equal(names_signal(SIGSTKFLT), "SIGSTKFLT");
	assert_string_equal(names_signal(SIGCHLD), "SIGCHLD");
	assert_string_equal(names_signal(SIGIO), "SIGIO");
	assert_string_equal(names_signal(SIGSYS), "SIGSYS");
	/* strace counts from the kernel's SIGRTMIN, 32. */
	assert_string_equal(names_signal(32), "SIGRTMIN");
	assert_string_equal(names_signal(33), "SIGRT_1");
	assert_string_equal(names_signal(34), "SIGRT_2");
	assert_string_equal(names_signal(50), "SIGRT_18");
	assert_string_equal(names_signal(64), "SIGRT_32");
	assert_null(names_signal(0));
	assert_null(names_signal(-1));
	assert_null(names_signal(65));
}

static void test_signal_lookup(void **state)
{
	int sig;

	(void)state;
	assert_int_equal(names_signal_lookup("SIGCHLD"), SIGCHLD);
	assert_int_equal(names_signal_lookup("CHLD"), SIGCHLD);
	assert_int_equal(names_signal_lookup("chld"), SIGCHLD);
	assert_int_equal(names_signal_lookup("sigchld"), SIGCHLD);
	assert_int_equal(names_signal_lookup("17"), SIGCHLD);
	assert_int_equal(names_signal_lookup("9"), SIGKILL);
	assert_int_equal(names_signal_lookup("64"), 64);
	assert_int_equal(names_signal_lookup("RTMIN"), 32);
	assert_int_equal(names_signal_lookup("SIGRTMIN"), 32);
	assert_int_equal(names_signal_lookup("RTMIN+2"), 34);
	assert_int_equal(names_signal_lookup("SIGRTMIN+32"), 64);
	assert_int_equal(names_signal_lookup("RTMAX"), 64);
	assert_int_equal(names_signal_lookup("RTMAX-1"), 63);
	assert_int_equal(names_signal_lookup("RT_2"), 34);
	assert_int_equal(names_signal_lookup("SIGRT_32"), 64);
	/* Every name maps back to its number. */
	for (sig = 1; sig <= 64; sig++) {
		assert_int_equal(names_signal_lookup(names_signal(sig)), sig);
		assert_int_equal(names_signal_lookup(names_signal(sig) + 3),
				 sig);
	}
}

static void test_signal_lookup_rejects(void **state)
{
	(void)state;
	assert_int_equal(names_signal_lookup("0"), -1);
	assert_int_equal(names_signal_lookup("65"), -1);
	assert_int_equal(names_signal_lookup("-1"), -1);
	assert_int_equal(names_signal_lookup("17x"), -1);
	assert_int_equal(names_signal_lookup("99999999999999999999"), -1);
	assert_int_equal(names_signal_lookup("RTMIN+33"), -1);
	assert_int_equal(names_signal_lookup("RTMIN-1"), -1);
	assert_int_equal(names_signal_lookup("RTMIN+"), -1);
	assert_int_equal(names_signal_lookup("RTMAX+1"), -1);
	assert_int_equal(names_signal_lookup("RT_33"), -1);
	assert_int_equal(names_signal_lookup("SIG"), -1);
	assert_int_equal(names_signal_lookup("SIGSIGCHLD"), -1);
	assert_int_equal(names_signal_lookup("FOO"), -1);
	assert_int_equal(names_signal_lookup(""), -1);
	assert_int_equal(names_signal_lookup(NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_errno_names),
		cmocka_unit_test(test_errno_descs_are_strace_texts),
		cmocka_unit_test(test_errno_table_matches_libc),
		cmocka_unit_test(test_restart_codes),
		cmocka_unit_test(test_errno_lookup),
		cmocka_unit_test(test_signal_names),
		cmocka_unit_test(test_signal_lookup),
		cmocka_unit_test(test_signal_lookup_rejects),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
