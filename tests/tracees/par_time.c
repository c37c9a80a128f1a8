// SPDX-License-Identifier: MIT
/*
 * par_time - parity tracee, time: nanosleep, clock_nanosleep, timerfd,
 * itimers, POSIX timers, clock_getres.  Only calls whose output does not
 * depend on the time of day (the clock readings themselves do).
 */
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts = { 0, 1000 }, res;
	struct itimerspec its = { { 0, 0 }, { 0, 0 } }, oits;
	struct itimerval itv = { { 0, 0 }, { 0, 0 } }, oitv;
	struct sigevent sev = { .sigev_notify = SIGEV_NONE };
	timer_t tid;
	int fd;

	nanosleep(&ts, NULL);
	clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, &res);
	syscall(SYS_clock_getres, CLOCK_MONOTONIC, &res);
	syscall(SYS_clock_getres, CLOCK_REALTIME, NULL);
	fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	/* the old value of a disarmed timer: the same on every run */
	timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, &oits);
	its.it_value.tv_sec = 100;
	its.it_interval.tv_nsec = 500000000;
	timerfd_settime(fd, 0, &its, NULL);
	its.it_value.tv_sec = 0;
	its.it_interval.tv_nsec = 0;
	timerfd_settime(fd, 0, &its, NULL);
	timerfd_gettime(fd, &oits);
	close(fd);
	setitimer(ITIMER_REAL, &itv, &oitv);
	getitimer(ITIMER_VIRTUAL, &oitv);
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	syscall(SYS_timer_settime, 0, 0, &its, NULL);
	syscall(SYS_timer_gettime, 0, &oits);
	syscall(SYS_timer_getoverrun, 0);
	syscall(SYS_timer_delete, 0);
	alarm(0);
	return 0;
}
