/* SPDX-License-Identifier: MIT */
/*
 * inject - strace's syscall tampering: -e inject=SET:... and -e fault=SET:...
 *
 *   -e inject=SET[:error=E|:retval=N][:signal=SIG][:syscall=NAME]
 *                [:delay_enter=D][:delay_exit=D][:when=EXPR]
 *   -e fault=SET[:error=E][:when=EXPR]     (inject with error=ENOSYS
 *                                           unless told otherwise)
 *
 * EXPR is strace's FIRST[..LAST][+[STEP]]: FIRST alone injects that
 * invocation only, FIRST+ every one from FIRST on, FIRST+STEP every STEP
 * from FIRST, FIRST..LAST every one from FIRST to LAST, FIRST..LAST+STEP
 * every STEP in that range.  Invocations are counted per syscall and per
 * thread, from the thread's start (a new thread or child counts from 1).
 * D is a delay in microseconds, or a number with s, ms, us or ns.
 *
 * Each -e inject= is one rule; when several rules name the same
 * syscall, the last one given wins for it.  As in strace, only the calls
 * that are traced are tampered with (and counted): those of -e trace=
 * that pass -P PATH; "-P /dev/urandom -e inject=%file:error=ENOENT" fails
 * the opens of that file only.
 *
 * The parser is pure (unit-tested directly); the runtime half applies the
 * rules to the engine's stopped threads: at a syscall's entry it counts
 * the invocation and, when the rule fires, replaces the syscall number
 * with -1 (the kernel skips it) and queues the signal; at the exit it
 * writes the chosen return value and marks the event (engine_event's
 * tamper bits) so that the printer appends " (INJECTED)".
 */
#ifndef MYTRACE_INJECT_H
#define MYTRACE_INJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "syscalls.h"

/* At most this many -e inject=/fault= options. */
#define INJECT_MAX_RULES 32

/* Bounds of when= (strace's). */
#define INJECT_WHEN_MAX 65535
#define INJECT_LAST_INF 0xffffffffu

struct inject_rule {
	struct sysset set;	/* the syscalls it applies to */
	int error;		/* errno to inject (> 0), or 0 */
	int has_retval;		/* retval= given */
	int64_t retval;
	int signo;		/* signal to deliver, or 0 */
	long syscall;		/* syscall= run instead of -1, or -1 */
	int delayed;		/* delay_enter= or delay_exit= given */
	uint64_t delay_enter_ns;
	uint64_t delay_exit_ns;
	unsigned first;		/* when=: first invocation (1-based) */
	unsigned last;		/* last one, or INJECT_LAST_INF */
	unsigned step;		/* 0: FIRST only */
};

struct inject_rules {
	struct inject_rule rule[INJECT_MAX_RULES];
	int n;
};

/*
 * Parse one -e inject= (@fault 0) or -e fault= (@fault 1) value, @spec
 * being what follows the '=', and add it to @r.  Returns 0, or -1 with a
 * one-line message in @err ("invalid inject argument 'getpid:foo=1'",
 * "invalid system call 'nosuch'").
 */
int inject_parse(struct inject_rules *r, const char *spec, int fault,
		 char *err, size_t errlen);

/* The rule that applies to syscall @nr (the last one naming it), or NULL. */
const struct inject_rule *inject_rule_for(const struct inject_rules *r,
					  long nr);

/* Does @rule fire on invocation number @n (1-based) of a syscall? */
int inject_when_fires(const struct inject_rule *rule, uint64_t n);

/*
 * strace's warnings for retval= values the program may read as an error
 * ("Inadvertent injection of error 1 is possible for retval=...") on
 * @out, each line starting with @prog.
 */
void inject_warn(const struct inject_rules *r, FILE *out, const char *prog);

/* --- runtime -------------------------------------------------------- */

struct decode_src;
struct engine;
struct engine_event;
struct filter;
struct inject;

/*
 * The rules of @f (f->inject) applied to the calls of f->trace that touch
 * one of @paths (-P; @npaths 0: every call).  NULL when out of memory.
 * @f and @paths must outlive the object.
 */
struct inject *inject_new(const struct filter *f, const char *const *paths,
			  int npaths);
void inject_free(struct inject *in);

/*
 * Apply the rules to the event @ev of the engine's held thread, before
 * anything prints it: at ENTRY count the call and tamper with it when
 * its rule fires; at EXIT write the return value chosen at entry into
 * the thread and into ev->ret, and set ev->tamper; at EXITED, KILLED,
 * DETACHED and EXEC keep the per-thread counters in step.  Returns 0 or
 * -errno when the thread could not be changed (it died meanwhile).
 * @src reads the thread's memory and fds (for -P).
 */
int inject_event(struct inject *in, struct engine *e, struct engine_event *ev,
		 const struct decode_src *src);

#endif
