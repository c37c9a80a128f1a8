// SPDX-License-Identifier: MIT
/*
 * trace - the strace-style printer (see include/trace.h): the table of
 * threads, and the lines that are not system calls: signals, stops,
 * exits, attach and detach notices.  Syscall lines are trace_call.c's,
 * line pieces trace_line.c's.
 */
#include <stdlib.h>
#include <unistd.h>

#include "names.h"
#include "trace_priv.h"

static struct trace_thread **slot_of(struct trace_printer *tp, pid_t tid)
{
	struct trace_thread **p = &tp->hash[(unsigned)tid % TRACE_HASH];

	while (*p && (*p)->tid != tid)
		p = &(*p)->next;
	return p;
}

/* -ff: "FILE.TID"; the shared stream when it cannot be opened. */
static void open_own_stream(struct trace_printer *tp,
			    struct trace_thread *th)
{
	struct strbuf name = STRBUF_INIT;

	strbuf_printf(&name, "%s.%d", tp->o.ff_prefix, (int)th->tid);
	th->own.fp = fopen(strbuf_str(&name), "we");
	if (th->own.fp) {
		th->own.owned = 1;
		th->st = &th->own;
	} else {
		fprintf(tp->o.err, "mytrace: Can't fopen '%s': %m\n",
			strbuf_str(&name));
	}
	strbuf_release(&name);
}

/* The record of @tid, created when unknown. */
static struct trace_thread *thread_get(struct trace_printer *tp, pid_t tid)
{
	struct trace_thread **p = slot_of(tp, tid);
	struct trace_thread *th = *p;

	if (th)
		return th;
	th = calloc(1, sizeof(*th));
	if (!th)
		return NULL;
	th->tid = tid;
	th->prev_nr = -1;
	th->st = &tp->main;
	strbuf_init(&th->line);
	if (tp->o.ff_prefix)
		open_own_stream(tp, th);
	*p = th;
	tp->nthreads++;
	return th;
}

static void thread_free(struct trace_thread *th)
{
	if (th->st->open == th)
		trace_stream_interrupt(th->st);
	if (th->own.owned)
		fclose(th->own.fp);
	strbuf_release(&th->line);
	free(th);
}

static void thread_remove(struct trace_printer *tp, struct trace_thread *th)
{
	struct trace_thread **p = slot_of(tp, th->tid);

	if (*p == th) {
		*p = th->next;
		tp->nthreads--;
	}
	thread_free(th);
}

struct trace_printer *trace_new(const struct trace_opts *opts)
{
	struct trace_printer *tp = calloc(1, sizeof(*tp));

	if (!tp)
		return NULL;
	tp->o = *opts;
	if (!tp->o.err)
		tp->o.err = stderr;
	tp->main.fp = tp->o.out ? tp->o.out : stderr;
	tp->main.tty = isatty(fileno(tp->main.fp));
	strbuf_init(&tp->sb);
	return tp;
}

void trace_attached(struct trace_printer *tp, pid_t pid, int nthreads)
{
	if (tp->o.quiet)
		return;
	if (tp->o.json) {
		trace_json_notice(tp, &tp->main, pid, "attached", nthreads);
		return;
	}
	if (nthreads > 1)
		fprintf(tp->o.err, "mytrace: Process %d attached with %d "
			"threads\n", (int)pid, nthreads);
	else
		fprintf(tp->o.err, "mytrace: Process %d attached\n",
			(int)pid);
}

/* A whole line that is not a syscall: leader, @text, newline. */
static void put_note(struct trace_printer *tp, struct trace_thread *th,
		     const struct engine_event *ev, const char *text)
{
	struct strbuf *sb = &tp->sb;

	trace_stream_interrupt(th->st);
	strbuf_reset(sb);
	trace_prefix(tp, sb, th, ev);
	strbuf_puts(sb, text);
	strbuf_putc(sb, '\n');
	trace_stream_write(th->st, th, sb, 1);
}

static void put_signame(struct strbuf *sb, int sig)
{
	const char *name = names_signal(sig);

	if (name)
		strbuf_puts(sb, name);
	else
		strbuf_printf(sb, "%d", sig);
}

/* "--- SIGCHLD {si_signo=SIGCHLD, ...} ---", "--- stopped by SIGSTOP ---" */
static void on_signal(struct trace_printer *tp, struct trace_thread *th,
		      const struct engine_event *ev)
{
	struct strbuf text = STRBUF_INIT;

	if (tp->o.lines_off || !filter_signal_has(tp->o.filter, ev->sig))
		return;
	if (tp->o.json) {
		trace_json_event(tp, th, ev);
		return;
	}
	strbuf_puts(&text, "--- ");
	if (ev->kind == ENGINE_EV_GROUP_STOP) {
		strbuf_puts(&text, "stopped by ");
		put_signame(&text, ev->sig);
	} else {
		put_signame(&text, ev->sig);
		strbuf_putc(&text, ' ');
		decode_siginfo(&text, &ev->siginfo, &tp->o.dopts);
	}
	strbuf_puts(&text, " ---");
	put_note(tp, th, ev, strbuf_str(&text));
	strbuf_release(&text);
}

/* "+++ exited with 0 +++", "+++ killed by SIGKILL (core dumped) +++" */
static void on_death(struct trace_printer *tp, struct trace_thread *th,
		     const struct engine_event *ev)
{
	struct strbuf text = STRBUF_INIT;

	trace_call_vanish(tp, th, ev, 0);
	if (tp->o.lines_off || tp->o.quiet >= 2)
		return;
	if (tp->o.json) {
		trace_json_event(tp, th, ev);
		return;
	}
	if (ev->kind == ENGINE_EV_EXITED) {
		strbuf_printf(&text, "+++ exited with %d +++", ev->status);
	} else {
		strbuf_puts(&text, "+++ killed by ");
		put_signame(&text, ev->sig);
		strbuf_puts(&text, ev->core ? " (core dumped) +++" : " +++");
	}
	put_note(tp, th, ev, strbuf_str(&text));
	strbuf_release(&text);
}

/* A followed child: its notice, unless -q or -o FILE (as strace). */
static void on_fork(struct trace_printer *tp, const struct engine_event *ev)
{
	struct trace_thread *child = thread_get(tp, ev->child);

	if (!child || tp->o.quiet || tp->o.to_file)
		return;
	if (tp->o.json) {
		trace_json_notice(tp, child->st, ev->child, "attached", 1);
		return;
	}
	fprintf(tp->o.err, "mytrace: Process %d attached\n", (int)ev->child);
}

/*
 * A non-leader thread called execve: it now has the leader's tid @th
 * (the old leader, which vanished without an exit event) and its execve
 * is pending.  Like strace: the leader's pending call ends with "= ?",
 * an open execve line with " <pid changed to TID ...>", then the leader
 * goes (with -ff the exec'ing thread takes over its file) and
 * "+++ superseded by execve in pid OLD_TID +++" is written in its name.
 */
static struct trace_thread *on_exec(struct trace_printer *tp,
				    struct trace_thread *th,
				    const struct engine_event *ev)
{
	struct trace_thread **p, *execer;
	struct trace_stream own;
	char text[64];

	if (ev->old_tid == ev->tid || ev->old_tid <= 0)
		return th;
	if (ev->gone_udata)
		*ev->gone_udata = NULL;
	p = slot_of(tp, ev->old_tid);
	execer = *p;
	if (!execer)
		return th;
	trace_call_vanish(tp, th, ev, 0);
	if (execer->st->open == execer) {
		fprintf(execer->st->fp, " <pid changed to %d ...>\n",
			(int)ev->tid);
		execer->st->open = NULL;
		execer->st->col = 0;
	}
	if (execer->own.owned && th->own.owned) {
		own = execer->own;
		execer->own = th->own;
		th->own = own;
	}
	*p = execer->next;
	tp->nthreads--;
	thread_remove(tp, th);
	execer->tid = ev->tid;
	p = slot_of(tp, ev->tid);
	execer->next = NULL;
	*p = execer;
	tp->nthreads++;
	if (!tp->o.lines_off && tp->o.quiet < 3 && tp->o.json) {
		trace_json_event(tp, execer, ev);
	} else if (!tp->o.lines_off && tp->o.quiet < 3) {
		snprintf(text, sizeof(text),
			 "+++ superseded by execve in pid %d +++",
			 (int)ev->old_tid);
		put_note(tp, execer, ev, text);
	}
	return execer;
}

static void on_detach(struct trace_printer *tp, struct trace_thread *th,
		      const struct engine_event *ev)
{
	if (tp->o.json) {
		trace_call_vanish(tp, th, ev, 1);
		if (!tp->o.quiet)
			trace_json_notice(tp, th->st, ev->tid, "detached", 1);
		return;
	}
	if (!tp->o.quiet)
		fprintf(tp->o.err, "mytrace: Process %d detached\n",
			(int)ev->tid);
	trace_call_vanish(tp, th, ev, 1);
}

void trace_event(struct trace_printer *tp, const struct engine_event *ev,
		 const struct decode_src *src)
{
	struct trace_thread *th = thread_get(tp, ev->tid);

	if (!th)
		return;
	switch (ev->kind) {
	case ENGINE_EV_ENTRY:
		trace_call_entry(tp, th, ev, src);
		break;
	case ENGINE_EV_EXIT:
		trace_call_exit(tp, th, ev, src);
		break;
	case ENGINE_EV_SIGNAL:
	case ENGINE_EV_GROUP_STOP:
		on_signal(tp, th, ev);
		break;
	case ENGINE_EV_FORK:
		on_fork(tp, ev);
		break;
	case ENGINE_EV_EXEC:
		th = on_exec(tp, th, ev);
		break;
	case ENGINE_EV_EXITED:
	case ENGINE_EV_KILLED:
		on_death(tp, th, ev);
		thread_remove(tp, th);
		th = NULL;
		break;
	case ENGINE_EV_DETACHED:
		on_detach(tp, th, ev);
		thread_remove(tp, th);
		th = NULL;
		break;
	case ENGINE_EV_ATTACHED:
		/*
		 * strace 6.1 takes the call of a thread it attaches to
		 * for read (syscall 0) whatever it is: a restart_syscall
		 * that follows prints "resuming interrupted read".  The
		 * restarted call itself (ev->nr) is shown when it enters
		 * again, nothing now.
		 */
		th->prev_nr = 0;
		break;
	case ENGINE_EV_STEP:
		break;		/* the shell's stepi: nothing to print */
	case ENGINE_EV_EXITING:
		break;		/* the shell's catch exit: EXITED follows */
	}
	/* Our own table is the truth; the slot only mirrors it. */
	if (ev->udata)
		*ev->udata = th;
}

void trace_finish(struct trace_printer *tp)
{
	struct trace_thread *th;
	int i;

	for (i = 0; i < TRACE_HASH; i++)
		for (th = tp->hash[i]; th; th = th->next) {
			if (th->st->open == th)
				trace_stream_interrupt(th->st);
			if (th->own.owned)
				fflush(th->own.fp);
		}
	trace_stream_interrupt(&tp->main);
	fflush(tp->main.fp);
}

void trace_free(struct trace_printer *tp)
{
	struct trace_thread *th, *next;
	int i;

	if (!tp)
		return;
	for (i = 0; i < TRACE_HASH; i++)
		for (th = tp->hash[i]; th; th = next) {
			next = th->next;
			thread_free(th);
		}
	strbuf_release(&tp->sb);
	free(tp);
}
