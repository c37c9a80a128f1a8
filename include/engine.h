/* SPDX-License-Identifier: MIT */
/*
 * engine - the ptrace core: spawn, attach, the wait loop, per-thread
 * state, follow fork/vfork/clone/exec, signals and group-stops, detach.
 *
 * The engine never prints and never calls Lua: engine_next_event() returns
 * one event at a time.  The thread an event is about stays stopped until
 * the next call to engine_next_event() (so a caller can read its memory,
 * change its registers or its pending signal); that call resumes it the
 * right way (PTRACE_SYSCALL, the signal re-injected, PTRACE_LISTEN for a
 * group-stop) before waiting for the next event.
 *
 * Functions return 0 (or a count) on success and -errno on failure.
 */
#ifndef MYTRACE_ENGINE_H
#define MYTRACE_ENGINE_H

#include <signal.h>
#include <stdint.h>
#include <sys/types.h>

#include "syscalls.h"

enum engine_ev_kind {
	ENGINE_EV_ENTRY,	/* syscall-entry-stop: nr, args */
	ENGINE_EV_EXIT,		/* syscall-exit-stop: nr, args (from entry), ret */
	ENGINE_EV_SIGNAL,	/* signal-delivery-stop: sig, siginfo */
	ENGINE_EV_GROUP_STOP,	/* job-control stop (SIGSTOP...): sig;
				 * sig 0: stopped by engine_interrupt() */
	ENGINE_EV_FORK,		/* a new tracee appeared: child (its tid) */
	ENGINE_EV_EXEC,		/* execve succeeded: old_tid (tid before) */
	ENGINE_EV_EXITED,	/* thread exited: status = exit code */
	ENGINE_EV_KILLED,	/* thread killed by signal: sig, core */
	ENGINE_EV_ATTACHED,	/* -p: thread tid is now traced */
	ENGINE_EV_DETACHED,	/* thread tid detached (engine_detach_all) */
	ENGINE_EV_STEP,		/* engine_step(): one instruction done */
	/*
	 * opts.exit_stop: thread about to exit (PTRACE_EVENT_EXIT), its
	 * registers and memory still there: status = exit code, or sig
	 * (and core) when a signal kills it.  Its EXITED/KILLED follows.
	 */
	ENGINE_EV_EXITING,
};

/* How the new tracee of a ENGINE_EV_FORK was created. */
enum engine_fork_kind {
	ENGINE_FORK,
	ENGINE_VFORK,
	ENGINE_CLONE,		/* a thread or a clone()d process */
};

/* engine_event.tamper bits: strace's " (INJECTED)" and " (DELAYED)". */
#define ENGINE_TAMPER_INJECTED	1u	/* ret was injected */
#define ENGINE_TAMPER_RETVAL	2u	/* ... by retval=: print it as a
					 * number even in the errno range */
#define ENGINE_TAMPER_DELAYED	4u	/* the call was delayed */

#define ENGINE_NO_STIME UINT64_MAX

struct engine_event {
	enum engine_ev_kind kind;
	pid_t tid;		/* thread the event is about */
	pid_t pid;		/* its thread group id */
	uint64_t ts_ns;		/* CLOCK_REALTIME when the stop was seen */
	uint64_t mono_ns;	/* CLOCK_MONOTONIC, for durations */

	/* ENGINE_EV_ENTRY / ENGINE_EV_EXIT */
	long nr;
	uint64_t args[6];
	int64_t ret;		/* raw value: -ENOENT for an error */
	uint64_t entry_mono_ns;	/* EXIT: monotonic time of the entry */
	/*
	 * With want_stime: the system CPU time of the thread's process
	 * (threads and waited-for children included, as wait4's rusage
	 * says) at this stop and, at EXIT, at the entry.  ENGINE_NO_STIME
	 * when unknown (a stop seen while waiting for another thread).
	 */
	uint64_t stime_ns;
	uint64_t entry_stime_ns;
	int exit_without_entry;	/* EXIT seen with no entry (attach mid-call) */
	uint64_t sp;		/* stack and instruction pointers at the */
	uint64_t ip;		/* stop (0 when unknown) */
	/*
	 * EXIT: how the caller tampered with this call (ENGINE_TAMPER_*
	 * bits, set by src/inject.c for the printer); the engine leaves 0.
	 */
	unsigned tamper;

	/* ENGINE_EV_SIGNAL / GROUP_STOP / KILLED (and EXITING) */
	int sig;
	siginfo_t siginfo;	/* ENGINE_EV_SIGNAL */
	int core;		/* ENGINE_EV_KILLED: core dumped */

	/* ENGINE_EV_FORK */
	pid_t child;
	enum engine_fork_kind fork_kind;

	/* ENGINE_EV_EXEC */
	pid_t old_tid;

	/* ENGINE_EV_EXITED, ENGINE_EV_EXITING */
	int status;

	/*
	 * One pointer the caller may keep per thread (the printer's
	 * pending line).  Valid until the thread's EXITED/KILLED/DETACHED
	 * event, after which the caller must free what it stored.
	 */
	void **udata;

	/*
	 * ENGINE_EV_EXEC when old_tid != tid (execve from a non-leader
	 * thread): the udata slot of the vanished thread that had tid
	 * before (the old leader, whose pending call the caller closes).
	 * Valid during this event only: the caller frees what it stored
	 * there.  NULL otherwise.  (*udata is the exec'ing thread's slot,
	 * which moved from old_tid to tid.)
	 */
	void **gone_udata;
};

/* The seccomp fast path (see engine_spawn). */
enum engine_seccomp {
	ENGINE_SECCOMP_AUTO,	/* spawning, and @traced leaves some out */
	ENGINE_SECCOMP_ON,	/* whenever spawning (--seccomp-bpf) */
	ENGINE_SECCOMP_OFF,	/* never (--no-seccomp-bpf, the shell) */
};

struct engine_opts {
	int follow;		/* -f: trace forks, vforks and clones */
	int want_time;		/* fill ts_ns/mono_ns (else zero) */
	int want_stime;		/* fill stime_ns (for -c, as strace) */
	/*
	 * The syscalls the caller wants ENTRY/EXIT events for, NULL for
	 * all (copied by engine_new).  With the fast path, other syscalls
	 * may or may not be reported; without it, all are.
	 */
	const struct sysset *traced;
	enum engine_seccomp seccomp;
	/*
	 * Spawn in a new process group (the shell hands it the terminal,
	 * so that Ctrl-C reaches the program, as GDB does).
	 */
	int new_pgrp;
	/*
	 * Trace the threads (clone events: PTRACE_O_TRACECLONE) even
	 * without @follow: the shell's default, as GDB.  A clone() that
	 * is not a thread but has an exit signal other than SIGCHLD is
	 * reported by the kernel the same way, and followed too.
	 */
	int threads;
	/* Report ENGINE_EV_EXITING (PTRACE_O_TRACEEXIT). */
	int exit_stop;
	/*
	 * Poll for the next stop for up to @spin_us microseconds before
	 * sleeping in waitpid (0: always sleep; negative: the default,
	 * ENGINE_SPIN_US when mytrace may run on more than one CPU, else
	 * 0, as polling would only keep the tracee off the one CPU).  On
	 * a virtual machine whose idle CPUs halt, a tracer that sleeps at
	 * every stop pays for waking a halted CPU at every stop; one that
	 * is still running when its tracee stops does not.  Adaptive: after polls
	 * that found nothing, the next waits sleep at once (back-off),
	 * so a tracee that blocks or computes costs little CPU.  The poll
	 * returns -EINTR as soon as @spin_abort (if set) returns nonzero:
	 * the caller's signal handler ran, where the sleeping waitpid
	 * would have returned EINTR.
	 */
	int spin_us;
	int (*spin_abort)(void);
};

#define ENGINE_SPIN_US 50	/* engine_opts.spin_us's default */

struct engine;

struct engine *engine_new(const struct engine_opts *opts);
/* Detaches what is still attached, kills what was spawned, frees. */
void engine_free(struct engine *e);

/*
 * Start @path with @argv/@envp (envp NULL: the current environment),
 * traced from its execve on (the engine's own pre-exec syscalls are not
 * reported).  @path must already be resolved (see engine_find_program).
 * Returns the pid, or -errno (-ENOENT, -EACCES ... from execve, reported
 * by the child through a pipe).
 */
pid_t engine_spawn(struct engine *e, const char *path, char *const argv[],
		   char *const envp[]);

/*
 * 1 when the programs spawned so far run with the seccomp fast path: a
 * BPF filter installed before their execve stops them only at the
 * traced syscalls (and execve), and they are resumed with PTRACE_CONT
 * elsewhere.  Children inherit the filter; without @follow they are
 * still traced, silently (a filtered call with no tracer would fail
 * with ENOSYS), so the engine also waits for them to end.
 */
int engine_seccomp_active(const struct engine *e);

/*
 * Resolve @name like execvp would (PATH search when it has no '/').
 * Writes the path into @buf; 0 or -errno (-ENOENT, -EACCES, -EISDIR).
 */
int engine_find_program(const char *name, char *buf, size_t size);

/*
 * Attach to every thread of process @pid (PTRACE_SEIZE each task, then
 * PTRACE_INTERRUPT).  Returns the number of threads, or -errno:
 * -ESRCH (no such process), -EPERM (see engine_attach_why).
 */
int engine_attach(struct engine *e, pid_t pid);

/* Why attaching to @pid fails with EPERM: a one-line hint such as
 * "it is already traced by pid 123" or "see /proc/sys/kernel/yama/ptrace_scope". */
const char *engine_attach_why(pid_t pid);

/*
 * Resume the thread(s) held by the previous event, then wait for the
 * next event.  Returns 1 with *ev filled, 0 when no tracee is left, or
 * -EINTR when a signal handler of the caller ran (Ctrl-C): the engine's
 * state stays consistent and the caller may call it again or detach.
 */
int engine_next_event(struct engine *e, struct engine_event *ev);

/* Change the signal delivered when the held thread @tid resumes (0 to
 * suppress it).  -ESRCH if @tid is not held. */
int engine_set_signal(struct engine *e, pid_t tid, int sig);

/*
 * Stop tracing everything: threads of attached processes are detached
 * (stopped ones first interrupted, pending signals re-injected) and keep
 * running; spawned processes are killed with SIGKILL and reaped.
 * Safe to call at any point, including after -EINTR.
 */
void engine_detach_all(struct engine *e);

/* Number of threads currently traced. */
int engine_count(const struct engine *e);

/* Thread group id of traced thread @tid, or -ESRCH if not traced. */
pid_t engine_tgid(const struct engine *e, pid_t tid);

/*
 * The shell's controls (src/engine_ctl.c), unused by plain tracing.
 *
 * engine_interrupt: ask running thread @tid (0: every running thread)
 * to stop (PTRACE_INTERRUPT).  Each answers with its next event: a stop
 * that was on its way (a syscall stop...) or ENGINE_EV_GROUP_STOP with
 * sig 0.  Returns how many threads were asked.
 */
int engine_interrupt(struct engine *e, pid_t tid);

/*
 * engine_hold: keep the thread of the last event (@tid) stopped across
 * the following engine_next_event() calls, until engine_release(@tid)
 * (0: every held thread) resumes it.  -ESRCH if @tid is not the thread
 * of the last event (nor held already).
 */
int engine_hold(struct engine *e, pid_t tid);
void engine_release(struct engine *e, pid_t tid);
/* 1 if @tid is stopped (the last event's thread, or held), else 0. */
int engine_is_stopped(const struct engine *e, pid_t tid);

/*
 * engine_detach_pid: stop tracing process @pid (every thread), spawned
 * or attached: it runs on untraced.  DETACHED events follow.  Returns
 * the number of threads detached, -ESRCH if none was traced, -EBUSY if
 * it runs under the seccomp fast path (it cannot run on untraced).
 */
int engine_detach_pid(struct engine *e, pid_t pid);

/*
 * engine_step: resume the stopped thread @tid (the last event's, or
 * held) by one instruction (PTRACE_SINGLESTEP) when it is next resumed;
 * it answers with ENGINE_EV_STEP (the step trap, not delivered), or
 * with another event first (a signal; a syscall instruction runs the
 * whole call, with no syscall stops).  -ESRCH if @tid is not stopped.
 */
int engine_step(struct engine *e, pid_t tid);

/*
 * engine_set_follow: change opts.follow.  Spawns and attaches to come
 * use it, and so do the threads stopped now (PTRACE_SETOPTIONS); running
 * ones keep the old setting.
 */
void engine_set_follow(struct engine *e, int on);
/* The same for opts.threads and opts.exit_stop. */
void engine_set_threads(struct engine *e, int on);
void engine_set_exit_stop(struct engine *e, int on);

#endif
