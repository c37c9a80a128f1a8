/* SPDX-License-Identifier: MIT */
/*
 * engine_priv - what the engine_*.c files share: the per-thread record,
 * the thread table, the engine object and the helpers between them.
 */
#ifndef MYTRACE_ENGINE_PRIV_H
#define MYTRACE_ENGINE_PRIV_H

#include <stdint.h>
#include <sys/types.h>

#include "engine.h"
#include "syscalls.h"

struct sock_filter;

/* How a held thread is resumed at the next engine_next_event(). */
enum eng_resume {
	ENG_RESUME_SYSCALL,	/* PTRACE_SYSCALL with t->resume_sig */
	ENG_RESUME_LISTEN,	/* group-stop: PTRACE_LISTEN */
};

/* Where a thread comes from; decides detach (attached) or kill (spawned). */
enum eng_origin {
	ENG_SPAWNED,
	ENG_ATTACHED,
};

/* Per-thread record (a tracee is a tid). */
struct eng_thread {
	struct eng_thread *hnext;	/* hash chain */
	struct eng_thread *dnext;	/* deferred-status list */
	pid_t tid;
	pid_t pid;			/* thread group id */
	enum eng_origin origin;
	enum eng_resume how;
	int resume_sig;			/* signal to inject at resume */
	int stopped;			/* ptrace-stopped, not resumed */
	int gone;			/* EXITED/KILLED delivered */
	int deferred;			/* deferred_status pending */
	int deferred_status;
	/* Auto-attached, stopped until its parent's FORK event. */
	int new_child;
	/* Spawned: hide its syscalls before the execve (ENG_PRE_EXEC_*). */
	int pre_exec;
	int in_syscall;			/* entry seen, exit not yet */
	/*
	 * Runs under the fast path's filter: resumed with PTRACE_CONT
	 * outside traced syscalls, PTRACE_SYSCALL to reach an exit.
	 */
	int sc;
	/* Traced only because it inherited the filter (no -f): no events. */
	int hidden;
	/* engine_hold(): kept stopped until engine_release(). */
	int parked;
	/* engine_interrupt() asked it to stop; cleared by its next event. */
	int stop_req;
	/* engine_step(): resumed with PTRACE_SINGLESTEP until the trap. */
	int step;
	long nr;			/* syscall of the last entry */
	uint64_t args[6];
	uint64_t entry_mono_ns;
	uint64_t entry_stime_ns;
	void *udata;
};

/* pre_exec values */
#define ENG_PRE_EXEC_HIDE	1	/* suppress syscall stops */
#define ENG_PRE_EXEC_EXECVE	2	/* the execve: shown, decided at exit */

struct engine {
	struct engine_opts opts;
	struct eng_thread **tab;	/* hash table by tid, chained */
	size_t tab_size;		/* power of two */
	int count;			/* threads in the table */
	/* Thread of the last event, resumed at the next call (0: none). */
	pid_t held;
	/* The child of the last FORK event if held: released too. */
	pid_t held_child;
	/* The leader's record dropped by an exec from another thread. */
	struct eng_thread *gone_rec;
	/* Threads with a saved wait status, processed in order. */
	struct eng_thread *deferred;
	struct engine_event *queue;	/* synthetic events (ATTACHED) */
	int qhead, qlen, qcap;
	struct sysset traced;		/* opts.traced, copied */
	int attached;			/* engine_attach succeeded once */
	int sc_active;			/* the last spawn runs filtered */
	struct sock_filter *bpf;	/* the filter, built once */
	int bpf_len;
	/* engine_wait.c: waits to sleep at once, and the next back-off. */
	unsigned int spin_skip, spin_backoff;
	/* want_stime: what the last wait4 said (ENGINE_NO_STIME: none). */
	uint64_t wait_stime_ns;
};

/* engine_thread.c: the table. */
int eng_table_init(struct engine *e);
void eng_table_free(struct engine *e);
struct eng_thread *eng_find(const struct engine *e, pid_t tid);
struct eng_thread *eng_add(struct engine *e, pid_t tid, pid_t pid);
/* Unlink @t from the table (not freed). */
void eng_unlink(struct engine *e, struct eng_thread *t);
/* Insert @t again (after its tid changed). */
void eng_relink(struct engine *e, struct eng_thread *t);
void eng_remove(struct engine *e, struct eng_thread *t);
/* Call @fn on every thread; @fn may not add, may remove the one it got. */
void eng_foreach(struct engine *e,
		 void (*fn)(struct engine *, struct eng_thread *, void *),
		 void *arg);
void eng_defer(struct engine *e, struct eng_thread *t, int status);

/* engine_wait.c: the next wait status of any tracee (its tid), or
 * -errno (-EINTR: a signal handler ran, or *opts.spin_abort is set). */
pid_t eng_wait(struct engine *e, int *status);
/* What a negative engine_opts.spin_us stands for on this machine. */
int eng_default_spin(void);

/* engine.c */
int eng_resume(struct engine *e, struct eng_thread *t);
int eng_queue(struct engine *e, const struct engine_event *ev);
pid_t eng_read_tgid(pid_t tid);
void eng_stamp(const struct engine *e, struct engine_event *ev);
uint64_t eng_mono_ns(void);

/*
 * engine_stop.c: turn one wait status of @tid into an event.  1: *ev is
 * filled and the thread is held; 0: handled silently (resumed or gone).
 */
int eng_handle_status(struct engine *e, pid_t tid, int status,
		      struct engine_event *ev);
/* Fill the syscall fields of @ev (ENTRY/EXIT) at a syscall-stop of @t. */
int eng_syscall_stop(struct engine *e, struct eng_thread *t,
		     struct engine_event *ev);

/* Options for PTRACE_SEIZE. */
unsigned long eng_ptrace_options(const struct engine *e, int spawned);

#endif
