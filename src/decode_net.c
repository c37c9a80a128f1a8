// SPDX-License-Identifier: MIT
/*
 * decode_net - the socket calls beyond socket/bind/connect: the address
 * a call fills (accept4, getsockname, recvfrom) with its length shown as
 * "[128 => 16]" when the kernel changed it, socket options by level and
 * name, and the message headers of sendmsg/recvmsg.  As strace 6.1
 * prints them on x86_64.
 */
#include <inttypes.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"

#define DSOL_IP		0
#define DSOL_SOCKET	1
#define DSOL_TCP	6
#define DSOL_UDP	17
#define DSOL_IPV6	41

/* Index of the socklen_t * argument of the calls that fill an address,
 * and of getsockopt's optlen; -1 for the others. */
static int len_index(long nr)
{
	const struct dsys *s = dtable_get(nr);
	int i;

	if (!s)
		return -1;
	for (i = 0; i < s->nargs && i < 6; i++)
		if (s->a[i].put == dnet_len_out)
			return i;
	return -1;
}

/* At entry: what the length pointed to before the call. */
void dnet_note_len(struct dctx *d)
{
	int i = len_index(d->c->nr);
	int32_t len;

	if (i < 0 || !d->c->args[i] ||
	    dmem_read(d, d->c->args[i], &len, sizeof(len)))
		return;
	dmemo_put(d->c, 0, len);
}

/* recvmsg at entry: msg_namelen before the call. */
void dnet_note_namelen(struct dctx *d)
{
	uint32_t len;

	if (!d->c->args[1] || dmem_read(d, d->c->args[1] + 8, &len,
					sizeof(len)))
		return;
	dmemo_put(d->c, 0, len);
}

/* "[16]", or "[128 => 16]" when the call changed it. */
void dnet_len_out(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t in;
	int32_t len;

	if (dmem_read_or_ptr(d, addr, &len, sizeof(len)))
		return;
	if (dmemo_get(d->c, 0, &in) && in != len && !dutil_failed(d))
		strbuf_printf(d->out, "[%" PRId64 " => %d]", in, len);
	else
		strbuf_printf(d->out, "[%d]", len);
}

/* The address the kernel wrote: as many bytes as it says it wrote, but
 * not more than the buffer had. */
void dnet_addr_out(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i], lenp = d->c->args[i + 1];
	int64_t in;
	int32_t len;

	if (!addr || !lenp || dmem_read(d, lenp, &len, sizeof(len))) {
		dput_ptr(d, addr);
		return;
	}
	if (dmemo_get(d->c, 0, &in) && in < len)
		len = (int32_t)in;
	dput_sockaddr(d, addr, len);
}

static const struct xlat *sockopt_names(uint32_t level)
{
	switch (level) {
	case DSOL_SOCKET:
		return xlat_sockopt_names;
	case DSOL_TCP:
		return xlat_tcp_sockopts;
	case DSOL_IP:
		return xlat_ip_sockopts;
	case DSOL_IPV6:
		return xlat_ipv6_sockopts;
	case DSOL_UDP:
		return xlat_udp_sockopts;
	}
	return NULL;
}

void dnet_sockopt_level(struct dctx *d, int i)
{
	dput_enum(d, (uint32_t)d->c->args[i], xlat_sockopt_levels,
		  "SOL_???");
}

void dnet_sockopt_name(struct dctx *d, int i)
{
	uint32_t level = (uint32_t)d->c->args[i - 1];
	const struct xlat *tab = sockopt_names(level);

	dput_enum(d, (uint32_t)d->c->args[i], tab, tab ? "???" : NULL);
}

/* An option value of @len bytes: "[1]" for an int, else the bytes. */
static void put_optval(struct dctx *d, uint64_t addr, int64_t len)
{
	int32_t v;

	if (len == (int64_t)sizeof(v) && addr &&
	    !dmem_read(d, addr, &v, sizeof(v))) {
		strbuf_printf(d->out, "[%d]", v);
		return;
	}
	if (len <= 0)
		dput_ptr(d, addr);
	else
		dput_buf(d, addr, len);
}

/* setsockopt's value, its length the next argument. */
void dnet_optval_in(struct dctx *d, int i)
{
	put_optval(d, d->c->args[i], (int32_t)d->c->args[i + 1]);
}

/* getsockopt's value at exit, its length what *optlen now says. */
void dnet_optval_out(struct dctx *d, int i)
{
	int32_t len;

	if (!d->c->args[i + 1] ||
	    dmem_read(d, d->c->args[i + 1], &len, sizeof(len))) {
		dput_ptr(d, d->c->args[i]);
		return;
	}
	put_optval(d, d->c->args[i], len);
}

void dnet_msghdr_in(struct dctx *d, int i)
{
	dput_msghdr(d, d->c->args[i], -1, -1);
}

/* recvmsg at exit: only the bytes received; the name length as it was
 * before when the kernel changed it. */
void dnet_msghdr_out(struct dctx *d, int i)
{
	int64_t in = -1;

	if (dutil_failed(d)) {
		dput_msghdr_failed(d, d->c->args[i]);
		return;
	}
	if (!dmemo_get(d->c, 0, &in))
		in = -1;
	dput_msghdr(d, d->c->args[i], d->c->ret, in);
}
