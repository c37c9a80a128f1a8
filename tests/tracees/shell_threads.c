/*
 * shell_threads - a multi-threaded program for the shell tests: starts
 * ARGV[1] threads (default 2) that sleep in a loop (100 ms naps), the
 * main thread writes "tick N" every second for ARGV[2] seconds (default
 * 30), then exits with ARGV[3] (default 0).  Each sleeper calls
 * getppid once first (a call only threads make).  Ctrl-C tests stop
 * every thread in its nanosleep.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static void *sleeper(void *arg)
{
	struct timespec nap = { 0, 100 * 1000 * 1000 };

	(void)arg;
	if (getppid() < 0)
		return NULL;
	for (;;)
		nanosleep(&nap, NULL);
	return NULL;
}

int main(int argc, char **argv)
{
	struct timespec nap = { 0, 100 * 1000 * 1000 };
	int n = argc > 1 ? atoi(argv[1]) : 2;
	int secs = argc > 2 ? atoi(argv[2]) : 30;
	int code = argc > 3 ? atoi(argv[3]) : 0;
	pthread_t th;
	char buf[32];
	int i;

	for (i = 0; i < n; i++)
		if (pthread_create(&th, NULL, sleeper, NULL) != 0)
			return 2;
	for (i = 0; i < secs * 10; i++) {
		if (i % 10 == 0) {
			int len = snprintf(buf, sizeof(buf), "tick %d\n", i / 10);

			if (write(1, buf, (size_t)len) < 0)
				return 2;
		}
		nanosleep(&nap, NULL);
	}
	return code;
}
