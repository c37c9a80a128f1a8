// SPDX-License-Identifier: MIT
/*
 * par_poll - parity tracee, readiness: poll, ppoll, select, pselect6,
 * epoll, eventfd, inotify.  Every wait is on a ready fd or has a zero
 * timeout, so the output is the same on every run.
 */
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <unistd.h>

int main(void)
{
	struct pollfd pfd[2];
	struct epoll_event ev, evs[4];
	struct timeval tv = { 0, 0 };
	struct timespec ts = { 0, 0 };
	fd_set rd, wr;
	sigset_t mask;
	uint64_t v = 1;
	int p[2], ep, efd, in, w;

	pipe(p);
	write(p[1], "r", 1);
	pfd[0].fd = p[0];
	pfd[0].events = POLLIN | POLLPRI;
	pfd[1].fd = p[1];
	pfd[1].events = POLLOUT;
	poll(pfd, 2, 0);
	pfd[0].fd = -1;
	poll(pfd, 1, 0);
	sigemptyset(&mask);
	ppoll(pfd, 2, &ts, &mask);
	FD_ZERO(&rd);
	FD_ZERO(&wr);
	FD_SET(p[0], &rd);
	FD_SET(p[1], &wr);
	select(p[1] + 1, &rd, &wr, NULL, &tv);
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	pselect(p[1] + 1, &rd, NULL, NULL, &ts, &mask);
	pselect(p[1] + 1, &rd, NULL, NULL, &ts, NULL);
	ep = epoll_create1(EPOLL_CLOEXEC);
	ev.events = EPOLLIN | EPOLLET;
	ev.data.u64 = 7;
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT;
	epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
	epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev);
	epoll_wait(ep, evs, 4, 0);
	epoll_pwait(ep, evs, 4, 0, &mask);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL);
	efd = eventfd(3, EFD_NONBLOCK | EFD_CLOEXEC);
	write(efd, &v, sizeof(v));
	read(efd, &v, sizeof(v));
	read(efd, &v, sizeof(v));
	in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	w = inotify_add_watch(in, "/etc", IN_CREATE | IN_DELETE |
			      IN_ONLYDIR);
	inotify_rm_watch(in, w);
	close(in);
	close(efd);
	close(ep);
	return 0;
}
