// SPDX-License-Identifier: MIT
/*
 * cli - mytrace's command line: strace's flags parsed into struct
 * cli_opts (see include/cli.h).  Pure: no I/O, every error is one line
 * in the caller's buffer.  This file holds the option tables and the
 * getopt loop; the values are parsed in src/cli_args.c, the -h text is
 * src/cli_usage.c.
 */
#include "cli_priv.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Long options without a short letter. */
enum {
	OPT_STRING_LIMIT = 256,
	OPT_COLUMNS,
	OPT_TRACE,
	OPT_STATUS,
	OPT_SIGNAL,
	OPT_INJECT,
	OPT_FAULT,
	OPT_SYSCALL_TIMES,
	OPT_ABS_TS,
	OPT_REL_TS,
	OPT_DECODE_FDS,
	OPT_QUIET,
	OPT_OUTPUT_SEPARATELY,
	OPT_STRINGS_IN_HEX,
	OPT_SECCOMP,
	OPT_NO_SECCOMP,
	OPT_JSON,
	OPT_BATCH,
	OPT_COMMAND,
	OPT_IP,
	OPT_READ,
	OPT_WRITE,
	OPT_XSTYLE,
	OPT_HOOK_TIMEOUT,
	OPT_LUA_MEMORY,
	OPT_SPIN,
};

/* '+': stop at the first non-option; ':': report missing arguments. */
static const char short_opts[] = "+:fo:e:zZcCwTtrqyvxX:hVp:P:s:a:E:iln";
/* With -i, -x FILE is GDB's command file (strace's -x is a hex flag). */
static const char shell_short_opts[] =
	"+:fo:e:zZcCwTtrqyvx:X:hVp:P:s:a:E:iln";

static const struct option long_opts[] = {
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "output-separately", no_argument, NULL, OPT_OUTPUT_SEPARATELY },
	{ "output", required_argument, NULL, 'o' },
	{ "attach", required_argument, NULL, 'p' },
	{ "trace-path", required_argument, NULL, 'P' },
	{ "trace", required_argument, NULL, OPT_TRACE },
	{ "status", required_argument, NULL, OPT_STATUS },
	{ "signal", required_argument, NULL, OPT_SIGNAL },
	{ "inject", required_argument, NULL, OPT_INJECT },
	{ "fault", required_argument, NULL, OPT_FAULT },
	{ "successful-only", no_argument, NULL, 'z' },
	{ "failed-only", no_argument, NULL, 'Z' },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "syscall-times", optional_argument, NULL, OPT_SYSCALL_TIMES },
	{ "absolute-timestamps", optional_argument, NULL, OPT_ABS_TS },
	{ "relative-timestamps", optional_argument, NULL, OPT_REL_TS },
	{ "decode-fds", optional_argument, NULL, OPT_DECODE_FDS },
	{ "no-abbrev", no_argument, NULL, 'v' },
	{ "strings-in-hex", optional_argument, NULL, OPT_STRINGS_IN_HEX },
	{ "const-print-style", required_argument, NULL, OPT_XSTYLE },
	{ "instruction-pointer", no_argument, NULL, OPT_IP },
	{ "read", required_argument, NULL, OPT_READ },
	{ "write", required_argument, NULL, OPT_WRITE },
	{ "quiet", optional_argument, NULL, OPT_QUIET },
	{ "string-limit", required_argument, NULL, OPT_STRING_LIMIT },
	{ "columns", required_argument, NULL, OPT_COLUMNS },
	{ "seccomp-bpf", no_argument, NULL, OPT_SECCOMP },
	{ "no-seccomp-bpf", no_argument, NULL, OPT_NO_SECCOMP },
	{ "spin", required_argument, NULL, OPT_SPIN },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "hook-timeout", required_argument, NULL, OPT_HOOK_TIMEOUT },
	{ "lua-memory", required_argument, NULL, OPT_LUA_MEMORY },
	{ "interactive", no_argument, NULL, 'i' },
	{ "nx", no_argument, NULL, 'n' },
	{ "batch", no_argument, NULL, OPT_BATCH },
	{ "command", required_argument, NULL, OPT_COMMAND },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

int cli_fail(struct cli_state *st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(st->err, st->errlen, fmt, ap);
	va_end(ap);
	return -1;
}

/* The letters DESIGN.md gives to the scripting features. */
static int reserved(struct cli_state *st, int c, const char *arg)
{
	if (c == 's' && cli_parse_uint(arg) >= 0)
		return cli_fail(st, "-s is the Lua script option in mytrace; "
			       "use --string-limit=%s for strace's -s", arg);
	if (c == 'a' && cli_parse_uint(arg) >= 0)
		return cli_fail(st, "-a is a script argument in mytrace; "
			       "use --columns=%s for strace's -a", arg);
	switch (c) {
	case 's':
		return cli_add_source(st, 0, arg);
	case 'E':
		return cli_add_source(st, 1, arg);
	case 'a':
		return cli_add_script_arg(st, arg);
	case 'l':
		st->o->list_scripts = 1;
		return 0;
	default:
		st->o->shell = 1;
		return 0;
	}
}

static int bump(int v, int max)
{
	return v < max ? v + 1 : max;
}

/* Options that only set a flag. */
static int flag_opt(struct cli_state *st, int c)
{
	struct cli_opts *o = st->o;

	switch (c) {
	case 'f': o->follow = bump(o->follow, 2); break;
	case 'z': o->filter.status = FS_SUCCESSFUL; break;
	case 'Z': o->filter.status = FS_FAILED; break;
	case 'c': st->summary_only = 1; break;
	case 'C': st->summary_lines = 1; break;
	case 'w': o->count_wall = 1; break;
	case 'T': o->show_duration = 1; break;
	case 't': o->tstamp = bump(o->tstamp, 3); break;
	case 'r': o->relative = 1; break;
	case 'q': o->quiet = bump(o->quiet, 2); break;
	case 'y': o->dopts.yflag = bump(o->dopts.yflag, 2); break;
	case 'v': o->dopts.verbose = 1; break;
	case 'x': o->dopts.xflag = bump(o->dopts.xflag, 2); break;
	case 'h': o->help = 1; break;
	case 'V': o->version = 1; break;
	case OPT_OUTPUT_SEPARATELY: st->separately = 1; break;
	case OPT_SECCOMP: o->seccomp = 1; break;
	case OPT_NO_SECCOMP: o->seccomp = 2; break;
	case 'n': o->no_init = 1; break;
	case OPT_BATCH: o->batch = 1; o->shell = 1; break;
	case OPT_IP: o->iflag = 1; break;
	case OPT_JSON: o->json = 1; break;
	default: return 1;
	}
	return 0;
}

/* Options with an argument. */
static int arg_opt(struct cli_state *st, int c, const char *arg)
{
	struct cli_opts *o = st->o;

	switch (c) {
	case 'o': o->outfile = arg; return 0;
	case 'e': return cli_add_filter(st, "", arg);
	case OPT_TRACE: return cli_add_filter(st, "trace=", arg);
	case OPT_STATUS: return cli_add_filter(st, "status=", arg);
	case OPT_SIGNAL: return cli_add_filter(st, "signal=", arg);
	case OPT_INJECT: return cli_add_filter(st, "inject=", arg);
	case OPT_FAULT: return cli_add_filter(st, "fault=", arg);
	case 'p': return cli_add_pids(st, arg);
	case 'P': return cli_add_path(st, arg);
	case 'X': return cli_parse_xstyle(st, "-X", arg);
	case OPT_XSTYLE:
		return cli_parse_xstyle(st, "--const-print-style", arg);
	case OPT_READ: return cli_add_filter(st, "read=", arg);
	case OPT_WRITE: return cli_add_filter(st, "write=", arg);
	case OPT_STRING_LIMIT:
		return cli_number_opt(st, "string-limit", arg,
				      &o->dopts.string_limit);
	case OPT_COLUMNS:
		return cli_number_opt(st, "columns", arg, &o->columns);
	case OPT_HOOK_TIMEOUT: return cli_parse_hook_timeout(st, arg);
	case OPT_SPIN: return cli_number_opt(st, "spin", arg, &o->spin_us);
	case OPT_LUA_MEMORY:
		if (cli_number_opt(st, "lua-memory", arg, &o->lua_memory))
			return -1;
		if (!o->lua_memory)
			o->lua_memory = -1;	/* --lua-memory=0: none */
		return 0;
	case OPT_SYSCALL_TIMES:
		o->show_duration = 1;
		return cli_check_precision(st, "syscall-times", arg);
	case OPT_REL_TS:
		o->relative = 1;
		return cli_check_precision(st, "relative-timestamps", arg);
	case OPT_ABS_TS: return cli_parse_abs_ts(st, arg);
	case OPT_DECODE_FDS: return cli_parse_decode_fds(st, arg);
	case OPT_QUIET: return cli_parse_quiet(st, arg);
	case OPT_STRINGS_IN_HEX: return cli_parse_hex(st, arg);
	case 's': case 'a': case 'E': case 'i': case 'l':
		return reserved(st, c, arg);
	case 'x': case OPT_COMMAND:
		return cli_add_command(st, arg);
	}
	return cli_fail(st, "internal error: option %d", c);
}

/* The getopt error for the option just seen, strace's wording. */
static int getopt_error(struct cli_state *st, int c, char **argv)
{
	const char *word = argv[optind - 1];

	if (word && !strncmp(word, "--", 2)) {
		if (c == ':')
			return cli_fail(st, "option '%s' requires an argument",
					word);
		if (optopt)
			return cli_fail(st, "option '%.*s' doesn't allow an "
				       "argument", (int)strcspn(word, "="),
				       word);
		return cli_fail(st, "unrecognized option '%s'", word);
	}
	if (c == ':')
		return cli_fail(st, "option requires an argument -- '%c'",
				optopt);
	return cli_fail(st, "invalid option -- '%c'", optopt);
}

/* Cross-option rules, checked once everything is parsed. */
static int check_combination(struct cli_state *st)
{
	struct cli_opts *o = st->o;

	if (st->summary_only && st->summary_lines)
		return cli_fail(st, "-c/--summary-only and -C/--summary are "
			       "mutually exclusive");
	o->count = st->summary_only ? 1 : st->summary_lines ? 2 : 0;
	if (st->separately)
		o->follow = 2;
	if (o->count && o->follow == 2)
		return cli_fail(st, "(-c/--summary-only or -C/--summary) and "
			       "-ff/--output-separately are mutually "
			       "exclusive");
	if (o->help || o->version || o->list_scripts)
		return 0;
	if (o->nscript_args && !o->nsources)
		return cli_fail(st, "-a KEY=VAL needs a script (-s FILE or "
			       "-E CHUNK)");
	if (o->seccomp == 1 && o->npids)
		return cli_fail(st, "--seccomp-bpf cannot be used with -p: "
			       "the filter is installed before exec");
	/* A script may spawn or attach by itself (pt.spawn). */
	if (o->nsources || o->shell)
		return 0;
	if (!o->argc && !o->npids) {
		o->no_target = 1;
		return cli_fail(st, "must have PROG [ARGS] or -p PID");
	}
	return 0;
}

/*
 * The shell's spellings getopt cannot parse: GDB's "-batch" (one dash),
 * and -x FILE once -i (or -batch) is among the options before PROG.
 * Works on a copy of argv, owned by @o.
 */
static int shell_prescan(struct cli_opts *o, int *argc, char ***argv,
			 const char **opts)
{
	static char batch[] = "--batch";
	char **v;
	int i;

	v = malloc(((size_t)*argc + 1) * sizeof(*v));
	if (!v)
		return -1;
	for (i = 0; i < *argc; i++)
		v[i] = (*argv)[i];
	v[*argc] = NULL;
	for (i = 1; i < *argc && v[i][0] == '-' && strcmp(v[i], "--"); i++) {
		if (!strcmp(v[i], "-batch"))
			v[i] = batch;
		if (!strcmp(v[i], "-i") || !strcmp(v[i], "--interactive") ||
		    v[i] == batch)
			*opts = shell_short_opts;
		/* Skip the argument of an option that takes one. */
		if (v[i][1] && v[i][1] != '-' && v[i][2] == '\0' &&
		    strchr("oepPsaEX", v[i][1]))
			i++;
	}
	o->argv_copy = v;
	*argv = v;
	return 0;
}

static void cli_defaults(struct cli_opts *o)
{
	static const struct decode_opts dflt = DECODE_OPTS_DEFAULT;

	memset(o, 0, sizeof(*o));
	filter_init(&o->filter);
	o->columns = 40;
	o->spin_us = -1;
	o->dopts = dflt;
}

int cli_parse(struct cli_opts *o, int argc, char **argv, char *err,
	      size_t errlen)
{
	struct cli_state st = { o, err, errlen, 0, 0, 0 };
	const char *opts = short_opts;
	int c, rc;

	cli_defaults(o);
	if (errlen)
		err[0] = '\0';
	if (shell_prescan(o, &argc, &argv, &opts) < 0)
		return cli_fail(&st, "out of memory");
	opterr = 0;
	optind = 0;		/* full re-initialisation (glibc) */
	while ((c = getopt_long(argc, argv, opts, long_opts,
				NULL)) != -1) {
		if (c == '?' || c == ':')
			rc = getopt_error(&st, c, argv);
		else if (!(c == 'x' && optarg) && flag_opt(&st, c) == 0)
			rc = 0;		/* (-x FILE with -i is arg_opt's) */
		else
			rc = arg_opt(&st, c, optarg);
		if (rc)
			return -1;
	}
	o->argv = argv + optind;
	o->argc = argc - optind;
	return check_combination(&st);
}

void cli_free(struct cli_opts *o)
{
	free(o->pids);
	free(o->paths);
	free(o->sources);
	free(o->script_args);
	free(o->commands);
	free(o->argv_copy);
	o->commands = NULL;
	o->ncommands = 0;
	o->argv_copy = NULL;
	o->sources = NULL;
	o->script_args = NULL;
	o->nsources = 0;
	o->nscript_args = 0;
	o->pids = NULL;
	o->paths = NULL;
	o->npids = 0;
	o->npaths = 0;
}
