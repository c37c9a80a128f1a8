/* SPDX-License-Identifier: MIT */
/*
 * robust_hostile - system calls whose pointer arguments are hostile to a
 * tracer: NULL, unmapped, PROT_NONE, huge lengths, a string with no NUL
 * that runs into an unmapped page, arrays whose elements are bad.  Every
 * call is made with syscall(2) so that libc adds nothing, and fails (or
 * does nothing harmful); the program then exits 0.
 *
 *   robust_hostile          the deterministic cases, between the markers
 *                           write(-1, "BEGIN", 5) and write(-1, "END", 3),
 *                           each group after a write(-1, "GROUP", n)
 *   robust_hostile race N   N rounds of buffers changed or unmapped by a
 *                           second thread while a call is in the kernel
 */
#include <fcntl.h>
#include <linux/sched.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096L

static char *unmapped;	/* a page that was mapped, then unmapped */
static char *noaccess;	/* a PROT_NONE page */
static char *edge;	/* a page followed by an unmapped page */

#define S(...) syscall(__VA_ARGS__)

static void marker(const char *s)
{
	S(SYS_write, -1, s, strlen(s));
}

static void setup(void)
{
	char *p;

	/* Three pages: [edge][hole][noaccess]; the hole is unmapped. */
	p = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		perror("mmap");
		exit(2);
	}
	edge = p;
	unmapped = p + PAGE;
	noaccess = p + 2 * PAGE;
	munmap(unmapped, PAGE);
	mprotect(noaccess, PAGE, PROT_NONE);
	/* No NUL anywhere in the page: a string that runs into the hole. */
	memset(edge, 'A', PAGE);
}

static void paths(void)
{
	char *tail = edge + PAGE - 8;	/* "AAAAAAAA" then the hole */

	S(SYS_open, NULL, O_RDONLY);
	S(SYS_open, unmapped, O_RDONLY);
	S(SYS_open, noaccess, O_RDONLY | O_CREAT, 0644);
	S(SYS_openat, AT_FDCWD, NULL, O_RDONLY);
	S(SYS_openat, AT_FDCWD, unmapped, O_WRONLY | O_CLOEXEC);
	S(SYS_openat, AT_FDCWD, tail, O_RDONLY);
	S(SYS_openat, AT_FDCWD, edge, O_RDONLY);	/* 4096 bytes, no NUL */
	S(SYS_access, tail, F_OK);
	S(SYS_unlink, unmapped);
	S(SYS_mkdir, noaccess, 0755);
	S(SYS_rename, unmapped, tail);
	S(SYS_readlink, unmapped, unmapped, 100);
	S(SYS_chdir, NULL);
}

static void buffers(void)
{
	int fd = (int)S(SYS_open, "/dev/zero", O_RDONLY);
	int nul = (int)S(SYS_open, "/dev/null", O_WRONLY);
	char buf[64];

	S(SYS_read, fd, NULL, 10);
	S(SYS_read, fd, unmapped, 10);
	S(SYS_read, fd, noaccess, 10);
	/* Runs into the hole: the kernel fills what it can. */
	S(SYS_read, fd, edge + PAGE - 16, 64);
	S(SYS_write, nul, NULL, 10);
	S(SYS_write, nul, unmapped, 10);
	/* /dev/null takes any length without reading the buffer. */
	S(SYS_write, nul, buf, (size_t)1 << 40);
	S(SYS_write, nul, edge + PAGE - 4, 100);
	S(SYS_pread64, fd, unmapped, 8, 0);
	S(SYS_pwrite64, nul, noaccess, 8, 0);
	S(SYS_close, fd);
	S(SYS_close, nul);
}

static void stats(void)
{
	S(SYS_stat, "/", NULL);
	S(SYS_stat, "/", unmapped);
	S(SYS_fstat, 0, noaccess);
	S(SYS_lstat, unmapped, unmapped);
	S(SYS_newfstatat, AT_FDCWD, "/", unmapped, 0);
	S(SYS_statx, AT_FDCWD, "/", 0, 0xfff, unmapped);
	S(SYS_statfs, "/", unmapped);
	S(SYS_getdents64, 0, unmapped, 4096);
	S(SYS_getcwd, unmapped, 100);
}

static void exec_args(void)
{
	char *argv_bad_elem[3] = { "ok", unmapped, NULL };
	/* An argv array with no NULL that runs into the hole. */
	char **argv_edge = (char **)(edge + PAGE - 2 * sizeof(char *));

	argv_edge[0] = "one";
	argv_edge[1] = "two";
	S(SYS_execve, "/nonexistent/robust", unmapped, NULL);
	S(SYS_execve, "/nonexistent/robust", argv_bad_elem, unmapped);
	S(SYS_execve, "/nonexistent/robust", argv_edge, NULL);
	S(SYS_execve, unmapped, NULL, NULL);
	memset(edge + PAGE - 16, 'A', 16);
}

static void vectors(void)
{
	int fd = (int)S(SYS_open, "/dev/zero", O_RDONLY);
	struct iovec iov[2] = {
		{ unmapped, 8 },
		{ noaccess, (size_t)1 << 40 },
	};
	struct iovec *iov_edge = (struct iovec *)(edge + PAGE - sizeof(*iov));

	iov_edge->iov_base = edge;
	iov_edge->iov_len = 4;
	S(SYS_readv, fd, unmapped, 2);
	S(SYS_readv, fd, iov, 2);
	S(SYS_readv, fd, iov_edge, 3);	/* 2nd and 3rd iovec in the hole */
	S(SYS_writev, 1, noaccess, 1);
	S(SYS_readv, fd, iov, 1 << 20);	/* EINVAL */
	S(SYS_close, fd);
	memset(edge + PAGE - 16, 'A', 16);
}

static void signals(void)
{
	S(SYS_rt_sigaction, SIGUSR1, unmapped, NULL, 8);
	S(SYS_rt_sigaction, SIGUSR1, NULL, noaccess, 8);
	S(SYS_rt_sigaction, SIGUSR1, unmapped, unmapped, 8);
	S(SYS_rt_sigprocmask, SIG_BLOCK, unmapped, NULL, 8);
	S(SYS_rt_sigprocmask, SIG_BLOCK, NULL, noaccess, 8);
	S(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, (size_t)1 << 40);
	S(SYS_sigaltstack, unmapped, noaccess);
	S(SYS_rt_sigpending, unmapped, 8);
}

static void misc(void)
{
	int sock = (int)S(SYS_socket, AF_UNIX, SOCK_STREAM, 0);

	S(SYS_connect, sock, unmapped, 16);
	S(SYS_bind, sock, noaccess, 110);
	S(SYS_sendto, sock, unmapped, 10, 0, unmapped, 16);
	S(SYS_sendmsg, sock, unmapped, 0);
	S(SYS_recvmsg, sock, noaccess, MSG_DONTWAIT);
	S(SYS_getsockname, sock, unmapped, unmapped);
	S(SYS_close, sock);
	S(SYS_poll, unmapped, 2, 0);
	S(SYS_poll, noaccess, 1u << 30, 0);
	S(SYS_select, 1024, unmapped, noaccess, NULL, unmapped);
	S(SYS_nanosleep, unmapped, NULL);
	S(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, noaccess, NULL);
	S(SYS_clock_gettime, CLOCK_MONOTONIC, unmapped);
	S(SYS_wait4, -1, unmapped, WNOHANG, unmapped);
	S(SYS_getrlimit, RLIMIT_NOFILE, unmapped);
	S(SYS_uname, unmapped);
	S(SYS_sysinfo, noaccess);
	S(SYS_sched_getaffinity, 0, 128, unmapped);
	S(SYS_pipe2, unmapped, 0);
	S(SYS_futex, unmapped, 0, 1, unmapped, NULL, 0);
	S(SYS_prctl, 15 /* PR_SET_NAME */, unmapped, 0, 0, 0);
	S(SYS_epoll_wait, -1, unmapped, 10, 0);
	S(SYS_clone3, unmapped, 88);
	S(SYS_clone3, noaccess, (size_t)1 << 40);
	S(SYS_ioctl, 0, 0x5401 /* TCGETS */, unmapped);
	S(SYS_fcntl, 0, 5 /* F_GETLK */, unmapped);
}

/* A second thread changes, then unmaps, the buffer of a call that is
 * blocked in the kernel; the call then fails or returns what it found. */
struct race {
	int pfd[2];
	char *buf;
	volatile int go;
};

static void *racer(void *arg)
{
	struct race *r = arg;
	struct timespec ts = { 0, 200000 };
	int i;

	while (!r->go)
		nanosleep(&ts, NULL);
	for (i = 0; i < 1000; i++)
		memset(r->buf, 'a' + i % 26, 64);
	nanosleep(&ts, NULL);
	munmap(r->buf, PAGE);
	if (write(r->pfd[1], "wake", 4) < 0)
		return NULL;
	return NULL;
}

static void race_round(void)
{
	struct race r;
	pthread_t t;

	if (pipe(r.pfd))
		exit(3);
	r.buf = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (r.buf == MAP_FAILED)
		exit(3);
	memset(r.buf, 'z', PAGE);
	r.go = 1;
	pthread_create(&t, NULL, racer, &r);
	/* Blocks until the racer has unmapped buf: EFAULT, usually. */
	S(SYS_read, r.pfd[0], r.buf, 64);
	pthread_join(t, NULL);
	close(r.pfd[0]);
	close(r.pfd[1]);
}

int main(int argc, char **argv)
{
	int i;

	setup();
	if (argc > 2 && !strcmp(argv[1], "race")) {
		for (i = 0; i < atoi(argv[2]); i++)
			race_round();
		printf("race done\n");
		return 0;
	}
	marker("BEGIN");
	paths();
	marker("buffers");
	buffers();
	marker("stats");
	stats();
	marker("exec");
	exec_args();
	marker("vectors");
	vectors();
	marker("signals");
	signals();
	marker("misc");
	misc();
	marker("END");
	return 0;
}
