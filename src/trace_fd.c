// SPDX-License-Identifier: MIT
/*
 * trace_fd - what a tracee's fd refers to, as strace's -y and -yy print
 * it between "<" and ">" (see trace_fdpath() in include/trace.h).
 *
 * -y is the /proc/TID/fd/N link ("/etc/passwd", "socket:[123]"), or
 * /proc/TID/cwd for AT_FDCWD.  -yy adds what strace adds: device numbers
 * ("/dev/null<char 1:3>") and socket endpoints.  A socket's protocol
 * name comes from the "system.sockprotoname" attribute of its fd
 * ("TCP", "UDPv6", "UNIX-STREAM", "NETLINK"), its endpoints from
 * /proc/TID/net/{tcp,tcp6,udp,udp6,netlink} (the tracee's network
 * namespace) and, for UNIX sockets, whose peers /proc does not show,
 * from a NETLINK_SOCK_DIAG query, like strace.  Whatever cannot be
 * found prints as strace does then: "TCP:[123]", or "socket:[123]".
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "strbuf.h"
#include "trace.h"

#define AT_FDCWD_FD (-100)

/* NETLINK_* protocol numbers, as strace names them after "NETLINK:[". */
static const char *const netlink_names[] = {
	"ROUTE", "UNUSED", "USERSOCK", "FIREWALL", "SOCK_DIAG", "NFLOG",
	"XFRM", "SELINUX", "ISCSI", "AUDIT", "FIB_LOOKUP", "CONNECTOR",
	"NETFILTER", "IP6_FW", "DNRTMSG", "KOBJECT_UEVENT", "GENERIC",
	NULL, "SCSITRANSPORT", "ECRYPTFS", "RDMA", "CRYPTO", "SMC",
};

/* "1.2.3.4:80" or "[::1]:80" from /proc/net/tcp's "0100007F:0050". */
static int put_inet_addr(struct strbuf *sb, const char *hex, int v6,
			 int *is_zero)
{
	char text[INET6_ADDRSTRLEN];
	unsigned int w[4], port;
	struct in6_addr a6;
	struct in_addr a4;
	int i;

	if (v6) {
		if (sscanf(hex, "%8x%8x%8x%8x:%x", &w[0], &w[1], &w[2],
			   &w[3], &port) != 5)
			return -1;
		/* Each 32-bit word is printed in host byte order. */
		for (i = 0; i < 4; i++)
			memcpy(&a6.s6_addr[4 * i], &w[i], 4);
		inet_ntop(AF_INET6, &a6, text, sizeof(text));
		*is_zero = !(w[0] | w[1] | w[2] | w[3]) && !port;
		strbuf_printf(sb, "[%s]:%u", text, port);
	} else {
		if (sscanf(hex, "%8x:%x", &w[0], &port) != 2)
			return -1;
		a4.s_addr = w[0];
		inet_ntop(AF_INET, &a4, text, sizeof(text));
		*is_zero = !w[0] && !port;
		strbuf_printf(sb, "%s:%u", text, port);
	}
	return 0;
}

/*
 * TCP/UDP: find @ino in /proc/TID/net/@file and append
 * "src->dst" (or "src" when not connected).  0 when found.
 */
static int inet_endpoints(struct strbuf *sb, pid_t tid, const char *file,
			  int v6, unsigned long ino)
{
	char path[64], line[512], src[64], dst[64];
	unsigned long i_ino;
	size_t start = sb->len, arrow;
	int found = -1, zero;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/net/%s", (int)tid, file);
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (found && fgets(line, sizeof(line), f)) {
		/* sl local rem st tx:rx tr:when retrnsmt uid timeout inode */
		if (sscanf(line, " %*s %63s %63s %*s %*s %*s %*s %*s %*s %lu",
			   src, dst, &i_ino) != 3 || i_ino != ino)
			continue;
		if (put_inet_addr(sb, src, v6, &zero))
			break;
		arrow = sb->len;
		strbuf_puts(sb, "->");
		if (put_inet_addr(sb, dst, v6, &zero))
			break;
		if (zero)	/* not connected: no "->" part */
			strbuf_truncate(sb, arrow);
		found = 0;
	}
	fclose(f);
	if (found)
		strbuf_truncate(sb, start);
	return found;
}

/* NETLINK: "ROUTE:1234" (protocol and port id) from /proc/net/netlink. */
static int netlink_endpoint(struct strbuf *sb, pid_t tid, unsigned long ino)
{
	char path[64], line[512];
	unsigned long i_ino;
	unsigned int proto, portid;
	int found = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/net/netlink", (int)tid);
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (found && fgets(line, sizeof(line), f)) {
		/* sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode */
		if (sscanf(line, "%*s %u %u %*s %*s %*s %*s %*s %*s %lu",
			   &proto, &portid, &i_ino) != 3 || i_ino != ino)
			continue;
		if (proto < sizeof(netlink_names) / sizeof(netlink_names[0]) &&
		    netlink_names[proto])
			strbuf_printf(sb, "%s:%u", netlink_names[proto],
				      portid);
		else
			strbuf_printf(sb, "%u:%u", proto, portid);
		found = 0;
	}
	fclose(f);
	return found;
}

/* The answer to a UNIX_DIAG request: "ino->peer,\"path\"". */
static int unix_parse(struct strbuf *sb, const char *msg, size_t len,
		      unsigned long ino)
{
	const struct nlmsghdr *h = (const struct nlmsghdr *)msg;
	const struct unix_diag_msg *u;
	const struct rtattr *a;
	const char *name = NULL;
	size_t namelen = 0, alen;
	uint32_t peer = 0;

	if (!NLMSG_OK(h, len) || h->nlmsg_type != SOCK_DIAG_BY_FAMILY ||
	    h->nlmsg_len < NLMSG_LENGTH(sizeof(*u)))
		return -1;
	u = NLMSG_DATA(h);
	if (u->udiag_ino != ino)
		return -1;
	a = (const struct rtattr *)(u + 1);
	alen = h->nlmsg_len - NLMSG_LENGTH(sizeof(*u));
	for (; RTA_OK(a, alen); a = RTA_NEXT(a, alen)) {
		if (a->rta_type == UNIX_DIAG_NAME) {
			name = RTA_DATA(a);
			namelen = RTA_PAYLOAD(a);
		} else if (a->rta_type == UNIX_DIAG_PEER &&
			   RTA_PAYLOAD(a) >= sizeof(peer)) {
			memcpy(&peer, RTA_DATA(a), sizeof(peer));
		}
	}
	if (!peer && !namelen)
		return -1;	/* nothing to show, nothing to keep */
	strbuf_printf(sb, "%lu", ino);
	if (peer)
		strbuf_printf(sb, "->%" PRIu32, peer);
	if (namelen) {
		strbuf_putc(sb, ',');
		if (name[0] == '\0') {
			/* Abstract: '@' then the name after the NUL. */
			strbuf_putc(sb, '@');
			name++;
			namelen--;
		} else {
			namelen = strnlen(name, namelen);
		}
		decode_quote(sb, name, namelen, -1, 0, NULL);
	}
	return 0;
}

/* UNIX: ask the kernel (NETLINK_SOCK_DIAG) for the peer and the name. */
static int unix_endpoints(struct strbuf *sb, unsigned long ino)
{
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} req;
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	char buf[8192];
	ssize_t n;
	int fd, rc = -1;

	fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (fd < 0)
		return -1;
	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	req.h.nlmsg_flags = NLM_F_REQUEST;
	req.r.sdiag_family = AF_UNIX;
	req.r.udiag_states = ~0u;
	req.r.udiag_ino = (uint32_t)ino;
	req.r.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER;
	/* No cookie: look the socket up by inode only. */
	req.r.udiag_cookie[0] = ~0u;
	req.r.udiag_cookie[1] = ~0u;
	if (sendto(fd, &req, sizeof(req), 0, (struct sockaddr *)&nl,
		   sizeof(nl)) == (ssize_t)sizeof(req)) {
		n = recv(fd, buf, sizeof(buf), 0);
		if (n > 0)
			rc = unix_parse(sb, buf, (size_t)n, ino);
	}
	close(fd);
	return rc;
}

/*
 * Endpoints once found are kept, by inode, as strace keeps them: a
 * socket whose peer has gone (closed, reset) still prints as it did.
 */
#define SOCK_CACHE 64

static struct {
	unsigned long ino;
	char text[160];
} sock_cache[SOCK_CACHE];
static unsigned int sock_cache_next;

static const char *cache_find(unsigned long ino)
{
	int i;

	for (i = 0; i < SOCK_CACHE; i++)
		if (sock_cache[i].ino == ino && ino)
			return sock_cache[i].text;
	return NULL;
}

static void cache_add(unsigned long ino, const char *text)
{
	unsigned int i = sock_cache_next++ % SOCK_CACHE;

	if (strlen(text) >= sizeof(sock_cache[i].text))
		return;
	sock_cache[i].ino = ino;
	strcpy(sock_cache[i].text, text);
}

/* -yy for "socket:[N]": "PROTO:[endpoints]", or "PROTO:[N]". */
static void socket_details(struct strbuf *sb, pid_t tid, const char *link,
			   unsigned long ino)
{
	static const struct {
		const char *proto, *file;
		int v6;
	} inet[] = {
		{ "TCP", "tcp", 0 }, { "TCPv6", "tcp6", 1 },
		{ "UDP", "udp", 0 }, { "UDPv6", "udp6", 1 },
		{ "UDPLITE", "udplite", 0 }, { "UDPLITEv6", "udplite6", 1 },
	};
	const char *cached = cache_find(ino);
	size_t i, start, whole = sb->len;
	char proto[64];
	ssize_t n;
	int rc = -1;

	if (cached) {
		strbuf_puts(sb, cached);
		return;
	}
	n = getxattr(link, "system.sockprotoname", proto, sizeof(proto) - 1);
	if (n <= 0) {
		strbuf_printf(sb, "socket:[%lu]", ino);
		return;
	}
	proto[n] = '\0';
	strbuf_printf(sb, "%s:[", proto);
	start = sb->len;
	for (i = 0; i < sizeof(inet) / sizeof(inet[0]); i++)
		if (!strcmp(proto, inet[i].proto))
			rc = inet_endpoints(sb, tid, inet[i].file, inet[i].v6,
					    ino);
	if (!strncmp(proto, "UNIX", 4))
		rc = unix_endpoints(sb, ino);
	else if (!strcmp(proto, "NETLINK"))
		rc = netlink_endpoint(sb, tid, ino);
	if (rc) {
		strbuf_truncate(sb, start);
		strbuf_printf(sb, "%lu", ino);
	}
	strbuf_putc(sb, ']');
	if (!rc)
		cache_add(ino, strbuf_str(sb) + whole);
}

int trace_fdpath(pid_t tid, int fd, int yflag, char *buf, size_t size)
{
	struct strbuf sb = STRBUF_INIT;
	char link[64];
	unsigned long ino;
	struct stat st;
	ssize_t n;

	if (!size)
		return -EINVAL;
	if (fd == AT_FDCWD_FD)
		snprintf(link, sizeof(link), "/proc/%d/cwd", (int)tid);
	else
		snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)tid, fd);
	n = readlink(link, buf, size - 1);
	if (n < 0)
		return -errno;
	buf[n] = '\0';
	if (yflag < 2 || fd == AT_FDCWD_FD)
		return 0;
	if (sscanf(buf, "socket:[%lu]", &ino) == 1) {
		socket_details(&sb, tid, link, ino);
	} else if (buf[0] == '/' && stat(link, &st) == 0 &&
		   (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))) {
		strbuf_printf(&sb, "%s<%s %u:%u>", buf,
			      S_ISCHR(st.st_mode) ? "char" : "block",
			      major(st.st_rdev), minor(st.st_rdev));
	} else {
		return 0;
	}
	snprintf(buf, size, "%s", strbuf_str(&sb));
	strbuf_release(&sb);
	return 0;
}
