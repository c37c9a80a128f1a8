/* SPDX-License-Identifier: MIT */
/*
 * decode_priv.h - what the decode_*.c files share: the decoding context
 * and the printing primitives the per-syscall decoders are built from.
 * Not a public header: only src/decode*.c include it.
 */
#ifndef MYTRACE_DECODE_PRIV_H
#define MYTRACE_DECODE_PRIV_H

#include <stdint.h>

#include "decode.h"
#include "strbuf.h"
#include "xlat.h"

/* One decoding in progress. */
struct dctx {
	struct strbuf *out;
	const struct decode_call *c;
	const struct decode_src *src;
	const struct decode_opts *o;
	int exiting;		/* 0 while printing entry args, 1 at exit */
};

/* Read exactly @len bytes: 0, or -errno (a short read is -EFAULT). */
int dmem_read(const struct dctx *d, uint64_t addr, void *buf, size_t len);
/*
 * Read a struct of @len bytes at @addr for printing: 0, or -1 after
 * printing NULL or the bare address when it cannot be read, as strace
 * does for a pointer it cannot follow.
 */
int dmem_read_or_ptr(struct dctx *d, uint64_t addr, void *buf, size_t len);

void dput_sep(struct dctx *d);				/* ", " */
void dput_int(struct dctx *d, int64_t v);		/* decimal */
void dput_uint(struct dctx *d, uint64_t v);		/* decimal */
void dput_hex(struct dctx *d, uint64_t v);		/* 0x1f */
void dput_oct(struct dctx *d, uint64_t v);		/* 0644, 0 is "000" */
void dput_ptr(struct dctx *d, uint64_t addr);		/* NULL or 0x7ffd... */
void dput_fd(struct dctx *d, int64_t fd);		/* 3, 3</path> (-y) */
void dput_dirfd(struct dctx *d, int64_t fd);		/* AT_FDCWD or as fd */
/* A path: quoted, never cut at --string-limit; NULL; the bare address
 * when unreadable. */
void dput_path(struct dctx *d, uint64_t addr);
/* A NUL-terminated string, cut at --string-limit with "...". */
void dput_str(struct dctx *d, uint64_t addr);
/* @len bytes at @addr (read/write buffers), cut at --string-limit. */
void dput_buf(struct dctx *d, uint64_t addr, int64_t len);
/* Flags: "A|B|0x40"; 0 prints the table's 0 entry, else "0". */
void dput_flags(struct dctx *d, uint64_t v, const struct xlat *tab);
/* The same; a value with no known bit prints as "0x8000 /" "* @unknown *" "/"
 * (strace's default string, e.g. "SECCOMP_FILTER_FLAG_???"). */
void dput_flags_unk(struct dctx *d, uint64_t v, const struct xlat *tab,
		    const char *unknown);
/* An enumeration: "NAME", or "0x7 /" "* PREFIX??? *" "/" when unknown
 * (@unknown is the comment, e.g. "SOCK_???"; NULL prints just the
 * number in decimal). */
void dput_enum(struct dctx *d, uint64_t v, const struct xlat *tab,
	       const char *unknown);
/*
 * -X for a constant a decoder prints its own way: 0 in the default
 * style (the caller prints it); else @v in hex and, with -X verbose,
 * what @names prints in the default style, in a comment; then 1.
 */
int dput_xstyled(struct dctx *d, uint64_t v,
		 void (*names)(struct dctx *d, uint64_t v));
/*
 * @names(@v) in the default style whatever -X says: strace 6.1 names
 * some constants in any style (the "(flags O_RDONLY)" of F_GETFL, the
 * signal rt_sigtimedwait returns, ...).
 */
void dput_abbrev(struct dctx *d, uint64_t v,
		 void (*names)(struct dctx *d, uint64_t v));
/* A file mode: "0644", or "S_IFREG|0644" when @with_type. */
void dput_mode(struct dctx *d, uint64_t mode, int with_type);
/* A NULL-terminated array of string pointers: ["ls", "-l"]. */
void dput_argv(struct dctx *d, uint64_t addr);
/* envp: "0x7ffd... /" "* 23 vars *" "/", in full with -v. */
void dput_envp(struct dctx *d, uint64_t addr);
/* A sigset of @size bytes at @addr: [CHLD], ~[RTMIN RT_1], []. */
void dput_sigset(struct dctx *d, uint64_t addr, uint64_t size);
/* Signal number: SIGCHLD, or the number. */
void dput_signal(struct dctx *d, int64_t sig);

/* Structures (decode_struct.c). */
void dput_stat(struct dctx *d, uint64_t addr);	/* struct stat */
void dput_statx(struct dctx *d, uint64_t addr);	/* struct statx */
void dput_timespec(struct dctx *d, uint64_t addr);
void dput_timeval(struct dctx *d, uint64_t addr);

#endif
