/* SPDX-License-Identifier: MIT */
/*
 * trace_priv.h - what the printer's files share: the per-thread record,
 * the output streams and the line helpers.  Only src/trace*.c include it.
 */
#ifndef MYTRACE_TRACE_PRIV_H
#define MYTRACE_TRACE_PRIV_H

#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "decode.h"
#include "strbuf.h"
#include "trace.h"

struct trace_thread;

/*
 * One output file.  At most one line is open (written without its
 * newline) per stream: @open's, @col bytes long so far.
 */
struct trace_stream {
	FILE *fp;
	struct trace_thread *open;
	size_t col;
	int owned;		/* -ff: fclose it with its thread */
	int tty;		/* flush open lines at once */
};

/* What the printer remembers about one traced thread. */
struct trace_thread {
	pid_t tid;
	struct trace_thread *next;	/* hash chain */
	struct trace_stream *st;	/* where its lines go */
	struct trace_stream own;	/* -ff: its own file */
	int in_call;		/* between a syscall's entry and exit */
	int shown;		/* that call passed -e trace and -P */
	int held;		/* its line waits in @line for the exit */
	struct decode_call call;
	struct decode_memo memo;	/* call.memo points here */
	/* The call restart_syscall resumes, for "<... resuming interrupted
	 * NAME ...>"; -1: unknown ("system call"). */
	long prev_nr;
	uint64_t entry_mono_ns;
	uint64_t entry_ts_ns;	/* --json: "ts" of the call */
	pid_t pid;		/* its thread group, for --json */
	struct strbuf line;	/* the held line */
};

#define TRACE_HASH 64

struct trace_printer {
	struct trace_opts o;
	struct trace_stream main;
	struct trace_thread *hash[TRACE_HASH];
	int nthreads;		/* threads known alive: "[pid N] " when > 1 */
	uint64_t last_mono_ns;	/* -r: time of the previous line */
	int have_last;
	struct strbuf sb;	/* scratch line */
};

/* trace_line.c */
void trace_prefix(struct trace_printer *tp, struct strbuf *sb,
		  const struct trace_thread *th,
		  const struct engine_event *ev);
void trace_pad(const struct trace_printer *tp, struct strbuf *sb,
	       size_t col);
void trace_put_name(struct strbuf *sb, long nr);
void trace_put_duration(struct strbuf *sb, uint64_t ns);
void trace_stream_write(struct trace_stream *st, struct trace_thread *th,
			const struct strbuf *sb, int ends_line);
void trace_stream_interrupt(struct trace_stream *st);

/* trace_call.c */
void trace_call_entry(struct trace_printer *tp, struct trace_thread *th,
		      const struct engine_event *ev,
		      const struct decode_src *src);
void trace_call_exit(struct trace_printer *tp, struct trace_thread *th,
		     const struct engine_event *ev,
		     const struct decode_src *src);
void trace_call_vanish(struct trace_printer *tp, struct trace_thread *th,
		       const struct engine_event *ev, int detached);

/* trace_json.c (--json) */
/*
 * The call in @th->line ("name(args" and, unless @vanished, the exit
 * half) as one JSON object; @ev is its exit (or the thread's end).
 */
void trace_json_call(struct trace_printer *tp, struct trace_thread *th,
		     const struct engine_event *ev, int vanished);
/* A signal, stop, exit, kill or "superseded" (EXEC) event as JSON. */
void trace_json_event(struct trace_printer *tp, struct trace_thread *th,
		      const struct engine_event *ev);

/*
 * "Process N attached/detached" as {"pid":N,...,"event":@what}, so that
 * the JSON stream stays JSON; @nthreads > 1 adds "threads".
 */
void trace_json_notice(struct trace_printer *tp, struct trace_stream *st,
		       pid_t tid, const char *what, int nthreads);

/* trace_dump.c (-e read=, -e write=) */
/* After @th's exit line: hex dumps of the data it read or wrote. */
void trace_dump_io(struct trace_printer *tp, struct trace_thread *th,
		   const struct engine_event *ev,
		   const struct decode_src *src);

#endif
