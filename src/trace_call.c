// SPDX-License-Identifier: MIT
/*
 * trace_call - one system call's line: the entry half, the exit half
 * (straight after it, or as "<... NAME resumed>" when another line came
 * in between), or the whole line at exit when -e status/-z/-Z must see
 * the return value first; and the "= ?" of a call its thread never
 * returned from.
 */
#include <string.h>
#include <sys/syscall.h>

#include "arch.h"
#include "syscalls.h"
#include "trace_priv.h"

/* The kernel's code for "restart with restart_syscall". */
#define ERESTART_RESTARTBLOCK 516

/* Lines must wait for the return value when some statuses are hidden. */
static int status_needs_hold(const struct trace_printer *tp)
{
	unsigned both = FS_SUCCESSFUL | FS_FAILED;

	return (tp->o.filter->status & both) != both;
}

/* -e trace= for @nr; numbers outside the set's range only under "all". */
static int trace_wanted(const struct trace_printer *tp, long nr)
{
	const struct sysset *set = &tp->o.filter->trace;

	if (nr >= 0 && nr < SYSCALLS_MAX)
		return sysset_has(set, nr);
	return sysset_count(set) == SYSCALLS_MAX;
}

static int call_shown(const struct trace_printer *tp,
		      const struct decode_call *c,
		      const struct decode_src *src)
{
	if (!trace_wanted(tp, c->nr))
		return 0;
	if (tp->o.npaths && !decode_touches_path(c, src, tp->o.paths,
						 tp->o.npaths))
		return 0;
	return 1;
}

/* Append the entry half; restart_syscall names what it resumes. */
static void put_entry(struct trace_printer *tp, struct strbuf *sb,
		      const struct trace_thread *th,
		      const struct decode_src *src)
{
	const char *name;

	decode_entry(sb, &th->call, src, &tp->o.dopts);
	if (th->call.nr != SYS_restart_syscall)
		return;
	name = th->prev_nr >= 0 ? syscalls_name(th->prev_nr) : NULL;
	strbuf_printf(sb, "<... resuming interrupted %s ...>",
		      name ? name : "system call");
}

static void call_from_event(struct decode_call *c,
			    const struct engine_event *ev)
{
	int i;

	c->nr = ev->nr;
	for (i = 0; i < 6; i++)
		c->args[i] = ev->args[i];
	c->ret = ev->ret;
	c->sp = ev->sp;
}

void trace_call_entry(struct trace_printer *tp, struct trace_thread *th,
		      const struct engine_event *ev,
		      const struct decode_src *src)
{
	struct strbuf *sb = &tp->sb;

	/* A previous call that never reported its exit stays unfinished. */
	if (th->st->open == th)
		trace_stream_interrupt(th->st);
	th->in_call = 1;
	th->held = 0;
	call_from_event(&th->call, ev);
	memset(&th->memo, 0, sizeof(th->memo));
	th->call.memo = &th->memo;
	th->entry_mono_ns = ev->mono_ns;
	th->entry_ts_ns = ev->ts_ns;
	if (ev->pid > 0)
		th->pid = ev->pid;
	th->shown = !tp->o.lines_off && call_shown(tp, &th->call, src);
	if (!th->shown)
		return;
	/* --json writes whole calls: always held until the exit. */
	if (status_needs_hold(tp) || tp->o.json) {
		th->held = 1;
		strbuf_reset(&th->line);
		trace_prefix(tp, &th->line, th, ev);
		put_entry(tp, &th->line, th, src);
		return;
	}
	trace_stream_interrupt(th->st);
	strbuf_reset(sb);
	trace_prefix(tp, sb, th, ev);
	put_entry(tp, sb, th, src);
	trace_stream_write(th->st, th, sb, 0);
}

/*
 * Start the text that goes before the exit half into tp->sb: nothing
 * when @th's entry half is the open line, else the held line or a
 * "<... NAME resumed>" leader.  Returns the column where tp->sb starts.
 */
static size_t begin_tail(struct trace_printer *tp, struct trace_thread *th,
			 const struct engine_event *ev)
{
	struct strbuf *sb = &tp->sb;

	strbuf_reset(sb);
	if (th->held) {
		trace_stream_interrupt(th->st);
		strbuf_putn(sb, th->line.buf, th->line.len);
		return 0;
	}
	if (th->st->open == th)
		return th->st->col;
	trace_stream_interrupt(th->st);
	trace_prefix(tp, sb, th, ev);
	strbuf_puts(sb, "<... ");
	trace_put_name(sb, th->call.nr);
	strbuf_puts(sb, " resumed>");
	return 0;
}

static unsigned call_status(int64_t ret)
{
	return arch_ret_is_error(ret) ? FS_FAILED : FS_SUCCESSFUL;
}

void trace_call_exit(struct trace_printer *tp, struct trace_thread *th,
		     const struct engine_event *ev,
		     const struct decode_src *src)
{
	struct strbuf *sb = &tp->sb;
	size_t col;

	if (!th->in_call) {
		/* Attached in the middle of this call. */
		call_from_event(&th->call, ev);
		th->call.memo = NULL;
		th->held = 0;
		th->entry_mono_ns = ev->entry_mono_ns;
		th->entry_ts_ns = ev->ts_ns;
		th->shown = !tp->o.lines_off &&
			    call_shown(tp, &th->call, src);
		if (th->shown && th->st->open == th)
			trace_stream_interrupt(th->st);
		if (th->shown && tp->o.json) {
			th->held = 1;
			strbuf_reset(&th->line);
			put_entry(tp, &th->line, th, src);
		}
	}
	if (ev->pid > 0)
		th->pid = ev->pid;
	th->in_call = 0;
	th->call.ret = ev->ret;
	if (ev->ret == -ERESTART_RESTARTBLOCK)
		th->prev_nr = th->call.nr;
	if (!th->shown)
		return;
	if (th->held && !(tp->o.filter->status & call_status(ev->ret)))
		return;
	if (tp->o.json) {
		decode_exit(&th->line, &th->call, src, &tp->o.dopts);
		trace_json_call(tp, th, ev, 0);
		return;
	}
	col = begin_tail(tp, th, ev);
	decode_exit(sb, &th->call, src, &tp->o.dopts);
	trace_pad(tp, sb, col + sb->len);
	strbuf_puts(sb, "= ");
	/* -e inject=: a retval= is a success even if it looks like -errno */
	if ((ev->tamper & ENGINE_TAMPER_RETVAL) && arch_ret_is_error(ev->ret))
		strbuf_printf(sb, "%lld", (long long)ev->ret);
	else
		decode_retval(sb, &th->call, src, &tp->o.dopts);
	if (ev->tamper & ENGINE_TAMPER_INJECTED)
		strbuf_puts(sb, " (INJECTED)");
	if (ev->tamper & ENGINE_TAMPER_DELAYED)
		strbuf_puts(sb, " (DELAYED)");
	if (tp->o.show_duration && ev->mono_ns >= ev->entry_mono_ns)
		trace_put_duration(sb, ev->mono_ns - ev->entry_mono_ns);
	strbuf_putc(sb, '\n');
	trace_stream_write(th->st, th, sb, 1);
	trace_dump_io(tp, th, ev, src);
}

/*
 * Would the call's exit half print more than ")"?  strace marks a call
 * that never returns with " <unfinished ...>" only then, as in
 * "read(0,  <unfinished ...>) = ?", but not in "exit_group(0) = ?" nor
 * "futex(0x..., FUTEX_WAIT, 2, NULL) = ?".  Asked without tracee memory:
 * the thread is gone.
 */
static int exit_half_shows(const struct trace_printer *tp,
			   const struct trace_thread *th)
{
	static const struct decode_src none = { NULL, NULL, NULL };
	struct strbuf tail = STRBUF_INIT;
	int shows;

	decode_exit(&tail, &th->call, &none, &tp->o.dopts);
	shows = strcmp(strbuf_str(&tail), ")") != 0;
	strbuf_release(&tail);
	return shows;
}

/*
 * @th exits, is killed or detached inside a call: strace's
 * "<unfinished ...>) = ?" (see exit_half_shows), or " <detached ...>".
 */
void trace_call_vanish(struct trace_printer *tp, struct trace_thread *th,
		       const struct engine_event *ev, int detached)
{
	struct strbuf *sb = &tp->sb;
	unsigned status = detached ? FS_DETACHED : FS_UNFINISHED;
	size_t col;

	if (!th->in_call || !th->shown)
		return;
	th->in_call = 0;
	if (th->held && !(tp->o.filter->status & status))
		return;
	if (tp->o.json) {
		trace_json_call(tp, th, ev, detached ? 2 : 1);
		return;
	}
	col = begin_tail(tp, th, ev);
	if (detached) {
		strbuf_puts(sb, " <detached ...>\n");
	} else {
		if (exit_half_shows(tp, th))
			strbuf_puts(sb, " <unfinished ...>");
		strbuf_putc(sb, ')');
		trace_pad(tp, sb, col + sb->len);
		strbuf_puts(sb, "= ?\n");
	}
	trace_stream_write(th->st, th, sb, 1);
}
