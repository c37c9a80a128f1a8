// SPDX-License-Identifier: MIT
/*
 * inj_leak - a tracee for scripts/fd_leaks.lua: opens /etc/hostname and
 * /etc/passwd, closes only /etc/passwd; makes a pipe and closes its read
 * end; dup()s stdout and closes the copy; then exits with the
 * /etc/hostname fd and the pipe's write end still open.
 */
#include <fcntl.h>
#include <unistd.h>

int main(void)
{
	int keep, gone, p[2], d;

	keep = open("/etc/hostname", O_RDONLY);
	gone = open("/etc/passwd", O_RDONLY);
	if (keep < 0 || gone < 0 || pipe(p) < 0)
		return 1;
	close(gone);
	close(p[0]);
	d = dup(1);
	close(d);
	return 0;
}
