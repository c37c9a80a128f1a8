// SPDX-License-Identifier: MIT
/*
 * inject - the runtime half of the inject module (include/inject.h):
 * apply the parsed rules (src/inject_parse.c) to the engine's stopped
 * threads.  At a traced call's entry the invocation is counted for its
 * thread; when the rule fires, the syscall number becomes -1 (or the
 * rule's syscall=) so that the kernel skips it, and the signal is queued
 * with the resumption; at the exit the chosen value is written as the
 * return value and the event is marked for the printer.
 *
 * Delays block mytrace itself (nanosleep at the stop), so while one
 * thread is delayed the other tracees wait for their next stop too:
 * strace keeps them running with timers.  Ctrl-C ends a delay early.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arch.h"
#include "decode.h"
#include "engine.h"
#include "filter.h"
#include "inject.h"

#define INJECT_HASH 64

/* What the rules know of one thread. */
struct inj_thread {
	struct inj_thread *next;	/* hash chain */
	pid_t tid;
	uint32_t *count;	/* invocations per syscall, SYSCALLS_MAX */
	int pending;		/* tampered at entry: work left for the exit */
	long nr;		/* ... of this syscall */
	unsigned tamper;	/* ENGINE_TAMPER_* bits for the exit event */
	int64_t ret;		/* value to write at exit (INJECTED) */
	int exit_sig;		/* signal to deliver at exit */
	uint64_t delay_exit_ns;
};

struct inject {
	const struct inject_rules *rules;
	const struct sysset *trace;	/* -e trace= */
	const char *const *paths;	/* -P */
	int npaths;
	struct inj_thread *hash[INJECT_HASH];
};

struct inject *inject_new(const struct filter *f, const char *const *paths,
			  int npaths)
{
	struct inject *in = calloc(1, sizeof(*in));

	if (!in)
		return NULL;
	in->rules = &f->inject;
	in->trace = &f->trace;
	in->paths = paths;
	in->npaths = npaths;
	return in;
}

/* strace tampers only with traced calls: -e trace=, then -P. */
static int inj_traced(const struct inject *in, const struct engine_event *ev,
		      const struct decode_src *src)
{
	struct decode_call c;

	if (!sysset_has(in->trace, ev->nr))
		return 0;
	if (!in->npaths)
		return 1;
	memset(&c, 0, sizeof(c));
	c.nr = ev->nr;
	memcpy(c.args, ev->args, sizeof(c.args));
	return decode_touches_path(&c, src, in->paths, in->npaths);
}

static struct inj_thread **inj_slot(struct inject *in, pid_t tid)
{
	struct inj_thread **p = &in->hash[(unsigned)tid % INJECT_HASH];

	while (*p && (*p)->tid != tid)
		p = &(*p)->next;
	return p;
}

static struct inj_thread *inj_get(struct inject *in, pid_t tid)
{
	struct inj_thread **p = inj_slot(in, tid), *t = *p;

	if (t)
		return t;
	t = calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	t->count = calloc(SYSCALLS_MAX, sizeof(*t->count));
	if (!t->count) {
		free(t);
		return NULL;
	}
	t->tid = tid;
	*p = t;
	return t;
}

static void inj_drop(struct inject *in, pid_t tid)
{
	struct inj_thread **p = inj_slot(in, tid), *t = *p;

	if (!t)
		return;
	*p = t->next;
	free(t->count);
	free(t);
}

void inject_free(struct inject *in)
{
	int i;

	if (!in)
		return;
	for (i = 0; i < INJECT_HASH; i++)
		while (in->hash[i])
			inj_drop(in, in->hash[i]->tid);
	free(in);
}

/* Block for @ns (a signal such as Ctrl-C cuts it short). */
static void inj_sleep(uint64_t ns)
{
	struct timespec ts;

	if (!ns)
		return;
	ts.tv_sec = (time_t)(ns / 1000000000u);
	ts.tv_nsec = (long)(ns % 1000000000u);
	nanosleep(&ts, NULL);
}

/* Skip the call: syscall number -1 (or the rule's syscall=). */
static int inj_skip(pid_t tid, long nr)
{
	struct arch_regs regs;
	int rc;

	rc = arch_get_regs(tid, &regs);
	if (rc < 0)
		return rc;
	arch_set_syscall_nr(&regs, nr);
	return arch_set_regs(tid, &regs);
}

static int inj_set_ret(pid_t tid, int64_t ret)
{
	struct arch_regs regs;
	int rc;

	rc = arch_get_regs(tid, &regs);
	if (rc < 0)
		return rc;
	arch_set_syscall_ret(&regs, ret);
	return arch_set_regs(tid, &regs);
}

static int inj_entry(struct inject *in, struct engine *e,
		     struct engine_event *ev, const struct decode_src *src)
{
	const struct inject_rule *r = inject_rule_for(in->rules, ev->nr);
	struct inj_thread *t;
	int rc = 0;

	if (!r || !inj_traced(in, ev, src))
		return 0;
	t = inj_get(in, ev->tid);
	if (!t)
		return -ENOMEM;
	t->pending = 0;
	if (t->count[ev->nr] < UINT32_MAX)
		t->count[ev->nr]++;
	if (!inject_when_fires(r, t->count[ev->nr]))
		return 0;
	t->nr = ev->nr;
	t->tamper = 0;
	t->exit_sig = 0;
	t->delay_exit_ns = r->delay_exit_ns;
	if (r->delayed)
		t->tamper |= ENGINE_TAMPER_DELAYED;
	inj_sleep(r->delay_enter_ns);
	if (r->error || r->has_retval) {
		rc = inj_skip(ev->tid, r->syscall >= 0 ? r->syscall : -1);
		if (rc < 0)
			return rc;
		t->tamper |= ENGINE_TAMPER_INJECTED;
		if (r->has_retval)
			t->tamper |= ENGINE_TAMPER_RETVAL;
		t->ret = r->error ? -(int64_t)r->error : r->retval;
	}
	/*
	 * The signal goes with the resumption of the entry stop, as with
	 * strace.  Under the seccomp fast path the entry is a seccomp
	 * stop, where the kernel drops a resumption signal: it goes with
	 * the exit stop instead (before the program runs on, all the same).
	 */
	if (r->signo && engine_seccomp_active(e))
		t->exit_sig = r->signo;
	else if (r->signo)
		rc = engine_set_signal(e, ev->tid, r->signo);
	t->pending = 1;
	return rc;
}

static int inj_exit(struct inject *in, struct engine *e,
		    struct engine_event *ev)
{
	struct inj_thread *t = *inj_slot(in, ev->tid);
	int rc = 0;

	if (!t || !t->pending || t->nr != ev->nr)
		return 0;
	t->pending = 0;
	if (t->tamper & ENGINE_TAMPER_INJECTED) {
		rc = inj_set_ret(ev->tid, t->ret);
		if (rc < 0)
			return rc;
		ev->ret = t->ret;
	}
	inj_sleep(t->delay_exit_ns);
	if (t->exit_sig)
		rc = engine_set_signal(e, ev->tid, t->exit_sig);
	ev->tamper = t->tamper;
	return rc;
}

int inject_event(struct inject *in, struct engine *e, struct engine_event *ev,
		 const struct decode_src *src)
{
	struct inj_thread **p, *t;

	if (!in || !in->rules->n)
		return 0;
	switch (ev->kind) {
	case ENGINE_EV_ENTRY:
		return inj_entry(in, e, ev, src);
	case ENGINE_EV_EXIT:
		return inj_exit(in, e, ev);
	case ENGINE_EV_EXITED:
	case ENGINE_EV_KILLED:
	case ENGINE_EV_DETACHED:
		inj_drop(in, ev->tid);
		return 0;
	case ENGINE_EV_EXEC:
		if (ev->old_tid == ev->tid)
			return 0;
		/* The exec'ing thread took the leader's tid: so do its
		 * counters; the leader's are gone with it. */
		inj_drop(in, ev->tid);
		p = inj_slot(in, ev->old_tid);
		t = *p;
		if (!t)
			return 0;
		*p = t->next;
		t->tid = ev->tid;
		t->next = NULL;
		*inj_slot(in, ev->tid) = t;
		return 0;
	default:
		return 0;
	}
}
