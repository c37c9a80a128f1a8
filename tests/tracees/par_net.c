// SPDX-License-Identifier: MIT
/*
 * par_net - parity tracee, sockets on loopback: unix (socketpair, bound
 * abstract and path names, SCM_RIGHTS), inet TCP and UDP, inet6 TCP and
 * netlink; every address call and socket option strace decodes.
 * Ports are ephemeral: the parity script normalises them.
 */
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static void sockpair_msgs(void)
{
	char cbuf[CMSG_SPACE(sizeof(int))], data[16];
	struct iovec iov = { "fd!", 3 };
	struct msghdr m;
	struct cmsghdr *cm;
	int sv[2], fd = 0;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	memset(&m, 0, sizeof(m));
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = cbuf;
	m.msg_controllen = sizeof(cbuf);
	cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &fd, sizeof(fd));
	sendmsg(sv[0], &m, 0);
	iov.iov_base = data;
	iov.iov_len = sizeof(data);
	m.msg_controllen = sizeof(cbuf);
	recvmsg(sv[1], &m, MSG_CMSG_CLOEXEC);
	send(sv[0], "plain", 5, MSG_DONTWAIT);
	recv(sv[1], data, sizeof(data), 0);
	recv(sv[1], data, sizeof(data), MSG_DONTWAIT);
	shutdown(sv[0], SHUT_WR);
	close(sv[0]);
	close(sv[1]);
}

static void unix_named(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	socklen_t len = sizeof(a);
	int s;

	s = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	memcpy(a.sun_path, "\0mytrace-par", 12);
	bind(s, (struct sockaddr *)&a, offsetof(struct sockaddr_un,
						 sun_path) + 12);
	getsockname(s, (struct sockaddr *)&a, &len);
	close(s);
	s = socket(AF_UNIX, SOCK_STREAM, 0);
	strcpy(a.sun_path, "pn.sock");
	unlink("pn.sock");
	bind(s, (struct sockaddr *)&a, sizeof(a));
	listen(s, 4);
	unlink("pn.sock");
	close(s);
}

static void inet_tcp(int family)
{
	struct sockaddr_storage a, b;
	struct sockaddr_in *a4 = (struct sockaddr_in *)&a;
	struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&a;
	socklen_t len = family == AF_INET ? sizeof(*a4) : sizeof(*a6);
	socklen_t blen = sizeof(b);
	int l, c, s, one = 1, val;
	socklen_t vlen = sizeof(val);
	char buf[16];

	memset(&a, 0, sizeof(a));
	if (family == AF_INET) {
		a4->sin_family = AF_INET;
		a4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	} else {
		a6->sin6_family = AF_INET6;
		a6->sin6_addr = in6addr_loopback;
	}
	l = socket(family, SOCK_STREAM, IPPROTO_TCP);
	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	bind(l, (struct sockaddr *)&a, len);
	listen(l, 8);
	getsockname(l, (struct sockaddr *)&a, &len);
	c = socket(family, SOCK_STREAM, 0);
	setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	connect(c, (struct sockaddr *)&a, len);
	s = accept4(l, (struct sockaddr *)&b, &blen, SOCK_CLOEXEC);
	getpeername(c, (struct sockaddr *)&b, &blen);
	getsockopt(c, SOL_SOCKET, SO_TYPE, &val, &vlen);
	getsockopt(c, SOL_SOCKET, SO_ERROR, &val, &vlen);
	getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &val, &vlen);
	sendto(c, "ping", 4, 0, NULL, 0);
	recvfrom(s, buf, sizeof(buf), 0, NULL, NULL);
	shutdown(c, SHUT_RDWR);
	close(s);
	close(c);
	close(l);
}

static void inet_udp(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET }, from;
	socklen_t len = sizeof(a), flen = sizeof(from);
	char buf[16];
	int s;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	s = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
	bind(s, (struct sockaddr *)&a, sizeof(a));
	getsockname(s, (struct sockaddr *)&a, &len);
	sendto(s, "dgram", 5, 0, (struct sockaddr *)&a, sizeof(a));
	recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from, &flen);
	recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *)&from, &flen);
	close(s);
}

static void netlink(void)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK };
	socklen_t len = sizeof(a);
	int s;

	s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	bind(s, (struct sockaddr *)&a, sizeof(a));
	getsockname(s, (struct sockaddr *)&a, &len);
	close(s);
}

int main(void)
{
	sockpair_msgs();
	unix_named();
	inet_tcp(AF_INET);
	inet_tcp(AF_INET6);
	inet_udp();
	netlink();
	return 0;
}
