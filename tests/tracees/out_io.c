/* SPDX-License-Identifier: MIT */
/*
 * out_io - data through every call family -e read=/-e write= dump:
 * writev to stdout, write/readv through a pipe, a failing write, send/
 * recv, sendmsg/recvmsg on a socket pair, pwrite to stdout, an empty
 * write, and 40 bytes (two and a half dump lines) read from a pipe.
 */
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	struct iovec out[2] = { { "hello ", 6 }, { "world\n", 6 } };
	char a[4], b[8], big[64];
	struct iovec in[2] = { { a, sizeof(a) }, { b, sizeof(b) } };
	struct msghdr m;
	int p[2], s[2];

	if (writev(1, out, 2) < 0 || pipe(p) ||
	    socketpair(AF_UNIX, SOCK_STREAM, 0, s))
		return 1;
	if (write(p[1], "abcdefghij", 10) != 10 || readv(p[0], in, 2) != 10)
		return 1;
	if (write(9, "bad", 3) != -1)
		return 1;
	if (send(s[0], "sock", 4, 0) != 4 || recv(s[1], a, 4, 0) != 4)
		return 1;
	memset(&m, 0, sizeof(m));
	m.msg_iov = out;
	m.msg_iovlen = 2;
	if (sendmsg(s[0], &m, 0) != 12)
		return 1;
	m.msg_iov = in;
	if (recvmsg(s[1], &m, 0) != 12)
		return 1;
	if (pwrite(1, "pw\n", 3, 0) < 0 && write(1, "pw\n", 3) < 0)
		return 1;
	if (write(1, "", 0) != 0)
		return 1;
	if (write(p[1], "0123456789abcdef\tline two \x01\xff\x7f~ and a half",
		  40) != 40 || read(p[0], big, sizeof(big)) != 40)
		return 1;
	return 0;
}
