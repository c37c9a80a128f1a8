/* SPDX-License-Identifier: MIT */
/*
 * engine_stop - classify one wait status: syscall-stop, ptrace-event stop
 * (fork/exec/group-stop/interrupt/exit), signal-delivery-stop, exit or kill,
 * and fill the event.  A stop that means nothing to the caller (an
 * interrupt, a new child's first stop, the hidden pre-exec syscalls of a
 * spawned child) resumes the thread at once.
 *
 * Fast path (seccomp): a thread under the filter runs with PTRACE_CONT;
 * a traced call stops it with PTRACE_EVENT_SECCOMP, reported as the
 * entry, and PTRACE_SYSCALL then takes it to the exit.  Since Linux 4.8
 * the seccomp stop comes after the syscall-entry-stop of a thread
 * resumed with PTRACE_SYSCALL (the execve of a spawned child), before it
 * in older kernels: whichever comes second is ignored.  A thread traced
 * only because it inherited the filter (hidden, no -f) yields no event.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include "arch.h"
#include "engine_priv.h"

/* Entry of a syscall: remember it for the exit. */
static int eng_entry(struct eng_thread *t, long nr, const uint64_t *args,
		     struct engine_event *ev)
{
	t->in_syscall = 1;
	t->nr = nr;
	memcpy(t->args, args, sizeof(t->args));
	t->entry_mono_ns = ev->mono_ns;
	t->entry_stime_ns = ev->stime_ns;
	if (t->pre_exec == ENG_PRE_EXEC_HIDE) {
		if (nr != SYS_execve && nr != SYS_execveat)
			return 0;
		t->pre_exec = ENG_PRE_EXEC_EXECVE;
	}
	ev->kind = ENGINE_EV_ENTRY;
	ev->nr = nr;
	memcpy(ev->args, args, sizeof(ev->args));
	return 1;
}

static int eng_exit(struct eng_thread *t, int64_t ret, struct engine_event *ev)
{
	ev->kind = ENGINE_EV_EXIT;
	ev->ret = ret;
	if (t->in_syscall) {
		ev->nr = t->nr;
		memcpy(ev->args, t->args, sizeof(ev->args));
		ev->entry_mono_ns = t->entry_mono_ns;
		ev->entry_stime_ns = t->entry_stime_ns;
	} else {
		struct arch_regs regs;
		int i;

		/* Attached in the middle of this call: the registers tell. */
		ev->exit_without_entry = 1;
		if (arch_get_regs(t->tid, &regs) == 0) {
			ev->nr = arch_syscall_nr(&regs);
			for (i = 0; i < 6; i++)
				ev->args[i] = arch_syscall_arg(&regs, i);
		} else {
			ev->nr = -1;
		}
	}
	t->in_syscall = 0;
	if (t->pre_exec == ENG_PRE_EXEC_HIDE)
		return 0;
	if (t->pre_exec == ENG_PRE_EXEC_EXECVE)
		/* A failed execve: hide the child's _exit path that follows. */
		t->pre_exec = ret == 0 ? 0 : ENG_PRE_EXEC_HIDE;
	return 1;
}

/* Without PTRACE_GET_SYSCALL_INFO: registers and the in-syscall flag. */
static int eng_syscall_regs(struct eng_thread *t, struct engine_event *ev)
{
	struct arch_regs regs;
	uint64_t args[6];
	int i, r;

	r = arch_get_regs(t->tid, &regs);
	if (r < 0)
		return r;
	ev->sp = arch_sp(&regs);
	ev->ip = arch_ip(&regs);
	if (t->in_syscall)
		return eng_exit(t, arch_syscall_ret(&regs), ev);
	for (i = 0; i < 6; i++)
		args[i] = arch_syscall_arg(&regs, i);
	return eng_entry(t, arch_syscall_nr(&regs), args, ev);
}

int eng_syscall_stop(struct engine *e, struct eng_thread *t,
		     struct engine_event *ev)
{
	struct __ptrace_syscall_info info;
	uint64_t args[6];
	long n;
	int i;

	(void)e;
	memset(&info, 0, sizeof(info));
	n = ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, (void *)sizeof(info),
		   &info);
	if (n < 0 && errno == ESRCH)
		return -ESRCH;
	if (n < 0 || info.op == PTRACE_SYSCALL_INFO_NONE)
		return eng_syscall_regs(t, ev);
	/* rt_sigreturn's decoder reads the signal frame at sp. */
	ev->sp = info.stack_pointer;
	ev->ip = info.instruction_pointer;
	if (info.op == PTRACE_SYSCALL_INFO_EXIT)
		return eng_exit(t, info.exit.rval, ev);
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY && t->in_syscall == 2)
		return 0;	/* the seccomp stop reported this entry */
	/* ENTRY and SECCOMP share the layout of nr and args. */
	for (i = 0; i < 6; i++)
		args[i] = info.entry.args[i];
	return eng_entry(t, (long)info.entry.nr, args, ev);
}

static int eng_fork_event(struct engine *e, struct eng_thread *t, int event,
			  struct engine_event *ev)
{
	struct eng_thread *c;
	unsigned long msg;
	pid_t child;

	if (ptrace(PTRACE_GETEVENTMSG, t->tid, NULL, &msg) < 0)
		return -errno;
	child = (pid_t)msg;
	c = eng_find(e, child);
	if (!c) {
		/* Its first stop is yet to come: it will resume silently. */
		c = eng_add(e, child, event == PTRACE_EVENT_CLONE ?
			    eng_read_tgid(child) : child);
		if (!c)
			return -ENOMEM;
	} else if (c->new_child) {
		/* Stopped since its first stop: released with the parent. */
		e->held_child = child;
	}
	c->origin = t->origin;
	c->sc = t->sc;		/* the filter is inherited */
	ev->kind = ENGINE_EV_FORK;
	ev->child = child;
	ev->fork_kind = event == PTRACE_EVENT_FORK ? ENGINE_FORK :
			event == PTRACE_EVENT_VFORK ? ENGINE_VFORK :
			ENGINE_CLONE;
	return 1;
}

/*
 * execve succeeded.  From a non-leader thread, the exec'ing thread now
 * has the leader's tid: its record moves there, the leader's record is
 * handed out as gone_udata and freed at the next call.
 */
static int eng_exec_event(struct engine *e, struct eng_thread *t,
			  struct engine_event *ev)
{
	struct eng_thread *execer;
	unsigned long msg;
	pid_t tid = t->tid;

	if (ptrace(PTRACE_GETEVENTMSG, tid, NULL, &msg) < 0)
		msg = (unsigned long)tid;
	ev->kind = ENGINE_EV_EXEC;
	ev->old_tid = (pid_t)msg;
	if (ev->old_tid == tid)
		return 1;
	execer = eng_find(e, ev->old_tid);
	if (!execer)
		return 1;
	eng_unlink(e, t);
	free(e->gone_rec);
	e->gone_rec = t;
	ev->gone_udata = &t->udata;
	eng_unlink(e, execer);
	execer->tid = tid;
	execer->pid = t->pid;
	execer->stopped = 1;
	eng_relink(e, execer);
	ev->udata = &execer->udata;
	return 1;
}

static int eng_is_stop_sig(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
	       sig == SIGTTOU;
}

/* PTRACE_EVENT_SECCOMP: a traced call's entry, unless seen already. */
static int eng_seccomp_stop(struct engine *e, struct eng_thread *t,
			    struct engine_event *ev)
{
	int r;

	if (t->hidden || t->in_syscall)
		return 0;
	r = eng_syscall_stop(e, t, ev);
	if (t->in_syscall)
		t->in_syscall = 2;	/* ignore a syscall-entry-stop */
	return r;
}

/* PTRACE_EVENT_EXIT: the status it will exit with, as EXITED/KILLED. */
static int eng_exiting(struct engine *e, struct eng_thread *t,
		       struct engine_event *ev)
{
	unsigned long msg;
	int status;

	if (!e->opts.exit_stop)
		return 0;	/* asked by running threads of old options */
	if (ptrace(PTRACE_GETEVENTMSG, t->tid, NULL, &msg) < 0)
		return errno == ESRCH ? -ESRCH : 0;
	status = (int)msg;
	t->step = 0;
	ev->kind = ENGINE_EV_EXITING;
	if (WIFSIGNALED(status)) {
		ev->sig = WTERMSIG(status);
		ev->core = WCOREDUMP(status) ? 1 : 0;
	} else {
		ev->status = WEXITSTATUS(status);
	}
	return 1;
}

static int eng_event_stop(struct engine *e, struct eng_thread *t, int event,
			  int sig, struct engine_event *ev)
{
	switch (event) {
	case PTRACE_EVENT_SECCOMP:
		return eng_seccomp_stop(e, t, ev);
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
	case PTRACE_EVENT_CLONE:
		return eng_fork_event(e, t, event, ev);
	case PTRACE_EVENT_EXEC:
		return eng_exec_event(e, t, ev);
	case PTRACE_EVENT_EXIT:
		return eng_exiting(e, t, ev);
	case PTRACE_EVENT_STOP:
		if (!eng_is_stop_sig(sig) && t->stop_req) {
			/* engine_interrupt(): reported as sig 0. */
			t->step = 0;
			ev->kind = ENGINE_EV_GROUP_STOP;
			ev->sig = 0;
			return 1;
		}
		if (!eng_is_stop_sig(sig))
			return 0;	/* PTRACE_INTERRUPT or SIGCONT */
		t->how = ENG_RESUME_LISTEN;
		ev->kind = ENGINE_EV_GROUP_STOP;
		ev->sig = sig;
		return 1;
	default:
		return 0;
	}
}

static int eng_signal_stop(struct eng_thread *t, int sig,
			   struct engine_event *ev)
{
	if (ptrace(PTRACE_GETSIGINFO, t->tid, NULL, &ev->siginfo) < 0) {
		if (errno == ESRCH)
			return -ESRCH;
		memset(&ev->siginfo, 0, sizeof(ev->siginfo));
	}
	/*
	 * The trap of engine_step(): sent by the kernel (si_code > 0:
	 * TRAP_TRACE, TRAP_BRKPT after a syscall instruction, SIGTRAP
	 * after entering a signal handler), not by kill().  Not delivered.
	 */
	if (t->step && sig == SIGTRAP && ev->siginfo.si_code > 0) {
		t->step = 0;
		t->in_syscall = 0;	/* a stepped syscall has returned */
		ev->kind = ENGINE_EV_STEP;
		return 1;
	}
	t->resume_sig = sig;
	ev->kind = ENGINE_EV_SIGNAL;
	ev->sig = sig;
	return 1;
}

/* Let every child held for its parent's FORK event go. */
static void eng_release_new(struct engine *e, struct eng_thread *t, void *arg)
{
	(void)arg;
	if (t->new_child) {
		t->new_child = 0;
		eng_resume(e, t);
	}
}

static int eng_death(struct engine *e, struct eng_thread *t, int status,
		     struct engine_event *ev)
{
	if (!t || t->gone)
		return 0;
	/* A parent that died inside fork never reports its child. */
	eng_foreach(e, eng_release_new, NULL);
	t->gone = 1;
	t->stopped = 0;
	t->step = 0;
	ev->tid = t->tid;
	ev->pid = t->pid;
	ev->udata = &t->udata;
	if (WIFEXITED(status)) {
		ev->kind = ENGINE_EV_EXITED;
		ev->status = WEXITSTATUS(status);
	} else {
		ev->kind = ENGINE_EV_KILLED;
		ev->sig = WTERMSIG(status);
		ev->core = WCOREDUMP(status) ? 1 : 0;
	}
	e->held = t->tid;
	return 1;
}

/* First stop of a tid we do not know: an auto-attached new tracee. */
static struct eng_thread *eng_new_child(struct engine *e, pid_t tid)
{
	struct eng_thread *t = eng_add(e, tid, eng_read_tgid(tid));

	if (!t) {
		/* No memory to trace it: let it go rather than hang it. */
		ptrace(PTRACE_DETACH, tid, NULL, NULL);
		return NULL;
	}
	t->stopped = 1;
	t->new_child = 1;
	/* With opts.threads alone, only clone events auto-attach. */
	t->hidden = !e->opts.follow && !e->opts.threads;
	return t;
}

/*
 * A hidden thread's stop was classified (its table updates done): resume
 * whatever thread now has @tid, report nothing.
 */
static int eng_swallow(struct engine *e, pid_t tid)
{
	struct eng_thread *t = eng_find(e, tid);

	free(e->gone_rec);
	e->gone_rec = NULL;
	if (t)
		eng_resume(e, t);
	return 0;
}

int eng_handle_status(struct engine *e, pid_t tid, int status,
		      struct engine_event *ev)
{
	struct eng_thread *t = eng_find(e, tid);
	int sig, event, r;

	eng_stamp(e, ev);
	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		if (t && t->hidden) {
			eng_remove(e, t);
			return 0;
		}
		return eng_death(e, t, status, ev);
	}
	if (!WIFSTOPPED(status))
		return 0;
	sig = WSTOPSIG(status);
	event = (unsigned int)status >> 16;
	if (!t) {
		t = eng_new_child(e, tid);
		if (!t || event == PTRACE_EVENT_STOP)
			return 0;	/* held until the parent's event */
		t->new_child = 0;
	}
	t->stopped = 1;
	ev->tid = tid;
	ev->pid = t->pid;
	ev->udata = &t->udata;
	if (sig == (SIGTRAP | 0x80))
		r = eng_syscall_stop(e, t, ev);
	else if (event)
		r = eng_event_stop(e, t, event, sig, ev);
	else
		r = eng_signal_stop(t, sig, ev);
	if (r > 0 && t->hidden)
		return eng_swallow(e, tid);
	if (r > 0) {
		e->held = tid;
		t->stop_req = 0;	/* engine_interrupt() is answered */
		return 1;
	}
	if (r == -ESRCH) {
		/* Killed while stopped: its death status follows. */
		t->stopped = 0;
		return 0;
	}
	eng_resume(e, t);
	return 0;
}
