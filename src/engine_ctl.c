/* SPDX-License-Identifier: MIT */
/*
 * engine_ctl - the shell's controls over running tracees: interrupt the
 * running threads (Ctrl-C), keep stopped threads stopped while the user
 * looks at them (hold), and let them go again (release).
 */
#include <errno.h>
#include <sys/ptrace.h>

#include "engine_priv.h"

static void eng_interrupt_one(struct engine *e, struct eng_thread *t,
			      void *arg)
{
	int *n = arg;

	if (t->gone || t->hidden || t->stopped || t->deferred ||
	    t->new_child || t->tid == e->held)
		return;
	if (ptrace(PTRACE_INTERRUPT, t->tid, NULL, NULL) < 0)
		return;		/* ESRCH: its death is on the way */
	t->stop_req = 1;
	(*n)++;
}

int engine_interrupt(struct engine *e, pid_t tid)
{
	struct eng_thread *t;
	int n = 0;

	if (tid == 0) {
		eng_foreach(e, eng_interrupt_one, &n);
		return n;
	}
	t = eng_find(e, tid);
	if (!t || t->gone)
		return -ESRCH;
	eng_interrupt_one(e, t, &n);
	return n;
}

int engine_hold(struct engine *e, pid_t tid)
{
	struct eng_thread *t = eng_find(e, tid);

	if (!t || t->gone)
		return -ESRCH;
	if (t->parked)
		return 0;
	if (e->held != tid || !t->stopped)
		return -ESRCH;
	t->parked = 1;
	e->held = 0;
	return 0;
}

static void eng_release_one(struct engine *e, struct eng_thread *t,
			    void *arg)
{
	pid_t tid = *(pid_t *)arg;

	if (!t->parked || (tid && t->tid != tid))
		return;
	t->parked = 0;
	eng_resume(e, t);
}

void engine_release(struct engine *e, pid_t tid)
{
	eng_foreach(e, eng_release_one, &tid);
}

int engine_is_stopped(const struct engine *e, pid_t tid)
{
	const struct eng_thread *t = eng_find(e, tid);

	if (!t || t->gone)
		return 0;
	return t->parked || (e->held == tid && t->stopped);
}

int engine_step(struct engine *e, pid_t tid)
{
	struct eng_thread *t = eng_find(e, tid);

	if (!t || t->gone || !t->stopped || t->new_child ||
	    (!t->parked && e->held != tid))
		return -ESRCH;
	t->step = 1;
	return 0;
}

static void eng_setopt_one(struct engine *e, struct eng_thread *t, void *arg)
{
	(void)arg;
	if (t->gone || !t->stopped || t->deferred)
		return;
	/* ESRCH: killed meanwhile; its death is reported anyway. */
	ptrace(PTRACE_SETOPTIONS, t->tid, NULL,
	       (void *)eng_ptrace_options(e, t->origin == ENG_SPAWNED));
}

void engine_set_follow(struct engine *e, int on)
{
	e->opts.follow = on ? 1 : 0;
	eng_foreach(e, eng_setopt_one, NULL);
}

void engine_set_threads(struct engine *e, int on)
{
	e->opts.threads = on ? 1 : 0;
	eng_foreach(e, eng_setopt_one, NULL);
}

void engine_set_exit_stop(struct engine *e, int on)
{
	e->opts.exit_stop = on ? 1 : 0;
	eng_foreach(e, eng_setopt_one, NULL);
}
