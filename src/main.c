// SPDX-License-Identifier: MIT
/*
 * main - mytrace's entry point: parse the command line, start or attach
 * the tracees, feed the engine's events to the printer and the -c
 * summary, and turn the outcome into an exit status.  The only file
 * that calls exit().
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arch.h"
#include "cli.h"
#include "engine.h"
#include "inject.h"
#include "mem.h"
#include "repl.h"
#include "script.h"
#include "summary.h"
#include "trace.h"

#define MYTRACE_VERSION "0.1"

/* Set by SIGINT/SIGTERM/SIGHUP: stop tracing, detach, finish. */
static volatile sig_atomic_t interrupted;

struct run {
	struct cli_opts opts;
	FILE *out;		/* trace lines and the -c table */
	struct engine *eng;
	struct trace_printer *tp;
	struct summary *sum;
	struct inject *inj;	/* -e inject=/fault= rules at work, or NULL */
	pid_t spawned;		/* the program we started, or 0 */
	int status;		/* exit status so far */
};

/* Set once the loop has seen @interrupted: the last events are read. */
static int draining;

static void on_signal(int sig)
{
	interrupted = sig;
}

/* The engine's poll for the next stop ends where waitpid would have
 * returned EINTR. */
static int was_interrupted(void)
{
	return interrupted && !draining;
}

/* No SA_RESTART: the engine's waitpid returns -EINTR. */
static void install_handlers(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
}

/* struct decode_src callbacks: @ctx points to the event's tid. */
static ssize_t src_read(void *ctx, uint64_t addr, void *buf, size_t len)
{
	return mem_read(*(pid_t *)ctx, addr, buf, len);
}

/* -y (and -P, which matches fds by their paths): the plain path. */
static int src_fdpath(void *ctx, int fd, char *buf, size_t size)
{
	return trace_fdpath(*(pid_t *)ctx, fd, 1, buf, size);
}

/* -yy: socket endpoints and device numbers too. */
static int src_fdpath_yy(void *ctx, int fd, char *buf, size_t size)
{
	return trace_fdpath(*(pid_t *)ctx, fd, 2, buf, size);
}

static void die_usage(const char *msg)
{
	fprintf(stderr, "mytrace: %s (try 'mytrace -h')\n", msg);
	exit(1);
}

static FILE *open_output(const struct cli_opts *o)
{
	static char outbuf[1 << 16];
	FILE *f;

	/* -ff -o FILE writes FILE.TID files only. */
	if (!o->outfile || o->follow == 2)
		return stderr;
	f = fopen(o->outfile, "we");	/* not inherited by PROG */
	if (!f) {
		fprintf(stderr, "mytrace: Can't fopen '%s': %s\n",
			o->outfile, strerror(errno));
		exit(1);
	}
	/*
	 * Full buffering, in big blocks: flushed by fclose at the end.
	 * glibc ignores the size unless given the buffer (st_blksize,
	 * 4 KiB, otherwise: one write per line of a 4 KiB buffer).
	 */
	setvbuf(f, outbuf, _IOFBF, sizeof(outbuf));
	return f;
}

static struct trace_printer *make_printer(struct run *r)
{
	const struct cli_opts *o = &r->opts;
	struct trace_opts t;

	memset(&t, 0, sizeof(t));
	t.out = r->out;
	t.err = stderr;
	t.dopts = o->dopts;
	t.filter = &o->filter;
	t.columns = o->columns;
	t.show_duration = o->show_duration;
	t.tstamp = o->tstamp;
	t.relative = o->relative;
	t.quiet = o->quiet;
	t.pidmode = o->outfile && (o->follow == 1 || o->npids > 1) ?
		    TRACE_PID_COLUMN : TRACE_PID_AUTO;
	t.paths = o->paths;
	t.npaths = o->npaths;
	if (o->outfile && o->follow == 2)
		t.ff_prefix = o->outfile;
	t.lines_off = o->count == 1;
	t.to_file = o->outfile != NULL;
	t.iflag = o->iflag;
	t.json = o->json;
	return trace_new(&t);
}

static void attach_all(struct run *r)
{
	int i, n;
	pid_t pid;

	for (i = 0; i < r->opts.npids; i++) {
		pid = r->opts.pids[i];
		n = engine_attach(r->eng, pid);
		if (n == -EPERM) {
			fprintf(stderr, "mytrace: attach: ptrace(PTRACE_SEIZE, "
				"%d): %s (%s)\n", (int)pid, strerror(-n),
				engine_attach_why(pid));
		} else if (n < 0) {
			fprintf(stderr, "mytrace: attach: ptrace(PTRACE_SEIZE, "
				"%d): %s\n", (int)pid, strerror(-n));
		} else {
			trace_attached(r->tp, pid, n);
			continue;
		}
		engine_free(r->eng);
		exit(1);
	}
}

static void spawn_program(struct run *r)
{
	char path[PATH_MAX];
	int rc;

	rc = engine_find_program(r->opts.argv[0], path, sizeof(path));
	if (rc < 0) {
		fprintf(stderr, "mytrace: Can't stat '%s': %s\n",
			r->opts.argv[0], strerror(-rc));
		goto fail;
	}
	r->spawned = engine_spawn(r->eng, path, r->opts.argv, NULL);
	if (r->spawned == -EOPNOTSUPP && r->opts.seccomp == 1) {
		fputs("mytrace: --seccomp-bpf: the kernel refused the filter;"
		      " run without it\n", stderr);
		goto fail;
	}
	if (r->spawned < 0) {
		fprintf(stderr, "mytrace: exec: %s\n", strerror(-r->spawned));
		goto fail;
	}
	return;
fail:
	engine_free(r->eng);
	exit(1);
}

/*
 * The time a call counts for in the -c table: as strace, the system CPU
 * time its process spent from the entry stop to the exit stop (what
 * wait4's rusage says); with -w, the wall-clock time between the two.
 */
static uint64_t call_time(const struct run *r,
			  const struct engine_event *ev)
{
	if (r->opts.count_wall)
		return ev->mono_ns > ev->entry_mono_ns ?
		       ev->mono_ns - ev->entry_mono_ns : 0;
	if (ev->stime_ns == ENGINE_NO_STIME ||
	    ev->entry_stime_ns == ENGINE_NO_STIME ||
	    ev->stime_ns < ev->entry_stime_ns)
		return 0;
	return ev->stime_ns - ev->entry_stime_ns;
}

/* The -c table counts completed calls of the traced set. */
static void count_event(struct run *r, const struct engine_event *ev)
{
	if (ev->kind != ENGINE_EV_EXIT || ev->exit_without_entry)
		return;
	if (!sysset_has(&r->opts.filter.trace, ev->nr))
		return;
	summary_add(r->sum, ev->nr, call_time(r, ev),
		    arch_ret_is_error(ev->ret));
}

/* The spawned program's fate is mytrace's exit status. */
static void note_status(struct run *r, const struct engine_event *ev)
{
	if (!r->spawned || ev->tid != r->spawned)
		return;
	if (ev->kind == ENGINE_EV_EXITED)
		r->status = ev->status;
	else if (ev->kind == ENGINE_EV_KILLED)
		r->status = 128 + ev->sig;
}

/* The instruction pointer of the stopped thread of @ev, if readable. */
static void fill_ip(struct engine_event *ev)
{
	struct arch_regs regs;

	if (arch_get_regs(ev->tid, &regs) == 0)
		ev->ip = arch_ip(&regs);
}

static void event_loop(struct run *r)
{
	struct engine_event ev;
	struct decode_src src = { src_read, NULL, &ev.tid };
	int rc;

	/* The decoder prints fd paths only with -y; -P needs them too. */
	if (r->opts.dopts.yflag >= 2)
		src.fdpath = src_fdpath_yy;
	else if (r->opts.dopts.yflag || r->opts.npaths)
		src.fdpath = src_fdpath;
	while (!interrupted) {
		rc = engine_next_event(r->eng, &ev);
		if (rc == 0)
			return;
		if (rc == -EINTR)
			continue;
		if (rc < 0) {
			fprintf(stderr, "mytrace: wait: %s\n", strerror(-rc));
			return;
		}
		/* --instruction-pointer: where a signal arrived, too. */
		if (r->opts.iflag && !ev.ip && (ev.kind == ENGINE_EV_SIGNAL ||
		    ev.kind == ENGINE_EV_GROUP_STOP))
			fill_ip(&ev);
		/* Before printing: the line shows the injected result. */
		if (r->inj)
			inject_event(r->inj, r->eng, &ev, &src);
		/* -c alone prints no syscall line: only the count. */
		if (r->tp && !(r->opts.count == 1 &&
			       (ev.kind == ENGINE_EV_ENTRY ||
				ev.kind == ENGINE_EV_EXIT)))
			trace_event(r->tp, &ev, &src);
		if (r->sum)
			count_event(r, &ev);
		note_status(r, &ev);
	}
	/* Ctrl-C & co: attached processes go on, spawned ones die. */
	draining = 1;
	engine_detach_all(r->eng);
	while (engine_next_event(r->eng, &ev) > 0)
		if (r->tp)
			trace_event(r->tp, &ev, &src);
	if (r->spawned)
		r->status = 128 + interrupted;
}

static void parse_or_exit(struct run *r, int argc, char **argv)
{
	char err[512];

	if (cli_parse(&r->opts, argc, argv, err, sizeof(err))) {
		/* No PROG on a terminal: the shell (DESIGN.md section 3). */
		if (r->opts.no_target && isatty(STDIN_FILENO))
			r->opts.shell = 1;
		else
			die_usage(err);
	}
	if (r->opts.help) {
		cli_usage(stdout);
		exit(0);
	}
	if (r->opts.version) {
		printf("mytrace -- version %s\n", MYTRACE_VERSION);
		exit(0);
	}
}

/* -s/-E/-l: the Lua side runs the show (src/script.c). */
static int run_scripts(struct cli_opts *o, const char *argv0)
{
	struct script_opts so;
	int status;

	if (o->list_scripts) {
		status = script_list(stdout, argv0);
	} else {
		memset(&so, 0, sizeof(so));
		so.cli = o;
		so.sources = o->sources;
		so.nsources = o->nsources;
		so.args = o->script_args;
		so.nargs = o->nscript_args;
		so.argv0 = argv0;
		status = script_run(&so);
	}
	cli_free(o);
	return status;
}

/*
 * What the engine must do for these options: clocks only for -T, -t,
 * -r and -c; the -e trace= set, which lets the seccomp fast path skip
 * the other syscalls.
 */
static void engine_options(const struct cli_opts *o, struct engine_opts *eo)
{
	memset(eo, 0, sizeof(*eo));
	eo->follow = o->follow > 0;
	eo->want_time = o->show_duration || o->tstamp || o->relative ||
			o->count || o->json;
	eo->want_stime = o->count && !o->count_wall;
	eo->traced = &o->filter.trace;
	eo->seccomp = o->seccomp == 1 ? ENGINE_SECCOMP_ON :
		      o->seccomp == 2 ? ENGINE_SECCOMP_OFF :
		      ENGINE_SECCOMP_AUTO;
	eo->spin_us = o->spin_us;	/* -1: the engine's default */
	eo->spin_abort = was_interrupted;
}

int main(int argc, char **argv)
{
	struct engine_opts eo;
	struct run r;

	memset(&r, 0, sizeof(r));
	parse_or_exit(&r, argc, argv);
	if (r.opts.shell) {
		int status = repl_run(&r.opts, argv[0]);

		cli_free(&r.opts);
		return status;
	}
	if (r.opts.filter.inject.n && r.opts.nsources)
		die_usage("-e inject=/fault= do not apply to scripts: use "
			  "c:fail() or c:skip() in the script");
	if (r.opts.list_scripts || r.opts.nsources)
		return run_scripts(&r.opts, argv[0]);
	r.out = open_output(&r.opts);
	r.tp = make_printer(&r);
	if (r.opts.count)
		r.sum = summary_new();
	if (!r.tp || (r.opts.count && !r.sum)) {
		fputs("mytrace: out of memory\n", stderr);
		return 1;
	}
	engine_options(&r.opts, &eo);
	if (r.opts.filter.inject.n) {
		inject_warn(&r.opts.filter.inject, stderr, "mytrace");
		r.inj = inject_new(&r.opts.filter, r.opts.paths,
				   r.opts.npaths);
		if (!r.inj) {
			fputs("mytrace: out of memory\n", stderr);
			return 1;
		}
	}
	r.eng = engine_new(&eo);
	if (!r.eng) {
		fputs("mytrace: out of memory\n", stderr);
		return 1;
	}
	install_handlers();
	attach_all(&r);
	if (r.opts.argc)
		spawn_program(&r);
	event_loop(&r);
	trace_finish(r.tp);
	if (r.sum)
		summary_print(r.sum, r.out);
	engine_free(r.eng);
	inject_free(r.inj);
	trace_free(r.tp);
	summary_free(r.sum);
	if (r.out != stderr)
		fclose(r.out);
	cli_free(&r.opts);
	return r.status;
}
