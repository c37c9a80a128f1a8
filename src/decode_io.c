// SPDX-License-Identifier: MIT
/*
 * decode_io - the vectors and descriptor sets of the I/O multiplexing
 * and vectored I/O calls as strace 6.1 prints them: struct iovec arrays
 * (readv, writev, msg_iov), struct pollfd arrays, struct epoll_event,
 * fd_set for select/pselect6 and the linux_dirent64 buffer of
 * getdents64.  Arrays stop after --string-limit elements unless -v.
 */
#include "decode_structs.h"
#include "decode_util.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define DUIO_MAXIOV	1024u
#define DFDSET_MAXBITS	(1024 * 1024)
#define DDIRENT_MAX	(1u << 20)

/*
 * {iov_base="abc", iov_len=3}; @arg points to the pointer to the data
 * still to show (-1: no limit), less what this one shows.
 */
static void put_iov(struct dctx *d, uint64_t k, uint64_t at,
		    const void *elem, const void *arg)
{
	const uint64_t *iov = elem;
	int64_t *left = *(int64_t *const *)arg;
	int64_t shown = (int64_t)iov[1];

	(void)k, (void)at;
	if (shown < 0 || (*left >= 0 && shown > *left))
		shown = *left >= 0 ? *left : INT64_MAX;
	strbuf_puts(d->out, "{iov_base=");
	dput_buf(d, iov[0], shown);
	strbuf_printf(d->out, ", iov_len=%" PRIu64 "}", iov[1]);
	if (*left >= 0)
		*left -= shown;
}

void dput_iov_addr(struct dctx *d, uint64_t k, uint64_t at,
		   const void *elem, const void *arg)
{
	const uint64_t *iov = elem;

	(void)k, (void)at, (void)arg;
	strbuf_puts(d->out, "{iov_base=");
	dput_ptr(d, iov[0]);
	strbuf_printf(d->out, ", iov_len=%" PRIu64 "}", iov[1]);
}

void dput_iovec(struct dctx *d, uint64_t addr, uint64_t n, int64_t datalen)
{
	int64_t *left = &datalen;

	dstruct_array(d, addr, n > DUIO_MAXIOV ? DUIO_MAXIOV : n,
		      2 * sizeof(uint64_t), DSTRUCT_BAD_NOTE, put_iov, &left);
}

struct dkpollfd {
	int32_t fd;
	int16_t events;
	int16_t revents;
};

static void put_pollfd(struct dctx *d, uint64_t k, uint64_t at,
		       const void *elem, const void *arg)
{
	const struct dkpollfd *p = elem;

	(void)k, (void)at, (void)arg;
	strbuf_puts(d->out, "{fd=");
	dput_fd(d, p->fd);
	if (p->fd >= 0) {
		strbuf_puts(d->out, ", events=");
		dput_flags(d, (uint16_t)p->events, xlat_poll_events);
	}
	strbuf_putc(d->out, '}');
}

void dput_pollfds(struct dctx *d, uint64_t addr, uint64_t n)
{
	dstruct_array(d, addr, n, sizeof(struct dkpollfd), DSTRUCT_BAD_NOTE,
		      put_pollfd, NULL);
}

/* [{fd=3, revents=POLLIN}]: only the entries with events returned. */
static void put_revents(struct dctx *d, uint64_t addr, uint64_t n)
{
	struct dkpollfd p;
	uint64_t i, shown = 0;

	strbuf_putc(d->out, '[');
	for (i = 0; i < n; i++) {
		if (dmem_read(d, addr + i * sizeof(p), &p, sizeof(p)) < 0)
			break;
		if (!p.revents)
			continue;
		if (shown)
			dput_sep(d);
		if (dstruct_array_cut(d, shown++))
			break;
		/* the result names fds without their -y paths */
		strbuf_printf(d->out, "{fd=%d, revents=", p.fd);
		dput_flags(d, (uint16_t)p.revents, xlat_poll_events);
		strbuf_putc(d->out, '}');
	}
	strbuf_putc(d->out, ']');
}

void dput_poll_result(struct dctx *d, uint64_t addr, uint64_t n,
		      int64_t ret, uint64_t tmo)
{
	if (ret == 0) {
		strbuf_puts(d->out, " (Timeout)");
		return;
	}
	if (ret < 0)
		return;
	strbuf_puts(d->out, " (");
	put_revents(d, addr, n);
	if (tmo) {
		strbuf_puts(d->out, ", left ");
		dput_timespec(d, tmo);
	}
	strbuf_putc(d->out, ')');
}

/* struct epoll_event is packed on x86_64: 12 bytes. */
#define DEPOLL_EVENT_SIZE 12

static void put_epoll_event(struct dctx *d, uint64_t k, uint64_t at,
			    const void *elem, const void *arg)
{
	const uint8_t *e = elem;
	uint32_t events;
	uint64_t data;

	(void)k, (void)at, (void)arg;
	memcpy(&events, e, sizeof(events));
	memcpy(&data, e + 4, sizeof(data));
	strbuf_puts(d->out, "{events=");
	dput_flags(d, events, xlat_epoll_events);
	strbuf_printf(d->out, ", data={u32=%u, u64=%" PRIu64 "}}",
		      (uint32_t)data, data);
}

void dput_epoll_event(struct dctx *d, uint64_t addr)
{
	uint8_t e[DEPOLL_EVENT_SIZE];

	if (dmem_read_or_ptr(d, addr, e, sizeof(e)))
		return;
	put_epoll_event(d, 0, addr, e, NULL);
}

void dput_epoll_events(struct dctx *d, uint64_t addr, uint64_t n)
{
	dstruct_array(d, addr, n, DEPOLL_EVENT_SIZE, DSTRUCT_BAD_NOTE,
		      put_epoll_event, NULL);
}

/* Read the fd_set of @nfds bits at @addr into a new buffer (free it);
 * NULL when unreadable or @nfds is out of range. */
static uint64_t *read_fdset(struct dctx *d, uint64_t addr, int64_t nfds,
			    size_t *words)
{
	uint64_t *bits;

	if (!addr || nfds < 0)
		return NULL;
	if (nfds > DFDSET_MAXBITS)
		nfds = DFDSET_MAXBITS;
	*words = ((size_t)nfds + 63) / 64;
	bits = calloc(*words ? *words : 1, sizeof(*bits));
	if (bits && dmem_read(d, addr, bits, *words * sizeof(*bits)) < 0) {
		free(bits);
		return NULL;
	}
	return bits;
}

/* [3 4]: the fds below @nfds set in @bits, with their -y paths unless
 * @plain (results); the number printed. */
static int put_fdbits(struct dctx *d, const uint64_t *bits, int64_t nfds,
		      int plain)
{
	int64_t fd;
	int n = 0;

	strbuf_putc(d->out, '[');
	for (fd = 0; fd < nfds && fd < DFDSET_MAXBITS; fd++) {
		if (!(bits[fd / 64] >> (fd % 64) & 1))
			continue;
		if (n++)
			strbuf_putc(d->out, ' ');
		if (plain)
			dput_int(d, fd);
		else
			dput_fd(d, fd);
	}
	strbuf_putc(d->out, ']');
	return n;
}

void dput_fdset(struct dctx *d, uint64_t addr, int64_t nfds)
{
	size_t words;
	uint64_t *bits = read_fdset(d, addr, nfds, &words);

	if (!bits) {
		dput_ptr(d, addr);
		return;
	}
	put_fdbits(d, bits, nfds, 0);
	free(bits);
}

/* ", out [4]" when set @i has fds; *any tells whether one was printed. */
static void put_result_set(struct dctx *d, const char *name, uint64_t addr,
			   int64_t nfds, int *any)
{
	size_t words, i;
	uint64_t *bits = read_fdset(d, addr, nfds, &words);
	int set = 0;

	if (!bits)
		return;
	for (i = 0; i < words; i++)
		set |= bits[i] != 0;
	if (set) {
		strbuf_printf(d->out, "%s%s ", *any ? ", " : "", name);
		put_fdbits(d, bits, nfds, 1);
		*any = 1;
	}
	free(bits);
}

void dput_select_result(struct dctx *d, int64_t nfds, const uint64_t sets[3],
			int64_t ret, uint64_t tmo, int ts)
{
	static const char *const names[3] = { "in", "out", "except" };
	int i, any = 0;

	if (ret == 0) {
		strbuf_puts(d->out, " (Timeout)");
		return;
	}
	if (ret < 0)
		return;
	strbuf_puts(d->out, " (");
	for (i = 0; i < 3; i++)
		put_result_set(d, names[i], sets[i], nfds, &any);
	if (tmo) {
		strbuf_puts(d->out, any ? ", left " : "left ");
		if (ts)
			dput_timespec(d, tmo);
		else
			dput_timeval(d, tmo);
	}
	strbuf_putc(d->out, ')');
}

/* struct linux_dirent64 header; d_name follows. */
struct dkdirent64 {
	uint64_t ino;
	int64_t off;
	uint16_t reclen;
	uint8_t type;
} __attribute__((packed));

#define DDIRENT_HDR sizeof(struct dkdirent64)

/* The next entry at @off of @buf (@len bytes), or NULL at the end. */
static const uint8_t *dirent_at(const uint8_t *buf, size_t len, size_t off,
				struct dkdirent64 *de)
{
	if (off + DDIRENT_HDR > len)
		return NULL;
	memcpy(de, buf + off, DDIRENT_HDR);
	if (de->reclen < DDIRENT_HDR || off + de->reclen > len)
		return NULL;
	return buf + off;
}

static void put_dirent(struct dctx *d, const struct dkdirent64 *de,
		       const uint8_t *ent)
{
	const char *name = (const char *)ent + DDIRENT_HDR;
	size_t max = de->reclen - DDIRENT_HDR;

	strbuf_printf(d->out, "{d_ino=%" PRIu64 ", d_off=%" PRId64
		      ", d_reclen=%u, d_type=", de->ino, de->off, de->reclen);
	dput_enum(d, de->type, xlat_dirent_types, "DT_???");
	strbuf_puts(d->out, ", d_name=");
	decode_quote(d->out, name, strnlen(name, max), -1, 0, d->o);
	strbuf_putc(d->out, '}');
}

void dput_dirents64(struct dctx *d, uint64_t addr, int64_t len)
{
	struct dkdirent64 de;
	const uint8_t *ent;
	uint8_t *buf;
	size_t n = len <= 0 ? 0 : len > DDIRENT_MAX ? DDIRENT_MAX : (size_t)len;
	size_t off, count = 0;
	int v = d->o->verbose;

	buf = malloc(n ? n : 1);
	if (!addr || !buf || dmem_read(d, addr, buf, n) < 0) {
		free(buf);
		dput_ptr(d, addr);
		return;
	}
	if (v)
		strbuf_putc(d->out, '[');
	for (off = 0; (ent = dirent_at(buf, n, off, &de)); off += de.reclen) {
		if (v && count)
			dput_sep(d);
		if (v)
			put_dirent(d, &de, ent);
		count++;
	}
	if (v)
		strbuf_putc(d->out, ']');
	else
		strbuf_printf(d->out, "%#" PRIx64 " /* %zu entries */", addr,
			      count);
	free(buf);
}
