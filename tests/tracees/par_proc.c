// SPDX-License-Identifier: MIT
/*
 * par_proc - parity tracee, processes: fork and wait4, vfork, clone3,
 * waitid, kill, getpid and friends.
 */
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	struct clone_args ca;
	struct rusage ru;
	siginfo_t si;
	sigset_t chld;
	int st;
	pid_t c;

	/*
	 * SIGCHLD blocked until the end: it is then delivered once, at a
	 * fixed point, whatever the order the children end in.
	 */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	getpid();
	getppid();
	syscall(SYS_gettid);
	c = fork();
	if (!c)
		_exit(3);
	wait4(c, &st, 0, NULL);
	c = fork();
	if (!c)
		_exit(4);
	waitid(P_PID, c, &si, WEXITED);
	c = fork();
	if (!c) {
		pause();
		_exit(0);
	}
	kill(c, SIGTERM);
	wait4(-1, &st, __WALL, &ru);
	wait4(-1, &st, WNOHANG, NULL);
	memset(&ca, 0, sizeof(ca));
	ca.exit_signal = SIGCHLD;
	c = syscall(SYS_clone3, &ca, sizeof(ca));
	if (!c)
		_exit(5);
	waitpid(c, &st, 0);
	c = vfork();
	if (!c)
		_exit(6);
	waitpid(c, &st, 0);
	getpgrp();
	getsid(0);
	setpgid(0, 0);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
	return 0;
}
