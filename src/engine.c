/* SPDX-License-Identifier: MIT */
/*
 * engine - lifecycle and the wait loop: resume the thread held by the
 * previous event, hand out queued (synthetic) events, then deferred wait
 * statuses, then wait for the next stop and classify it (engine_stop.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <time.h>

#include "engine_priv.h"

struct engine *engine_new(const struct engine_opts *opts)
{
	struct engine *e = calloc(1, sizeof(*e));

	if (!e)
		return NULL;
	if (opts)
		e->opts = *opts;
	if (e->opts.spin_us < 0)
		e->opts.spin_us = eng_default_spin();
	if (e->opts.traced) {
		e->traced = *e->opts.traced;
		e->opts.traced = &e->traced;
	}
	if (eng_table_init(e) < 0) {
		free(e);
		return NULL;
	}
	return e;
}

void engine_free(struct engine *e)
{
	if (!e)
		return;
	engine_detach_all(e);
	eng_table_free(e);
	free(e->gone_rec);
	free(e->queue);
	free(e->bpf);
	free(e);
}

int engine_seccomp_active(const struct engine *e)
{
	return e->sc_active;
}

unsigned long eng_ptrace_options(const struct engine *e, int spawned)
{
	unsigned long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;

	if (spawned)
		o |= PTRACE_O_EXITKILL;
	if (e->opts.follow)
		o |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK |
		     PTRACE_O_TRACECLONE;
	if (e->opts.threads)
		o |= PTRACE_O_TRACECLONE;
	if (e->opts.exit_stop)
		o |= PTRACE_O_TRACEEXIT;
	if (spawned && e->sc_active)
		o |= PTRACE_O_TRACESECCOMP;
	return o;
}

static uint64_t eng_clock_ns(clockid_t clk)
{
	struct timespec ts;

	if (clock_gettime(clk, &ts) < 0)
		return 0;
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t eng_mono_ns(void)
{
	return eng_clock_ns(CLOCK_MONOTONIC);
}

void eng_stamp(const struct engine *e, struct engine_event *ev)
{
	ev->stime_ns = e->opts.want_stime ? e->wait_stime_ns :
		       ENGINE_NO_STIME;
	if (!e->opts.want_time)
		return;
	ev->ts_ns = eng_clock_ns(CLOCK_REALTIME);
	ev->mono_ns = eng_clock_ns(CLOCK_MONOTONIC);
}

/* Thread group id of @tid from /proc, or @tid itself if unreadable. */
pid_t eng_read_tgid(pid_t tid)
{
	char path[64], line[128];
	pid_t tgid = tid;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	f = fopen(path, "re");
	if (!f)
		return tid;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "Tgid: %d", &tgid) == 1)
			break;
	}
	fclose(f);
	return tgid;
}

/*
 * Restart a stopped thread the way its stop requires.  ESRCH is not an
 * error: the thread died (SIGKILL) and waitpid will say so.
 */
int eng_resume(struct engine *e, struct eng_thread *t)
{
	enum __ptrace_request req;
	long r;

	(void)e;
	if (!t->stopped || t->gone || t->deferred || t->new_child)
		return 0;
	/* Under the filter, stop at syscalls only to reach an exit. */
	req = t->sc && !t->in_syscall ? PTRACE_CONT : PTRACE_SYSCALL;
	if (t->step) {
		/* engine_step(): even out of a group-stop. */
		req = PTRACE_SINGLESTEP;
		t->how = ENG_RESUME_SYSCALL;
	}
	if (t->how == ENG_RESUME_LISTEN) {
		r = ptrace(PTRACE_LISTEN, t->tid, NULL, NULL);
		/* No longer in group-stop (SIGCONT came): resume normally. */
		if (r < 0 && errno == EINVAL)
			r = ptrace(req, t->tid, NULL, NULL);
	} else {
		r = ptrace(req, t->tid, NULL, (void *)(long)t->resume_sig);
	}
	t->how = ENG_RESUME_SYSCALL;
	t->resume_sig = 0;
	t->stopped = 0;
	if (r < 0 && errno != ESRCH)
		return -errno;
	return 0;
}

int eng_queue(struct engine *e, const struct engine_event *ev)
{
	if (e->qhead + e->qlen == e->qcap) {
		struct engine_event *q;
		int cap = e->qcap ? e->qcap * 2 : 16;

		if (e->qhead) {
			memmove(e->queue, e->queue + e->qhead,
				(size_t)e->qlen * sizeof(*q));
			e->qhead = 0;
		} else {
			q = realloc(e->queue, (size_t)cap * sizeof(*q));
			if (!q)
				return -ENOMEM;
			e->queue = q;
			e->qcap = cap;
		}
	}
	e->queue[e->qhead + e->qlen++] = *ev;
	return 0;
}

/* Resume (or forget, when its end was reported) the held thread. */
static void eng_release_held(struct engine *e)
{
	struct eng_thread *t;

	free(e->gone_rec);
	e->gone_rec = NULL;
	if (e->held) {
		t = eng_find(e, e->held);
		if (t && t->gone)
			eng_remove(e, t);
		else if (t)
			eng_resume(e, t);
	}
	if (e->held_child) {
		t = eng_find(e, e->held_child);
		if (t && t->new_child) {
			t->new_child = 0;
			eng_resume(e, t);
		}
	}
	e->held = 0;
	e->held_child = 0;
}

/* Hand out the first queued event; 1 if there was one. */
static int eng_pop_queued(struct engine *e, struct engine_event *ev)
{
	struct eng_thread *t;

	if (!e->qlen)
		return 0;
	*ev = e->queue[e->qhead];
	e->qhead++;
	if (--e->qlen == 0)
		e->qhead = 0;
	t = eng_find(e, ev->tid);
	ev->udata = t ? &t->udata : NULL;
	if (t)
		e->held = t->tid;
	return 1;
}

/* The wait(2) family found no child: whatever is left is gone. */
static void eng_forget(struct engine *e, struct eng_thread *t, void *arg)
{
	(void)arg;
	eng_remove(e, t);
}

int engine_next_event(struct engine *e, struct engine_event *ev)
{
	int status;
	pid_t tid;

	eng_release_held(e);
	for (;;) {
		memset(ev, 0, sizeof(*ev));
		if (eng_pop_queued(e, ev))
			return 1;
		if (e->deferred) {
			struct eng_thread *t = e->deferred;

			e->deferred = t->dnext;
			t->dnext = NULL;
			t->deferred = 0;
			e->wait_stime_ns = ENGINE_NO_STIME;
			if (eng_handle_status(e, t->tid, t->deferred_status,
					      ev))
				return 1;
			continue;
		}
		if (e->count == 0)
			return 0;
		tid = eng_wait(e, &status);
		if (tid < 0) {
			if (tid == -ECHILD) {
				eng_foreach(e, eng_forget, NULL);
				return 0;
			}
			return tid;
		}
		if (eng_handle_status(e, tid, status, ev))
			return 1;
	}
}

int engine_set_signal(struct engine *e, pid_t tid, int sig)
{
	struct eng_thread *t;

	t = eng_find(e, tid);
	/* The held thread, or one kept stopped by engine_hold(). */
	if (!t || t->gone || (e->held != tid && !t->parked))
		return -ESRCH;
	if (sig < 0 || sig >= NSIG)
		return -EINVAL;
	t->resume_sig = sig;
	return 0;
}

pid_t engine_tgid(const struct engine *e, pid_t tid)
{
	const struct eng_thread *t = eng_find(e, tid);

	return t && !t->gone ? t->pid : -ESRCH;
}

int engine_count(const struct engine *e)
{
	size_t i;
	int n = 0;

	for (i = 0; i < e->tab_size; i++) {
		const struct eng_thread *t;

		for (t = e->tab[i]; t; t = t->hnext)
			n += !t->gone;
	}
	return n;
}
