// SPDX-License-Identifier: MIT
/*
 * par_misc - parity tracee, the rest: getrandom, memfd_create,
 * personality, sched_*, uname, sysinfo, getrusage and the
 * terminal ioctls on a pseudo-terminal.
 */
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

int main(void)
{
	struct sched_param sp = { 0 };
	struct winsize ws = { 24, 80, 0, 0 };
	struct termios t;
	struct utsname u;
	struct sysinfo si;
	struct rusage ru;
	struct pollfd pfd;
	cpu_set_t cpus;
	char buf[16];
	int m, s, n, fd;

	getrandom(buf, 8, GRND_NONBLOCK);
	fd = memfd_create("par", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	close(fd);
	personality(0xffffffff);
	sched_getaffinity(0, sizeof(cpus), &cpus);
	sched_getparam(0, &sp);
	sched_getscheduler(0);
	sched_setscheduler(0, SCHED_OTHER, &sp);
	sched_get_priority_max(SCHED_FIFO);
	sched_get_priority_min(SCHED_RR);
	sched_yield();
	uname(&u);
	sysinfo(&si);
	getrusage(RUSAGE_SELF, &ru);
	m = posix_openpt(O_RDWR | O_NOCTTY);
	grantpt(m);
	unlockpt(m);
	s = open(ptsname(m), O_RDWR | O_NOCTTY);
	ioctl(s, TCGETS, &t);
	ioctl(s, TCSETS, &t);
	ioctl(s, TIOCSWINSZ, &ws);
	ioctl(s, TIOCGWINSZ, &ws);
	write(m, "ab\n", 3);
	/* The line discipline takes the bytes in later: wait for them, so
	 * that FIONREAD says 3 under both tracers. */
	pfd.fd = s;
	pfd.events = POLLIN;
	poll(&pfd, 1, 5000);
	ioctl(s, FIONREAD, &n);
	ioctl(s, TCFLSH, TCIFLUSH);
	ioctl(0, TCGETS, &t);
	close(s);
	close(m);
	return 0;
}
