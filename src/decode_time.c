// SPDX-License-Identifier: MIT
/*
 * decode_time - timers and waits as strace 6.1 prints them on x86_64:
 * struct itimerspec (timerfd_*, timer_*), struct itimerval (setitimer,
 * getitimer), struct sigevent (timer_create), struct tms (times), the
 * remaining time of an interrupted sleep, and the siginfo that waitid
 * and rt_sigtimedwait fill.
 */
#include <inttypes.h>
#include <signal.h>
#include <string.h>

#include "decode_priv.h"
#include "decode_structs.h"
#include "decode_util.h"

#define DEINTR		4
#define DERESTARTSYS	512
#define DERESTART_BLOCK	516
#define DSIGEV_SIGNAL	0
#define DSIGEV_THREAD	2
#define DSIGEV_THREAD_ID 4

/* Two timespecs or two timevals in a row: interval first. */
static void put_itimer(struct dctx *d, uint64_t addr, const char *sub)
{
	int64_t t[4];

	if (dmem_read_or_ptr(d, addr, t, sizeof(t)))
		return;
	strbuf_printf(d->out, "{it_interval={tv_sec=%" PRId64 ", %s=%" PRId64
		      "}, it_value={tv_sec=%" PRId64 ", %s=%" PRId64 "}}",
		      t[0], sub, t[1], t[2], sub, t[3]);
}

void dput_itimerspec(struct dctx *d, uint64_t addr)
{
	put_itimer(d, addr, "tv_nsec");
}

void dput_itimerval(struct dctx *d, uint64_t addr)
{
	put_itimer(d, addr, "tv_usec");
}

void dtime_itimerspec(struct dctx *d, int i)
{
	dput_itimerspec(d, d->c->args[i]);
}

void dtime_itimerval(struct dctx *d, int i)
{
	dput_itimerval(d, d->c->args[i]);
}

/* struct sigevent on x86_64: value, signo, notify, then the union. */
struct dksigevent {
	uint64_t value;
	int32_t signo;
	int32_t notify;
	union {
		int32_t tid;
		struct {
			uint64_t function;
			uint64_t attribute;
		} thread;
	} un;
};

void dtime_sigevent(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	struct dksigevent ev;

	if (dmem_read_or_ptr(d, addr, &ev, sizeof(ev)))
		return;
	strbuf_putc(d->out, '{');
	if (ev.value)
		strbuf_printf(d->out, "sigev_value={sival_int=%d, sival_ptr=%#"
			      PRIx64 "}, ", (int32_t)ev.value, ev.value);
	strbuf_puts(d->out, "sigev_signo=");
	if (ev.notify == DSIGEV_SIGNAL || ev.notify == DSIGEV_THREAD_ID)
		dput_signal(d, ev.signo);
	else
		dput_int(d, ev.signo);
	strbuf_puts(d->out, ", sigev_notify=");
	dput_enum(d, (uint32_t)ev.notify, xlat_sigev_notify, "SIGEV_???");
	if (ev.notify == DSIGEV_THREAD_ID)
		strbuf_printf(d->out, ", sigev_notify_thread_id=%d",
			      ev.un.tid);
	else if (ev.notify == DSIGEV_THREAD)
		strbuf_printf(d->out, ", sigev_notify_function=%#" PRIx64
			      ", sigev_notify_attributes=%#" PRIx64,
			      ev.un.thread.function, ev.un.thread.attribute);
	strbuf_putc(d->out, '}');
}

/* The time left, shown only when the sleep was interrupted. */
void dtime_rem(struct dctx *d, int i)
{
	/* (ret may be any value: INT64_MIN has no negation) */
	int64_t err = d->c->ret < 0 && d->c->ret >= -4095 ? -d->c->ret : 0;

	if (err == DEINTR || (err >= DERESTARTSYS && err <= DERESTART_BLOCK))
		dput_timespec(d, d->c->args[i]);
	else
		dput_ptr(d, d->c->args[i]);
}

void dtime_tms(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	int64_t t[4];

	if (dmem_read_or_ptr(d, addr, t, sizeof(t)))
		return;
	strbuf_printf(d->out, "{tms_utime=%" PRId64 ", tms_stime=%" PRId64
		      ", tms_cutime=%" PRId64 ", tms_cstime=%" PRId64 "}",
		      t[0], t[1], t[2], t[3]);
}

/* A siginfo_t the kernel filled: "{}" when it left it empty (waitid
 * with WNOHANG and no child to report). */
void dtime_siginfo(struct dctx *d, int i)
{
	uint64_t addr = d->c->args[i];
	siginfo_t si;

	if (dmem_read_or_ptr(d, addr, &si, sizeof(si)))
		return;
	if (!si.si_signo) {
		strbuf_puts(d->out, "{}");
		return;
	}
	decode_siginfo(d->out, &si, d->o);
}

static void put_signal_name(struct dctx *d, uint64_t sig)
{
	dput_signal(d, (int64_t)sig);
}

/* rt_sigtimedwait returns a signal: "12 (SIGUSR2)", named in any -X. */
void dtime_signal_ret(struct dctx *d)
{
	dput_int(d, d->c->ret);
	if (d->c->ret > 0) {
		strbuf_puts(d->out, " (");
		dput_abbrev(d, (uint64_t)d->c->ret, put_signal_name);
		strbuf_putc(d->out, ')');
	}
}

/* signalfd4(fd, mask, sizemask, flags): the mask's size follows it. */
void dtime_signalfd_mask(struct dctx *d, int i)
{
	dput_sigset(d, d->c->args[i], d->c->args[i + 1]);
}
