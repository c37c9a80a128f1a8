/* SPDX-License-Identifier: MIT */
/*
 * cli - mytrace's command line: strace's flags (DESIGN.md section 3),
 * parsed into struct cli_opts.  Pure: no I/O, unit-tested directly.
 */
#ifndef MYTRACE_CLI_H
#define MYTRACE_CLI_H

#include <stdio.h>
#include <sys/types.h>

#include "decode.h"
#include "filter.h"

/* One -s FILE or -E CHUNK, in command-line order. */
struct script_source {
	int is_chunk;		/* 0: text is a file name, 1: Lua source */
	const char *text;
};

struct cli_opts {
	char **argv;		/* PROG ARGS... (points into main's argv) */
	int argc;
	pid_t *pids;		/* -p PID (repeatable, "1,2" and "1 2" too) */
	int npids;
	int follow;		/* -f: 1, -ff: 2 */
	const char *outfile;	/* -o FILE */
	struct filter filter;	/* -e ..., -z, -Z */
	int count;		/* -c: 1, -C: 2 (table and lines) */
	int count_wall;		/* -w: -c counts wall-clock time in calls */
	int show_duration;	/* -T */
	int tstamp;		/* -t 1, -tt 2, -ttt 3 */
	int relative;		/* -r */
	int quiet;		/* -q 1, -qq 2 */
	int columns;		/* --columns=N (default 40) */
	struct decode_opts dopts;	/* --string-limit, -v, -x, -y, -X */
	int iflag;		/* --instruction-pointer (strace's -i) */
	int json;		/* --json */
	const char **paths;	/* -P PATH, NULL-terminated */
	int npaths;
	struct script_source *sources;	/* -s FILE, -E CHUNK */
	int nsources;
	const char **script_args;	/* -a KEY=VAL */
	int nscript_args;
	int seccomp;		/* --seccomp-bpf 1, --no-seccomp-bpf 2 */
	int spin_us;		/* --spin=US (-1: the engine's default) */
	int list_scripts;	/* -l */
	double hook_timeout;	/* --hook-timeout=SECONDS (0: none) */
	int lua_memory;		/* --lua-memory=MB (0: 512, -1: none) */
	/* The shell (src/repl.c): -i, -n, -x FILE (after -i), -batch. */
	int shell;		/* -i, --interactive, -batch */
	int no_init;		/* -n, --nx: skip ~/.mytraceinit */
	int batch;		/* -batch, --batch: run -x files, then quit */
	const char **commands;	/* -x FILE, --command=FILE */
	int ncommands;
	/* Parsing failed only for want of PROG or -p (main may start the
	 * shell instead when stdin is a terminal). */
	int no_target;
	char **argv_copy;	/* owned: argv with -batch spelled --batch */
	int help;		/* -h */
	int version;		/* -V */
};

/*
 * Parse @argv.  Returns 0, or -1 with a one-line message in @err such as
 * "invalid option -- 'k'" or "must have PROG [ARGS] or -p PID".
 * Allocations are freed by cli_free().
 */
int cli_parse(struct cli_opts *o, int argc, char **argv, char *err,
	      size_t errlen);
void cli_free(struct cli_opts *o);
/* The -h text. */
void cli_usage(FILE *out);

#endif
