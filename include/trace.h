/* SPDX-License-Identifier: MIT */
/*
 * trace - the strace-style printer: turns engine events into strace's
 * lines (prefixes, timestamps, "<unfinished ...>"/"<... resumed>",
 * padding to --columns, -T, "+++ exited with N +++", "--- SIG ---"),
 * applying the -e filters, -z/-Z and -P; --json, -i and the hex dumps
 * of -e read=/write=.
 */
#ifndef MYTRACE_TRACE_H
#define MYTRACE_TRACE_H

#include <stdio.h>

#include "decode.h"
#include "engine.h"
#include "filter.h"

enum trace_pidmode {
	TRACE_PID_AUTO,		/* "[pid  N] " once a second process exists */
	TRACE_PID_COLUMN,	/* "N     " on every line (-f with -o FILE) */
};

struct trace_opts {
	FILE *out;		/* syscall lines */
	FILE *err;		/* "Process N attached" notices (stderr) */
	struct decode_opts dopts;
	const struct filter *filter;
	int columns;		/* --columns=N, default 40 */
	int show_duration;	/* -T */
	int tstamp;		/* 0, 1 (-t), 2 (-tt), 3 (-ttt) */
	int relative;		/* -r */
	int quiet;		/* 1 (-q): no attach notices, 2 (-qq): no exit
				 * lines either, 3 (-qqq): nor "superseded by
				 * execve" lines */
	enum trace_pidmode pidmode;
	const char *const *paths;	/* -P PATH..., NULL-terminated */
	int npaths;
	/* -ff: each thread's lines go to "FILE.TID" (no pid prefixes) */
	const char *ff_prefix;
	int lines_off;		/* -c: only the attach/detach notices */
	/*
	 * -o FILE given: like strace, no "Process N attached" notice for
	 * the children -f follows (those of -p attaches stay).
	 */
	int to_file;
	int iflag;		/* --instruction-pointer: "[00007f...] " */
	/*
	 * --json: one JSON object a line instead of strace's lines: each
	 * completed call {"pid":..,"tid":..,"ts":"NS","syscall":..,
	 * "args":[..],"ret":..,"err":..,"dur_ns":..} (args converted from
	 * the strace text by json_from_strace_args()), and signals, stops,
	 * exits and kills as {"pid":..,"tid":..,"ts":..,"event":..,...}.
	 */
	int json;
};

struct trace_printer;

struct trace_printer *trace_new(const struct trace_opts *opts);
/* Print what @ev shows; @src reads the event's thread's memory. */
void trace_event(struct trace_printer *tp, const struct engine_event *ev,
		 const struct decode_src *src);
/*
 * "Process PID attached" (or "... attached with N threads") on opts->err
 * unless -q; main calls it after each successful engine_attach().
 */
void trace_attached(struct trace_printer *tp, pid_t pid, int nthreads);
/* Close any pending line and flush. */
void trace_finish(struct trace_printer *tp);
void trace_free(struct trace_printer *tp);

/*
 * What fd @fd of thread @tid refers to, as strace's -y prints it between
 * "<" and ">": "/etc/passwd", "pipe:[12]", "socket:[34]"; for AT_FDCWD
 * (-100) the working directory.  @yflag 2 (-yy) adds device numbers
 * ("/dev/null<char 1:3>") and socket endpoints ("TCP:[1.2.3.4:5->...]",
 * "UNIX-STREAM:[34->35]").  NUL-terminated in @buf; 0 or -errno.  Meant
 * for struct decode_src's fdpath callback.
 */
int trace_fdpath(pid_t tid, int fd, int yflag, char *buf, size_t size);

#endif
