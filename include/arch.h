/* SPDX-License-Identifier: MIT */
/*
 * arch - the only module that names machine registers (x86_64 here).
 *
 * Generic code holds a struct arch_regs and asks this module for the
 * syscall number, arguments and return value, and for registers by name
 * (for the Lua API and the shell's $rax).
 */
#ifndef MYTRACE_ARCH_H
#define MYTRACE_ARCH_H

#include <stdint.h>
#include <sys/types.h>
#include <sys/user.h>

struct arch_regs {
	struct user_regs_struct r;
};

/* PTRACE_GETREGS / PTRACE_SETREGS: 0 or -errno. */
int arch_get_regs(pid_t tid, struct arch_regs *regs);
int arch_set_regs(pid_t tid, const struct arch_regs *regs);

long arch_syscall_nr(const struct arch_regs *regs);
void arch_set_syscall_nr(struct arch_regs *regs, long nr);
/* @i is 0-based, 0..5. */
uint64_t arch_syscall_arg(const struct arch_regs *regs, int i);
void arch_set_syscall_arg(struct arch_regs *regs, int i, uint64_t v);
int64_t arch_syscall_ret(const struct arch_regs *regs);
void arch_set_syscall_ret(struct arch_regs *regs, int64_t v);
uint64_t arch_ip(const struct arch_regs *regs);
uint64_t arch_sp(const struct arch_regs *regs);

/* A raw syscall return is an error when it lies in [-4095, -1]. */
static inline int arch_ret_is_error(int64_t ret)
{
	return ret < 0 && ret >= -4095;
}

/* Registers by name, in PTRACE_GETREGS order: "rax", "rip", "orig_rax"... */
int arch_reg_count(void);
const char *arch_reg_name(int idx);
/* Index of register @name, or -1. */
int arch_reg_index(const char *name);
uint64_t arch_reg_get(const struct arch_regs *regs, int idx);
void arch_reg_set(struct arch_regs *regs, int idx, uint64_t v);

#endif
