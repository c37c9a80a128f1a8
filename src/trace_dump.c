// SPDX-License-Identifier: MIT
/*
 * trace_dump - -e read=FDS and -e write=FDS: after the line of a call
 * that read from or wrote to one of those fds, the data in full, in
 * strace's hex dump format:
 *
 *  | 00000  68 65 6c 6c 6f 0a                                 hello.           |
 *
 * and, for the vectored calls, " * 6 bytes in buffer 0" before each
 * buffer's dump.  Written data is dumped even when the call failed (as
 * strace does), read data only up to what the call returned.
 */
#include <inttypes.h>
#include <string.h>
#include <sys/syscall.h>

#include "arch.h"
#include "trace_priv.h"

#define DUMP_CHUNK 4096		/* bytes read from the tracee at once */
#define DUMP_MAX_IOV 1024	/* UIO_MAXIOV */
#define MSGHDR_SIZE 56		/* struct msghdr on x86_64 */
#define MSGHDR_IOV 16		/* offsetof(struct msghdr, msg_iov) */
#define MSGHDR_IOVLEN 24	/* offsetof(struct msghdr, msg_iovlen) */

/* One line: offset, 16 bytes in hex (a gap after 8), then as text. */
static void dump_line(struct strbuf *sb, uint64_t off,
		      const unsigned char *b, size_t n)
{
	size_t i;

	strbuf_printf(sb, " | %05" PRIx64 "  ", off);
	for (i = 0; i < 16; i++) {
		if (i < n)
			strbuf_printf(sb, "%02x ", b[i]);
		else
			strbuf_puts(sb, "   ");
		if (i == 7)
			strbuf_putc(sb, ' ');
	}
	strbuf_putc(sb, ' ');
	for (i = 0; i < 16; i++)
		strbuf_putc(sb, i >= n ? ' ' :
			    b[i] >= ' ' && b[i] < 0x7f ? (char)b[i] : '.');
	strbuf_puts(sb, " |\n");
}

/* @len bytes at @addr, read a chunk at a time; stops where unreadable. */
static void dump_buf(struct trace_printer *tp, struct trace_thread *th,
		     const struct decode_src *src, uint64_t addr,
		     uint64_t len)
{
	static unsigned char buf[DUMP_CHUNK];
	struct strbuf *sb = &tp->sb;
	uint64_t off = 0;
	size_t n, i;
	ssize_t got;

	if (!src || !src->read)
		return;
	while (off < len) {
		n = len - off < DUMP_CHUNK ? (size_t)(len - off) : DUMP_CHUNK;
		got = src->read(src->ctx, addr + off, buf, n);
		if (got <= 0)
			return;
		strbuf_reset(sb);
		for (i = 0; i < (size_t)got; i += 16)
			dump_line(sb, off + i, buf + i,
				  (size_t)got - i < 16 ? (size_t)got - i : 16);
		trace_stream_write(th->st, th, sb, 1);
		if ((size_t)got < n)
			return;
		off += n;
	}
}

/*
 * The @cnt buffers of the iovec array at @iov, @limit bytes in all
 * (UINT64_MAX: their whole length), each as " * N bytes in buffer I"
 * and its dump; an empty buffer ends the dump, as in strace.
 */
static void dump_iov(struct trace_printer *tp, struct trace_thread *th,
		     const struct decode_src *src, uint64_t iov,
		     uint64_t cnt, uint64_t limit)
{
	uint64_t v[2], len;
	struct strbuf *sb = &tp->sb;
	uint64_t i;

	if (!src || !src->read || cnt > DUMP_MAX_IOV)
		return;
	for (i = 0; i < cnt; i++) {
		if (src->read(src->ctx, iov + 16 * i, v, sizeof(v)) !=
		    (ssize_t)sizeof(v))
			return;
		len = v[1] < limit ? v[1] : limit;
		if (!len)
			return;
		limit -= len;
		strbuf_reset(sb);
		strbuf_printf(sb, " * %" PRIu64 " bytes in buffer %" PRIu64
			      "\n", len, i);
		trace_stream_write(th->st, th, sb, 1);
		dump_buf(tp, th, src, v[0], len);
	}
}

/* The buffers of the struct msghdr at @addr (sendmsg, recvmsg). */
static void dump_msghdr(struct trace_printer *tp, struct trace_thread *th,
			const struct decode_src *src, uint64_t addr,
			uint64_t limit)
{
	unsigned char m[MSGHDR_SIZE];
	uint64_t iov, cnt;

	if (!src || !src->read ||
	    src->read(src->ctx, addr, m, sizeof(m)) != (ssize_t)sizeof(m))
		return;
	memcpy(&iov, m + MSGHDR_IOV, sizeof(iov));
	memcpy(&cnt, m + MSGHDR_IOVLEN, sizeof(cnt));
	dump_iov(tp, th, src, iov, cnt, limit);
}

/* -e write=: the data the call wrote, whatever it returned. */
static void dump_written(struct trace_printer *tp, struct trace_thread *th,
			 const struct decode_src *src)
{
	const uint64_t *a = th->call.args;

	switch (th->call.nr) {
	case SYS_write:
	case SYS_pwrite64:
	case SYS_sendto:
		dump_buf(tp, th, src, a[1], a[2]);
		break;
	case SYS_writev:
	case SYS_pwritev:
	case SYS_pwritev2:
	case SYS_vmsplice:
		dump_iov(tp, th, src, a[1], a[2], UINT64_MAX);
		break;
	case SYS_sendmsg:
		dump_msghdr(tp, th, src, a[1], UINT64_MAX);
		break;
	}
}

/* -e read=: the data the call read, as much as it returned. */
static void dump_read(struct trace_printer *tp, struct trace_thread *th,
		      const struct decode_src *src, uint64_t ret)
{
	const uint64_t *a = th->call.args;

	switch (th->call.nr) {
	case SYS_read:
	case SYS_pread64:
	case SYS_recvfrom:
		dump_buf(tp, th, src, a[1], ret);
		break;
	case SYS_readv:
	case SYS_preadv:
	case SYS_preadv2:
		dump_iov(tp, th, src, a[1], a[2], ret);
		break;
	case SYS_recvmsg:
		dump_msghdr(tp, th, src, a[1], ret);
		break;
	}
}

void trace_dump_io(struct trace_printer *tp, struct trace_thread *th,
		   const struct engine_event *ev,
		   const struct decode_src *src)
{
	const struct filter *f = tp->o.filter;
	int fd = (int)th->call.args[0];

	if (filter_fd_has(&f->write_fds, fd))
		dump_written(tp, th, src);
	if (arch_ret_is_error(ev->ret) || ev->ret <= 0)
		return;
	if (filter_fd_has(&f->read_fds, fd))
		dump_read(tp, th, src, (uint64_t)ev->ret);
}
