// SPDX-License-Identifier: MIT
/*
 * inj_net - a tracee for scripts/net_connections.lua: a TCP server on
 * 127.0.0.1 (port from the kernel), a client that connects to it, the
 * server's accept; then a connect to a Unix socket path that does not
 * exist (ENOENT).  Prints "port N" so tests can match the addresses.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_in a;
	struct sockaddr_un u;
	socklen_t len = sizeof(a);
	int srv, cli, conn, us;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	srv = socket(AF_INET, SOCK_STREAM, 0);
	if (srv < 0 || bind(srv, (struct sockaddr *)&a, sizeof(a)) < 0 ||
	    listen(srv, 1) < 0 ||
	    getsockname(srv, (struct sockaddr *)&a, &len) < 0)
		return 1;
	printf("port %d\n", ntohs(a.sin_port));
	cli = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(cli, (struct sockaddr *)&a, sizeof(a)) < 0)
		return 1;
	len = sizeof(a);
	conn = accept(srv, (struct sockaddr *)&a, &len);
	if (conn < 0)
		return 1;
	memset(&u, 0, sizeof(u));
	u.sun_family = AF_UNIX;
	strcpy(u.sun_path, "/nonexistent/inj_net.sock");
	us = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(us, (struct sockaddr *)&u, sizeof(u));
	close(us);
	close(conn);
	close(cli);
	close(srv);
	return 0;
}
