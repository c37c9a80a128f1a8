/* Tracee: a second thread execs /bin/true while the leader waits. */
#include <pthread.h>
#include <unistd.h>

static void *eng_run(void *arg)
{
	(void)arg;
	usleep(20000);
	execl("/bin/true", "true", (char *)NULL);
	return NULL;
}

int main(void)
{
	pthread_t t;

	if (pthread_create(&t, NULL, eng_run, NULL))
		return 1;
	pthread_join(t, NULL);
	return 1;
}
