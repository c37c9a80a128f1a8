/* SPDX-License-Identifier: MIT */
/*
 * arch_x86_64 - the only file that names x86_64 registers.
 *
 * Syscall convention: nr in orig_rax (rax holds -ENOSYS at entry and the
 * return value at exit), arguments in rdi, rsi, rdx, r10, r8, r9.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/ptrace.h>

#include "arch.h"

#define REG(name) { #name, offsetof(struct user_regs_struct, name) }

/* Every field of struct user_regs_struct, in its declaration order. */
static const struct {
	const char *name;
	size_t off;
} arch_regs_table[] = {
	REG(r15), REG(r14), REG(r13), REG(r12), REG(rbp), REG(rbx),
	REG(r11), REG(r10), REG(r9), REG(r8), REG(rax), REG(rcx),
	REG(rdx), REG(rsi), REG(rdi), REG(orig_rax), REG(rip), REG(cs),
	REG(eflags), REG(rsp), REG(ss), REG(fs_base), REG(gs_base),
	REG(ds), REG(es), REG(fs), REG(gs),
};

#define ARCH_NREGS ((int)(sizeof(arch_regs_table) / sizeof(arch_regs_table[0])))

int arch_get_regs(pid_t tid, struct arch_regs *regs)
{
	if (ptrace(PTRACE_GETREGS, tid, NULL, &regs->r) < 0)
		return -errno;
	return 0;
}

int arch_set_regs(pid_t tid, const struct arch_regs *regs)
{
	if (ptrace(PTRACE_SETREGS, tid, NULL, &regs->r) < 0)
		return -errno;
	return 0;
}

long arch_syscall_nr(const struct arch_regs *regs)
{
	return (long)regs->r.orig_rax;
}

void arch_set_syscall_nr(struct arch_regs *regs, long nr)
{
	regs->r.orig_rax = (unsigned long long)nr;
}

/* Pointer to the register that holds syscall argument @i, NULL if none. */
static unsigned long long *arch_arg_reg(struct arch_regs *regs, int i)
{
	switch (i) {
	case 0: return &regs->r.rdi;
	case 1: return &regs->r.rsi;
	case 2: return &regs->r.rdx;
	case 3: return &regs->r.r10;
	case 4: return &regs->r.r8;
	case 5: return &regs->r.r9;
	default: return NULL;
	}
}

uint64_t arch_syscall_arg(const struct arch_regs *regs, int i)
{
	unsigned long long *p = arch_arg_reg((struct arch_regs *)regs, i);

	return p ? *p : 0;
}

void arch_set_syscall_arg(struct arch_regs *regs, int i, uint64_t v)
{
	unsigned long long *p = arch_arg_reg(regs, i);

	if (p)
		*p = v;
}

int64_t arch_syscall_ret(const struct arch_regs *regs)
{
	return (int64_t)regs->r.rax;
}

void arch_set_syscall_ret(struct arch_regs *regs, int64_t v)
{
	regs->r.rax = (unsigned long long)v;
}

uint64_t arch_ip(const struct arch_regs *regs)
{
	return regs->r.rip;
}

uint64_t arch_sp(const struct arch_regs *regs)
{
	return regs->r.rsp;
}

int arch_reg_count(void)
{
	return ARCH_NREGS;
}

const char *arch_reg_name(int idx)
{
	if (idx < 0 || idx >= ARCH_NREGS)
		return NULL;
	return arch_regs_table[idx].name;
}

int arch_reg_index(const char *name)
{
	int i;

	for (i = 0; i < ARCH_NREGS; i++)
		if (strcmp(arch_regs_table[i].name, name) == 0)
			return i;
	return -1;
}

uint64_t arch_reg_get(const struct arch_regs *regs, int idx)
{
	unsigned long long v;

	if (idx < 0 || idx >= ARCH_NREGS)
		return 0;
	memcpy(&v, (const char *)&regs->r + arch_regs_table[idx].off,
	       sizeof(v));
	return v;
}

void arch_reg_set(struct arch_regs *regs, int idx, uint64_t v)
{
	unsigned long long w = v;

	if (idx < 0 || idx >= ARCH_NREGS)
		return;
	memcpy((char *)&regs->r + arch_regs_table[idx].off, &w, sizeof(w));
}
