/* SPDX-License-Identifier: MIT */
/*
 * seccomp - the BPF program of the fast path.
 *
 * A spawned tracee installs it just before its execve: syscalls of the
 * traced set stop the tracee (SECCOMP_RET_TRACE, seen by the tracer as a
 * PTRACE_EVENT_SECCOMP stop), the others run without any stop
 * (SECCOMP_RET_ALLOW).  execve and execveat are always traced: the
 * engine reports the first execve.  Calls of another ABI (i386, x32)
 * are traced too, so that nothing is hidden that the slow path shows.
 *
 * Building is pure (unit-tested); installing is two syscalls, safe
 * between fork and execve.
 */
#ifndef MYTRACE_SECCOMP_H
#define MYTRACE_SECCOMP_H

#include <linux/filter.h>

#include "syscalls.h"

/* Longest program seccomp_build() writes (within BPF_MAXINSNS). */
#define SECCOMP_PROG_MAX 4096

/*
 * 1 when @set leaves out at least one known syscall (a filter saves
 * stops), 0 when it holds them all.
 */
int seccomp_useful(const struct sysset *set);

/*
 * Write the filter for @set into @prog (room for @cap instructions).
 * Returns the number of instructions, or -E2BIG.
 */
int seccomp_build(const struct sysset *set, struct sock_filter *prog,
		  int cap);

/*
 * In the child, before execve: PR_SET_NO_NEW_PRIVS, then the filter.
 * 0 or -errno.
 */
int seccomp_install(const struct sock_filter *prog, int len);

#endif
