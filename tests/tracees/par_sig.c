// SPDX-License-Identifier: MIT
/*
 * par_sig - parity tracee, signals: sigaction, sigprocmask, signalfd,
 * a handled signal, sigtimedwait, sigpending, sigaltstack.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	(void)sig;
}

int main(void)
{
	struct sigaction sa, old;
	struct timespec ts = { 0, 1000 };
	sigset_t set, oset;
	siginfo_t si;
	stack_t ss;
	int fd;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGTERM);
	sigaction(SIGUSR1, &sa, &old);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
	sigaction(SIGUSR1, NULL, &old);
	raise(SIGUSR1);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigaddset(&set, SIGRTMIN + 1);
	sigprocmask(SIG_BLOCK, &set, &oset);
	fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	signalfd(fd, &set, 0);
	kill(getpid(), SIGUSR2);
	sigpending(&oset);
	sigtimedwait(&set, &si, &ts);
	sigtimedwait(&set, &si, &ts);
	sigfillset(&set);
	sigprocmask(SIG_SETMASK, &set, &oset);
	sigprocmask(SIG_SETMASK, &oset, NULL);
	ss.ss_sp = malloc(65536);
	ss.ss_size = 65536;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
	sigaltstack(NULL, &ss);
	close(fd);
	return 0;
}
