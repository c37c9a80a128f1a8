/* SPDX-License-Identifier: MIT */
/*
 * signals [K] - install a SIGUSR1 handler, raise SIGUSR1 K times (default
 * 3) and exit with the number of deliveries counted.  Also forks a child
 * that exits at once; SIGCHLD is blocked until the child is reaped, so it
 * is delivered at a fixed point of the trace.
 */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t usr1, chld;

static void on_usr1(int sig)
{
	(void)sig;
	usr1++;
}

static void on_chld(int sig)
{
	(void)sig;
	chld++;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { 0 };
	sigset_t set, old;
	int k = 3, i, status;
	pid_t pid;

	if (argc > 1)
		k = atoi(argv[1]);
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = on_chld;
	sigaction(SIGCHLD, &sa, NULL);
	for (i = 0; i < k; i++)
		raise(SIGUSR1);

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, &old);
	pid = fork();
	if (pid == 0)
		_exit(0);
	waitpid(pid, &status, 0);
	sigprocmask(SIG_SETMASK, &old, NULL); /* SIGCHLD delivered here */
	if (chld != 1)
		return 100;
	return usr1;
}
