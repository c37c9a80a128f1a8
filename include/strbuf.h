/* SPDX-License-Identifier: MIT */
/*
 * strbuf - a growable, always NUL-terminated byte buffer.
 *
 * Used by the decoder and the printers to build one output line before it
 * is written.  Allocation failure never crashes: the buffer is marked
 * failed and further appends are dropped (strbuf_failed() tells).
 */
#ifndef MYTRACE_STRBUF_H
#define MYTRACE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;	/* NUL-terminated when len > 0 or after any append */
	size_t len;	/* bytes used, not counting the NUL */
	size_t cap;	/* bytes allocated */
	int failed;	/* an allocation failed; content is truncated */
};

#define STRBUF_INIT { NULL, 0, 0, 0 }

void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
/* Forget the content, keep the allocation. */
void strbuf_reset(struct strbuf *sb);
/* Make room for at least @extra more bytes; 0 or -ENOMEM. */
int strbuf_grow(struct strbuf *sb, size_t extra);
/* Shrink to @len bytes (no-op when already shorter). */
void strbuf_truncate(struct strbuf *sb, size_t len);

void strbuf_putc(struct strbuf *sb, char c);
void strbuf_puts(struct strbuf *sb, const char *s);
void strbuf_putn(struct strbuf *sb, const void *s, size_t n);
/* Append @n copies of @c. */
void strbuf_pad(struct strbuf *sb, char c, size_t n);
void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* The content as a C string; "" for an empty buffer. Never NULL. */
const char *strbuf_str(const struct strbuf *sb);

#endif
