/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for src/filter.c: the -e qualifier grammar, each form and
 * each error, with the results strace 6.1 gives for the same arguments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "filter.h"
#include "syscalls.h"

static int has(const struct sysset *s, const char *name)
{
	long nr = syscalls_lookup(name);

	assert_true(nr >= 0);
	return sysset_has(s, nr);
}

/* Parse @arg into a fresh filter; it must succeed. */
static void parse_ok(struct filter *f, const char *arg)
{
	char err[256] = "";

	filter_init(f);
	if (filter_parse(f, arg, err, sizeof(err)) != 0)
		fail_msg("'%s' failed: %s", arg, err);
}

/* @arg must fail with exactly @msg and leave the filter as it was. */
static void parse_fails(const char *arg, const char *msg)
{
	struct filter f, before;
	char err[256] = "";

	filter_init(&f);
	before = f;
	if (filter_parse(&f, arg, err, sizeof(err)) != -1)
		fail_msg("'%s' was accepted", arg);
	assert_string_equal(err, msg);
	assert_memory_equal(&f, &before, sizeof(f));
}

static void test_init_shows_everything(void **state)
{
	struct filter f;

	(void)state;
	filter_init(&f);
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX);
	assert_int_equal(f.status, FS_ALL);
	assert_true(filter_signal_has(&f, 1));
	assert_true(filter_signal_has(&f, 128));
	assert_false(filter_signal_has(&f, 0));
	assert_false(filter_signal_has(&f, 129));
}

static void test_trace_names(void **state)
{
	struct filter f;

	(void)state;
	parse_ok(&f, "trace=open,close");
	assert_int_equal(sysset_count(&f.trace), 2);
	assert_true(has(&f.trace, "open"));
	assert_true(has(&f.trace, "close"));
	assert_false(has(&f.trace, "openat"));
	/* -e SET and t= mean trace=. */
	parse_ok(&f, "openat");
	assert_int_equal(sysset_count(&f.trace), 1);
	assert_true(has(&f.trace, "openat"));
	parse_ok(&f, "t=read");
	assert_int_equal(sysset_count(&f.trace), 1);
	assert_true(has(&f.trace, "read"));
	/* Empty items are skipped. */
	parse_ok(&f, "trace=,open,,close,");
	assert_int_equal(sysset_count(&f.trace), 2);
	/* Bare "stat" is the syscall, not the class. */
	parse_ok(&f, "trace=stat");
	assert_int_equal(sysset_count(&f.trace), 1);
	assert_true(has(&f.trace, "stat"));
}

static void test_trace_numbers(void **state)
{
	struct filter f;

	(void)state;
	parse_ok(&f, "trace=3");
	assert_int_equal(sysset_count(&f.trace), 1);
	assert_true(has(&f.trace, "close"));
	parse_ok(&f, "trace=00");
	assert_true(has(&f.trace, "read"));
	/* A reserved slot inside the table is a valid number. */
	parse_ok(&f, "trace=335");
	assert_true(sysset_has(&f.trace, 335));
	parse_ok(&f, "trace=!3");
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX - 1);
	assert_false(has(&f.trace, "close"));
}

static void test_trace_all_none(void **state)
{
	struct filter f;

	(void)state;
	parse_ok(&f, "trace=none");
	assert_int_equal(sysset_count(&f.trace), 0);
	parse_ok(&f, "trace=all");
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX);
	parse_ok(&f, "trace=!all");
	assert_int_equal(sysset_count(&f.trace), 0);
	parse_ok(&f, "trace=!none");
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX);
	parse_ok(&f, "trace=!!none");
	assert_int_equal(sysset_count(&f.trace), 0);
	/* "all" is also a list item; "none" is not. */
	parse_ok(&f, "trace=open,all");
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX);
	parse_ok(&f, "trace=!all,close");
	assert_int_equal(sysset_count(&f.trace), 0);
	parse_ok(&f, "trace=?none");
	assert_int_equal(sysset_count(&f.trace), 0);
}

static void test_trace_negation(void **state)
{
	struct filter f;

	(void)state;
	parse_ok(&f, "trace=!open,close");
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX - 2);
	assert_false(has(&f.trace, "open"));
	assert_false(has(&f.trace, "close"));
	assert_true(has(&f.trace, "read"));
	/* Each '!' inverts again. */
	parse_ok(&f, "trace=!!close");
	assert_int_equal(sysset_count(&f.trace), 1);
	assert_true(has(&f.trace, "close"));
	parse_ok(&f, "!%file");
	assert_false(has(&f.trace, "openat"));
	assert_true(has(&f.trace, "brk"));
}

static void test_trace_classes(void **state)
{
	struct filter f;
	long nr;

	(void)state;
	parse_ok(&f, "trace=%file");
	for (nr = 0; nr < SYSCALLS_MAX; nr++)
		assert_int_equal(sysset_has(&f.trace, nr),
				 !!(syscalls_classes(nr) & SC_FILE));
	assert_true(has(&f.trace, "openat"));
	assert_true(has(&f.trace, "execve"));
	assert_false(has(&f.trace, "read"));
	parse_ok(&f, "trace=%net");
	assert_true(has(&f.trace, "connect"));
	assert_false(has(&f.trace, "read"));
	parse_ok(&f, "trace=%%stat");
	assert_int_equal(sysset_count(&f.trace), 5);
	assert_true(has(&f.trace, "newfstatat"));
	parse_ok(&f, "trace=%creds,%clock");
	assert_true(has(&f.trace, "setuid"));
	assert_true(has(&f.trace, "clock_gettime"));
	/* Legacy class words without '%'. */
	parse_ok(&f, "trace=process");
	assert_true(has(&f.trace, "clone"));
	assert_false(has(&f.trace, "read"));
	parse_ok(&f, "trace=desc,memory");
	assert_true(has(&f.trace, "read"));
	assert_true(has(&f.trace, "brk"));
}

static void test_trace_regex(void **state)
{
	struct filter f;

	(void)state;
	parse_ok(&f, "trace=/^open");
	assert_true(has(&f.trace, "open"));
	assert_true(has(&f.trace, "openat"));
	assert_true(has(&f.trace, "openat2"));
	assert_true(has(&f.trace, "open_tree"));
	assert_false(has(&f.trace, "mq_open"));
	parse_ok(&f, "trace=/^(open|close)$");
	assert_int_equal(sysset_count(&f.trace), 2);
	/* Searched anywhere in the name. */
	parse_ok(&f, "trace=/stat");
	assert_true(has(&f.trace, "newfstatat"));
	assert_true(has(&f.trace, "statx"));
	assert_false(has(&f.trace, "read"));
	/* An empty pattern matches every known name, no hole. */
	parse_ok(&f, "trace=/");
	assert_true(has(&f.trace, "read"));
	assert_false(sysset_has(&f.trace, 335));
	parse_ok(&f, "trace=?/zzz");
	assert_int_equal(sysset_count(&f.trace), 0);
}

static void test_trace_question_mark(void **state)
{
	struct filter f;

	(void)state;
	parse_ok(&f, "trace=open,?opn");
	assert_int_equal(sysset_count(&f.trace), 1);
	parse_ok(&f, "trace=?%nonexist,?9999,?");
	assert_int_equal(sysset_count(&f.trace), 0);
	parse_ok(&f, "trace=??close");
	assert_true(has(&f.trace, "close"));
	parse_ok(&f, "trace=?!close");
	assert_int_equal(sysset_count(&f.trace), 0);
}

static void test_trace_errors(void **state)
{
	(void)state;
	parse_fails("trace=opn", "invalid system call 'opn'");
	parse_fails("opn", "invalid system call 'opn'");
	parse_fails("trace=open,opn,xx", "invalid system call 'opn'");
	parse_fails("trace=OPEN", "invalid system call 'OPEN'");
	parse_fails("trace= open", "invalid system call ' open'");
	parse_fails("trace=", "invalid system call ''");
	parse_fails("trace=,", "invalid system call ','");
	parse_fails("trace=!", "invalid system call '!'");
	parse_fails("trace=!,", "invalid system call '!,'");
	parse_fails("trace=close,!", "invalid system call '!'");
	parse_fails("trace=open,!close", "invalid system call '!close'");
	parse_fails("trace=all,none", "invalid system call 'none'");
	parse_fails("trace=%nonexist", "invalid system call '%nonexist'");
	parse_fails("trace=%File", "invalid system call '%File'");
	parse_fails("trace=%%file", "invalid system call '%%file'");
	parse_fails("trace=%all", "invalid system call '%all'");
	parse_fails("trace=net", "invalid system call 'net'");
	parse_fails("trace=creds", "invalid system call 'creds'");
	parse_fails("trace=451", "invalid system call '451'");
	parse_fails("trace=-1", "invalid system call '-1'");
	parse_fails("trace=0x3", "invalid system call '0x3'");
	parse_fails("trace=3a", "invalid system call '3a'");
	parse_fails("trace=/zzzz", "invalid system call '/zzzz'");
	parse_fails("trace=/op[e",
		    "regcomp: op[e: Unmatched [, [^, [:, [., or [=");
	parse_fails("trace=?/op[e",
		    "regcomp: op[e: Unmatched [, [^, [:, [., or [=");
	/* Not a qualifier: the whole argument is a syscall set. */
	parse_fails("foo=none", "invalid system call 'foo=none'");
	parse_fails("T=none", "invalid system call 'T=none'");
	parse_fails("=none", "invalid system call '=none'");
	parse_fails("trace", "invalid system call 'trace'");
}

static void test_last_trace_wins(void **state)
{
	struct filter f;
	char err[128];

	(void)state;
	parse_ok(&f, "trace=close");
	assert_int_equal(filter_parse(&f, "trace=read", err, sizeof(err)), 0);
	assert_int_equal(sysset_count(&f.trace), 1);
	assert_true(has(&f.trace, "read"));
	assert_int_equal(filter_parse(&f, "!close", err, sizeof(err)), 0);
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX - 1);
	/* A bad set leaves the previous one in place. */
	assert_int_equal(filter_parse(&f, "opn", err, sizeof(err)), -1);
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX - 1);
}

static void test_parse_syscalls_direct(void **state)
{
	struct sysset s;
	char err[128] = "";

	(void)state;
	sysset_fill(&s);
	assert_int_equal(filter_parse_syscalls(&s, "openat,%ipc", err,
					       sizeof(err)), 0);
	assert_true(has(&s, "openat"));
	assert_true(has(&s, "semop"));
	assert_int_equal(sysset_count(&s), 13);
	assert_int_equal(filter_parse_syscalls(&s, "nope", err, sizeof(err)),
			 -1);
	assert_string_equal(err, "invalid system call 'nope'");
	assert_int_equal(sysset_count(&s), 13);
}

static void test_status(void **state)
{
	struct filter f;
	char err[128];

	(void)state;
	parse_ok(&f, "status=failed");
	assert_int_equal(f.status, FS_FAILED);
	parse_ok(&f, "status=successful,unfinished");
	assert_int_equal(f.status, FS_SUCCESSFUL | FS_UNFINISHED);
	parse_ok(&f, "status=unavailable,detached,");
	assert_int_equal(f.status, FS_UNAVAILABLE | FS_DETACHED);
	parse_ok(&f, "status=Failed");
	assert_int_equal(f.status, FS_FAILED);
	parse_ok(&f, "status=!failed");
	assert_int_equal(f.status, FS_ALL & ~FS_FAILED);
	parse_ok(&f, "status=!!failed");
	assert_int_equal(f.status, FS_FAILED);
	parse_ok(&f, "status=all");
	assert_int_equal(f.status, FS_ALL);
	parse_ok(&f, "status=none");
	assert_int_equal(f.status, 0);
	parse_ok(&f, "status=!none");
	assert_int_equal(f.status, FS_ALL);
	/* The last status= wins; trace= is untouched. */
	parse_ok(&f, "status=failed");
	assert_int_equal(filter_parse(&f, "status=successful", err,
				      sizeof(err)), 0);
	assert_int_equal(f.status, FS_SUCCESSFUL);
	assert_int_equal(sysset_count(&f.trace), SYSCALLS_MAX);
}

static void test_status_errors(void **state)
{
	(void)state;
	parse_fails("status=foo", "invalid status 'foo'");
	parse_fails("status=", "invalid status ''");
	parse_fails("status=,", "invalid status ','");
	parse_fails("status=!", "invalid status '!'");
	parse_fails("status=ALL", "invalid status 'ALL'");
	parse_fails("status=!ALL", "invalid status 'ALL'");
	parse_fails("status=all,failed", "invalid status 'all'");
	parse_fails("status=failed,none", "invalid status 'none'");
	parse_fails("status=?foo", "invalid status '?foo'");
	parse_fails("status=failed,foo", "invalid status 'foo'");
}

static void test_signals(void **state)
{
	struct filter f;
	char err[128];
	int sig;

	(void)state;
	parse_ok(&f, "signal=USR1");
	for (sig = 1; sig <= 128; sig++)
		assert_int_equal(filter_signal_has(&f, sig), sig == 10);
	parse_ok(&f, "signal=SIGUSR1,sigchld,RT_2,10");
	assert_true(filter_signal_has(&f, 10));
	assert_true(filter_signal_has(&f, 17));
	assert_true(filter_signal_has(&f, 34));
	assert_false(filter_signal_has(&f, 12));
	parse_ok(&f, "signals=rtmin,SIGRT_32,stkflt,SIGIO");
	assert_true(filter_signal_has(&f, 32));
	assert_true(filter_signal_has(&f, 64));
	assert_true(filter_signal_has(&f, 16));
	assert_true(filter_signal_has(&f, 29));
	parse_ok(&f, "s=!USR1");
	assert_false(filter_signal_has(&f, 10));
	assert_true(filter_signal_has(&f, 12));
	assert_true(filter_signal_has(&f, 128));
	parse_ok(&f, "signal=none");
	assert_false(filter_signal_has(&f, 9));
	parse_ok(&f, "signal=!all");
	assert_false(filter_signal_has(&f, 9));
	parse_ok(&f, "signal=all");
	assert_true(filter_signal_has(&f, 9));
	/* 0 and 129..255 are accepted and match nothing. */
	parse_ok(&f, "signal=0,255,010");
	assert_true(filter_signal_has(&f, 10));
	assert_false(filter_signal_has(&f, 1));
	/* The last signal= wins. */
	parse_ok(&f, "signal=USR1");
	assert_int_equal(filter_parse(&f, "signal=USR2", err, sizeof(err)),
			 0);
	assert_false(filter_signal_has(&f, 10));
	assert_true(filter_signal_has(&f, 12));
}

static void test_signal_errors(void **state)
{
	(void)state;
	parse_fails("signal=FOO", "invalid signal 'FOO'");
	parse_fails("signal=?FOO", "invalid signal '?FOO'");
	parse_fails("signal=", "invalid signal ''");
	parse_fails("signal=,", "invalid signal ','");
	parse_fails("signal=!", "invalid signal '!'");
	parse_fails("signal=ALL", "invalid signal 'ALL'");
	parse_fails("signal=all,USR1", "invalid signal 'all'");
	parse_fails("signal=RTMIN+2", "invalid signal 'RTMIN+2'");
	parse_fails("signal=RT_33", "invalid signal 'RT_33'");
	parse_fails("signal=RT_0", "invalid signal 'RT_0'");
	parse_fails("signal=POLL", "invalid signal 'POLL'");
	parse_fails("signal=SIGSIGUSR1", "invalid signal 'SIGSIGUSR1'");
	parse_fails("signal=256", "invalid signal '256'");
	parse_fails("signal=-1", "invalid signal '-1'");
	parse_fails("signal=0x10", "invalid signal '0x10'");
	parse_fails("signal=USR1 ", "invalid signal 'USR1 '");
}

static void test_unsupported_qualifiers(void **state)
{
	static const char *const names[] = {
		"abbrev", "a", "verbose", "v", "raw", "x", "kvm",
		"quiet", "silent", "silence", "q", "decode-fd", "decode-fds",
		"decode-pid", "decode-pids", "secontext",
	};
	char arg[64], msg[128];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(arg, sizeof(arg), "%s=all", names[i]);
		snprintf(msg, sizeof(msg),
			 "qualifier '%s' is not supported yet", names[i]);
		parse_fails(arg, msg);
	}
}

/* -e read=FDS / -e write=FDS: the fds whose data is dumped in hex. */
static void test_fd_sets(void **state)
{
	struct filter f;

	(void)state;
	filter_init(&f);
	assert_false(filter_fd_has(&f.read_fds, 0));
	assert_false(filter_fd_has(&f.write_fds, 1));
	parse_ok(&f, "read=0,3");
	assert_true(filter_fd_has(&f.read_fds, 0));
	assert_true(filter_fd_has(&f.read_fds, 3));
	assert_false(filter_fd_has(&f.read_fds, 1));
	assert_false(filter_fd_has(&f.read_fds, -1));
	assert_false(filter_fd_has(&f.write_fds, 3));
	/* A later read= replaces the set, like strace's. */
	assert_int_equal(filter_parse(&f, "reads=5", NULL, 0), 0);
	assert_false(filter_fd_has(&f.read_fds, 3));
	assert_true(filter_fd_has(&f.read_fds, 5));
	parse_ok(&f, "write=all");
	assert_true(filter_fd_has(&f.write_fds, 1));
	assert_true(filter_fd_has(&f.write_fds, 5000));
	parse_ok(&f, "w=!1");
	assert_false(filter_fd_has(&f.write_fds, 1));
	assert_true(filter_fd_has(&f.write_fds, 2));
	assert_true(filter_fd_has(&f.write_fds, 5000));
	parse_ok(&f, "r=none");
	assert_false(filter_fd_has(&f.read_fds, 5));
	parse_ok(&f, "write=2000");
	assert_false(filter_fd_has(&f.write_fds, 2000));	/* past the bits */
	parse_fails("read=abc", "invalid descriptor 'abc'");
	parse_fails("read=-1", "invalid descriptor '-1'");
	parse_fails("write=", "invalid descriptor ''");
	parse_fails("write=1,x", "invalid descriptor 'x'");
}

static void test_bare_qualifier_words_are_syscalls(void **state)
{
	struct filter f;

	(void)state;
	/* strace reads "-e read" as trace=read, not the read= qualifier. */
	parse_ok(&f, "read");
	assert_int_equal(sysset_count(&f.trace), 1);
	assert_true(has(&f.trace, "read"));
	parse_ok(&f, "write,read");
	assert_int_equal(sysset_count(&f.trace), 2);
}

static void test_small_error_buffer(void **state)
{
	struct filter f;
	char err[8];

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_parse(&f, "trace=nosuchsyscall", err,
				      sizeof(err)), -1);
	assert_string_equal(err, "invalid");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_shows_everything),
		cmocka_unit_test(test_trace_names),
		cmocka_unit_test(test_trace_numbers),
		cmocka_unit_test(test_trace_all_none),
		cmocka_unit_test(test_trace_negation),
		cmocka_unit_test(test_trace_classes),
		cmocka_unit_test(test_trace_regex),
		cmocka_unit_test(test_trace_question_mark),
		cmocka_unit_test(test_trace_errors),
		cmocka_unit_test(test_last_trace_wins),
		cmocka_unit_test(test_parse_syscalls_direct),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_status_errors),
		cmocka_unit_test(test_signals),
		cmocka_unit_test(test_signal_errors),
		cmocka_unit_test(test_unsupported_qualifiers),
		cmocka_unit_test(test_fd_sets),
		cmocka_unit_test(test_bare_qualifier_words_are_syscalls),
		cmocka_unit_test(test_small_error_buffer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
