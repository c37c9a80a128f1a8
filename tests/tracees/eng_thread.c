/* Tracee: starts one thread and joins it. */
#include <pthread.h>
#include <unistd.h>

static void *eng_run(void *arg)
{
	(void)arg;
	getpid();
	return NULL;
}

int main(void)
{
	pthread_t t;

	if (pthread_create(&t, NULL, eng_run, NULL))
		return 1;
	pthread_join(t, NULL);
	return 0;
}
