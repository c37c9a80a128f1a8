// SPDX-License-Identifier: MIT
/*
 * inj_fork - a tracee for per-thread counting of -e inject=...:when=:
 * the main thread calls getppid once, a child process twice, a thread
 * twice, then the main thread once more; each prints its results
 * ("ok" or "EIO"), one process or thread after the other.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *call(void)
{
	return syscall(SYS_getppid) < 0 ? strerrorname_np(errno) : "ok";
}

static void *thread(void *arg)
{
	const char *a = call(), *b = call();

	(void)arg;
	printf("thread %s %s\n", a, b);
	return NULL;
}

int main(void)
{
	const char *a, *b;
	pthread_t t;
	pid_t pid;

	printf("main %s\n", call());
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		a = call();
		b = call();
		printf("child %s %s\n", a, b);
		return 0;
	}
	waitpid(pid, NULL, 0);
	pthread_create(&t, NULL, thread, NULL);
	pthread_join(t, NULL);
	printf("main %s\n", call());
	return 0;
}
