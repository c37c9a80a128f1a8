/* SPDX-License-Identifier: MIT */
/*
 * jobctl MS [MARKER] - print the pid, then sleep in 10 ms steps until MS
 * milliseconds of sleeping are done (time spent stopped does not count),
 * then append "finished" to the file MARKER (if given) and print "done".
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	static const char line[] = "finished\n";
	int ms, fd;

	if (argc < 2) {
		fprintf(stderr, "usage: jobctl MS [MARKER]\n");
		return 2;
	}
	ms = atoi(argv[1]);
	printf("%d\n", (int)getpid());
	fflush(stdout);
	for (; ms > 0; ms -= 10)
		nanosleep(&ts, NULL);
	if (argc > 2) {
		fd = open(argv[2], O_WRONLY | O_CREAT | O_APPEND, 0644);
		if (fd < 0 || write(fd, line, strlen(line)) < 0)
			return 1;
		close(fd);
	}
	printf("done\n");
	return 0;
}
