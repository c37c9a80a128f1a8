/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for src/seccomp.c and the engine's fast path: the BPF
 * program run through a small classic-BPF interpreter for every syscall
 * number, the kernel accepting it (a filtered call with no tracer fails
 * with ENOSYS), and the engine reporting only the traced calls of a
 * spawned program, with and without -f.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <linux/audit.h>
#include <linux/seccomp.h>

#include "engine.h"
#include "seccomp.h"
#include "syscalls.h"

static struct sock_filter prog[SECCOMP_PROG_MAX];

/* Run @p (classic BPF, the opcodes seccomp_build uses) on one call. */
static unsigned int run_bpf(const struct sock_filter *p, int len,
			    uint32_t arch, uint32_t nr)
{
	struct seccomp_data d;
	uint32_t a = 0;
	int pc = 0;

	memset(&d, 0, sizeof(d));
	d.arch = arch;
	d.nr = (int)nr;
	while (pc < len) {
		const struct sock_filter *i = &p[pc++];
		int taken;

		switch (i->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			assert_true(i->k + 4 <= sizeof(d));
			memcpy(&a, (const char *)&d + i->k, 4);
			continue;
		case BPF_RET | BPF_K:
			return i->k;
		case BPF_JMP | BPF_JEQ | BPF_K:
			taken = a == i->k;
			break;
		case BPF_JMP | BPF_JGE | BPF_K:
			taken = a >= i->k;
			break;
		case BPF_JMP | BPF_JGT | BPF_K:
			taken = a > i->k;
			break;
		case BPF_JMP | BPF_JSET | BPF_K:
			taken = (a & i->k) != 0;
			break;
		default:
			fail_msg("bad opcode %#x at %d", i->code, pc - 1);
			return 0;
		}
		pc += taken ? i->jt : i->jf;
	}
	fail_msg("fell off the end of the program");
	return 0;
}

/* The program for @set must trace exactly @set + execve(at). */
static void check_set(const struct sysset *set)
{
	int len = seccomp_build(set, prog, SECCOMP_PROG_MAX);
	uint32_t nr;

	assert_true(len > 0);
	for (nr = 0; nr < SYSCALLS_MAX + 64; nr++) {
		int want = sysset_has(set, nr) || nr == SYS_execve ||
			   nr == SYS_execveat;
		unsigned int act = run_bpf(prog, len, AUDIT_ARCH_X86_64, nr);

		if (act != (want ? SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW))
			fail_msg("nr %u: action %#x", nr, act);
	}
	/* Other ABIs are always traced. */
	assert_int_equal(run_bpf(prog, len, AUDIT_ARCH_I386, 39),
			 SECCOMP_RET_TRACE);
	assert_int_equal(run_bpf(prog, len, AUDIT_ARCH_X86_64,
				 0x40000000u | 1), SECCOMP_RET_TRACE);
}

static void test_build_sets(void **state)
{
	struct sysset s;
	long nr;

	(void)state;
	sysset_clear(&s);
	check_set(&s);				/* nothing but execve */
	sysset_add(&s, syscalls_lookup("openat"));
	check_set(&s);
	sysset_add(&s, 0);			/* a run starting at 0 */
	sysset_add(&s, 1);
	sysset_add(&s, SYSCALLS_MAX - 1);	/* and one at the end */
	check_set(&s);
	sysset_fill(&s);
	sysset_del(&s, syscalls_lookup("futex"));	/* "!futex" */
	check_set(&s);
	sysset_fill(&s);
	check_set(&s);
	/* The worst case: every other number. */
	sysset_clear(&s);
	for (nr = 0; nr < SYSCALLS_MAX; nr += 2)
		sysset_add(&s, nr);
	check_set(&s);
	assert_true(seccomp_build(&s, prog, 16) == -E2BIG);
}

static void test_useful(void **state)
{
	struct sysset s;

	(void)state;
	sysset_fill(&s);
	assert_false(seccomp_useful(&s));
	sysset_del(&s, syscalls_lookup("getppid"));
	assert_true(seccomp_useful(&s));
	sysset_clear(&s);
	assert_true(seccomp_useful(&s));
}

/* The kernel takes the program: with no tracer, traced calls fail. */
static void test_kernel_accepts(void **state)
{
	struct sysset s;
	int len, status;
	pid_t pid;

	(void)state;
	sysset_clear(&s);
	sysset_add(&s, SYS_getppid);
	len = seccomp_build(&s, prog, SECCOMP_PROG_MAX);
	assert_true(len > 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		long r;

		if (seccomp_install(prog, len) < 0)
			_exit(10);
		r = syscall(SYS_getppid);
		if (r != -1 || errno != ENOSYS)
			_exit(11);
		if (syscall(SYS_getpid) <= 0)
			_exit(12);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* build/X/unit/test_seccomp -> build/X/tracees, unless $TRACEES says. */
static const char *tracee(const char *name)
{
	static char path[4096 + 64];
	char dir[4096];
	const char *env = getenv("TRACEES");
	ssize_t n;

	if (env) {
		snprintf(dir, sizeof(dir), "%s", env);
	} else {
		n = readlink("/proc/self/exe", dir, sizeof(dir) - 16);
		assert_true(n > 0);
		dir[n] = '\0';
		*strrchr(dir, '/') = '\0';
		strcpy(strrchr(dir, '/'), "/tracees");
	}
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

struct counts {
	int entries, exits, other_calls, execs, forks, exited;
};

/*
 * Spawn @name with the set {@traced} and the fast path @mode; count the
 * events.  Syscall events other than @traced and execve go in
 * other_calls.
 */
static void run_traced(const char *name, const char *traced, int follow,
		       enum engine_seccomp mode, int want_active,
		       struct counts *c)
{
	struct engine_opts o = { .follow = follow, .seccomp = mode };
	char *argv[] = { (char *)tracee(name), NULL };
	long want = syscalls_lookup(traced);
	struct engine_event ev;
	struct sysset s;
	struct engine *e;
	int r;

	sysset_clear(&s);
	sysset_add(&s, want);
	o.traced = &s;
	memset(c, 0, sizeof(*c));
	e = engine_new(&o);
	assert_non_null(e);
	alarm(20);
	assert_true(engine_spawn(e, argv[0], argv, NULL) > 0);
	assert_int_equal(engine_seccomp_active(e), want_active);
	while ((r = engine_next_event(e, &ev)) == 1) {
		int mine = ev.nr == want || ev.nr == SYS_execve;

		switch (ev.kind) {
		case ENGINE_EV_ENTRY:
			c->entries += ev.nr == want;
			c->other_calls += !mine;
			break;
		case ENGINE_EV_EXIT:
			c->exits += ev.nr == want;
			c->other_calls += !mine;
			break;
		case ENGINE_EV_EXEC:
			c->execs++;
			break;
		case ENGINE_EV_FORK:
			c->forks++;
			break;
		case ENGINE_EV_EXITED:
			c->exited++;
			break;
		default:
			break;
		}
	}
	assert_int_equal(r, 0);
	alarm(0);
	engine_free(e);
}

static void test_engine_fast_path(void **state)
{
	struct counts slow, fast;

	(void)state;
	run_traced("forkexec", "wait4", 1, ENGINE_SECCOMP_OFF, 0, &slow);
	run_traced("forkexec", "wait4", 1, ENGINE_SECCOMP_AUTO, 1, &fast);
	assert_true(slow.other_calls > 0);
	assert_int_equal(fast.other_calls, 0);
	assert_int_equal(fast.entries, 1);
	assert_int_equal(fast.exits, 1);
	assert_int_equal(fast.entries, slow.entries);
	assert_int_equal(fast.execs, 2);	/* the program, /bin/true */
	assert_int_equal(fast.execs, slow.execs);
	assert_int_equal(fast.forks, 1);
	assert_int_equal(fast.exited, slow.exited);
}

/* Without -f the filtered child is traced silently, and works. */
/*
 * Like strace, no fast path without -f, even when forced: children that
 * are not followed would inherit a filter with no tracer behind it.
 */
static void test_engine_no_follow(void **state)
{
	struct counts c;

	(void)state;
	run_traced("forkexec", "wait4", 0, ENGINE_SECCOMP_AUTO, 0, &c);
	assert_true(c.other_calls > 0);
	assert_int_equal(c.entries, 1);
	assert_int_equal(c.forks, 0);
	assert_int_equal(c.execs, 1);	/* the child's exec is not told */
	assert_int_equal(c.exited, 1);
	run_traced("forkexec", "wait4", 0, ENGINE_SECCOMP_ON, 0, &c);
	assert_true(c.other_calls > 0);
	assert_int_equal(c.exited, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build_sets),
		cmocka_unit_test(test_useful),
		cmocka_unit_test(test_kernel_accepts),
		cmocka_unit_test(test_engine_fast_path),
		cmocka_unit_test(test_engine_no_follow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
