// SPDX-License-Identifier: MIT
/*
 * decode_sockaddr - socket addresses (unix, inet, inet6, netlink, others as
 * raw sa_data) and struct msghdr with its control messages, as strace
 * 6.1 prints them on x86_64.
 */
#include "decode_structs.h"
#include "decode_util.h"

#include <arpa/inet.h>
#include <inttypes.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#define DAF_UNIX	1
#define DAF_INET	2
#define DAF_INET6	10
#define DAF_NETLINK	16
#define DSOCKADDR_MAX	128	/* sizeof(struct sockaddr_storage) */
#define DSUN_PATH_MAX	108

/* sa_data="..." : the bytes after the family, for unknown families. */
static void put_sa_data(struct dctx *d, const uint8_t *sa, size_t len)
{
	strbuf_puts(d->out, ", sa_data=");
	decode_quote(d->out, sa + 2, len - 2, dutil_limit(d), 0, d->o);
}

/* sun_path="/path", or @"name" for the abstract namespace. */
static void put_unix(struct dctx *d, const uint8_t *sa, size_t len)
{
	const char *path = (const char *)sa + 2;
	size_t n = len - 2;

	if (n > DSUN_PATH_MAX)
		n = DSUN_PATH_MAX;
	strbuf_puts(d->out, ", sun_path=");
	if (n > 1 && path[0] == '\0') {
		strbuf_putc(d->out, '@');
		decode_quote(d->out, path + 1, n - 1, -1, 0, d->o);
		return;
	}
	decode_quote(d->out, path, strnlen(path, n), -1, 0, d->o);
}

static enum decode_xstyle sa_xstyle(const struct dctx *d)
{
	return d->o ? d->o->xstyle : DECODE_X_ABBREV;
}

/*
 * One field of an inet address as strace 6.1 prints it with -X raw
 * (", sin_port=\"\x1f\x90\"": the bytes in hex) or -X verbose (the
 * same, then the default form in a comment); 0 in the default style.
 */
static int put_sa_raw(struct dctx *d, const char *field, const uint8_t *b,
		      size_t n, const char *text)
{
	size_t i;

	if (sa_xstyle(d) == DECODE_X_ABBREV)
		return 0;
	strbuf_printf(d->out, ", %s=\"", field);
	for (i = 0; i < n; i++)
		strbuf_printf(d->out, "\\x%02x", b[i]);
	strbuf_putc(d->out, '"');
	if (sa_xstyle(d) == DECODE_X_VERBOSE)
		strbuf_printf(d->out, " /* %s */", text);
	return 1;
}

static void put_inet(struct dctx *d, const uint8_t *sa)
{
	char ip[INET_ADDRSTRLEN];
	char text[INET_ADDRSTRLEN + 16];
	uint16_t port;

	memcpy(&port, sa + 2, sizeof(port));
	inet_ntop(AF_INET, sa + 4, ip, sizeof(ip));
	snprintf(text, sizeof(text), "htons(%u)", ntohs(port));
	if (!put_sa_raw(d, "sin_port", sa + 2, 2, text))
		strbuf_printf(d->out, ", sin_port=%s", text);
	snprintf(text, sizeof(text), "inet_addr(\"%s\")", ip);
	if (!put_sa_raw(d, "sin_addr", sa + 4, 4, text))
		strbuf_printf(d->out, ", sin_addr=%s", text);
}

/* Link-local addresses name their interface: if_nametoindex("lo"). */
static void put_scope_id(struct dctx *d, const uint8_t *addr6,
			 uint32_t scope)
{
	char name[IF_NAMESIZE];
	int link = (addr6[0] == 0xfe && (addr6[1] & 0xc0) == 0x80) ||
		   (addr6[0] == 0xff && (addr6[1] & 0x0f) == 0x02);

	strbuf_puts(d->out, ", sin6_scope_id=");
	if (link && if_indextoname(scope, name))
		strbuf_printf(d->out, "if_nametoindex(\"%s\")", name);
	else
		dput_uint(d, scope);
}

static void put_inet6(struct dctx *d, const uint8_t *sa, size_t len)
{
	char ip[INET6_ADDRSTRLEN];
	char text[INET6_ADDRSTRLEN + 32];
	uint16_t port;
	uint32_t flow, scope;

	memcpy(&port, sa + 2, sizeof(port));
	memcpy(&flow, sa + 4, sizeof(flow));
	inet_ntop(AF_INET6, sa + 8, ip, sizeof(ip));
	if (sa_xstyle(d) == DECODE_X_ABBREV) {
		strbuf_printf(d->out, ", sin6_port=htons(%u)"
			      ", sin6_flowinfo=htonl(%u)"
			      ", inet_pton(AF_INET6, \"%s\", &sin6_addr)",
			      ntohs(port), ntohl(flow), ip);
	} else {
		snprintf(text, sizeof(text), "htons(%u)", ntohs(port));
		put_sa_raw(d, "sin6_port", sa + 2, 2, text);
		snprintf(text, sizeof(text), "htonl(%u)", ntohl(flow));
		put_sa_raw(d, "sin6_flowinfo", sa + 4, 4, text);
		snprintf(text, sizeof(text), "inet_pton(AF_INET6, \"%s\")",
			 ip);
		put_sa_raw(d, "sin6_addr", sa + 8, 16, text);
	}
	if (len >= 28) {
		memcpy(&scope, sa + 24, sizeof(scope));
		put_scope_id(d, sa + 8, scope);
	}
}

static void put_netlink(struct dctx *d, const uint8_t *sa)
{
	uint32_t pid, groups;

	memcpy(&pid, sa + 4, sizeof(pid));
	memcpy(&groups, sa + 8, sizeof(groups));
	strbuf_printf(d->out, ", nl_pid=%u, nl_groups=%#08x", pid, groups);
}

void dput_sockaddr(struct dctx *d, uint64_t addr, int64_t len)
{
	uint8_t sa[DSOCKADDR_MAX];
	uint16_t family;
	size_t n;

	if (!addr || len < 2) {
		dput_ptr(d, addr);
		return;
	}
	n = len > DSOCKADDR_MAX ? DSOCKADDR_MAX : (size_t)len;
	if (dmem_read(d, addr, sa, n) < 0) {
		dput_ptr(d, addr);
		return;
	}
	memcpy(&family, sa, sizeof(family));
	strbuf_puts(d->out, "{sa_family=");
	dput_enum(d, family, xlat_address_families, "AF_???");
	if (n == 2)
		;
	else if (family == DAF_UNIX)
		put_unix(d, sa, n);
	else if (family == DAF_INET && n >= 16)
		put_inet(d, sa);
	else if (family == DAF_INET6 && n >= 24)
		put_inet6(d, sa, n);
	else if (family == DAF_NETLINK && n >= 12)
		put_netlink(d, sa);
	else
		put_sa_data(d, sa, n);
	strbuf_putc(d->out, '}');
}

/* struct msghdr on x86_64. */
struct dkmsghdr {
	uint64_t name;
	uint32_t namelen;
	uint32_t pad;
	uint64_t iov;
	uint64_t iovlen;
	uint64_t control;
	uint64_t controllen;
	int32_t flags;
	int32_t pad2;
};

struct dkcmsghdr {
	uint64_t len;
	int32_t level;
	int32_t type;
};

#define DSOL_SOCKET		1
#define DSCM_RIGHTS		1
#define DSCM_CREDENTIALS	2
#define DCMSG_MAX		4096

/* cmsg_data=[3, 4] */
static void put_cmsg_fds(struct dctx *d, const uint8_t *data, size_t len)
{
	int32_t fd;
	size_t i;

	strbuf_puts(d->out, ", cmsg_data=[");
	for (i = 0; i + sizeof(fd) <= len; i += sizeof(fd)) {
		memcpy(&fd, data + i, sizeof(fd));
		if (i)
			dput_sep(d);
		if (dstruct_array_cut(d, i / sizeof(fd)))
			break;
		dput_fd(d, fd);
	}
	strbuf_putc(d->out, ']');
}

static void put_cmsg_data(struct dctx *d, const struct dkcmsghdr *h,
			  const uint8_t *data, size_t len)
{
	uint32_t cred[3];

	if (h->level != DSOL_SOCKET)
		return;
	if (h->type == DSCM_RIGHTS) {
		put_cmsg_fds(d, data, len);
	} else if (h->type == DSCM_CREDENTIALS && len >= sizeof(cred)) {
		memcpy(cred, data, sizeof(cred));
		strbuf_printf(d->out, ", cmsg_data={pid=%d, uid=%u, gid=%u}",
			      (int32_t)cred[0], cred[1], cred[2]);
	}
}

/* One control message at @p, @left bytes left; its aligned size, or 0
 * to stop after it. */
static size_t put_cmsg(struct dctx *d, const uint8_t *p, size_t left)
{
	struct dkcmsghdr h;
	size_t hl = sizeof(h);

	memcpy(&h, p, hl);
	strbuf_printf(d->out, "{cmsg_len=%" PRIu64 ", cmsg_level=", h.len);
	dput_enum(d, (uint32_t)h.level, xlat_sockopt_levels, "SOL_???");
	strbuf_puts(d->out, ", cmsg_type=");
	if (h.level == DSOL_SOCKET)
		dput_enum(d, (uint32_t)h.type, xlat_scm_types, "SCM_???");
	else
		dput_hex(d, (uint32_t)h.type);
	if (h.len >= hl && h.len <= left)
		put_cmsg_data(d, &h, p + hl, (size_t)h.len - hl);
	strbuf_putc(d->out, '}');
	if (h.len < hl || h.len > left)
		return 0;
	return ((size_t)h.len + 7) & ~(size_t)7;
}

static void put_control(struct dctx *d, uint64_t addr, uint64_t len)
{
	static uint8_t buf[DCMSG_MAX];
	size_t n = len > DCMSG_MAX ? DCMSG_MAX : (size_t)len, off = 0, step;
	uint64_t i;

	if (!addr || n < sizeof(struct dkcmsghdr) ||
	    dmem_read(d, addr, buf, n) < 0) {
		dput_ptr(d, addr);
		return;
	}
	strbuf_putc(d->out, '[');
	for (i = 0; off + sizeof(struct dkcmsghdr) <= n; i++) {
		if (i)
			dput_sep(d);
		if (dstruct_array_cut(d, i))
			break;
		step = put_cmsg(d, buf + off, n - off);
		if (!step)
			break;
		off += step;
	}
	strbuf_putc(d->out, ']');
}

void dput_msghdr(struct dctx *d, uint64_t addr, int64_t datalen,
		 int64_t namelen_in)
{
	struct dkmsghdr m;

	if (dmem_read_or_ptr(d, addr, &m, sizeof(m)))
		return;
	strbuf_puts(d->out, "{msg_name=");
	dput_sockaddr(d, m.name, m.namelen);
	strbuf_puts(d->out, ", msg_namelen=");
	if (namelen_in >= 0 && (uint64_t)namelen_in != m.namelen)
		strbuf_printf(d->out, "%" PRId64 " => ", namelen_in);
	dput_uint(d, m.namelen);
	strbuf_puts(d->out, ", msg_iov=");
	dput_iovec(d, m.iov, m.iovlen, datalen);
	strbuf_printf(d->out, ", msg_iovlen=%" PRIu64, m.iovlen);
	if (m.controllen) {
		strbuf_puts(d->out, ", msg_control=");
		put_control(d, m.control, m.controllen);
	}
	strbuf_printf(d->out, ", msg_controllen=%" PRIu64 ", msg_flags=",
		      m.controllen);
	dput_flags(d, (uint32_t)m.flags, xlat_msg_flags);
	strbuf_putc(d->out, '}');
}

void dput_msghdr_failed(struct dctx *d, uint64_t addr)
{
	struct dkmsghdr m;

	if (dmem_read_or_ptr(d, addr, &m, sizeof(m)))
		return;
	strbuf_printf(d->out, "{msg_namelen=%u}", m.namelen);
}
