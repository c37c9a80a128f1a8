/* SPDX-License-Identifier: MIT */
/*
 * engine_detach - stop tracing everything.  Threads of attached processes
 * are stopped (PTRACE_INTERRUPT), then detached with the signal they were
 * about to get, so they run on as before (a thread in group-stop stays
 * stopped).  Spawned processes are killed and reaped.  Each thread gets
 * a DETACHED (or EXITED/KILLED) event, handed out by engine_next_event.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

#include "engine_priv.h"

static int eng_wait_tid(pid_t tid, int *status)
{
	for (;;) {
		if (waitpid(tid, status, __WALL) == tid)
			return 0;
		if (errno != EINTR)
			return -errno;
	}
}

/* Queue the end of @t (DETACHED, or EXITED/KILLED from @status). */
static void eng_queue_end(struct engine *e, struct eng_thread *t,
			  int detached, int status)
{
	struct engine_event ev;

	if (t->hidden) {
		/* The caller never heard of it: no event. */
		t->gone = 1;
		t->stopped = 0;
		t->deferred = 0;
		return;
	}
	memset(&ev, 0, sizeof(ev));
	eng_stamp(e, &ev);
	ev.tid = t->tid;
	ev.pid = t->pid;
	if (detached) {
		ev.kind = ENGINE_EV_DETACHED;
	} else if (WIFEXITED(status)) {
		ev.kind = ENGINE_EV_EXITED;
		ev.status = WEXITSTATUS(status);
	} else {
		ev.kind = ENGINE_EV_KILLED;
		ev.sig = WIFSIGNALED(status) ? WTERMSIG(status) : SIGKILL;
		ev.core = WIFSIGNALED(status) && WCOREDUMP(status);
	}
	t->gone = 1;
	t->stopped = 0;
	t->deferred = 0;
	eng_queue(e, &ev);
}

/* The signal to pass on when detaching from a stop of this status. */
static int eng_pending_sig(int status)
{
	int sig = WSTOPSIG(status);

	if (sig == (SIGTRAP | 0x80) || (unsigned int)status >> 16)
		return 0;	/* syscall or event stop: nothing pending */
	return sig;		/* signal-delivery-stop */
}

static void eng_detach_one(struct engine *e, struct eng_thread *t, void *arg)
{
	int status, sig = 0;

	(void)arg;
	if (t->gone || t->origin != ENG_ATTACHED)
		return;
	if (t->deferred) {
		sig = eng_pending_sig(t->deferred_status);
	} else if (t->stopped) {
		sig = t->how == ENG_RESUME_LISTEN ? 0 : t->resume_sig;
	} else {
		if (ptrace(PTRACE_INTERRUPT, t->tid, NULL, NULL) < 0 &&
		    errno != ESRCH)
			return;
		if (eng_wait_tid(t->tid, &status) < 0) {
			eng_queue_end(e, t, 0, 0);
			return;
		}
		if (!WIFSTOPPED(status)) {
			eng_queue_end(e, t, 0, status);
			return;
		}
		sig = eng_pending_sig(status);
	}
	ptrace(PTRACE_DETACH, t->tid, NULL, (void *)(long)sig);
	eng_queue_end(e, t, 1, 0);
}

static void eng_kill_one(struct engine *e, struct eng_thread *t, void *arg)
{
	(void)e;
	(void)arg;
	if (!t->gone && t->origin == ENG_SPAWNED)
		kill(t->pid, SIGKILL);
}

/* Reap a killed thread; @arg selects leaders (1) or other threads (0). */
static void eng_reap_one(struct engine *e, struct eng_thread *t, void *arg)
{
	int leaders = *(int *)arg;
	int status = 0;

	if (t->gone || t->origin != ENG_SPAWNED ||
	    (t->tid == t->pid) != leaders)
		return;
	do {
		if (eng_wait_tid(t->tid, &status) < 0) {
			/* Reaped already: say killed. */
			status = SIGKILL;
			break;
		}
		/* Older kernels stop a killed thread at its exit event. */
		if (WIFSTOPPED(status) &&
		    (unsigned int)status >> 16 == PTRACE_EVENT_EXIT)
			ptrace(PTRACE_CONT, t->tid, NULL, NULL);
	} while (WIFSTOPPED(status));
	eng_queue_end(e, t, 0, status);
}

void engine_detach_all(struct engine *e)
{
	int leaders;

	free(e->gone_rec);
	e->gone_rec = NULL;
	e->held = 0;
	e->held_child = 0;
	e->qhead = 0;
	e->qlen = 0;
	eng_foreach(e, eng_detach_one, NULL);
	eng_foreach(e, eng_kill_one, NULL);
	/* A traced leader is reported only after its other threads. */
	leaders = 0;
	eng_foreach(e, eng_reap_one, &leaders);
	leaders = 1;
	eng_foreach(e, eng_reap_one, &leaders);
	e->deferred = NULL;
}

/* engine_detach_pid: one process, whatever its origin. */
struct eng_pid_arg {
	pid_t pid;
	int n;
};

/* Take @t off the list of deferred statuses (its status is used now). */
static void eng_undefer(struct engine *e, struct eng_thread *t)
{
	struct eng_thread **p;

	for (p = &e->deferred; *p; p = &(*p)->dnext) {
		if (*p == t) {
			*p = t->dnext;
			t->dnext = NULL;
			break;
		}
	}
}

static void eng_detach_of(struct engine *e, struct eng_thread *t, void *arg)
{
	struct eng_pid_arg *a = arg;

	if (t->gone || t->hidden || t->pid != a->pid)
		return;
	if (t->deferred)
		eng_undefer(e, t);
	if (e->held == t->tid)
		e->held = 0;
	t->parked = 0;
	t->new_child = 0;
	t->origin = ENG_ATTACHED;	/* detached, never killed */
	eng_detach_one(e, t, NULL);
	a->n++;
}

static void eng_count_filtered(struct engine *e, struct eng_thread *t,
			       void *arg)
{
	struct eng_pid_arg *a = arg;

	(void)e;
	if (!t->gone && !t->hidden && t->pid == a->pid && t->sc)
		a->n++;
}

int engine_detach_pid(struct engine *e, pid_t pid)
{
	struct eng_pid_arg a = { pid, 0 };

	/*
	 * A process under the seccomp filter cannot run untraced: its
	 * filtered calls would fail with ENOSYS.  Refuse rather than break.
	 */
	eng_foreach(e, eng_count_filtered, &a);
	if (a.n)
		return -EBUSY;
	eng_foreach(e, eng_detach_of, &a);
	return a.n ? a.n : -ESRCH;
}
