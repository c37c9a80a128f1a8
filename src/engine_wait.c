// SPDX-License-Identifier: MIT
/*
 * engine_wait - waiting for the next tracee stop, polling first.
 *
 * A ptrace round trip is two wake-ups: the tracee's stop wakes the tracer,
 * the tracer's resume wakes the tracee.  On the virtual machines we run on
 * an idle vCPU halts, and waking a halted vCPU costs tens of microseconds:
 * more than the rest of the round trip.  A tracer that polls with WNOHANG
 * for a short while after resuming is still running when the tracee's
 * next stop comes (a syscall-heavy tracee stops again within a few
 * microseconds), so that wake-up disappears.  The poll is bounded in time
 * and backs off when it keeps finding nothing (a tracee that blocks, or
 * computes between its syscalls), so it costs little CPU where it cannot
 * help.  Between two polls it yields the CPU: when the tracee (or anything
 * else) waits for this CPU, as on a loaded machine, it runs at once
 * instead of after our time slice (measured: with one CPU kept busy by
 * another program, 0.29 s for 20000 getppid against 0.42 s without the
 * yield and 0.39 s without the poll).  The numbers are in README.md
 * (Performance).
 */
#include <errno.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "engine_priv.h"

/* Waits that sleep at once after a poll that found nothing, doubling up
 * to this many while the polls keep failing. */
#define SPIN_BACKOFF_MAX 256u

int eng_default_spin(void)
{
	cpu_set_t set;

	if (sched_getaffinity(0, sizeof(set), &set) < 0 ||
	    CPU_COUNT(&set) < 2)
		return 0;
	return ENGINE_SPIN_US;
}

/*
 * One wait4 for any tracee, with @flags; with want_stime, the system time
 * that its rusage gives is kept for the event (strace -c counts it).
 */
static pid_t wait_one(struct engine *e, int *status, int flags)
{
	struct rusage ru;
	pid_t tid;

	if (!e->opts.want_stime) {
		tid = waitpid(-1, status, __WALL | flags);
		return tid < 0 ? -errno : tid;
	}
	tid = wait4(-1, status, __WALL | flags, &ru);
	if (tid < 0)
		return -errno;
	e->wait_stime_ns = (uint64_t)ru.ru_stime.tv_sec * 1000000000u +
			   (uint64_t)ru.ru_stime.tv_usec * 1000u;
	return tid;
}

/* Poll for up to opts.spin_us: the tid, 0 when nothing came, -errno. */
static pid_t spin(struct engine *e, int *status)
{
	uint64_t end = eng_mono_ns() + (uint64_t)e->opts.spin_us * 1000u;
	pid_t tid;

	do {
		if (e->opts.spin_abort && e->opts.spin_abort())
			return -EINTR;
		tid = wait_one(e, status, WNOHANG);
		if (tid != 0)
			return tid;
		/* A tracee waiting for this CPU gets it now. */
		sched_yield();
	} while (eng_mono_ns() < end);
	return 0;
}

pid_t eng_wait(struct engine *e, int *status)
{
	pid_t tid;

	if (e->opts.spin_us > 0) {
		if (e->spin_skip) {
			e->spin_skip--;
		} else {
			tid = spin(e, status);
			if (tid != 0) {
				e->spin_backoff = 0;
				return tid;
			}
			/* Nothing came: sleep at once for a while. */
			e->spin_backoff = e->spin_backoff ?
				e->spin_backoff * 2 : 1;
			if (e->spin_backoff > SPIN_BACKOFF_MAX)
				e->spin_backoff = SPIN_BACKOFF_MAX;
			e->spin_skip = e->spin_backoff;
		}
	}
	return wait_one(e, status, 0);
}
