/* SPDX-License-Identifier: MIT */
/*
 * robust_procs - threads and processes in numbers, for counting what a
 * tracer sees.  The marker call is getppid(), made with syscall(2) so
 * that libc caches nothing; nothing else in this program makes it.
 *
 *   robust_procs threads T N   T threads make N getppid() each, all at
 *                              once (a barrier starts them together)
 *   robust_procs churn W T N   W waves of T threads making N getppid()
 *                              each and exiting, while 2 long threads
 *                              keep calling getpid()
 *   robust_procs vfork         vfork + execve("/bin/true")
 *   robust_procs clone3 N      clone3 (fork-like), the child makes N
 *                              getppid() and exits 7
 *   robust_procs tree A B      A children, each forking B grandchildren;
 *                              each exits with (its index % 200) + 1
 *
 * Prints "ok" and exits 0 when every thread and child did its part and
 * every exit status was the expected one; exits 1 otherwise.
 */
#include <linux/sched.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static pthread_barrier_t start;
static long calls;

static void *worker(void *arg)
{
	long i;

	(void)arg;
	pthread_barrier_wait(&start);
	for (i = 0; i < calls; i++)
		syscall(SYS_getppid);
	return NULL;
}

static int run_threads(int n, long each, int barrier)
{
	pthread_t *t = calloc((size_t)n, sizeof(*t));
	int i;

	if (!t)
		return 1;
	calls = each;
	pthread_barrier_init(&start, NULL, (unsigned)n + 1);
	for (i = 0; i < n; i++)
		if (pthread_create(&t[i], NULL, worker, NULL))
			return 1;
	if (barrier)
		pthread_barrier_wait(&start);
	for (i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	pthread_barrier_destroy(&start);
	free(t);
	return 0;
}

static int threads(int n, long each)
{
	if (run_threads(n, each, 1))
		return 1;
	printf("ok\n");
	return 0;
}

static volatile int stop_long;

/* Short threads come and go while two long ones keep calling.  Only the
 * short threads' calls are counted exactly: the long ones make theirs
 * with getpid() so as not to disturb the count. */
static void *long_getpid(void *arg)
{
	(void)arg;
	while (!stop_long)
		syscall(SYS_getpid);
	return NULL;
}

static int churn(int waves, int n, long each)
{
	pthread_t l1, l2;
	int w;

	if (pthread_create(&l1, NULL, long_getpid, NULL) ||
	    pthread_create(&l2, NULL, long_getpid, NULL))
		return 1;
	for (w = 0; w < waves; w++)
		if (run_threads(n, each, 1))
			return 1;
	stop_long = 1;
	pthread_join(l1, NULL);
	pthread_join(l2, NULL);
	printf("ok\n");
	return 0;
}

static int do_vfork(void)
{
	int status;
	pid_t pid = vfork();

	if (pid < 0)
		return 1;
	if (pid == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		return 1;
	printf("ok\n");
	return 0;
}

static int do_clone3(long n)
{
	struct clone_args args;
	int status;
	long i;
	pid_t pid;

	memset(&args, 0, sizeof(args));
	args.exit_signal = SIGCHLD;
	pid = (pid_t)syscall(SYS_clone3, &args, sizeof(args));
	if (pid < 0) {
		perror("clone3");
		return 1;
	}
	if (pid == 0) {
		for (i = 0; i < n; i++)
			syscall(SYS_getppid);
		syscall(SYS_exit_group, 7);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 7)
		return 1;
	printf("ok\n");
	return 0;
}

/* Fork @n children running @fn(index); wait for all, checking that each
 * exited with (index % 200) + 1.  Returns the number of bad statuses. */
static int fork_wait(int n, int base, int (*fn)(int, int), int arg)
{
	pid_t *pids = calloc((size_t)n, sizeof(*pids));
	int i, j, status, bad = 0;

	if (!pids)
		return n;
	for (i = 0; i < n; i++) {
		pids[i] = fork();
		if (pids[i] < 0) {
			bad++;
			continue;
		}
		if (pids[i] == 0)
			_exit(fn(base + i, arg));
	}
	for (i = 0; i < n; i++) {
		if (pids[i] <= 0)
			continue;
		if (waitpid(pids[i], &status, 0) != pids[i]) {
			bad++;
			continue;
		}
		j = base + i;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != j % 200 + 1)
			bad++;
	}
	free(pids);
	return bad;
}

static int leaf(int index, int unused)
{
	(void)unused;
	syscall(SYS_getppid);
	return index % 200 + 1;
}

static int inner(int index, int grandchildren)
{
	/* Grandchildren are numbered after the children, per child. */
	int base = 1000 + index * grandchildren;

	if (fork_wait(grandchildren, base, leaf, 0))
		return 255;
	return index % 200 + 1;
}

static int tree(int a, int b)
{
	int bad = fork_wait(a, 0, inner, b);

	if (bad) {
		printf("%d bad exit statuses\n", bad);
		return 1;
	}
	printf("ok\n");
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	setvbuf(stdout, NULL, _IONBF, 0);
	if (!strcmp(mode, "threads") && argc == 4)
		return threads(atoi(argv[2]), atol(argv[3]));
	if (!strcmp(mode, "churn") && argc == 5)
		return churn(atoi(argv[2]), atoi(argv[3]), atol(argv[4]));
	if (!strcmp(mode, "vfork"))
		return do_vfork();
	if (!strcmp(mode, "clone3") && argc == 3)
		return do_clone3(atol(argv[2]));
	if (!strcmp(mode, "tree") && argc == 4)
		return tree(atoi(argv[2]), atoi(argv[3]));
	fprintf(stderr, "usage: see the comment at the top of %s\n",
		__FILE__);
	return 2;
}
