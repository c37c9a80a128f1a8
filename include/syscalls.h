/* SPDX-License-Identifier: MIT */
/*
 * syscalls - the x86_64 system call table: number <-> name, argument count
 * and strace's classes (%file, %network, ...), plus a bitset of syscall
 * numbers (struct sysset) used by filters.
 *
 * Names come from <asm/unistd_64.h> at build time (tools/gen_syscalls.sh
 * writes build/syscall_names.h); argument counts and classes are written
 * by hand in src/syscalls.c.
 */
#ifndef MYTRACE_SYSCALLS_H
#define MYTRACE_SYSCALLS_H

#include <stdint.h>

/* Upper bound (exclusive) on the syscall numbers we keep track of. */
#define SYSCALLS_MAX 1024

/* Classes, as strace's -e trace=%NAME spells them. */
enum syscalls_class {
	SC_FILE = 1u << 0,	/* %file: takes a file name argument */
	SC_NETWORK = 1u << 1,	/* %network (alias %net) */
	SC_PROCESS = 1u << 2,	/* %process: process lifecycle */
	SC_MEMORY = 1u << 3,	/* %memory: memory mapping */
	SC_SIGNAL = 1u << 4,	/* %signal */
	SC_DESC = 1u << 5,	/* %desc: takes or returns an fd */
	SC_IPC = 1u << 6,	/* %ipc: SysV IPC */
	SC_CREDS = 1u << 7,	/* %creds: user/group ids, capabilities */
	SC_STAT = 1u << 8,	/* %stat */
	SC_LSTAT = 1u << 9,	/* %lstat */
	SC_FSTAT = 1u << 10,	/* %fstat */
	SC_STAT_LIKE = 1u << 11,	/* %%stat */
	SC_STATFS = 1u << 12,	/* %statfs */
	SC_FSTATFS = 1u << 13,	/* %fstatfs */
	SC_STATFS_LIKE = 1u << 14,	/* %%statfs */
	SC_PURE = 1u << 15,	/* %pure: no args, always succeed */
	SC_CLOCK = 1u << 16,	/* %clock */
};

/* Name of syscall @nr, or NULL when the number is unknown. */
const char *syscalls_name(long nr);
/* Number of the syscall called @name, or -1. */
long syscalls_lookup(const char *name);
/* Class bits of @nr (0 when unknown). */
unsigned syscalls_classes(long nr);
/* Number of arguments @nr takes (6 when unknown, like strace). */
int syscalls_nargs(long nr);
/* One past the highest known syscall number. */
long syscalls_limit(void);
/*
 * Class bit for a class name, with or without the leading '%' ("file",
 * "%file", "%%stat", "net"); 0 when no such class.
 */
unsigned syscalls_class_lookup(const char *name);

/* A set of syscall numbers in [0, SYSCALLS_MAX). */
struct sysset {
	uint64_t bits[SYSCALLS_MAX / 64];
};

static inline int sysset_has(const struct sysset *s, long nr)
{
	if (nr < 0 || nr >= SYSCALLS_MAX)
		return 0;
	return (s->bits[nr / 64] >> (nr % 64)) & 1;
}

static inline void sysset_add(struct sysset *s, long nr)
{
	if (nr >= 0 && nr < SYSCALLS_MAX)
		s->bits[nr / 64] |= (uint64_t)1 << (nr % 64);
}

static inline void sysset_del(struct sysset *s, long nr)
{
	if (nr >= 0 && nr < SYSCALLS_MAX)
		s->bits[nr / 64] &= ~((uint64_t)1 << (nr % 64));
}

void sysset_clear(struct sysset *s);
void sysset_fill(struct sysset *s);
void sysset_invert(struct sysset *s);
/* Number of members. */
int sysset_count(const struct sysset *s);

#endif
