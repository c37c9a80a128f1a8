/* SPDX-License-Identifier: MIT */
/*
 * robust_signals - signals for a tracer to pass on exactly once.
 *
 *   robust_signals count N [traced]
 *                              (traced: print the pid, wait until a
 *                              tracer is attached, then go on) a helper
 *                              process (forked, so it is traced
 *                              too with -f) sends N SIGUSR1 and N SIGUSR2,
 *                              each after the previous one was handled,
 *                              and N of each of SIGRTMIN..SIGRTMIN+3
 *                              (queued) while this process keeps making
 *                              syscalls; prints the counts it received
 *   robust_signals mask        SIGUSR1 blocked and sent 3 times (then
 *                              delivered once when unblocked), SIGUSR2
 *                              ignored and sent, SIGINT handled
 *   robust_signals jobctl      a child stops itself with SIGSTOP; the
 *                              parent must see WIFSTOPPED, continue it,
 *                              see WIFCONTINUED and its exit 0
 *   robust_signals block       prints its pid, then blocks in read()
 *   robust_signals spin T S [traced]
 *                              T threads making getppid() for S seconds,
 *                              then prints "finished"
 *   robust_signals tick N S    prints its pid, waits for a tracer, makes
 *                              N calls write(-1, "tick I", ...), sleeps S
 *                              seconds, prints "finished"
 *
 * Exits 0 when what it received is what was sent, 1 otherwise.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NRT 4

static volatile sig_atomic_t usr1, usr2, rt[NRT], intr;
static int ack_fd = -1;

static void handler(int sig)
{
	int saved = errno;

	if (sig == SIGUSR1)
		usr1++;
	else if (sig == SIGUSR2)
		usr2++;
	else if (sig == SIGINT)
		intr++;
	else if (sig >= SIGRTMIN && sig < SIGRTMIN + NRT)
		rt[sig - SIGRTMIN]++;
	if (ack_fd >= 0 && (sig == SIGUSR1 || sig == SIGUSR2))
		if (write(ack_fd, "a", 1) < 0)
			_exit(3);
	errno = saved;
}

static void catch(int sig)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sa.sa_flags = SA_RESTART;
	sigaction(sig, &sa, NULL);
}

/* The helper: standard signals one at a time (each waits for the
 * handler's ack, since two pending SIGUSR1 would merge into one), then
 * the real-time ones, which queue. */
static void sender(pid_t to, int n, int ack)
{
	union sigval v = { 0 };
	char c;
	int i, k;

	for (i = 0; i < n; i++) {
		kill(to, SIGUSR1);
		if (read(ack, &c, 1) != 1)
			_exit(4);
		kill(to, SIGUSR2);
		if (read(ack, &c, 1) != 1)
			_exit(4);
	}
	for (i = 0; i < n; i++)
		for (k = 0; k < NRT; k++)
			if (sigqueue(to, SIGRTMIN + k, v))
				_exit(5);
	_exit(0);
}

/* Is a tracer attached to this process? */
static int traced(void)
{
	char line[256];
	int pid = 0;
	FILE *f = fopen("/proc/self/status", "r");

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "TracerPid: %d", &pid) == 1)
			break;
	fclose(f);
	return pid != 0;
}

static void wait_tracer(void);

static int count(int n, int wait)
{
	int p[2], status, k, bad = 0;
	pid_t pid;

	if (wait) {
		printf("%d\n", (int)getpid());
		wait_tracer();
	}

	catch(SIGUSR1);
	catch(SIGUSR2);
	for (k = 0; k < NRT; k++)
		catch(SIGRTMIN + k);
	if (pipe(p))
		return 1;
	ack_fd = p[1];
	pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		close(p[1]);
		sender(getppid(), n, p[0]);
	}
	close(p[0]);
	/* Keep making syscalls while the signals arrive. */
	while (waitpid(pid, &status, WNOHANG) == 0)
		syscall(SYS_getppid);
	/* Real-time signals sent last may still be on their way in. */
	for (k = 0; k < 1000 && (usr1 < n || usr2 < n ||
				 rt[NRT - 1] < n); k++)
		usleep(1000);
	printf("usr1=%d usr2=%d", (int)usr1, (int)usr2);
	for (k = 0; k < NRT; k++) {
		printf(" rt%d=%d", k, (int)rt[k]);
		bad |= rt[k] != n;
	}
	printf("\n");
	bad |= usr1 != n || usr2 != n;
	return bad || !WIFEXITED(status) || WEXITSTATUS(status);
}

static int mask(void)
{
	sigset_t set, pending;
	int bad = 0;

	catch(SIGUSR1);
	catch(SIGINT);
	signal(SIGUSR2, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR1);
	sigpending(&pending);
	bad |= !sigismember(&pending, SIGUSR1);
	bad |= usr1 != 0;
	kill(getpid(), SIGUSR2);		/* ignored */
	kill(getpid(), SIGINT);			/* handled */
	sigprocmask(SIG_UNBLOCK, &set, NULL);	/* USR1 delivered here */
	bad |= usr1 != 1 || intr != 1 || usr2 != 0;
	printf("usr1=%d usr2=%d int=%d\n", (int)usr1, (int)usr2, (int)intr);
	return bad;
}

static int jobctl(void)
{
	int status, bad = 0;
	pid_t pid = fork();

	if (pid < 0)
		return 1;
	if (pid == 0) {
		kill(getpid(), SIGSTOP);
		_exit(0);
	}
	if (waitpid(pid, &status, WUNTRACED) != pid || !WIFSTOPPED(status) ||
	    WSTOPSIG(status) != SIGSTOP) {
		printf("not stopped: %#x\n", status);
		bad = 1;
	}
	kill(pid, SIGCONT);
	if (waitpid(pid, &status, WCONTINUED) != pid ||
	    !WIFCONTINUED(status)) {
		/* The exit may come first if the child ran on at once. */
		if (!WIFEXITED(status)) {
			printf("not continued: %#x\n", status);
			bad = 1;
		}
	} else if (waitpid(pid, &status, 0) != pid) {
		bad = 1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("child status: %#x\n", status);
		bad = 1;
	}
	if (!bad)
		printf("stopped, continued, exited 0\n");
	return bad;
}

static int block(void)
{
	int p[2];
	char c;

	if (pipe(p))
		return 1;
	printf("%d\n", (int)getpid());
	return (int)read(p[0], &c, 1);
}

static double spin_secs;

static void *spinner(void *arg)
{
	struct timespec t0, t;

	(void)arg;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	do {
		syscall(SYS_getppid);
		clock_gettime(CLOCK_MONOTONIC, &t);
	} while ((double)(t.tv_sec - t0.tv_sec) +
		 (double)(t.tv_nsec - t0.tv_nsec) / 1e9 < spin_secs);
	return NULL;
}

static void wait_tracer(void)
{
	int k;

	if (traced())
		return;		/* started by the tracer: traced from exec on */
	for (k = 0; k < 20000 && !traced(); k++)
		usleep(1000);
	/*
	 * TracerPid shows at PTRACE_SEIZE, before the tracer has stopped
	 * and resumed us with syscall stops: give it that time, sleeping
	 * (the sleep is interrupted and restarted, never lost).
	 */
	usleep(300000);
}

static int spin(int n, double secs, int wait)
{
	pthread_t t[64];
	int i;

	if (n < 1 || n > 64)
		return 2;
	spin_secs = secs;
	printf("%d\n", (int)getpid());
	if (wait)
		wait_tracer();
	for (i = 0; i < n; i++)
		pthread_create(&t[i], NULL, spinner, NULL);
	for (i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	printf("finished\n");
	return 0;
}

static int tick(int n, double secs)
{
	struct timespec ts;
	char msg[32];
	int i, len;

	printf("%d\n", (int)getpid());
	wait_tracer();
	for (i = 0; i < n; i++) {
		len = snprintf(msg, sizeof(msg), "tick %d", i);
		syscall(SYS_write, -1, msg, len);
	}
	ts.tv_sec = (time_t)secs;
	ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
	printf("finished\n");
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	setvbuf(stdout, NULL, _IONBF, 0);
	if (!strcmp(mode, "count") && (argc == 3 || argc == 4))
		return count(atoi(argv[2]), argc == 4);
	if (!strcmp(mode, "mask"))
		return mask();
	if (!strcmp(mode, "jobctl"))
		return jobctl();
	if (!strcmp(mode, "block"))
		return block();
	if (!strcmp(mode, "spin") && (argc == 4 || argc == 5))
		return spin(atoi(argv[2]), atof(argv[3]), argc == 5);
	if (!strcmp(mode, "tick") && argc == 4)
		return tick(atoi(argv[2]), atof(argv[3]));
	fprintf(stderr, "usage: see the comment at the top of %s\n",
		__FILE__);
	return 2;
}
