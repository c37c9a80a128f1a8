/* SPDX-License-Identifier: MIT */
/*
 * timeit CMD [ARGS...] - run CMD (stdout and stderr to /dev/null unless
 * $TIMEIT_KEEP is set) and print "SECONDS MAXRSS_KB STATUS": the wall
 * time with nanosecond resolution and the peak resident set size that
 * wait4 reports for CMD (the largest of CMD and the descendants it
 * waited for: for a tracer, the tracer or its tracee).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	struct rusage ru;
	double t0, t1;
	int status, fd;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: timeit CMD [ARGS...]\n");
		return 2;
	}
	t0 = now();
	pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		if (!getenv("TIMEIT_KEEP")) {
			fd = open("/dev/null", O_WRONLY);
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) != pid)
		return 1;
	t1 = now();
	status = WIFEXITED(status) ? WEXITSTATUS(status) :
		 128 + WTERMSIG(status);
	printf("%.6f %ld %d\n", t1 - t0, ru.ru_maxrss, status);
	return 0;
}
