/* SPDX-License-Identifier: MIT */
/*
 * threads [N [M]] - start N threads (default 4), each calling getppid()
 * M times (default 10), then join them all.
 */
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static int calls = 10;

static void *worker(void *arg)
{
	int i;

	(void)arg;
	for (i = 0; i < calls; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t tids[64];
	int n = 4, i;

	if (argc > 1)
		n = atoi(argv[1]);
	if (argc > 2)
		calls = atoi(argv[2]);
	if (n < 0 || n > 64)
		return 2;
	for (i = 0; i < n; i++)
		if (pthread_create(&tids[i], NULL, worker, NULL))
			return 1;
	for (i = 0; i < n; i++)
		pthread_join(tids[i], NULL);
	return 0;
}
