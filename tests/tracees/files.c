/* SPDX-License-Identifier: MIT */
/*
 * files - a fixed sequence of file system calls on the path given as
 * argv[1]: openat, write, lseek, read, fstat, close, newfstatat, access,
 * a failing open (ENOENT) and unlink.  The file holds non-printable bytes
 * and is longer than 32 bytes, so reads exercise escapes and "...".
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static const char data[] =
	"\001\002\377ab\tcd\n"
	"0123456789abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ\n";

int main(int argc, char **argv)
{
	char buf[256];
	struct stat st;
	int fd;

	if (argc < 2) {
		fprintf(stderr, "usage: files PATH\n");
		return 2;
	}
	fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return 1;
	if (write(fd, data, sizeof(data) - 1) != sizeof(data) - 1)
		return 1;
	lseek(fd, 0, SEEK_SET);
	if (read(fd, buf, 8) != 8) /* escapes, no cut */
		return 1;
	if (read(fd, buf, sizeof(buf)) <= 32) /* cut with "..." */
		return 1;
	if (read(fd, buf, sizeof(buf)) != 0) /* end of file */
		return 1;
	syscall(SYS_fstat, fd, &st); /* a real fstat, not newfstatat */
	fstat(fd, &st);
	close(fd);
	stat(argv[1], &st);
	access(argv[1], R_OK | W_OK);
	if (open("/nonexistent/mytrace-missing", O_RDONLY) >= 0)
		return 1;
	unlink(argv[1]);
	return 0;
}
