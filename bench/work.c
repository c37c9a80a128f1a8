/* SPDX-License-Identifier: MIT */
/*
 * work - the benchmark's workloads, one per subcommand:
 *
 *	work getppid N		N getppid calls
 *	work open N		N open + read + close of /etc/hostname
 *	work write N		N 4 KiB writes to /dev/null
 *	work threads T N	T threads, each N getppid calls
 *	work fork K		K times fork, the child exits, wait4
 *
 * Raw syscall(2) where libc could answer without the kernel.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long calls;

static void do_getppid(long n)
{
	long i;

	for (i = 0; i < n; i++)
		syscall(SYS_getppid);
}

static int do_open(long n)
{
	char buf[256];
	long i;
	int fd;

	for (i = 0; i < n; i++) {
		fd = open("/etc/hostname", O_RDONLY);
		if (fd < 0)
			return 1;
		if (read(fd, buf, sizeof(buf)) < 0)
			return 1;
		close(fd);
	}
	return 0;
}

static int do_write(long n)
{
	static char buf[4096];
	long i;
	int fd = open("/dev/null", O_WRONLY);

	if (fd < 0)
		return 1;
	memset(buf, 'x', sizeof(buf));
	for (i = 0; i < n; i++)
		if (write(fd, buf, sizeof(buf)) != sizeof(buf))
			return 1;
	close(fd);
	return 0;
}

static void *worker(void *arg)
{
	(void)arg;
	do_getppid(calls);
	return NULL;
}

static int do_threads(int t, long n)
{
	pthread_t *tids = calloc((size_t)t, sizeof(*tids));
	int i;

	if (!tids)
		return 1;
	calls = n;
	for (i = 0; i < t; i++)
		if (pthread_create(&tids[i], NULL, worker, NULL))
			return 1;
	for (i = 0; i < t; i++)
		pthread_join(tids[i], NULL);
	free(tids);
	return 0;
}

static int do_fork(long k)
{
	long i;
	int status;
	pid_t pid;

	for (i = 0; i < k; i++) {
		pid = fork();
		if (pid < 0)
			return 1;
		if (pid == 0)
			_exit(0);
		if (waitpid(pid, &status, 0) != pid)
			return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	long n = argc > 2 ? atol(argv[2]) : 0;

	if (argc < 3)
		goto usage;
	if (!strcmp(argv[1], "getppid")) {
		do_getppid(n);
		return 0;
	}
	if (!strcmp(argv[1], "open"))
		return do_open(n);
	if (!strcmp(argv[1], "write"))
		return do_write(n);
	if (!strcmp(argv[1], "threads") && argc > 3)
		return do_threads((int)n, atol(argv[3]));
	if (!strcmp(argv[1], "fork"))
		return do_fork(n);
usage:
	fprintf(stderr, "usage: work getppid|open|write|fork N | "
		"threads T N\n");
	return 2;
}
