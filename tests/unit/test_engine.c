// SPDX-License-Identifier: MIT
/*
 * Unit tests for the engine: real tracees (/bin/true and the
 * tests/tracees/eng_* programs), event sequences checked end to end.
 * Every test arms alarm() so a bug hangs nothing: SIGALRM kills the test
 * and PTRACE_O_EXITKILL the tracees.
 */
#include <errno.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "engine.h"

#define MAX_EV 4096

struct rec {
	enum engine_ev_kind kind;
	pid_t tid, pid, child, old_tid;
	long nr;
	int64_t ret;
	int sig, status, gone_udata;
};

static struct rec recs[MAX_EV];

static char tracee_dir[PATH_MAX];

/* build/X/unit/test_engine -> build/X/tracees, unless $TRACEES says. */
static const char *tracee(const char *name)
{
	static char path[PATH_MAX + 64];
	const char *env = getenv("TRACEES");

	if (!tracee_dir[0]) {
		ssize_t n;
		char *slash;

		if (env) {
			snprintf(tracee_dir, sizeof(tracee_dir), "%s", env);
		} else {
			n = readlink("/proc/self/exe", tracee_dir,
				     sizeof(tracee_dir) - 16);
			assert_true(n > 0);
			tracee_dir[n] = '\0';
			slash = strrchr(tracee_dir, '/');
			*slash = '\0';
			slash = strrchr(tracee_dir, '/');
			strcpy(slash, "/tracees");
		}
	}
	snprintf(path, sizeof(path), "%s/%s", tracee_dir, name);
	return path;
}

static void record(struct rec *r, const struct engine_event *ev)
{
	memset(r, 0, sizeof(*r));
	r->kind = ev->kind;
	r->tid = ev->tid;
	r->pid = ev->pid;
	r->child = ev->child;
	r->old_tid = ev->old_tid;
	r->nr = ev->nr;
	r->ret = ev->ret;
	r->sig = ev->sig;
	r->status = ev->status;
	r->gone_udata = ev->gone_udata != NULL;
}

/* Run to the end; returns the number of events recorded. */
static int run_all(struct engine *e)
{
	struct engine_event ev;
	int n = 0, r;

	while ((r = engine_next_event(e, &ev)) == 1) {
		assert_true(n < MAX_EV);
		assert_non_null(ev.udata);
		record(&recs[n++], &ev);
	}
	assert_int_equal(r, 0);
	return n;
}

static struct engine *new_engine(int follow)
{
	struct engine_opts o = { .follow = follow, .want_time = 1 };
	struct engine *e = engine_new(&o);

	assert_non_null(e);
	alarm(20);
	return e;
}

static pid_t spawn(struct engine *e, const char *path)
{
	char *argv[] = { (char *)path, NULL };
	pid_t pid = engine_spawn(e, path, argv, NULL);

	assert_true(pid > 0);
	return pid;
}

static int count_kind(int n, enum engine_ev_kind kind)
{
	int i, c = 0;

	for (i = 0; i < n; i++)
		c += recs[i].kind == kind;
	return c;
}

static int find_kind(int n, enum engine_ev_kind kind, int from)
{
	int i;

	for (i = from; i < n; i++)
		if (recs[i].kind == kind)
			return i;
	return -1;
}

/* Every EXIT follows an ENTRY of the same syscall in the same thread. */
static void check_pairs(int n)
{
	int i, j;

	for (i = 0; i < n; i++) {
		if (recs[i].kind != ENGINE_EV_EXIT)
			continue;
		for (j = i - 1; j >= 0; j--)
			if (recs[j].tid == recs[i].tid &&
			    (recs[j].kind == ENGINE_EV_ENTRY ||
			     recs[j].kind == ENGINE_EV_EXIT))
				break;
		assert_true(j >= 0);
		assert_int_equal(recs[j].kind, ENGINE_EV_ENTRY);
		assert_int_equal(recs[j].nr, recs[i].nr);
	}
}

static void test_spawn_true(void **state)
{
	struct engine *e = new_engine(0);
	pid_t pid;
	int n;

	(void)state;
	pid = spawn(e, "/bin/true");
	assert_int_equal(engine_count(e), 1);
	n = run_all(e);
	assert_true(n > 6);
	assert_int_equal(recs[0].kind, ENGINE_EV_ENTRY);
	assert_int_equal(recs[0].nr, SYS_execve);
	assert_int_equal(recs[0].tid, pid);
	assert_int_equal(recs[1].kind, ENGINE_EV_EXEC);
	assert_int_equal(recs[1].old_tid, pid);
	assert_int_equal(recs[2].kind, ENGINE_EV_EXIT);
	assert_int_equal(recs[2].nr, SYS_execve);
	assert_int_equal(recs[2].ret, 0);
	assert_int_equal(recs[n - 2].kind, ENGINE_EV_ENTRY);
	assert_int_equal(recs[n - 2].nr, SYS_exit_group);
	assert_int_equal(recs[n - 1].kind, ENGINE_EV_EXITED);
	assert_int_equal(recs[n - 1].status, 0);
	assert_int_equal(recs[n - 1].tid, pid);
	check_pairs(n);
	assert_int_equal(engine_count(e), 0);
	engine_free(e);
}

static void test_exit_status(void **state)
{
	struct engine *e = new_engine(0);
	int n;

	(void)state;
	spawn(e, tracee("eng_exit3"));
	n = run_all(e);
	assert_int_equal(recs[n - 1].kind, ENGINE_EV_EXITED);
	assert_int_equal(recs[n - 1].status, 3);
	engine_free(e);
}

static void test_killed(void **state)
{
	struct engine *e = new_engine(0);
	int n;

	(void)state;
	spawn(e, tracee("eng_selfkill"));
	n = run_all(e);
	assert_int_equal(recs[n - 1].kind, ENGINE_EV_KILLED);
	assert_int_equal(recs[n - 1].sig, SIGKILL);
	assert_int_equal(count_kind(n, ENGINE_EV_EXITED), 0);
	engine_free(e);
}

static void test_missing(void **state)
{
	struct engine *e = new_engine(0);
	char *argv[] = { "nope", NULL };
	char buf[PATH_MAX];

	(void)state;
	assert_int_equal(engine_spawn(e, "/nonexistent/nope", argv, NULL),
			 -ENOENT);
	assert_int_equal(engine_spawn(e, "/", argv, NULL), -EISDIR);
	assert_int_equal(engine_count(e), 0);
	assert_int_equal(engine_find_program("no-such-program-xyz", buf,
					     sizeof(buf)), -ENOENT);
	assert_int_equal(engine_find_program("true", buf, sizeof(buf)), 0);
	assert_non_null(strstr(buf, "/true"));
	assert_int_equal(engine_find_program("/bin/true", buf, 4),
			 -ENAMETOOLONG);
	engine_free(e);
}

static void test_follow_fork(void **state)
{
	struct engine *e = new_engine(1);
	pid_t pid, child;
	int n, f, i;

	(void)state;
	pid = spawn(e, tracee("eng_fork"));
	n = run_all(e);
	f = find_kind(n, ENGINE_EV_FORK, 0);
	assert_true(f > 0);
	child = recs[f].child;
	assert_int_equal(recs[f].tid, pid);
	for (i = 0; i < f; i++)
		assert_int_not_equal(recs[i].tid, child);
	assert_int_equal(count_kind(n, ENGINE_EV_EXITED), 2);
	for (i = f; i < n; i++)
		if (recs[i].tid == child &&
		    recs[i].kind == ENGINE_EV_EXITED)
			break;
	assert_true(i < n);
	assert_int_equal(recs[i].pid, child);
	assert_int_equal(recs[n - 1].tid, pid);
	assert_int_equal(recs[n - 1].status, 0);
	check_pairs(n);
	engine_free(e);
}

static void test_thread(void **state)
{
	struct engine *e = new_engine(1);
	pid_t pid, child;
	int n, f;

	(void)state;
	pid = spawn(e, tracee("eng_thread"));
	n = run_all(e);
	f = find_kind(n, ENGINE_EV_FORK, 0);
	assert_true(f > 0);
	child = recs[f].child;
	assert_int_not_equal(child, pid);
	assert_int_equal(count_kind(n, ENGINE_EV_EXITED), 2);
	f = find_kind(n, ENGINE_EV_ENTRY, f);
	for (; f < n; f++)
		if (recs[f].tid == child)
			break;
	assert_true(f < n);
	assert_int_equal(recs[f].pid, pid);	/* same thread group */
	assert_int_equal(recs[n - 1].kind, ENGINE_EV_EXITED);
	check_pairs(n);
	engine_free(e);
}

/* Run eng_sigusr1; @sig replaces SIGUSR1 at its delivery stop. */
static void run_sigusr1(int sig, int want_status)
{
	struct engine *e = new_engine(0);
	struct engine_event ev;
	int nsig = 0, status = -1;

	spawn(e, tracee("eng_sigusr1"));
	while (engine_next_event(e, &ev) == 1) {
		if (ev.kind == ENGINE_EV_SIGNAL) {
			assert_int_equal(ev.sig, SIGUSR1);
			assert_int_equal(ev.siginfo.si_signo, SIGUSR1);
			nsig++;
			if (sig != SIGUSR1)
				assert_int_equal(engine_set_signal(e, ev.tid,
								   sig), 0);
		}
		if (ev.kind == ENGINE_EV_EXITED)
			status = ev.status;
	}
	assert_int_equal(nsig, 1);
	assert_int_equal(status, want_status);
	engine_free(e);
}

static void test_signal_once(void **state)
{
	(void)state;
	run_sigusr1(SIGUSR1, 1);
}

static void test_signal_suppressed(void **state)
{
	(void)state;
	run_sigusr1(0, 0);
}

static void test_group_stop(void **state)
{
	struct engine *e = new_engine(0);
	struct engine_event ev;
	int stops = 0, sigstop = 0, status = -1;
	pid_t pid;

	(void)state;
	pid = spawn(e, tracee("eng_stop"));
	while (engine_next_event(e, &ev) == 1) {
		if (ev.kind == ENGINE_EV_SIGNAL && ev.sig == SIGSTOP)
			sigstop++;
		if (ev.kind == ENGINE_EV_GROUP_STOP) {
			assert_int_equal(ev.sig, SIGSTOP);
			assert_int_equal(sigstop, 1);
			stops++;
			kill(pid, SIGCONT);
		}
		if (ev.kind == ENGINE_EV_EXITED)
			status = ev.status;
	}
	assert_int_equal(stops, 1);
	assert_int_equal(status, 0);
	engine_free(e);
}

/* Process state letter from /proc/PID/stat. */
static char proc_state(pid_t pid)
{
	char path[64], buf[512], *p;
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return '?';
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strrchr(buf, ')');
	return p && p[1] ? p[2] : '?';
}

static pid_t fork_sleeper(void)
{
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		struct timespec ts = { 0, 5 * 1000 * 1000 };

		alarm(20);
		for (;;)
			nanosleep(&ts, NULL);
	}
	usleep(20000);
	return pid;
}

static void test_attach(void **state)
{
	struct engine *e = new_engine(0);
	struct engine_event ev;
	int i, r, attached = 0, detached = 0, entries = 0;
	pid_t pid, w;
	char st;

	(void)state;
	pid = fork_sleeper();
	assert_int_equal(engine_attach(e, pid), 1);
	assert_int_equal(engine_count(e), 1);
	for (i = 0; i < 12; i++) {
		assert_int_equal(engine_next_event(e, &ev), 1);
		assert_int_equal(ev.tid, pid);
		if (ev.kind == ENGINE_EV_ATTACHED) {
			assert_int_equal(i, 0);
			attached++;
		}
		entries += ev.kind == ENGINE_EV_ENTRY;
	}
	assert_int_equal(attached, 1);
	assert_true(entries >= 4);
	engine_detach_all(e);
	while ((r = engine_next_event(e, &ev)) == 1) {
		assert_int_equal(ev.kind, ENGINE_EV_DETACHED);
		detached++;
	}
	assert_int_equal(r, 0);
	assert_int_equal(detached, 1);
	assert_int_equal(engine_count(e), 0);
	usleep(20000);
	st = proc_state(pid);
	assert_true(st != 't' && st != 'T' && st != '?');
	kill(pid, SIGKILL);
	w = waitpid(pid, NULL, 0);
	assert_int_equal(w, pid);
	engine_free(e);
}

static void test_attach_errors(void **state)
{
	struct engine *e = new_engine(0);

	(void)state;
	assert_int_equal(engine_attach(e, 0x3ffffff0), -ESRCH);
	assert_int_equal(engine_attach(e, getpid()), -EPERM);
	assert_non_null(engine_attach_why(getpid()));
	engine_free(e);
}

static void test_exec_from_thread(void **state)
{
	struct engine *e = new_engine(1);
	pid_t pid;
	int n, x, i;

	(void)state;
	pid = spawn(e, tracee("eng_thread_exec"));
	n = run_all(e);
	x = find_kind(n, ENGINE_EV_EXEC, 2);
	assert_true(x > 0);
	assert_int_equal(recs[x].tid, pid);
	assert_int_not_equal(recs[x].old_tid, pid);
	assert_int_equal(recs[x].gone_udata, 1);
	for (i = x + 1; i < n; i++)
		if (recs[i].kind == ENGINE_EV_EXIT)
			break;
	assert_int_equal(recs[i].tid, pid);
	assert_int_equal(recs[i].nr, SYS_execve);
	assert_int_equal(recs[i].ret, 0);
	assert_int_equal(recs[n - 1].kind, ENGINE_EV_EXITED);
	assert_int_equal(recs[n - 1].tid, pid);
	assert_int_equal(recs[n - 1].status, 0);
	assert_int_equal(engine_count(e), 0);
	engine_free(e);
}

static void test_kill_spawned(void **state)
{
	struct engine *e = new_engine(0);
	char *argv[] = { "sleep", "10", NULL };
	struct engine_event ev;
	int i, killed = 0;
	pid_t pid;

	(void)state;
	pid = engine_spawn(e, "/bin/sleep", argv, NULL);
	assert_true(pid > 0);
	for (i = 0; i < 5; i++)
		assert_int_equal(engine_next_event(e, &ev), 1);
	engine_detach_all(e);
	while (engine_next_event(e, &ev) == 1) {
		assert_int_equal(ev.kind, ENGINE_EV_KILLED);
		killed++;
	}
	assert_int_equal(killed, 1);
	assert_int_equal(kill(pid, 0), -1);
	engine_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spawn_true),
		cmocka_unit_test(test_exit_status),
		cmocka_unit_test(test_killed),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_follow_fork),
		cmocka_unit_test(test_thread),
		cmocka_unit_test(test_signal_once),
		cmocka_unit_test(test_signal_suppressed),
		cmocka_unit_test(test_group_stop),
		cmocka_unit_test(test_attach),
		cmocka_unit_test(test_attach_errors),
		cmocka_unit_test(test_exec_from_thread),
		cmocka_unit_test(test_kill_spawned),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
