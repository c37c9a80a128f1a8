/* SPDX-License-Identifier: MIT */
/*
 * decode - format one system call as strace prints it.
 *
 * Pure: tracee memory and fd paths come through the callbacks of struct
 * decode_src, so every formatter is unit-tested with a fake memory.
 * Memory is read only for what is printed (lazy decoding).
 *
 * A call is printed in two halves, like strace does:
 *   decode_entry():  "read(3, "            (arguments known at entry)
 *   decode_exit():   "\"\\177ELF\"..., 832)" (arguments filled by the kernel)
 * so that a call interrupted by another thread's line can be resumed as
 * "<... read resumed>\"\\177ELF\"..., 832)".  The printer then writes the
 * padding, "= " and decode_retval().
 */
#ifndef MYTRACE_DECODE_H
#define MYTRACE_DECODE_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "strbuf.h"

struct decode_opts {
	int string_limit;	/* --string-limit=N, default 32 */
	int verbose;		/* -v: structs and envp unabbreviated */
	int xflag;		/* 1: -x non-ASCII strings in hex, 2: -xx all */
	int yflag;		/* 1: -y fd paths, 2: -yy socket endpoints too */
	enum decode_xstyle {
		DECODE_X_ABBREV,	/* O_RDONLY|O_CLOEXEC (default) */
		DECODE_X_RAW,		/* -X raw: 0x80000 */
		DECODE_X_VERBOSE,	/* -X verbose: the number, then
					 * the names in a comment */
	} xstyle;		/* how dput_flags/dput_enum print constants */
};

#define DECODE_OPTS_DEFAULT { 32, 0, 0, 0, DECODE_X_ABBREV }

struct decode_src {
	/* Same contract as mem_read(): bytes read, or -errno. */
	ssize_t (*read)(void *ctx, uint64_t addr, void *buf, size_t len);
	/*
	 * What fd @fd of the tracee points to ("/etc/passwd",
	 * "socket:[1234]", "pipe:[99]"), NUL-terminated in @buf; 0 or
	 * -errno.  May be NULL (then -y prints plain numbers).
	 */
	int (*fdpath)(void *ctx, int fd, char *buf, size_t size);
	void *ctx;
};

struct decode_call {
	long nr;
	uint64_t args[6];
	int64_t ret;		/* raw return value; meaningful at exit only */
	/*
	 * Stack pointer at entry, 0 when unknown.  Only rt_sigreturn
	 * needs it: strace shows the signal mask it restores from the
	 * frame on the stack ({mask=[INT]}).
	 */
	uint64_t sp;
	/*
	 * Where the entry half notes values its exit half prints again
	 * (strace's "[128 => 16]" for a length the kernel changed).  The
	 * caller keeps it from decode_entry() to decode_exit() of one call
	 * and zeroes it before the entry; NULL: nothing is kept, the exit
	 * half prints the final values alone.
	 */
	struct decode_memo *memo;
};

struct decode_memo {
	int64_t val[2];
	unsigned set;		/* bit i: val[i] was noted */
};

/* Append "name(" and the arguments known at entry (a trailing ", " when
 * exit-time arguments follow). Unknown numbers print as syscall_0x1c8(. */
void decode_entry(struct strbuf *out, const struct decode_call *c,
		  const struct decode_src *src, const struct decode_opts *o);

/* Append the arguments known only at exit, then ")". */
void decode_exit(struct strbuf *out, const struct decode_call *c,
		 const struct decode_src *src, const struct decode_opts *o);

/*
 * Append the return value as strace prints it after "= ": "3",
 * "0x55d0c0a2b000" (mmap, brk), "022" (umask),
 * "-1 ENOENT (No such file or directory)",
 * "? ERESTARTSYS (To be restarted if SA_RESTART is set)",
 * "3</etc/passwd>" with -y for calls returning an fd.
 */
void decode_retval(struct strbuf *out, const struct decode_call *c,
		   const struct decode_src *src, const struct decode_opts *o);

/*
 * Append a signal's siginfo as strace prints it between "--- SIGCHLD "
 * and " ---": "{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=42, ...}".
 */
void decode_siginfo(struct strbuf *out, const siginfo_t *si,
		    const struct decode_opts *o);

/*
 * Append bytes as a quoted C string the way strace does ("\177ELF\2\1"),
 * cutting after @limit bytes (no cut when @limit < 0) and adding "..."
 * after the closing quote when cut or when @more is set.  Honours -x/-xx.
 */
void decode_quote(struct strbuf *out, const void *bytes, size_t len,
		  long limit, int more, const struct decode_opts *o);

/*
 * Does this call name one of @paths (as a path argument, or through an
 * fd argument whose fdpath is one of them)?  For -P.  Evaluated at entry.
 */
int decode_touches_path(const struct decode_call *c,
			const struct decode_src *src,
			const char *const *paths, int npaths);

/* Is the syscall @nr's return an fd / an address / never returns? */
int decode_returns_fd(long nr);
int decode_never_returns(long nr);	/* exit, exit_group */

#endif
