// SPDX-License-Identifier: MIT
/*
 * Unit tests of whole lines for the calls of decode_table_ipc.c.  A fake
 * tracee memory: a buffer mapped at FAKE_BASE, every other address
 * faults.  Expected strings are strace 6.1's output on x86_64 (TZ=UTC)
 * for the same values, addresses replaced by the fake ones.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/timex.h>
#include <time.h>
#include <linux/aio_abi.h>

#include <cmocka.h>

#include "fake_mem.h"

#define A0 "0x7ffd0000"
#define CTX 0x7f1d6b897000ull
#define KEY 419392852ull
#define PROC_KEYRING ((uint64_t)-2)

/*
 * A call whose memory the kernel changes between entry and exit: the
 * entry half, then @change, then the rest; with a memo, as the tracer
 * keeps one.
 */
static const char *line_changed(long nr, int64_t ret, const uint64_t a[6],
				void (*change)(void))
{
	struct decode_memo memo = { { 0, 0 }, 0 };
	struct decode_call c = { nr, { a[0], a[1], a[2], a[3], a[4], a[5] },
				 ret, 0, &memo };

	strbuf_reset(&out);
	decode_entry(&out, &c, &src, &opts);
	change();
	decode_exit(&out, &c, &src, &opts);
	strbuf_puts(&out, " = ");
	decode_retval(&out, &c, &src, &opts);
	return strbuf_str(&out);
}

TEST(time)
{
	int64_t t = 1796186733;
	uint64_t p = put(&t, sizeof(t));

	(void)state;
	S(L(SYS_time, 1796186733, 0, 0, 0, 0, 0, 0),
	  "time(NULL) = 1796186733 (2026-12-02T04:45:33+0000)");
	S(L(SYS_time, 1796186733, p, 0, 0, 0, 0, 0),
	  "time([1796186733 /* 2026-12-02T04:45:33+0000 */]) = 1796186733 "
	  "(2026-12-02T04:45:33+0000)");
	S(L(SYS_time, -EFAULT, 0x1000, 0, 0, 0, 0, 0),
	  "time(0x1000) = -1 EFAULT (Bad address)");
}

static uint64_t put_timex(void)
{
	struct timex tx;

	memset(&tx, 0, sizeof(tx));
	tx.maxerror = 16000000;
	tx.esterror = 16000000;
	tx.status = 0x40;
	tx.constant = 2;
	tx.precision = 1;
	tx.tolerance = 32768000;
	tx.time.tv_sec = 1796186733;
	tx.time.tv_usec = 196449;
	tx.tick = 10000;
	return put(&tx, sizeof(tx));
}

#define TIMEX "{modes=0, offset=0, freq=0, maxerror=16000000, " \
	"esterror=16000000, status=STA_UNSYNC, constant=2, precision=1, " \
	"tolerance=32768000, time={tv_sec=1796186733, tv_usec=196449}, " \
	"tick=10000, ppsfreq=0, jitter=0, shift=0, stabil=0, jitcnt=0, " \
	"calcnt=0, errcnt=0, stbcnt=0, tai=0}"

TEST(adjtimex)
{
	uint64_t tx = put_timex();

	(void)state;
	S(L(SYS_adjtimex, 5, tx, 0, 0, 0, 0, 0),
	  "adjtimex(" TIMEX ") = 5 (TIME_ERROR)");
	S(L(SYS_adjtimex, -EINVAL, tx, 0, 0, 0, 0, 0),
	  "adjtimex(" A0 ") = -1 EINVAL (Invalid argument)");
	S(L(SYS_clock_adjtime, 5, 0, tx, 0, 0, 0, 0),
	  "clock_adjtime(CLOCK_REALTIME, " TIMEX ") = 5 (TIME_ERROR)");
	S(L(SYS_clock_adjtime, -EINVAL, 42, tx, 0, 0, 0, 0),
	  "clock_adjtime(0x2a /* CLOCK_??? */, " A0 ") = -1 EINVAL "
	  "(Invalid argument)");
}

TEST(clock_settime)
{
	int64_t ts[2] = { -1, 0 };
	uint64_t p = put(ts, sizeof(ts));

	(void)state;
	S(L(SYS_clock_settime, -EINVAL, 0, p, 0, 0, 0, 0),
	  "clock_settime(CLOCK_REALTIME, {tv_sec=-1, tv_nsec=0}) = -1 "
	  "EINVAL (Invalid argument)");
	S(L(SYS_clock_settime, -EFAULT, (uint32_t)-10, 0, 0, 0, 0, 0),
	  "clock_settime(0xfffffff6 /* CLOCK_??? */, NULL) = -1 EFAULT "
	  "(Bad address)");
}

TEST(ioprio)
{
	(void)state;
	S(L(SYS_ioprio_get, 16388, 1, 0, 0, 0, 0, 0),
	  "ioprio_get(IOPRIO_WHO_PROCESS, 0) = 16388 "
	  "(IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))");
	S(L(SYS_ioprio_get, -EINVAL, (uint32_t)-1, 0, 0, 0, 0, 0),
	  "ioprio_get(0xffffffff /* IOPRIO_WHO_??? */, 0) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_ioprio_set, 0, 3, 0, (1 << 13) | 7, 0, 0, 0),
	  "ioprio_set(IOPRIO_WHO_USER, 0, "
	  "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 7)) = 0");
	S(L(SYS_ioprio_set, -EINVAL, 1, 0, 0x1ffff, 0, 0, 0),
	  "ioprio_set(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(0xf /* "
	  "IOPRIO_CLASS_??? */, 8191)) = -1 EINVAL (Invalid argument)");
	opts.xstyle = DECODE_X_RAW;
	S(L(SYS_ioprio_set, 0, 1, 0, 16388, 0, 0, 0),
	  "ioprio_set(0x1, 0, 16388) = 0");
	S(L(SYS_ioprio_get, 16388, 1, 0, 0, 0, 0, 0),
	  "ioprio_get(0x1, 0) = 16388");
	opts.xstyle = DECODE_X_VERBOSE;
	S(L(SYS_ioprio_set, 0, 1, 0, 16388, 0, 0, 0),
	  "ioprio_set(0x1 /* IOPRIO_WHO_PROCESS */, 0, 16388 /* "
	  "IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */) = 0");
}

static uint64_t put_iocbs(const struct iocb *cb, int n)
{
	uint64_t p[4];
	int k;

	for (k = 0; k < n; k++)
		p[k] = put(&cb[k], sizeof(cb[k]));
	return put(p, n * sizeof(p[0]));
}

TEST(io_submit)
{
	struct iocb cb[3];
	uint64_t data = put_str("hello aio"), arr, one[3];

	(void)state;
	memset(cb, 0, sizeof(cb));
	cb[0].aio_data = 42;
	cb[0].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[0].aio_fildes = 3;
	cb[0].aio_buf = data;
	cb[0].aio_nbytes = 9;
	cb[1].aio_data = 7;
	cb[1].aio_lio_opcode = IOCB_CMD_PREAD;
	cb[1].aio_fildes = 3;
	cb[1].aio_buf = 0x7ffc666ae170ull;
	cb[1].aio_nbytes = 16;
	cb[1].aio_offset = 4;
	cb[2].aio_rw_flags = 2;
	cb[2].aio_lio_opcode = IOCB_CMD_FSYNC;
	cb[2].aio_reqprio = 1;
	cb[2].aio_flags = 1;
	cb[2].aio_resfd = 5;
	arr = put_iocbs(cb, 3);
	S(L(SYS_io_submit, 2, CTX, 3, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 3, [{aio_data=0x2a, "
	  "aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3, "
	  "aio_buf=\"hello aio\", aio_nbytes=9, aio_offset=0}, "
	  "{aio_data=0x7, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3, "
	  "aio_buf=0x7ffc666ae170, aio_nbytes=16, aio_offset=4}, "
	  "{aio_data=0, aio_rw_flags=RWF_DSYNC, "
	  "aio_lio_opcode=IOCB_CMD_FSYNC, aio_reqprio=1, aio_fildes=0}]) = 2");
	memcpy(&one[0], fake_mem + (arr - FAKE_BASE) + 16, sizeof(one[0]));
	one[1] = 1;
	one[2] = 0;
	arr = put(one, sizeof(one));
	S(L(SYS_io_submit, -EBADF, CTX, 3, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 3, [{aio_data=0, aio_rw_flags=RWF_DSYNC, "
	  "aio_lio_opcode=IOCB_CMD_FSYNC, aio_reqprio=1, aio_fildes=0}, 0x1, "
	  "NULL]) = -1 EBADF (Bad file descriptor)");
	S(L(SYS_io_submit, 0, CTX, 0, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 0, []) = 0");
	S(L(SYS_io_submit, 0, CTX, 0, 0, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 0, NULL) = 0");
	S(L(SYS_io_submit, -EINVAL, CTX, -1, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, -1, 0x7ffd00e8) = -1 EINVAL "
	  "(Invalid argument)");
}

TEST(io_submit_kinds)
{
	char text[41] = "0123456789012345678901234567890123456789";
	struct iocb cb;
	uint64_t iov[2] = { 0x7ffc5a12dc40ull, 8 }, arr;

	(void)state;
	memset(&cb, 0, sizeof(cb));
	cb.aio_rw_flags = 2;
	cb.aio_reqprio = 1;
	cb.aio_lio_opcode = IOCB_CMD_POLL;
	cb.aio_buf = 1;
	cb.aio_flags = 1;
	cb.aio_resfd = 5;
	arr = put_iocbs(&cb, 1);
	S(L(SYS_io_submit, -EBADF, CTX, 1, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 1, [{aio_data=0, aio_rw_flags=RWF_DSYNC, "
	  "aio_lio_opcode=IOCB_CMD_POLL, aio_reqprio=1, aio_fildes=0, "
	  "aio_buf=POLLIN, aio_flags=IOCB_FLAG_RESFD, aio_resfd=5}]) = -1 "
	  "EBADF (Bad file descriptor)");
	cb.aio_lio_opcode = IOCB_CMD_PREADV;
	cb.aio_buf = put(iov, sizeof(iov));
	cb.aio_nbytes = 1;
	cb.aio_flags = 0;
	arr = put_iocbs(&cb, 1);
	S(L(SYS_io_submit, 1, CTX, 1, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 1, [{aio_data=0, aio_rw_flags=RWF_DSYNC, "
	  "aio_lio_opcode=IOCB_CMD_PREADV, aio_reqprio=1, aio_fildes=0, "
	  "aio_buf=[{iov_base=0x7ffc5a12dc40, iov_len=8}], aio_offset=0, "
	  "aio_resfd=0x5}]) = 1");
	memset(&cb, 0, sizeof(cb));
	cb.aio_key = 1;
	cb.aio_lio_opcode = IOCB_CMD_PWRITE;
	cb.aio_fildes = 99;
	cb.aio_flags = 3;
	cb.aio_resfd = 5;
	cb.aio_buf = put(text, 40);
	cb.aio_nbytes = 40;
	cb.aio_offset = -1;
	arr = put_iocbs(&cb, 1);
	S(L(SYS_io_submit, -EBADF, CTX, 1, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 1, [{aio_data=0, aio_key=1, "
	  "aio_lio_opcode=IOCB_CMD_PWRITE, "
	  "aio_reqprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0), "
	  "aio_fildes=99, aio_buf=\"01234567890123456789012345678901\"..., "
	  "aio_nbytes=40, aio_offset=-1, "
	  "aio_flags=IOCB_FLAG_RESFD|IOCB_FLAG_IOPRIO, aio_resfd=5}]) = -1 "
	  "EBADF (Bad file descriptor)");
	cb.aio_lio_opcode = 57760;
	cb.aio_reqprio = 26218;
	cb.aio_flags = 0;
	cb.aio_fildes = 32764;
	cb.aio_key = 0;
	arr = put_iocbs(&cb, 1);
	S(L(SYS_io_submit, -EINVAL, CTX, 1, arr, 0, 0, 0),
	  "io_submit(0x7f1d6b897000, 1, [{aio_data=0, "
	  "aio_lio_opcode=57760 /* IOCB_CMD_??? */, aio_reqprio=26218, "
	  "aio_fildes=32764}]) = -1 EINVAL (Invalid argument)");
}

TEST(io_events)
{
	struct io_event ev[2] = { { 42, 0x7ffc666ae1a0ull, 9, 0 },
				  { 7, 0x7ffc666ae1e0ull, 0, 0 } };
	uint64_t e = put(ev, sizeof(ev)), ts = put("\0\0\0\0\0\0\0\0"
						   "\0\0\0\0\0\0\0\0", 16);
	uint64_t ss = put_int(1 << 9), as[2] = { ss, 8 };
	uint64_t a = put(as, sizeof(as));
	struct iocb cb;

	(void)state;
	S(L(SYS_io_getevents, 2, CTX, 2, 2, e, 0, 0),
	  "io_getevents(0x7f1d6b897000, 2, 2, [{data=0x2a, "
	  "obj=0x7ffc666ae1a0, res=9, res2=0}, {data=0x7, "
	  "obj=0x7ffc666ae1e0, res=0, res2=0}], NULL) = 2");
	S(L(SYS_io_getevents, -EFAULT, CTX, 1, 1, e, 1, 0),
	  "io_getevents(0x7f1d6b897000, 1, 1, " A0 ", 0x1) = -1 EFAULT "
	  "(Bad address)");
	S(L(SYS_io_pgetevents, 0, CTX, 0, 1, e, ts, a),
	  "io_pgetevents(0x7f1d6b897000, 0, 1, [], {tv_sec=0, tv_nsec=0}, "
	  "{sigmask=[USR1], sigsetsize=8}) = 0");
	memset(&cb, 0, sizeof(cb));
	cb.aio_data = 42;
	cb.aio_lio_opcode = IOCB_CMD_PWRITE;
	cb.aio_fildes = 3;
	cb.aio_nbytes = 9;
	S(L(SYS_io_cancel, 0, CTX, put(&cb, sizeof(cb)), e, 0, 0, 0),
	  "io_cancel(0x7f1d6b897000, {aio_data=0x2a, "
	  "aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3}, {data=0x2a, "
	  "obj=0x7ffc666ae1a0, res=9, res2=0}) = 0");
	S(L(SYS_io_setup, 0, 4, put(&(uint64_t){ CTX }, 8), 0, 0, 0, 0),
	  "io_setup(4, [0x7f1d6b897000]) = 0");
	S(L(SYS_io_destroy, -EINVAL, 0, 0, 0, 0, 0, 0),
	  "io_destroy(NULL) = -1 EINVAL (Invalid argument)");
}

TEST(mq)
{
	int64_t attr[8] = { 0, 4, 16, 2 };
	uint64_t a = put(attr, sizeof(attr)), m = put("second\0x", 8);
	uint64_t prio = put_int(3);

	(void)state;
	S(L(SYS_mq_getsetattr, 0, 3, 0, a, 0, 0, 0),
	  "mq_getsetattr(3, NULL, {mq_flags=0, mq_maxmsg=4, mq_msgsize=16, "
	  "mq_curmsgs=2}) = 0");
	S(L(SYS_mq_timedsend, 0, 3, m, 8, 0, 0, 0),
	  "mq_timedsend(3, \"second\\0x\", 8, 0, NULL) = 0");
	S(L(SYS_mq_timedreceive, 6, 3, m, 16, prio, 0, 0),
	  "mq_timedreceive(3, \"second\", 16, [3], NULL) = 6");
	S(L(SYS_mq_timedreceive, -EBADF, 99, 1, 10, 2, 0, 0),
	  "mq_timedreceive(99, 0x1, 10, 0x2, NULL) = -1 EBADF "
	  "(Bad file descriptor)");
	S(L(SYS_mq_notify, 0, 3, 0, 0, 0, 0, 0), "mq_notify(3, NULL) = 0");
}

TEST(keys)
{
	uint64_t user = put_str("user"), desc = put_str("mytrace:probe");
	uint64_t pl = put("payload\1", 8);

	(void)state;
	S(L(SYS_add_key, KEY, user, desc, pl, 8, PROC_KEYRING, 0),
	  "add_key(\"user\", \"mytrace:probe\", \"payload\\1\", 8, "
	  "KEY_SPEC_PROCESS_KEYRING) = 419392852");
	S(L(SYS_add_key, -EINVAL, user, desc, 0, 0, (uint64_t)-9, 0),
	  "add_key(\"user\", \"mytrace:probe\", NULL, 0, -9) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_request_key, -ENOKEY, user, desc, 0, 0, 0, 0),
	  "request_key(\"user\", \"mytrace:probe\", NULL, 0) = -1 ENOKEY "
	  "(Required key not available)");
}

static uint64_t ring_desc(void)
{
	return put_str("keyring;0;0;3f010000;_pid");
}

TEST(keyctl)
{
	uint64_t text = put_str("user;0;0;3f010000;mytrace:probe");
	uint64_t data = put("payload\1", 8), ring = put("Tm\377\30", 4);
	uint64_t user = put_str("user"), desc = put_str("mytrace:probe");

	(void)state;
	S(L(SYS_keyctl, KEY, 0, PROC_KEYRING, 1, 0, 0, 0),
	  "keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_PROCESS_KEYRING, 1) = "
	  "419392852");
	S(L(SYS_keyctl, 32, 6, KEY, text, 128, 0, 0),
	  "keyctl(KEYCTL_DESCRIBE, 419392852, "
	  "\"user;0;0;3f010000;mytrace:probe\", 128) = 32");
	S(L(SYS_keyctl, 32, 6, KEY, text, 4, 0, 0),
	  "keyctl(KEYCTL_DESCRIBE, 419392852, \"user\", 4) = 32");
	S(L(SYS_keyctl, 8, 11, KEY, data, 3, 0, 0),
	  "keyctl(KEYCTL_READ, 419392852, \"pay\", 3) = 8");
	S(L(SYS_keyctl, 8, 11, KEY, 0, 0, 0, 0),
	  "keyctl(KEYCTL_READ, 419392852, NULL, 0) = 8");
	S(L(SYS_keyctl, 4, 11, PROC_KEYRING, ring, 128, 0, 0),
	  "keyctl(KEYCTL_READ, KEY_SPEC_PROCESS_KEYRING, \"Tm\\377\\30\", "
	  "128) = 4");
	S(L(SYS_keyctl, -ENOKEY, 17, 12345, ring, 10, 0, 0),
	  "keyctl(KEYCTL_GET_SECURITY, 12345, 0x7ffd0028, 10) = -1 ENOKEY "
	  "(Required key not available)");
	S(L(SYS_keyctl, 0, 2, KEY, data, 6, 0, 0),
	  "keyctl(KEYCTL_UPDATE, 419392852, \"payloa\", 6) = 0");
	S(L(SYS_keyctl, KEY, 10, PROC_KEYRING, user, desc, 0, 0),
	  "keyctl(KEYCTL_SEARCH, KEY_SPEC_PROCESS_KEYRING, \"user\", "
	  "\"mytrace:probe\", 0) = 419392852");
	S(L(SYS_keyctl, 0, 8, KEY, (uint64_t)-1, 0, 0, 0),
	  "keyctl(KEYCTL_LINK, 419392852, KEY_SPEC_THREAD_KEYRING) = 0");
	S(L(SYS_keyctl, 0, 1, 0, 0, 0, 0, 0),
	  "keyctl(KEYCTL_JOIN_SESSION_KEYRING, NULL) = 0");
	S(L(SYS_keyctl, 0, 14, 3, 0, 0, 0, 0),
	  "keyctl(KEYCTL_SET_REQKEY_KEYRING, "
	  "KEY_REQKEY_DEFL_SESSION_KEYRING) = 0");
	S(L(SYS_keyctl, -EPERM, 19, 12345, 10, 5, 0, 0),
	  "keyctl(KEYCTL_REJECT, 12345, 10, EIO, 0) = -1 EPERM "
	  "(Operation not permitted)");
	S(L(SYS_keyctl, 0, 18, 0, 0, 0, 0, 0),
	  "keyctl(KEYCTL_SESSION_TO_PARENT) = 0");
	S(L(SYS_keyctl, -ENOKEY, 22, (uint32_t)-1, 99999, 0, 0, 0),
	  "keyctl(KEYCTL_GET_PERSISTENT, -1, 99999) = -1 ENOKEY "
	  "(Required key not available)");
	S(L(SYS_keyctl, -EINVAL, 5, 12345, 0xffffffff, 0, 0, 0),
	  "keyctl(KEYCTL_SETPERM, 12345, KEY_POS_VIEW|KEY_POS_READ|"
	  "KEY_POS_WRITE|KEY_POS_SEARCH|KEY_POS_LINK|KEY_POS_SETATTR|"
	  "KEY_USR_VIEW|KEY_USR_READ|KEY_USR_WRITE|KEY_USR_SEARCH|"
	  "KEY_USR_LINK|KEY_USR_SETATTR|KEY_GRP_VIEW|KEY_GRP_READ|"
	  "KEY_GRP_WRITE|KEY_GRP_SEARCH|KEY_GRP_LINK|KEY_GRP_SETATTR|"
	  "KEY_OTH_VIEW|KEY_OTH_READ|KEY_OTH_WRITE|KEY_OTH_SEARCH|"
	  "KEY_OTH_LINK|KEY_OTH_SETATTR|0xc0c0c0c0) = -1 EINVAL "
	  "(Invalid argument)");
	S(L(SYS_keyctl, -EOPNOTSUPP, 32, 1, 2, 3, 0x2f2f2f2f2f2f2f2full, 0),
	  "keyctl(KEYCTL_WATCH_KEY, 0x1, 0x2, 0x3, 0x2f2f2f2f2f2f2f2f) = -1 "
	  "EOPNOTSUPP (Operation not supported)");
	S(L(SYS_keyctl, -EOPNOTSUPP, 12345, 1, 2, 3, 4, 0),
	  "keyctl(0x3039 /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4) = -1 "
	  "EOPNOTSUPP (Operation not supported)");
	opts.xflag = 1;	/* the final NUL shows in hex */
	S(L(SYS_keyctl, 26, 6, PROC_KEYRING, ring_desc(), 64, 0, 0),
	  "keyctl(KEYCTL_DESCRIBE, KEY_SPEC_PROCESS_KEYRING, \""
	  "\\x6b\\x65\\x79\\x72\\x69\\x6e\\x67\\x3b\\x30\\x3b\\x30\\x3b"
	  "\\x33\\x66\\x30\\x31\\x30\\x30\\x30\\x30\\x3b\\x5f\\x70\\x69"
	  "\\x64\\x00"
	  "\", 64) = 26");
	opts.xflag = 0;
	S(L(SYS_keyctl, 26, 6, PROC_KEYRING, ring_desc(), 64, 0, 0),
	  "keyctl(KEYCTL_DESCRIBE, KEY_SPEC_PROCESS_KEYRING, "
	  "\"keyring;0;0;3f010000;_pid\", 64) = 26");
	opts.xstyle = DECODE_X_RAW;
	S(L(SYS_keyctl, 0, 7, PROC_KEYRING, 0, 0, 0, 0), "keyctl(0x7, -2) = 0");
	opts.xstyle = DECODE_X_VERBOSE;
	S(L(SYS_keyctl, 0, 7, PROC_KEYRING, 0, 0, 0, 0),
	  "keyctl(0x7 /* KEYCTL_CLEAR */, -2 /* KEY_SPEC_PROCESS_KEYRING */) "
	  "= 0");
}

static uint64_t put_mmsgs(void)
{
	/* struct mmsghdr: msghdr (name, namelen, iov, iovlen, control,
	 * controllen, flags), then msg_len */
	uint64_t ping = put("ping\0\0\0\0", 8), pong = put("pong", 4);
	uint64_t iov1[2] = { ping, 8 }, iov2[2] = { pong, 2 };
	uint64_t m[16];

	memset(m, 0, sizeof(m));
	m[2] = put(iov1, sizeof(iov1));
	m[3] = 1;
	m[7] = 4;
	m[8 + 2] = put(iov2, sizeof(iov2));
	m[8 + 3] = 1;
	m[8 + 6] = 0x20;	/* MSG_TRUNC */
	m[8 + 7] = 2;
	return put(m, sizeof(m));
}

#define MSG1 "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=" \
	"\"ping\", iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}"
#define MSG2 "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=" \
	"\"po\", iov_len=2}], msg_iovlen=1, msg_controllen=0, " \
	"msg_flags=MSG_TRUNC}"

static uint64_t mm_ts;

static void time_passes(void)
{
	int64_t left[2] = { 4, 999991407 };

	memcpy(fake_mem + (mm_ts - FAKE_BASE), left, sizeof(left));
}

TEST(mmsg)
{
	uint64_t m = put_mmsgs();
	int64_t ts[2] = { 5, 0 };
	uint64_t a[6] = { 4, m, 3, 0x40, 0, 0 };

	(void)state;
	mm_ts = put(ts, sizeof(ts));
	a[4] = mm_ts;
	S(line_changed(SYS_recvmmsg, 2, a, time_passes),
	  "recvmmsg(4, [" MSG1 ", msg_len=4}, " MSG2 ", msg_len=2}], 3, "
	  "MSG_DONTWAIT, {tv_sec=5, tv_nsec=0}) = 2 (left {tv_sec=4, "
	  "tv_nsec=999991407})");
	S(L(SYS_recvmmsg, 0, 4, m, 0, 0, 0, 0),
	  "recvmmsg(4, [], 0, 0, NULL) = 0 (Timeout)");
	S(L(SYS_recvmmsg, -EFAULT, 4, m, 2, 0, 1, 0),
	  "recvmmsg(4, 0x7ffd0030, 2, 0, 0x1) = -1 EFAULT (Bad address)");
	S(L(SYS_sendmmsg, 1, 3, m, 2, 0, 0, 0),
	  "sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, "
	  "msg_iov=[{iov_base=\"ping\\0\\0\\0\\0\", iov_len=8}], "
	  "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=4}, "
	  "{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"po\", "
	  "iov_len=2}], msg_iovlen=1, msg_controllen=0, "
	  "msg_flags=MSG_TRUNC}}], 2, 0) = 1");
	S(L(SYS_sendmmsg, -EFAULT, 3, 1, 1, 0, 0, 0),
	  "sendmmsg(3, 0x1, 1, 0) = -1 EFAULT (Bad address)");
}

TEST(process_vm)
{
	uint64_t buf = put("vmdata!", 8), lv[2] = { buf, 8 };
	uint64_t rv[2] = { 0x7ffc666ae190ull, 8 };
	uint64_t l = put(lv, sizeof(lv)), r = put(rv, sizeof(rv));

	(void)state;
	S(L(SYS_process_vm_readv, 8, 42, l, 1, r, 1, 0),
	  "process_vm_readv(42, [{iov_base=\"vmdata!\\0\", iov_len=8}], 1, "
	  "[{iov_base=0x7ffc666ae190, iov_len=8}], 1, 0) = 8");
	S(L(SYS_process_vm_readv, -EFAULT, 42, l, 1, 1, 1, 0),
	  "process_vm_readv(42, [{iov_base=" A0 ", iov_len=8}], 1, 0x1, 1, "
	  "0) = -1 EFAULT (Bad address)");
	S(L(SYS_process_vm_writev, -EFAULT, 42, 1, 1, r, 1, 0),
	  "process_vm_writev(42, 0x1, 1, [{iov_base=0x7ffc666ae190, "
	  "iov_len=8}], 1, 0) = -1 EFAULT (Bad address)");
}

TEST(kcmp)
{
	uint32_t slot[3] = { 1003, 23355759, 812004155 };
	uint64_t s = put(slot, sizeof(slot));

	(void)state;
	S(L(SYS_kcmp, 2, 42, 42, 0, 0, 1, 0),
	  "kcmp(42, 42, KCMP_FILE, 0, 1) = 2");
	S(L(SYS_kcmp, 0, 42, 42, 1, 0, 0, 0), "kcmp(42, 42, KCMP_VM) = 0");
	S(L(SYS_kcmp, -EPERM, 1, 2, 7, 3, s, 0),
	  "kcmp(1, 2, KCMP_EPOLL_TFD, 3, {efd=1003, tfd=23355759, "
	  "toff=812004155}) = -1 EPERM (Operation not permitted)");
	S(L(SYS_kcmp, -EPERM, 1, 2, 7, 1, 1, 0),
	  "kcmp(1, 2, KCMP_EPOLL_TFD, 1, 0x1) = -1 EPERM "
	  "(Operation not permitted)");
	S(L(SYS_kcmp, -EPERM, 1, 2, 99, 10, 20, 0),
	  "kcmp(1, 2, 0x63 /* KCMP_??? */, 0xa, 0x14) = -1 EPERM "
	  "(Operation not permitted)");
	S(L(SYS_kcmp, -EPERM, 1, 2, 0, (uint32_t)-1, 20, 0),
	  "kcmp(1, 2, KCMP_FILE, -1, 20) = -1 EPERM "
	  "(Operation not permitted)");
}

TEST(sigqueue)
{
	siginfo_t si;
	uint64_t p;

	(void)state;
	memset(&si, 0, sizeof(si));
	p = put(&si, sizeof(si));
	S(L(SYS_rt_sigqueueinfo, 0, 42, 0, p, 0, 0, 0),
	  "rt_sigqueueinfo(42, 0, {}) = 0");
	si.si_signo = SIGUSR1;
	si.si_code = -1;	/* SI_QUEUE */
	si.si_pid = 42;
	si.si_value.sival_int = 42;
	p = put(&si, sizeof(si));
	S(L(SYS_rt_tgsigqueueinfo, 0, 42, 42, SIGUSR1, p, 0, 0),
	  "rt_tgsigqueueinfo(42, 42, SIGUSR1, {si_signo=SIGUSR1, "
	  "si_code=SI_QUEUE, si_pid=42, si_uid=0, si_int=42, si_ptr=0x2a}) "
	  "= 0");
	S(L(SYS_rt_sigqueueinfo, -EFAULT, 42, SIGUSR1, 1, 0, 0, 0),
	  "rt_sigqueueinfo(42, SIGUSR1, 0x1) = -1 EFAULT (Bad address)");
}

static uint64_t sa_addr;

static void kernel_writes_size(void)
{
	uint32_t size = 56;

	memcpy(fake_mem + (sa_addr - FAKE_BASE), &size, sizeof(size));
}

TEST(sched)
{
	uint32_t attr[64] = { 200 };
	int64_t ts[2] = { 0, 100000000 };
	uint64_t a[6] = { 0, 0, 0, 0, 0, 0 }, t = put(ts, sizeof(ts));

	(void)state;
	sa_addr = put(attr, sizeof(attr));
	a[1] = sa_addr;
	S(line_changed(SYS_sched_setattr, -E2BIG, a, kernel_writes_size),
	  "sched_setattr(0, {size=200, sched_policy=SCHED_OTHER, "
	  "sched_flags=0, sched_nice=0, sched_priority=0, sched_runtime=0, "
	  "sched_deadline=0, sched_period=0, sched_util_min=0, "
	  "sched_util_max=0, ...} => {size=56}, 0) = -1 E2BIG "
	  "(Argument list too long)");
	S(L(SYS_sched_setattr, -EINVAL, -1, 0, 5, 0, 0, 0),
	  "sched_setattr(-1, NULL, 5) = -1 EINVAL (Invalid argument)");
	S(L(SYS_sched_rr_get_interval, 0, 0, t, 0, 0, 0, 0),
	  "sched_rr_get_interval(0, {tv_sec=0, tv_nsec=100000000}) = 0");
	S(L(SYS_syncfs, -EBADF, -1, 0, 0, 0, 0, 0),
	  "syncfs(-1) = -1 EBADF (Bad file descriptor)");
}

#define T(name) cmocka_unit_test_setup(test_##name, fake_test_reset)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(time), T(adjtimex), T(clock_settime), T(ioprio),
		T(io_submit), T(io_submit_kinds), T(io_events), T(mq),
		T(keys), T(keyctl), T(mmsg), T(process_vm), T(kcmp),
		T(sigqueue), T(sched),
	};

	return cmocka_run_group_tests(tests, fake_group_utc,
				      fake_group_teardown);
}
