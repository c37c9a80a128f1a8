// SPDX-License-Identifier: MIT
/*
 * trace_json - --json: one JSON object a line (see include/trace.h).
 *
 * A call is decoded exactly as for strace's line, held until its exit,
 * and its text converted by json_from_strace_args(): the decoder stays
 * the only place that knows how to show an argument, and --json
 * follows every improvement of it (and -v, -x, -y, -X, --string-limit).
 */
#include <inttypes.h>
#include <string.h>
#include <time.h>

#include "arch.h"
#include "json.h"
#include "names.h"
#include "trace_priv.h"

/* The kernel's restart codes: strace's "= ? ERESTARTSYS (...)". */
static int is_restart(int64_t err)
{
	return err == 512 || err == 513 || err == 514 || err == 516;
}

/* {"pid":1,"tid":1,"ts":"1700000000123456789" */
static void put_head(struct strbuf *sb, const struct trace_thread *th,
		     uint64_t ts_ns)
{
	strbuf_printf(sb, "{\"pid\":%d,\"tid\":%d,\"ts\":\"%" PRIu64 "\"",
		      (int)(th->pid > 0 ? th->pid : th->tid), (int)th->tid,
		      ts_ns);
}

static void put_sig(struct strbuf *sb, int sig)
{
	const char *name = names_signal(sig);

	if (name)
		json_put_cstr(sb, name);
	else
		strbuf_printf(sb, "%d", sig);
}

/* "ret" and "err": -1 and "ENOENT", null and "ERESTARTSYS", 3 and null. */
static void put_ret(struct strbuf *sb, const struct engine_event *ev)
{
	int64_t ret = ev->ret;
	const char *name;

	if (!arch_ret_is_error(ret) || (ev->tamper & ENGINE_TAMPER_RETVAL)) {
		strbuf_puts(sb, ",\"ret\":");
		json_put_int(sb, ret);
		strbuf_puts(sb, ",\"err\":null");
		return;
	}
	strbuf_puts(sb, is_restart(-ret) ? ",\"ret\":null" : ",\"ret\":-1");
	strbuf_puts(sb, ",\"err\":");
	name = names_errno((int)-ret);
	if (name)
		json_put_cstr(sb, name);
	else
		strbuf_printf(sb, "\"%" PRId64 "\"", -ret);
}

void trace_json_call(struct trace_printer *tp, struct trace_thread *th,
		     const struct engine_event *ev, int vanished)
{
	struct strbuf *sb = &tp->sb;
	const char *text = strbuf_str(&th->line);
	const char *open = strchr(text, '(');
	size_t len = th->line.len;

	strbuf_reset(sb);
	put_head(sb, th, th->entry_ts_ns);
	strbuf_puts(sb, ",\"syscall\":");
	if (open) {
		json_put_str(sb, text, (size_t)(open - text));
		text = open + 1;
		len -= (size_t)(text - th->line.buf);
		/* The closing parenthesis, when the exit half was seen. */
		if (len && text[len - 1] == ')')
			len--;
	} else {
		json_put_cstr(sb, "?");
	}
	strbuf_puts(sb, ",\"args\":");
	json_from_strace_args(sb, text, len);
	if (vanished) {
		strbuf_puts(sb, ",\"ret\":null,\"err\":null,\"dur_ns\":null");
	} else {
		put_ret(sb, ev);
		strbuf_printf(sb, ",\"dur_ns\":%" PRIu64,
			      ev->mono_ns >= th->entry_mono_ns ?
			      ev->mono_ns - th->entry_mono_ns : 0);
		if (ev->tamper & ENGINE_TAMPER_INJECTED)
			strbuf_puts(sb, ",\"injected\":true");
		if (ev->tamper & ENGINE_TAMPER_DELAYED)
			strbuf_puts(sb, ",\"delayed\":true");
	}
	if (vanished == 2)
		strbuf_puts(sb, ",\"detached\":true");
	/* --instruction-pointer: where the call was made, as a string
	 * (64 bits do not fit a JSON number's double). */
	if (tp->o.iflag && ev && ev->ip)
		strbuf_printf(sb, ",\"ip\":\"%#" PRIx64 "\"", ev->ip);
	strbuf_puts(sb, "}\n");
	trace_stream_write(th->st, th, sb, 1);
}

void trace_json_event(struct trace_printer *tp, struct trace_thread *th,
		      const struct engine_event *ev)
{
	struct strbuf *sb = &tp->sb, info = STRBUF_INIT;

	if (ev->pid > 0)
		th->pid = ev->pid;
	strbuf_reset(sb);
	put_head(sb, th, ev->ts_ns);
	switch (ev->kind) {
	case ENGINE_EV_SIGNAL:
		strbuf_puts(sb, ",\"event\":\"signal\",\"sig\":");
		put_sig(sb, ev->sig);
		decode_siginfo(&info, &ev->siginfo, &tp->o.dopts);
		strbuf_puts(sb, ",\"siginfo\":");
		json_from_strace(sb, strbuf_str(&info), info.len);
		break;
	case ENGINE_EV_GROUP_STOP:
		strbuf_puts(sb, ",\"event\":\"stopped\",\"sig\":");
		put_sig(sb, ev->sig);
		break;
	case ENGINE_EV_EXITED:
		strbuf_printf(sb, ",\"event\":\"exited\",\"status\":%d",
			      ev->status);
		break;
	case ENGINE_EV_KILLED:
		strbuf_puts(sb, ",\"event\":\"killed\",\"sig\":");
		put_sig(sb, ev->sig);
		strbuf_puts(sb, ev->core ? ",\"core\":true" : ",\"core\":false");
		break;
	case ENGINE_EV_EXEC:
		/* strace's "+++ superseded by execve in pid OLD +++" */
		strbuf_printf(sb, ",\"event\":\"superseded\",\"exec_tid\":%d",
			      (int)ev->old_tid);
		break;
	default:
		strbuf_release(&info);
		return;
	}
	strbuf_puts(sb, "}\n");
	trace_stream_write(th->st, th, sb, 1);
	strbuf_release(&info);
}

void trace_json_notice(struct trace_printer *tp, struct trace_stream *st,
		       pid_t tid, const char *what, int nthreads)
{
	struct strbuf *sb = &tp->sb;
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	strbuf_reset(sb);
	strbuf_printf(sb, "{\"pid\":%d,\"tid\":%d,\"ts\":\"%" PRIu64
		      "\",\"event\":\"%s\"", (int)tid, (int)tid,
		      (uint64_t)now.tv_sec * 1000000000u +
		      (uint64_t)now.tv_nsec, what);
	if (nthreads > 1)
		strbuf_printf(sb, ",\"threads\":%d", nthreads);
	strbuf_puts(sb, "}\n");
	trace_stream_interrupt(st);
	trace_stream_write(st, st->open, sb, 1);
}
