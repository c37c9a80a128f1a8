// SPDX-License-Identifier: MIT
/*
 * par_fds - parity tracee, descriptors: pipes, dup*, fcntl commands,
 * vectored I/O, FIOCLEX, sendfile between a file and a pipe.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	int p[2], q[2], fd, nfd;
	char a[4], b[8];
	struct iovec iov[2] = { { "abc", 3 }, { "defgh", 5 } };
	struct iovec riov[2] = { { a, sizeof(a) }, { b, sizeof(b) } };
	struct flock fl = { .l_type = F_RDLCK, .l_whence = SEEK_SET };
	struct iovec many[40];
	int k;

	pipe(p);
	pipe2(q, O_CLOEXEC | O_NONBLOCK);
	writev(p[1], iov, 2);
	readv(p[0], riov, 2);
	/* failed, with more vectors than the string limit: cut at 32 */
	for (k = 0; k < 40; k++)
		many[k] = riov[0];
	readv(99, many, 40);
	write(q[1], "x", 1);
	read(q[0], a, 4);
	read(q[0], a, 4);
	fd = dup(p[0]);
	dup2(fd, 10);
	dup3(10, 11, O_CLOEXEC);
	fcntl(11, F_GETFD);
	fcntl(11, F_SETFD, FD_CLOEXEC);
	fcntl(q[0], F_GETFL);
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	nfd = fcntl(p[0], F_DUPFD_CLOEXEC, 20);
	fcntl(p[0], F_DUPFD, 30);
	fcntl(p[0], F_GETPIPE_SZ);
	fcntl(p[0], F_SETPIPE_SZ, 8192);
	ioctl(nfd, FIOCLEX);
	ioctl(nfd, FIONCLEX);
	fd = open("/etc/passwd", O_RDONLY);
	fcntl(fd, F_GETLK, &fl);
	fcntl(fd, F_SETLK, &fl);
	sendfile(p[1], fd, NULL, 8);
	lseek(fd, 0, SEEK_CUR);
	close(fd);
	close(nfd);
	close(10);
	close(11);
	close(99);
	return 0;
}
