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
#include <stdint.h>
#include <string.h>

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

/*
 * Room for @extra more bytes (and the NUL) without a call when there is
 * already enough: the appends below are on every syscall's path.
 */
static inline int strbuf_reserve(struct strbuf *sb, size_t extra)
{
	if (__builtin_expect(!sb->failed && sb->len + extra < sb->cap, 1))
		return 0;
	return strbuf_grow(sb, extra);
}

static inline void strbuf_putn(struct strbuf *sb, const void *s, size_t n)
{
	if (strbuf_reserve(sb, n))
		return;
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

static inline void strbuf_putc(struct strbuf *sb, char c)
{
	if (strbuf_reserve(sb, 1))
		return;
	sb->buf[sb->len++] = c;
	sb->buf[sb->len] = '\0';
}

static inline void strbuf_puts(struct strbuf *sb, const char *s)
{
	strbuf_putn(sb, s, strlen(s));
}

/* Append @n copies of @c. */
void strbuf_pad(struct strbuf *sb, char c, size_t n);
/* Numbers without printf: "%" PRId64, "%" PRIu64, "%#" PRIx64. */
void strbuf_put_int(struct strbuf *sb, int64_t v);
void strbuf_put_uint(struct strbuf *sb, uint64_t v);
void strbuf_put_hex(struct strbuf *sb, uint64_t v);
void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* The content as a C string; "" for an empty buffer. Never NULL. */
const char *strbuf_str(const struct strbuf *sb);

#endif
