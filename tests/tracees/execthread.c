/* SPDX-License-Identifier: MIT */
/*
 * execthread [PROG ARGS...] - a thread other than the leader calls
 * execve of PROG (default /bin/true) while the leader waits in
 * pthread_join.
 */
#include <pthread.h>
#include <unistd.h>

extern char **environ;

static char *def_argv[] = { "/bin/true", NULL };
static char **prog = def_argv;

static void *run(void *arg)
{
	(void)arg;
	execve(prog[0], prog, environ);
	_exit(127);
}

int main(int argc, char **argv)
{
	pthread_t t;

	if (argc > 1)
		prog = argv + 1;
	if (pthread_create(&t, NULL, run, NULL))
		return 1;
	pthread_join(t, NULL);
	return 126; /* not reached: execve replaced us */
}
