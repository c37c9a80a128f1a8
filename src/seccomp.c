/* SPDX-License-Identifier: MIT */
/*
 * seccomp - build and install the fast path's BPF filter.
 *
 * The program (classic BPF over struct seccomp_data):
 *
 *	ld  arch;  jeq AUDIT_ARCH_X86_64 or ret TRACE	(another ABI)
 *	ld  nr;    jset __X32_SYSCALL_BIT -> ret TRACE	(x32)
 *	for each run [lo, hi] of traced numbers, ascending:
 *		nr < lo  -> ret ALLOW	(in the gap before the run)
 *		nr <= hi -> ret TRACE
 *	ret ALLOW
 *
 * Every jump skips one instruction, so no offset overflows whatever the
 * set; a set of typical size costs a handful of instructions per call.
 */
#include <errno.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/audit.h>
#include <linux/seccomp.h>

#include "seccomp.h"

#ifndef __X32_SYSCALL_BIT
#define __X32_SYSCALL_BIT 0x40000000
#endif

struct sc_prog {
	struct sock_filter *p;
	int len;
	int cap;
};

static void sc_emit(struct sc_prog *pr, unsigned short code, unsigned char jt,
		    unsigned char jf, unsigned int k)
{
	if (pr->len < pr->cap) {
		pr->p[pr->len].code = code;
		pr->p[pr->len].jt = jt;
		pr->p[pr->len].jf = jf;
		pr->p[pr->len].k = k;
	}
	pr->len++;	/* counted even past @cap, to report E2BIG */
}

static void sc_ret(struct sc_prog *pr, unsigned int action)
{
	sc_emit(pr, BPF_RET | BPF_K, 0, 0, action);
}

int seccomp_useful(const struct sysset *set)
{
	long nr, lim = syscalls_limit();

	for (nr = 0; nr < lim && nr < SYSCALLS_MAX; nr++)
		if (syscalls_name(nr) && !sysset_has(set, nr))
			return 1;
	return 0;
}

int seccomp_build(const struct sysset *set, struct sock_filter *prog,
		  int cap)
{
	struct sc_prog pr = { prog, 0, cap };
	struct sysset s = *set;
	long lo, hi;

	/* The engine reports the first execve: always stop there. */
	sysset_add(&s, SYS_execve);
	sysset_add(&s, SYS_execveat);

	sc_emit(&pr, BPF_LD | BPF_W | BPF_ABS, 0, 0,
		offsetof(struct seccomp_data, arch));
	sc_emit(&pr, BPF_JMP | BPF_JEQ | BPF_K, 1, 0, AUDIT_ARCH_X86_64);
	sc_ret(&pr, SECCOMP_RET_TRACE);
	sc_emit(&pr, BPF_LD | BPF_W | BPF_ABS, 0, 0,
		offsetof(struct seccomp_data, nr));
	sc_emit(&pr, BPF_JMP | BPF_JSET | BPF_K, 0, 1, __X32_SYSCALL_BIT);
	sc_ret(&pr, SECCOMP_RET_TRACE);
	for (lo = 0; lo < SYSCALLS_MAX; lo = hi + 1) {
		while (lo < SYSCALLS_MAX && !sysset_has(&s, lo))
			lo++;
		if (lo == SYSCALLS_MAX)
			break;
		hi = lo;
		while (hi + 1 < SYSCALLS_MAX && sysset_has(&s, hi + 1))
			hi++;
		if (lo > 0) {
			sc_emit(&pr, BPF_JMP | BPF_JGE | BPF_K, 1, 0,
				(unsigned int)lo);
			sc_ret(&pr, SECCOMP_RET_ALLOW);
		}
		sc_emit(&pr, BPF_JMP | BPF_JGT | BPF_K, 1, 0,
			(unsigned int)hi);
		sc_ret(&pr, SECCOMP_RET_TRACE);
	}
	sc_ret(&pr, SECCOMP_RET_ALLOW);
	if (pr.len > cap || pr.len > SECCOMP_PROG_MAX)
		return -E2BIG;
	return pr.len;
}

int seccomp_install(const struct sock_filter *prog, int len)
{
	struct sock_fprog fp = {
		.len = (unsigned short)len,
		.filter = (struct sock_filter *)prog,
	};

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -errno;
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp) < 0)
		return -errno;
	return 0;
}
