/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for src/inject.c: the -e inject=/-e fault= grammar, each
 * option and each error, and when= as strace 6.1 applies it (the
 * expected invocations were measured with strace on a program calling
 * getppid twelve times).
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

#include "filter.h"
#include "inject.h"
#include "syscalls.h"

static long nr_of(const char *name)
{
	long nr = syscalls_lookup(name);

	assert_true(nr >= 0);
	return nr;
}

/* Parse one inject (@fault 0) or fault (1) spec into @r: must succeed. */
static const struct inject_rule *ok(struct inject_rules *r, const char *spec,
				    int fault)
{
	char err[256] = "";

	if (inject_parse(r, spec, fault, err, sizeof(err)) != 0)
		fail_msg("'%s' failed: %s", spec, err);
	return &r->rule[r->n - 1];
}

static const struct inject_rule *ok1(struct inject_rules *r, const char *spec)
{
	r->n = 0;
	return ok(r, spec, 0);
}

/* @spec must fail with @msg (NULL: "invalid inject/fault argument"). */
static void fails(const char *spec, int fault, const char *msg)
{
	struct inject_rules r;
	char err[256] = "", want[300];

	r.n = 0;
	if (inject_parse(&r, spec, fault, err, sizeof(err)) == 0)
		fail_msg("'%s' was accepted", spec);
	assert_int_equal(r.n, 0);
	if (!msg) {
		snprintf(want, sizeof(want), "invalid %s argument '%s'",
			 fault ? "fault" : "inject", spec);
		msg = want;
	}
	assert_string_equal(err, msg);
}

/* The invocations 1..12 @when fires on, as "1 2 5 ...". */
static void fired(const char *when, const char *want)
{
	struct inject_rules r;
	char spec[64], got[128] = "";
	const struct inject_rule *ru;
	uint64_t n;

	snprintf(spec, sizeof(spec), "getppid:error=EIO:when=%s", when);
	ru = ok1(&r, spec);
	for (n = 1; n <= 12; n++)
		if (inject_when_fires(ru, n))
			snprintf(got + strlen(got), sizeof(got) - strlen(got),
				 "%s%u", got[0] ? " " : "", (unsigned)n);
	if (strcmp(got, want) != 0)
		fail_msg("when=%s: fired on '%s', strace on '%s'", when, got,
			 want);
}

static void test_when_forms(void **state)
{
	(void)state;
	fired("3", "3");
	fired("3+", "3 4 5 6 7 8 9 10 11 12");
	fired("3+2", "3 5 7 9 11");
	fired("3..5", "3 4 5");
	fired("3..8+2", "3 5 7");
	fired("1..65534", "1 2 3 4 5 6 7 8 9 10 11 12");
	fired("2..2", "2");
	fired("1+65534", "1");
	fired("2+65535", "2");
	fired("1..3+", "1 2 3");
	fired("+2", "2");
	fired("2+1", "2 3 4 5 6 7 8 9 10 11 12");
	fired("010", "10");
	fired("2..+3", "2 3");
}

static void test_when_default_and_last_wins(void **state)
{
	struct inject_rules r;
	const struct inject_rule *ru;

	(void)state;
	ru = ok1(&r, "getppid:error=EIO");
	assert_true(inject_when_fires(ru, 1));
	assert_true(inject_when_fires(ru, 100000));
	ru = ok1(&r, "getppid:error=EIO:when=1:when=2");
	assert_false(inject_when_fires(ru, 1));
	assert_true(inject_when_fires(ru, 2));
	assert_false(inject_when_fires(ru, 3));
}

static void test_when_errors(void **state)
{
	static const char *const bad[] = {
		"0", "3..2", "2+0", "65536", "2..65535", "0x2", "2..3..4",
		"2+3+4", "-1", "2..", "", "2+x", "2..5+0",
	};
	char spec[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(spec, sizeof(spec), "getppid:error=EIO:when=%s",
			 bad[i]);
		fails(spec, 0, NULL);
	}
}

static void test_error_values(void **state)
{
	struct inject_rules r;

	(void)state;
	assert_int_equal(ok1(&r, "getpid:error=ENOENT")->error, ENOENT);
	assert_int_equal(ok1(&r, "getpid:error=enoent")->error, ENOENT);
	assert_int_equal(ok1(&r, "getpid:error=2")->error, 2);
	assert_int_equal(ok1(&r, "getpid:error=4095")->error, 4095);
	assert_int_equal(ok1(&r, "getpid:error=EIO:")->error, EIO);
	assert_int_equal(ok1(&r, "getpid::error=EIO")->error, EIO);
	assert_false(ok1(&r, "getpid:error=EIO")->has_retval);
	assert_int_equal(ok1(&r, "getpid:error=EIO")->syscall, -1);
	fails("getpid:error=EFOO", 0, NULL);
	fails("getpid:error=0", 0, NULL);
	fails("getpid:error=4096", 0, NULL);
	fails("getpid:error=0x10", 0, NULL);
	fails("getpid:error=EIO:error=EPERM", 0, NULL);
	fails("getpid:retval=5:error=EIO", 0, NULL);
	fails("getpid:error=EIO:retval=5", 0, NULL);
}

static void test_retval_values(void **state)
{
	struct inject_rules r;
	const struct inject_rule *ru;

	(void)state;
	ru = ok1(&r, "getpid:retval=42");
	assert_true(ru->has_retval);
	assert_int_equal(ru->retval, 42);
	assert_int_equal(ru->error, 0);
	assert_int_equal(ok1(&r, "getpid:retval=0x10")->retval, 16);
	assert_int_equal(ok1(&r, "getpid:retval=010")->retval, 8);
	assert_int_equal(ok1(&r, "getpid:retval=-1")->retval, -1);
	assert_int_equal(ok1(&r, "getpid:retval=0")->retval, 0);
	assert_int_equal(ok1(&r, "getpid:retval=18446744073709551615")->retval,
			 -1);
	fails("getpid:retval=abc", 0, NULL);
	fails("getpid:retval=", 0, NULL);
	fails("getpid:retval=5:retval=6", 0, NULL);
	fails("getpid:retval=99999999999999999999", 0, NULL);
}

static void test_signal_and_delay(void **state)
{
	struct inject_rules r;
	const struct inject_rule *ru;

	(void)state;
	assert_int_equal(ok1(&r, "getpid:signal=USR1")->signo, SIGUSR1);
	assert_int_equal(ok1(&r, "getpid:signal=sigusr1")->signo, SIGUSR1);
	assert_int_equal(ok1(&r, "getpid:signal=9")->signo, 9);
	assert_int_equal(ok1(&r, "getpid:signal=64:error=EIO")->signo, 64);
	assert_int_equal(ok1(&r, "getpid:signal=SIGRTMIN")->signo, 32);
	fails("getpid:signal=0", 0, NULL);
	fails("getpid:signal=65:error=EIO", 0, NULL);
	fails("getpid:signal=FOO", 0, NULL);
	fails("getpid:signal=0x10", 0, NULL);

	ru = ok1(&r, "getpid:delay_enter=1000");
	assert_true(ru->delayed);
	assert_int_equal(ru->delay_enter_ns, 1000000);
	assert_int_equal(ru->delay_exit_ns, 0);
	ru = ok1(&r, "getpid:delay_exit=1.5ms:retval=5");
	assert_int_equal(ru->delay_exit_ns, 1500000);
	assert_int_equal(ok1(&r, "getpid:delay_enter=1s")->delay_enter_ns,
			 1000000000);
	assert_int_equal(ok1(&r, "getpid:delay_enter=5us")->delay_enter_ns,
			 5000);
	assert_int_equal(ok1(&r, "getpid:delay_enter=100ns")->delay_enter_ns,
			 100);
	assert_true(ok1(&r, "getpid:delay_enter=0")->delayed);
	fails("getpid:delay_enter=-1", 0, NULL);
	fails("getpid:delay_enter=1m", 0, NULL);
	fails("getpid:delay_enter=abc", 0, NULL);
	fails("getpid:error=EIO:delay_enter=0x10", 0, NULL);
}

static void test_syscall_option(void **state)
{
	struct inject_rules r;

	(void)state;
	assert_int_equal(ok1(&r, "getpid:syscall=getppid:retval=3")->syscall,
			 nr_of("getppid"));
	fails("getpid:syscall=openat:retval=3", 0, NULL);
	fails("getpid:syscall=getppid", 0, NULL);
	fails("getpid:syscall=nosuch:error=EIO", 0, NULL);
}

static void test_needs_an_action(void **state)
{
	(void)state;
	fails("getpid", 0, NULL);
	fails("getpid:when=2", 0, NULL);
	fails("getpid:foo=1", 0, NULL);
	fails("getpid:error", 0, NULL);
	fails("nosuch:error=EIO", 0, "invalid system call 'nosuch'");
	fails(":error=EIO", 0, "invalid system call ''");
	fails("getpid:poke_enter=@arg1=00", 0,
	      "inject: poke_enter is not supported yet");
}

static void test_fault(void **state)
{
	struct inject_rules r;
	const struct inject_rule *ru;

	(void)state;
	r.n = 0;
	ru = ok(&r, "getpid", 1);
	assert_int_equal(ru->error, ENOSYS);
	assert_true(inject_when_fires(ru, 1));
	r.n = 0;
	ru = ok(&r, "getpid:error=EIO:when=2", 1);
	assert_int_equal(ru->error, EIO);
	assert_false(inject_when_fires(ru, 1));
	r.n = 0;
	assert_int_equal(ok(&r, "getpid:when=2", 1)->error, ENOSYS);
	r.n = 0;
	assert_int_equal(ok(&r, "getpid:syscall=getppid", 1)->syscall,
			 nr_of("getppid"));
	fails("getpid:retval=1", 1, NULL);
	fails("getpid:signal=USR1", 1, NULL);
	fails("getpid:delay_enter=5", 1, NULL);
}

static void test_sets_and_last_rule_wins(void **state)
{
	struct inject_rules r;

	(void)state;
	r.n = 0;
	ok(&r, "openat,close:error=EIO", 0);
	ok(&r, "close:retval=7", 0);
	ok(&r, "%network:error=EACCES", 0);
	assert_int_equal(r.n, 3);
	assert_int_equal(inject_rule_for(&r, nr_of("openat"))->error, EIO);
	assert_int_equal(inject_rule_for(&r, nr_of("close"))->retval, 7);
	assert_int_equal(inject_rule_for(&r, nr_of("connect"))->error,
			 EACCES);
	assert_null(inject_rule_for(&r, nr_of("read")));
	assert_null(inject_rule_for(&r, -1));
	assert_null(inject_rule_for(&r, 100000));
}

static void test_too_many_rules(void **state)
{
	struct inject_rules r;
	char err[128];
	int i;

	(void)state;
	r.n = 0;
	for (i = 0; i < INJECT_MAX_RULES; i++)
		ok(&r, "getpid:error=EIO", 0);
	assert_int_equal(inject_parse(&r, "getpid:error=EIO", 0, err,
				      sizeof(err)), -1);
	assert_string_equal(err, "too many -e inject= rules (at most 32)");
	assert_int_equal(r.n, INJECT_MAX_RULES);
}

/* Through -e: the filter module hands inject= and fault= over. */
static void test_via_filter(void **state)
{
	struct filter f;
	char err[256] = "";

	(void)state;
	filter_init(&f);
	assert_int_equal(f.inject.n, 0);
	assert_int_equal(filter_parse(&f, "inject=openat:error=ENOENT:when=3",
				      err, sizeof(err)), 0);
	assert_int_equal(filter_parse(&f, "fault=close", err, sizeof(err)),
			 0);
	assert_int_equal(f.inject.n, 2);
	assert_int_equal(f.inject.rule[0].error, ENOENT);
	assert_int_equal(f.inject.rule[0].first, 3);
	assert_int_equal(f.inject.rule[1].error, ENOSYS);
	/* The trace set is not touched. */
	assert_true(sysset_has(&f.trace, nr_of("read")));
	assert_int_equal(filter_parse(&f, "inject=getpid", err, sizeof(err)),
			 -1);
	assert_string_equal(err, "invalid inject argument 'getpid'");
	assert_int_equal(filter_parse(&f, "fault=getpid:retval=1", err,
				      sizeof(err)), -1);
	assert_string_equal(err, "invalid fault argument 'getpid:retval=1'");
}

static void test_warn(void **state)
{
	struct inject_rules r;
	char buf[512] = "";
	FILE *f;

	(void)state;
	r.n = 0;
	ok(&r, "getpid:retval=-1", 0);
	ok(&r, "getpid:retval=5", 0);
	ok(&r, "getpid:retval=-4095", 0);
	f = fmemopen(buf, sizeof(buf) - 1, "w");
	assert_non_null(f);
	inject_warn(&r, f, "mytrace");
	fclose(f);
	assert_string_equal(buf,
		"mytrace: Inadvertent injection of error 1 is possible for "
		"retval=18446744073709551615\n"
		"mytrace: Inadvertent injection of error 4095 is possible for "
		"retval=18446744073709547521\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when_forms),
		cmocka_unit_test(test_when_default_and_last_wins),
		cmocka_unit_test(test_when_errors),
		cmocka_unit_test(test_error_values),
		cmocka_unit_test(test_retval_values),
		cmocka_unit_test(test_signal_and_delay),
		cmocka_unit_test(test_syscall_option),
		cmocka_unit_test(test_needs_an_action),
		cmocka_unit_test(test_fault),
		cmocka_unit_test(test_sets_and_last_rule_wins),
		cmocka_unit_test(test_too_many_rules),
		cmocka_unit_test(test_via_filter),
		cmocka_unit_test(test_warn),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
