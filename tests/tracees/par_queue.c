// SPDX-License-Identifier: MIT
/*
 * par_queue - parity tracee, the calls of decode_table_ipc.c: native AIO
 * (io_*), POSIX message queue I/O, keys, sendmmsg/recvmmsg, cross-process
 * memory on itself, kcmp, signal queueing (and pidfd_send_signal's
 * siginfo), I/O priorities and the clock calls.  Only outputs that are
 * the same on every run: key serials are random, so keys are only
 * reached through the special keyring ids and the error cases; System V
 * IPC ids change from run to run, so its structures are unit-tested
 * only; the clocks are never set (invalid arguments only) and never read
 * where the reading would be printed.
 */
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/kcmp.h>
#include <linux/keyctl.h>
#include <mqueue.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define BAD ((void *)1)
#define NOKEY 0x7fff0000L	/* a key serial no key has */
#define QNAME "/mytrace-par-queue"

static void aio(void)
{
	static char data[] = "hello aio";
	char rbuf[16];
	aio_context_t ctx = 0;
	struct iocb cb, rcb, *cbs[2] = { &cb, &rcb };
	struct io_event ev[2];
	struct timespec zero = { 0, 0 };
	int fd = open("/dev/null", O_RDWR);

	memset(&cb, 0, sizeof(cb));
	cb.aio_data = 42;
	cb.aio_lio_opcode = IOCB_CMD_PWRITE;
	cb.aio_fildes = fd;
	cb.aio_buf = (uintptr_t)data;
	cb.aio_nbytes = sizeof(data) - 1;
	memset(&rcb, 0, sizeof(rcb));
	rcb.aio_data = 7;
	rcb.aio_lio_opcode = IOCB_CMD_PREAD;
	rcb.aio_fildes = fd;
	rcb.aio_buf = (uintptr_t)rbuf;
	rcb.aio_nbytes = sizeof(rbuf);
	rcb.aio_offset = 4;

	syscall(SYS_io_setup, 4, BAD);
	syscall(SYS_io_setup, 4, &ctx);
	syscall(SYS_io_submit, ctx, 2, cbs);
	syscall(SYS_io_getevents, ctx, 2, 2, ev, NULL);
	syscall(SYS_io_getevents, ctx, 0, 2, ev, &zero);
	syscall(SYS_io_pgetevents, ctx, 0, 1, ev, &zero, NULL);
	syscall(SYS_io_cancel, ctx, &cb, ev);
	syscall(SYS_io_submit, ctx, 1, BAD);
	syscall(SYS_io_submit, ctx, -1L, cbs);
	syscall(SYS_io_submit, ctx, 0L, cbs);
	syscall(SYS_io_getevents, ctx, 1, 1, BAD, &zero);
	syscall(SYS_io_destroy, ctx);
	syscall(SYS_io_destroy, 0);
	close(fd);
}

static void mqueue(void)
{
	struct mq_attr attr = { .mq_maxmsg = 4, .mq_msgsize = 16 }, old;
	struct mq_attr nb = { .mq_flags = O_NONBLOCK };
	struct sigevent sev = { .sigev_notify = SIGEV_NONE };
	struct timespec zero = { 0, 0 };
	unsigned int prio;
	char buf[16];
	int q;

	q = syscall(SYS_mq_open, QNAME + 1, O_RDWR | O_CREAT, 0600, &attr);
	syscall(SYS_mq_timedsend, q, "queued", 6, 3, NULL);
	syscall(SYS_mq_timedsend, q, "second\0x", 8, 0, &zero);
	syscall(SYS_mq_getsetattr, q, NULL, &old);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, NULL);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), NULL, &zero);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, &zero);
	syscall(SYS_mq_timedreceive, q, buf, 4, &prio, &zero);
	syscall(SYS_mq_getsetattr, q, &nb, &old);
	syscall(SYS_mq_getsetattr, q, &nb, NULL);
	syscall(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, NULL);
	syscall(SYS_mq_timedsend, q, BAD, 2, 0, NULL);
	syscall(SYS_mq_notify, q, &sev);
	syscall(SYS_mq_notify, q, NULL);
	syscall(SYS_mq_notify, q, BAD);
	syscall(SYS_mq_getsetattr, q, BAD, BAD);
	syscall(SYS_mq_timedsend, -1, "x", 1, 0, BAD);
	close(q);
	syscall(SYS_mq_unlink, QNAME + 1);
}

static void keys(void)
{
	char buf[64];

	syscall(SYS_add_key, "user", "mytrace:par", "payload", 7, NOKEY);
	syscall(SYS_add_key, "no such type", "d", NULL, 0,
		KEY_SPEC_PROCESS_KEYRING);
	syscall(SYS_add_key, BAD, "d", "x", 1, KEY_SPEC_THREAD_KEYRING);
	syscall(SYS_request_key, "user", "mytrace:none", NULL,
		KEY_SPEC_PROCESS_KEYRING);
	syscall(SYS_request_key, "user", "mytrace:none", "callout", 0);
	syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0);
	syscall(SYS_keyctl, KEYCTL_CLEAR, KEY_SPEC_PROCESS_KEYRING);
	syscall(SYS_keyctl, KEYCTL_DESCRIBE, KEY_SPEC_PROCESS_KEYRING, buf,
		sizeof(buf));
	syscall(SYS_keyctl, KEYCTL_DESCRIBE, NOKEY, buf, sizeof(buf));
	syscall(SYS_keyctl, KEYCTL_READ, KEY_SPEC_PROCESS_KEYRING, buf,
		sizeof(buf));
	syscall(SYS_keyctl, KEYCTL_UPDATE, KEY_SPEC_PROCESS_KEYRING, "new", 3);
	syscall(SYS_keyctl, KEYCTL_UPDATE, NOKEY, NULL, 0);
	syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, "user",
		"mytrace:none", 0);
	syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, "user",
		"mytrace:none", KEY_SPEC_SESSION_KEYRING);
	syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, KEY_SPEC_PROCESS_KEYRING, 0);
	syscall(SYS_keyctl, KEYCTL_LINK, NOKEY, KEY_SPEC_PROCESS_KEYRING);
	syscall(SYS_keyctl, KEYCTL_UNLINK, NOKEY, KEY_SPEC_PROCESS_KEYRING);
	syscall(SYS_keyctl, KEYCTL_REVOKE, NOKEY);
	syscall(SYS_keyctl, KEYCTL_GET_PERSISTENT, -1, NOKEY);
	syscall(SYS_keyctl, KEYCTL_SETPERM, NOKEY, 0x3f010000);
	syscall(SYS_keyctl, 12345, 1, 2, 3, 4);
}

static void mmsg(void)
{
	char a[8] = "ping", b[8] = "pong", r1[8], r2[8];
	struct iovec siov[2] = { { a, 4 }, { b, 4 } };
	struct iovec riov[2] = { { r1, sizeof(r1) }, { r2, sizeof(r2) } };
	struct mmsghdr sm[2], rm[2];
	struct timespec zero = { 0, 0 };
	int sv[2];

	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	memset(sm, 0, sizeof(sm));
	memset(rm, 0, sizeof(rm));
	sm[0].msg_hdr.msg_iov = &siov[0];
	sm[0].msg_hdr.msg_iovlen = 1;
	sm[1].msg_hdr.msg_iov = &siov[1];
	sm[1].msg_hdr.msg_iovlen = 1;
	rm[0].msg_hdr.msg_iov = &riov[0];
	rm[0].msg_hdr.msg_iovlen = 1;
	rm[1].msg_hdr.msg_iov = &riov[1];
	rm[1].msg_hdr.msg_iovlen = 1;
	sendmmsg(sv[0], sm, 2, MSG_DONTWAIT);
	recvmmsg(sv[1], rm, 2, MSG_DONTWAIT, NULL);
	recvmmsg(sv[1], rm, 2, MSG_DONTWAIT, &zero);
	sendmmsg(sv[0], BAD, 1, 0);
	recvmmsg(sv[1], BAD, 1, MSG_DONTWAIT, NULL);
	close(sv[0]);
	close(sv[1]);
}

static void vm(void)
{
	char src[8] = "vmdata!", dst[8];
	struct iovec l = { dst, sizeof(dst) }, r = { src, sizeof(src) };
	pid_t me = getpid();

	process_vm_readv(me, &l, 1, &r, 1, 0);
	process_vm_writev(me, &r, 1, &l, 1, 0);
	process_vm_readv(me, &l, 1, BAD, 1, 0);
	process_vm_writev(me, BAD, 1, &l, 1, 0);
	/* the order of two different files is random: compare equal ones */
	syscall(SYS_kcmp, me, me, KCMP_FILE, 0, 0);
	syscall(SYS_kcmp, me, me, KCMP_FILE, 0, 999);
	syscall(SYS_kcmp, me, me, KCMP_VM, 0, 0);
	syscall(SYS_kcmp, me, me, KCMP_FILES, 0, 0);
	syscall(SYS_kcmp, me, me, KCMP_SYSVSEM, 0, 0);
	syscall(SYS_kcmp, me, me, 99, 0, 0);
}

static void sigq(void)
{
	siginfo_t si;
	pid_t me = getpid();
	int pfd;

	signal(SIGUSR1, SIG_IGN);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = me;
	si.si_uid = 0;
	si.si_value.sival_int = 42;
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, &si);
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGUSR1, &si);
	syscall(SYS_rt_sigqueueinfo, me, SIGUSR1, BAD);
	syscall(SYS_rt_tgsigqueueinfo, me, me, SIGUSR1, NULL);
	pfd = syscall(SYS_pidfd_open, me, 0);
	syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, &si, 0);
	syscall(SYS_pidfd_send_signal, pfd, SIGUSR1, BAD, 0);
	close(pfd);
}

static void sched_clock(void)
{
	/* struct sched_attr, zeroed beyond its size for the E2BIG case */
	union {
		uint32_t size;
		char bytes[256];
	} sa;
	struct timespec ts = { -1, 0 }, bad = { 0, 2000000000 };
	struct timex tx;
	int fd = open(".", O_RDONLY | O_DIRECTORY);

	memset(&sa, 0, sizeof(sa));
	sa.size = 48;

	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_set, 1, 0, (3 << 13) | 0);
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_set, 1, 0, 0);
	syscall(SYS_ioprio_get, 2, 0x7ffffff0);	/* no such group */
	syscall(SYS_ioprio_set, 9, 0, 0);
	syscall(SYS_sched_rr_get_interval, -1, &ts);
	syscall(SYS_sched_rr_get_interval, 0, BAD);
	syscall(SYS_sched_setattr, 0, &sa, 0);
	syscall(SYS_sched_setattr, 0, BAD, 0);
	sa.size = 200;
	syscall(SYS_sched_setattr, 0, &sa, 0);
	syscall(SYS_clock_settime, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_settime, CLOCK_MONOTONIC, &bad);
	syscall(SYS_clock_settime, 42, NULL);
	memset(&tx, 0, sizeof(tx));
	tx.modes = 0x8000;	/* ADJ_ADJTIME alone: EINVAL, nothing set */
	syscall(SYS_adjtimex, &tx);
	syscall(SYS_adjtimex, BAD);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
	syscall(SYS_clock_adjtime, 42, &tx);
	syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, BAD);
	syscall(SYS_syncfs, fd);
	syscall(SYS_syncfs, -1);
	close(fd);
	syscall(SYS_time, BAD);
}

int main(void)
{
	aio();
	mqueue();
	keys();
	mmsg();
	vm();
	sigq();
	sched_clock();
	return 0;
}
