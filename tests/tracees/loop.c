/* SPDX-License-Identifier: MIT */
/*
 * loop SECONDS [THREADS] - for SECONDS (may be fractional) make a
 * getppid and a 2 ms nanosleep in a loop, in the main thread and in
 * THREADS extra threads (default 0); then print "done" and exit 0.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static double seconds = 1.0;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *spin(void *arg)
{
	struct timespec ts = { 0, 2 * 1000 * 1000 };
	double end = *(double *)arg;

	while (now() < end) {
		syscall(SYS_getppid);
		nanosleep(&ts, NULL);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t tids[16];
	int n = 0, i;
	double end;

	if (argc > 1)
		seconds = atof(argv[1]);
	if (argc > 2)
		n = atoi(argv[2]);
	if (n < 0 || n > 16)
		return 2;
	end = now() + seconds;
	for (i = 0; i < n; i++)
		if (pthread_create(&tids[i], NULL, spin, &end))
			return 1;
	spin(&end);
	for (i = 0; i < n; i++)
		pthread_join(tids[i], NULL);
	printf("done\n");
	return 0;
}
