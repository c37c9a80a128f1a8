/* SPDX-License-Identifier: MIT */
/*
 * cli_priv - shared by src/cli*.c only: the parsing state and the value
 * parsers of src/cli_args.c.  Each parser returns 0, or -1 with the
 * one-line message in st->err (cli_fail()).
 */
#ifndef MYTRACE_CLI_PRIV_H
#define MYTRACE_CLI_PRIV_H

#include "cli.h"

/* Parsing state shared by src/cli.c and src/cli_args.c. */
struct cli_state {
	struct cli_opts *o;
	char *err;
	size_t errlen;
	int summary_only;	/* -c seen */
	int summary_lines;	/* -C seen */
	int separately;		/* --output-separately seen */
};

/* Format the message into st->err; returns -1. */
__attribute__((format(printf, 2, 3)))
int cli_fail(struct cli_state *st, const char *fmt, ...);

/* A non-negative decimal int; -1 when @s is not one. */
int cli_parse_uint(const char *s);

/* Lists: -p PID(s), -P PATH, -s/-E, -a KEY=VAL, -x FILE / --command. */
int cli_add_pids(struct cli_state *st, const char *arg);
int cli_add_path(struct cli_state *st, const char *path);
int cli_add_source(struct cli_state *st, int is_chunk, const char *text);
int cli_add_script_arg(struct cli_state *st, const char *arg);
int cli_add_command(struct cli_state *st, const char *arg);
/* "-e @prefix@arg" through the filter module. */
int cli_add_filter(struct cli_state *st, const char *prefix,
		   const char *arg);

/* Option values; @name is the long option without "--". */
int cli_number_opt(struct cli_state *st, const char *name, const char *arg,
		   int *out);
int cli_check_precision(struct cli_state *st, const char *name,
			const char *arg);
int cli_parse_abs_ts(struct cli_state *st, const char *arg);
int cli_parse_decode_fds(struct cli_state *st, const char *arg);
int cli_parse_quiet(struct cli_state *st, const char *arg);
int cli_parse_hex(struct cli_state *st, const char *arg);
int cli_parse_xstyle(struct cli_state *st, const char *opt, const char *arg);
int cli_parse_hook_timeout(struct cli_state *st, const char *arg);

#endif
