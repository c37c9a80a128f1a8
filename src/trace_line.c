// SPDX-License-Identifier: MIT
/*
 * trace_line - the pieces of a strace line: the leader (pid column or
 * "[pid N] ", timestamps), the padding before "= ", the duration, and
 * writing to a stream that may hold one unfinished line.
 */
#include <inttypes.h>
#include <time.h>

#include "syscalls.h"
#include "trace_priv.h"

#define NS_PER_SEC ((uint64_t)1000000000)

/* -t, -tt, -ttt: wall-clock time of the stop. */
static void put_tstamp(struct strbuf *sb, int mode, uint64_t ts_ns)
{
	time_t sec = (time_t)(ts_ns / NS_PER_SEC);
	unsigned long usec = (unsigned long)(ts_ns % NS_PER_SEC / 1000);
	struct tm tm;

	if (mode >= 3) {
		strbuf_printf(sb, "%lld.%06lu ", (long long)sec, usec);
		return;
	}
	localtime_r(&sec, &tm);
	strbuf_printf(sb, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min,
		      tm.tm_sec);
	if (mode == 2)
		strbuf_printf(sb, ".%06lu", usec);
	strbuf_putc(sb, ' ');
}

/* -r: time since the previous line, "(+ ...) " after an absolute one. */
static void put_relative(struct trace_printer *tp, struct strbuf *sb,
			 uint64_t mono_ns)
{
	uint64_t d = 0;

	if (tp->have_last && mono_ns > tp->last_mono_ns)
		d = mono_ns - tp->last_mono_ns;
	tp->last_mono_ns = mono_ns;
	tp->have_last = 1;
	strbuf_printf(sb, tp->o.tstamp ? "(+%6" PRIu64 ".%06" PRIu64 ") " :
		      "%6" PRIu64 ".%06" PRIu64 " ",
		      d / NS_PER_SEC, d % NS_PER_SEC / 1000);
}

/* "%-5d " (the pid column) or "[pid %5d] ", without printf. */
static void put_pid(struct strbuf *sb, pid_t pid, int column)
{
	size_t digits = pid < 0 ? 2 : 1;
	long v;

	for (v = pid < 0 ? -(long)pid : pid; v >= 10; v /= 10)
		digits++;
	if (column) {
		strbuf_put_int(sb, pid);
		strbuf_pad(sb, ' ', digits < 5 ? 6 - digits : 1);
		return;
	}
	strbuf_puts(sb, "[pid ");
	if (digits < 5)
		strbuf_pad(sb, ' ', 5 - digits);
	strbuf_put_int(sb, pid);
	strbuf_puts(sb, "] ");
}

/*
 * The start of every line: "1234  " (pid column) or "[pid  1234] "
 * once several threads are traced (never with -ff: one file each),
 * then the timestamps, then --instruction-pointer's "[00007f...] "
 * ("[????????????????] " when the event has none: exits).  Nothing
 * with --json: the object has its own fields.
 */
void trace_prefix(struct trace_printer *tp, struct strbuf *sb,
		  const struct trace_thread *th,
		  const struct engine_event *ev)
{
	if (tp->o.json)
		return;
	if (tp->o.ff_prefix)
		;
	else if (tp->o.pidmode == TRACE_PID_COLUMN)
		put_pid(sb, th->tid, 1);
	else if (tp->nthreads > 1)
		put_pid(sb, th->tid, 0);
	if (tp->o.tstamp)
		put_tstamp(sb, tp->o.tstamp, ev->ts_ns);
	if (tp->o.relative)
		put_relative(tp, sb, ev->mono_ns);
	if (tp->o.iflag && ev->ip)
		strbuf_printf(sb, "[%016" PRIx64 "] ", ev->ip);
	else if (tp->o.iflag)
		strbuf_puts(sb, "[????????????????] ");
}

/* Spaces so that "= " starts at --columns, or one when past it. */
void trace_pad(const struct trace_printer *tp, struct strbuf *sb,
	       size_t col)
{
	size_t want = tp->o.columns > 0 ? (size_t)tp->o.columns : 0;

	strbuf_pad(sb, ' ', col < want ? want - col : 1);
}

void trace_put_name(struct strbuf *sb, long nr)
{
	const char *name = syscalls_name(nr);

	if (name)
		strbuf_puts(sb, name);
	else
		strbuf_printf(sb, "syscall_%#lx", (unsigned long)nr);
}

/* -T: " <0.000012>". */
void trace_put_duration(struct strbuf *sb, uint64_t ns)
{
	strbuf_printf(sb, " <%" PRIu64 ".%06" PRIu64 ">", ns / NS_PER_SEC,
		      ns % NS_PER_SEC / 1000);
}

/*
 * Write @sb on @st for thread @th: a whole line when @ends_line, else
 * the start of a line that stays open (flushed at once on a terminal,
 * so that a blocking call shows while it blocks).
 */
void trace_stream_write(struct trace_stream *st, struct trace_thread *th,
			const struct strbuf *sb, int ends_line)
{
	if (sb->len)
		fwrite(sb->buf, 1, sb->len, st->fp);
	if (ends_line) {
		st->open = NULL;
		st->col = 0;
		return;
	}
	if (st->open != th)
		st->col = 0;
	st->open = th;
	st->col += sb->len;
	if (st->tty)
		fflush(st->fp);
}

/* Close the open line, if any, for another line to start. */
void trace_stream_interrupt(struct trace_stream *st)
{
	if (!st->open)
		return;
	fputs(" <unfinished ...>\n", st->fp);
	st->open = NULL;
	st->col = 0;
}
