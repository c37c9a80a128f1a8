/*
 * shell_sleeper - a program for the shell tests: opens a file, then
 * sleeps in a loop (100 ms naps) for ARGV[1] seconds (default 30),
 * writing "tick N" now and then.  Ctrl-C tests interrupt it in its
 * nanosleep; catchpoint tests stop at its openat or write.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec nap = { 0, 100 * 1000 * 1000 };
	int secs = argc > 1 ? atoi(argv[1]) : 30;
	const char *path = argc > 2 ? argv[2] : "/etc/hostname";
	char buf[64];
	int fd, i;

	fd = open(path, O_RDONLY);
	if (fd < 0) {
		perror(path);
	} else {
		if (read(fd, buf, sizeof(buf)) < 0)
			perror("read");
		close(fd);
	}
	for (i = 0; i < secs * 10; i++) {
		if (i % 10 == 0) {
			int n = snprintf(buf, sizeof(buf), "tick %d\n", i / 10);

			if (write(1, buf, (size_t)n) < 0)
				return 2;
		}
		nanosleep(&nap, NULL);
	}
	return 0;
}
