// SPDX-License-Identifier: MIT
/*
 * decode_ipc - the structures and constants of the calls in the ipc part
 * of the table (decode_table_ipc.c): sendmmsg/recvmmsg vectors, kcmp,
 * I/O priorities, struct timex, time(2) and sched_setattr.  Native AIO
 * is in decode_aio.c, keys in decode_ipc_keys.c.  Output follows strace
 * 6.1 on x86_64.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <sys/timex.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"
#include "decode_extra.h"
#include "decode_ipc.h"

const struct xlat dipc_ioprio_who[] = {
	{ 1, "IOPRIO_WHO_PROCESS" },
	{ 2, "IOPRIO_WHO_PGRP" },
	{ 3, "IOPRIO_WHO_USER" },
	XLAT_END
};

static const struct xlat ioprio_classes[] = {
	{ 0, "IOPRIO_CLASS_NONE" },
	{ 1, "IOPRIO_CLASS_RT" },
	{ 2, "IOPRIO_CLASS_BE" },
	{ 3, "IOPRIO_CLASS_IDLE" },
	XLAT_END
};

#define DIOPRIO_CLASS_SHIFT 13
#define DIOPRIO_DATA_MASK ((1u << DIOPRIO_CLASS_SHIFT) - 1)

const struct xlat dipc_kcmp_types[] = {
	{ 0, "KCMP_FILE" },
	{ 1, "KCMP_VM" },
	{ 2, "KCMP_FILES" },
	{ 3, "KCMP_FS" },
	{ 4, "KCMP_SIGHAND" },
	{ 5, "KCMP_IO" },
	{ 6, "KCMP_SYSVSEM" },
	{ 7, "KCMP_EPOLL_TFD" },
	XLAT_END
};

#define DKCMP_FILE 0
#define DKCMP_EPOLL_TFD 7

/* The masks before the single bits they contain (see xlat.h). */
static const struct xlat adjtimex_modes[] = {
	{ 0xa001, "ADJ_OFFSET_SS_READ" },
	{ 0x8001, "ADJ_OFFSET_SINGLESHOT" },
	{ 0x0001, "ADJ_OFFSET" },
	{ 0x0002, "ADJ_FREQUENCY" },
	{ 0x0004, "ADJ_MAXERROR" },
	{ 0x0008, "ADJ_ESTERROR" },
	{ 0x0010, "ADJ_STATUS" },
	{ 0x0020, "ADJ_TIMECONST" },
	{ 0x0080, "ADJ_TAI" },
	{ 0x0100, "ADJ_SETOFFSET" },
	{ 0x1000, "ADJ_MICRO" },
	{ 0x2000, "ADJ_NANO" },
	{ 0x4000, "ADJ_TICK" },
	XLAT_END
};

static const struct xlat adjtimex_status[] = {
	{ 0x0001, "STA_PLL" },
	{ 0x0002, "STA_PPSFREQ" },
	{ 0x0004, "STA_PPSTIME" },
	{ 0x0008, "STA_FLL" },
	{ 0x0010, "STA_INS" },
	{ 0x0020, "STA_DEL" },
	{ 0x0040, "STA_UNSYNC" },
	{ 0x0080, "STA_FREQHOLD" },
	{ 0x0100, "STA_PPSSIGNAL" },
	{ 0x0200, "STA_PPSJITTER" },
	{ 0x0400, "STA_PPSWANDER" },
	{ 0x0800, "STA_PPSERROR" },
	{ 0x1000, "STA_CLOCKERR" },
	{ 0x2000, "STA_NANO" },
	{ 0x4000, "STA_MODE" },
	{ 0x8000, "STA_CLK" },
	XLAT_END
};

static const struct xlat adjtimex_states[] = {
	{ 0, "TIME_OK" },
	{ 1, "TIME_INS" },
	{ 2, "TIME_DEL" },
	{ 3, "TIME_OOP" },
	{ 4, "TIME_WAIT" },
	{ 5, "TIME_ERROR" },
	XLAT_END
};

static enum decode_xstyle xstyle(const struct dctx *d)
{
	return d->o ? d->o->xstyle : DECODE_X_ABBREV;
}

void dipc_dec_enum(struct dctx *d, int64_t v, const struct xlat *tab,
		   const char *unknown)
{
	const char *name = xlat_name(tab, (uint64_t)v);
	enum decode_xstyle xs = xstyle(d);

	if (name && xs == DECODE_X_ABBREV) {
		strbuf_puts(d->out, name);
		return;
	}
	dput_int(d, v);
	if (name && xs == DECODE_X_VERBOSE)
		strbuf_printf(d->out, " /* %s */", name);
	else if (!name && unknown)
		strbuf_printf(d->out, " /* %s */", unknown);
}

/* "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)": the class in the top bits. */
static void put_ioprio_names(struct dctx *d, uint32_t v)
{
	strbuf_puts(d->out, "IOPRIO_PRIO_VALUE(");
	dput_enum(d, v >> DIOPRIO_CLASS_SHIFT, ioprio_classes,
		  "IOPRIO_CLASS_???");
	strbuf_printf(d->out, ", %u)", v & DIOPRIO_DATA_MASK);
}

void dipc_put_ioprio(struct dctx *d, uint32_t v)
{
	if (xstyle(d) == DECODE_X_ABBREV) {
		put_ioprio_names(d, v);
		return;
	}
	dput_uint(d, v);
	if (xstyle(d) == DECODE_X_VERBOSE) {
		strbuf_puts(d->out, " /* ");
		put_ioprio_names(d, v);
		strbuf_puts(d->out, " */");
	}
}

void dipc_ioprio(struct dctx *d, int i)
{
	dipc_put_ioprio(d, (uint32_t)d->c->args[i]);
}

/* ioprio_get: "16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))", the
 * number alone with -X raw. */
void dipc_ioprio_ret(struct dctx *d)
{
	dput_int(d, d->c->ret);
	if (xstyle(d) == DECODE_X_RAW)
		return;
	strbuf_puts(d->out, " (");
	put_ioprio_names(d, (uint32_t)d->c->ret);
	strbuf_putc(d->out, ')');
}

/* struct mmsghdr: a struct msghdr (56 bytes), then msg_len. */
#define DMMSG_SIZE 64u
#define DMMSG_LEN_OFF 56u

/* How a vector of struct mmsghdr shows. */
struct mmsg_show {
	uint64_t with_len;	/* the first ones show their msg_len */
	int recv;		/* data: at most msg_len bytes */
};

/* "{msg_hdr={...}, msg_len=4}" */
static void put_mmsg(struct dctx *d, uint64_t k, uint64_t at,
		     const void *elem, const void *arg)
{
	const struct mmsg_show *how = arg;
	uint32_t len;

	memcpy(&len, (const char *)elem + DMMSG_LEN_OFF, sizeof(len));
	strbuf_puts(d->out, "{msg_hdr=");
	dput_msghdr(d, at, how->recv ? (int64_t)len : -1, -1);
	if (k < how->with_len)
		strbuf_printf(d->out, ", msg_len=%u", len);
	strbuf_putc(d->out, '}');
}

static void put_mmsgs(struct dctx *d, uint64_t addr, uint64_t n,
		      uint64_t with_len, int recv)
{
	struct mmsg_show how = { with_len, recv };

	dstruct_array(d, addr, n, DMMSG_SIZE, 0, put_mmsg, &how);
}

/* sendmmsg, at exit: every message, msg_len for those sent. */
void dipc_mmsg_send(struct dctx *d, int i)
{
	uint64_t sent = dutil_failed(d) ? 0 : (uint64_t)d->c->ret;

	put_mmsgs(d, d->c->args[i], (uint32_t)d->c->args[i + 1], sent, 0);
}

/* recvmmsg, at exit (success): the messages received. */
void dipc_mmsg_recv(struct dctx *d, int i)
{
	uint64_t n = (uint64_t)d->c->ret;

	put_mmsgs(d, d->c->args[i], n, n, 1);
}

/* recvmmsg's timeout is printed at exit as it was at entry: the kernel
 * writes the time left into it. */
void dipc_mmsg_note(struct dctx *d)
{
	int64_t ts[2];

	if (d->c->args[4] && !dmem_read(d, d->c->args[4], ts, sizeof(ts))) {
		dmemo_put(d->c, 0, ts[0]);
		dmemo_put(d->c, 1, ts[1]);
	}
}

void dipc_mmsg_timeout(struct dctx *d, int i)
{
	int64_t sec, nsec;

	if (dmemo_get(d->c, 0, &sec) && dmemo_get(d->c, 1, &nsec))
		strbuf_printf(d->out, "{tv_sec=%" PRId64 ", tv_nsec=%"
			      PRId64 "}", sec, nsec);
	else
		dput_timespec(d, d->c->args[i]);
}

/* "2 (left {tv_sec=4, tv_nsec=999991407})", or "0 (Timeout)". */
void dipc_recvmmsg_ret(struct dctx *d)
{
	dput_int(d, d->c->ret);
	if (!d->c->ret) {
		strbuf_puts(d->out, " (Timeout)");
	} else if (d->c->args[4]) {
		strbuf_puts(d->out, " (left ");
		dput_timespec(d, d->c->args[4]);
		strbuf_putc(d->out, ')');
	}
}

/* The other process's vector: its addresses, never its data. */
void dipc_iov_addrs(struct dctx *d, int i)
{
	dfile_iov_addrs(d, d->c->args[i], d->c->args[i + 1]);
}

static int kcmp_known(uint32_t type)
{
	return xlat_name(dipc_kcmp_types, type) != NULL;
}

/* The indexes show for KCMP_FILE, KCMP_EPOLL_TFD and unknown types. */
int dipc_kcmp_shown(const struct dctx *d)
{
	uint32_t type = (uint32_t)d->c->args[2];

	return type == DKCMP_FILE || type == DKCMP_EPOLL_TFD ||
	       !kcmp_known(type) ? 5 : 3;
}

/* A file descriptor, or a raw value for an unknown type. */
void dipc_kcmp_idx1(struct dctx *d, int i)
{
	if (kcmp_known((uint32_t)d->c->args[2]))
		dput_fd(d, (int32_t)d->c->args[i]);
	else
		dput_hex(d, d->c->args[i]);
}

/* KCMP_EPOLL_TFD: "{efd=3, tfd=4, toff=0}". */
void dipc_kcmp_idx2(struct dctx *d, int i)
{
	uint32_t type = (uint32_t)d->c->args[2], slot[3];

	if (type == DKCMP_FILE) {
		dput_fd(d, (int32_t)d->c->args[i]);
	} else if (type != DKCMP_EPOLL_TFD) {
		dput_hex(d, d->c->args[i]);
	} else if (!dmem_read_or_ptr(d, d->c->args[i], slot, sizeof(slot))) {
		strbuf_printf(d->out, "{efd=%u, tfd=%u, toff=%u}", slot[0],
			      slot[1], slot[2]);
	}
}

/* adjtimex, clock_adjtime: struct timex, as the kernel left it. */
void dipc_timex(struct dctx *d, int i)
{
	struct timex tx;

	if (dmem_read_or_ptr(d, d->c->args[i], &tx, sizeof(tx)))
		return;
	strbuf_puts(d->out, "{modes=");
	dput_flags(d, tx.modes, adjtimex_modes);
	strbuf_printf(d->out, ", offset=%ld, freq=%ld, maxerror=%ld"
		      ", esterror=%ld, status=", tx.offset, tx.freq,
		      tx.maxerror, tx.esterror);
	dput_flags(d, (uint32_t)tx.status, adjtimex_status);
	strbuf_printf(d->out, ", constant=%ld, precision=%ld, tolerance=%ld"
		      ", time={tv_sec=%ld, tv_usec=%ld}, tick=%ld"
		      ", ppsfreq=%ld, jitter=%ld, shift=%d, stabil=%ld"
		      ", jitcnt=%ld, calcnt=%ld, errcnt=%ld, stbcnt=%ld"
		      ", tai=%d}", tx.constant, tx.precision, tx.tolerance,
		      (long)tx.time.tv_sec, (long)tx.time.tv_usec, tx.tick,
		      tx.ppsfreq, tx.jitter, tx.shift, tx.stabil, tx.jitcnt,
		      tx.calcnt, tx.errcnt, tx.stbcnt, tx.tai);
}

/* The clock state: "5 (TIME_ERROR)". */
void dipc_timex_ret(struct dctx *d)
{
	const char *name = xlat_name(adjtimex_states, (uint64_t)d->c->ret);

	dput_int(d, d->c->ret);
	if (name)
		strbuf_printf(d->out, " (%s)", name);
}

/* time(2)'s result: "[1700000000 /" "* 2023-11-14T22:13:20+0000 *" "/]". */
void dipc_time_out(struct dctx *d, int i)
{
	char date[80];
	int64_t t;

	if (dmem_read_or_ptr(d, d->c->args[i], &t, sizeof(t)))
		return;
	strbuf_printf(d->out, "[%" PRId64, t);
	if (dx_format_date(date, sizeof(date), t, 0, 0))
		strbuf_printf(d->out, " /* %s */", date);
	strbuf_putc(d->out, ']');
}

/* "1700000000 (2023-11-14T22:13:20+0000)". */
void dipc_time_ret(struct dctx *d)
{
	char date[80];

	dput_int(d, d->c->ret);
	if (dx_format_date(date, sizeof(date), d->c->ret, 0, 0))
		strbuf_printf(d->out, " (%s)", date);
}

/*
 * sched_setattr(pid, attr, flags): the attributes as they were at entry;
 * with E2BIG the size the kernel wrote back follows them at exit.
 */
void dipc_sched_setattr(struct dctx *d)
{
	if (!d->exiting) {
		dput_int(d, (int32_t)d->c->args[0]);
		dput_sep(d);
		dput_sched_attr(d, d->c->args[1], 0);
		return;
	}
	if (d->c->ret == -E2BIG)
		dput_sched_attr_e2big(d, d->c->args[1]);
	dput_sep(d);
	dput_uint(d, (uint32_t)d->c->args[2]);
}
