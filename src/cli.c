// SPDX-License-Identifier: MIT
/*
 * cli - mytrace's command line: strace's flags parsed into struct
 * cli_opts (see include/cli.h).  Pure: no I/O, every error is one line
 * in the caller's buffer.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
};

/* '+': stop at the first non-option; ':': report missing arguments. */
static const char short_opts[] = "+:fo:e:zZcCTtrqyvxX:hVp:P:s:a:E:iln";
/* With -i, -x FILE is GDB's command file (strace's -x is a hex flag). */
static const char shell_short_opts[] =
	"+:fo:e:zZcCTtrqyvx:X:hVp:P:s:a:E:iln";

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

/* Parsing state shared by the helpers below. */
struct cli_state {
	struct cli_opts *o;
	char *err;
	size_t errlen;
	int summary_only;	/* -c seen */
	int summary_lines;	/* -C seen */
	int separately;		/* --output-separately seen */
};

__attribute__((format(printf, 2, 3)))
static int cli_fail(struct cli_state *st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(st->err, st->errlen, fmt, ap);
	va_end(ap);
	return -1;
}

/* A non-negative decimal int; -1 when @s is not one. */
static int parse_uint(const char *s)
{
	char *end;
	long v;

	if (!*s || *s == '-' || *s == '+')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v > INT_MAX)
		return -1;
	return (int)v;
}

static int add_pid(struct cli_state *st, const char *s, size_t len)
{
	struct cli_opts *o = st->o;
	char buf[32];
	pid_t *p;
	int v;

	if (len >= sizeof(buf))
		len = sizeof(buf) - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	v = parse_uint(buf);
	if (v <= 0)
		return cli_fail(st, "Invalid process id: '%s'", buf);
	if (v == getpid())
		return cli_fail(st, "I'm sorry, I can't let you do that, Dave.");
	p = realloc(o->pids, (size_t)(o->npids + 1) * sizeof(*p));
	if (!p)
		return cli_fail(st, "out of memory");
	o->pids = p;
	o->pids[o->npids++] = v;
	return 0;
}

/* -p "1", "1,2", "1 2". */
static int add_pids(struct cli_state *st, const char *arg)
{
	static const char seps[] = ", \t\n";
	const char *s = arg;
	size_t n;

	for (;;) {
		s += strspn(s, seps);
		if (!*s)
			break;
		n = strcspn(s, seps);
		if (add_pid(st, s, n))
			return -1;
		s += n;
	}
	if (s == arg)
		return cli_fail(st, "Invalid process id: '%s'", arg);
	return 0;
}

static int add_path(struct cli_state *st, const char *path)
{
	struct cli_opts *o = st->o;
	const char **p;

	p = realloc(o->paths, (size_t)(o->npaths + 2) * sizeof(*p));
	if (!p)
		return cli_fail(st, "out of memory");
	o->paths = p;
	o->paths[o->npaths++] = path;
	o->paths[o->npaths] = NULL;
	return 0;
}

/* Apply "-e @prefix@arg" through the filter module. */
static int add_filter(struct cli_state *st, const char *prefix,
		      const char *arg)
{
	char buf[4096];

	snprintf(buf, sizeof(buf), "%s%s", prefix, arg);
	if (filter_parse(&st->o->filter, buf, st->err, st->errlen))
		return -1;
	return 0;
}

static int is_precision(const char *s)
{
	return !strcmp(s, "s") || !strcmp(s, "ms") || !strcmp(s, "us") ||
	       !strcmp(s, "ns");
}

/* --syscall-times[=PREC], --relative-timestamps[=PREC]. */
static int check_precision(struct cli_state *st, const char *name,
			   const char *arg)
{
	if (arg && !is_precision(arg))
		return cli_fail(st, "invalid --%s argument: '%s'", name, arg);
	return 0;
}

/* One item of --absolute-timestamps: [format:]FMT or [precision:]PREC. */
static int abs_ts_item(const char *it, int *fmt, int *prec)
{
	if (!strncmp(it, "format:", 7)) {
		it += 7;
		if (is_precision(it))
			return -1;
	} else if (!strncmp(it, "precision:", 10)) {
		it += 10;
		if (!is_precision(it))
			return -1;
	}
	if (!strcmp(it, "none"))
		*fmt = 0;
	else if (!strcmp(it, "time"))
		*fmt = 1;
	else if (!strcmp(it, "unix"))
		*fmt = 3;
	else if (is_precision(it))
		*prec = strcmp(it, "s") ? 1 : 0;
	else
		return -1;
	return 0;
}

/*
 * --absolute-timestamps[=[[format:]FMT][,[precision:]PREC]].  Only what
 * -t/-tt/-ttt can express is kept: a sub-second precision means
 * microseconds.
 */
static int parse_abs_ts(struct cli_state *st, const char *arg)
{
	char buf[64], *it, *save = NULL;
	int fmt = 1, prec = -1;

	if (!arg) {
		st->o->tstamp = st->o->tstamp > 1 ? st->o->tstamp : 1;
		return 0;
	}
	snprintf(buf, sizeof(buf), "%s", arg);
	for (it = strtok_r(buf, ",", &save); it;
	     it = strtok_r(NULL, ",", &save)) {
		if (abs_ts_item(it, &fmt, &prec))
			goto bad;
	}
	if (fmt == 0)
		st->o->tstamp = 0;
	else if (fmt == 3)
		st->o->tstamp = 3;
	else
		st->o->tstamp = prec == 1 ? 2 : 1;
	return 0;
bad:
	return cli_fail(st, "invalid --absolute-timestamps argument: '%s'",
			arg);
}

/* --decode-fds[=path,socket,dev,pidfd,all]: 1 for paths only, else 2. */
static int parse_decode_fds(struct cli_state *st, const char *arg)
{
	char buf[128], *it, *save = NULL;
	int level = 0;

	if (!arg) {
		st->o->dopts.yflag = 1;
		return 0;
	}
	snprintf(buf, sizeof(buf), "%s", arg);
	for (it = strtok_r(buf, ",", &save); it;
	     it = strtok_r(NULL, ",", &save)) {
		if (!strcmp(it, "path"))
			level = level > 1 ? level : 1;
		else if (!strcmp(it, "socket") || !strcmp(it, "dev") ||
			 !strcmp(it, "pidfd") || !strcmp(it, "all"))
			level = 2;
		else if (strcmp(it, "none"))
			return cli_fail(st, "invalid decode-fds '%s'", it);
	}
	st->o->dopts.yflag = level;
	return 0;
}

/* --quiet[=attach,personality,exit,...,all]. */
static int parse_quiet(struct cli_state *st, const char *arg)
{
	static const char *const lvl1[] = {
		"attach", "personality", "path-resolution", "thread-execve",
		"superseded", "none", NULL
	};
	char buf[128], *it, *save = NULL;
	int level = 0, i, ok;

	if (!arg) {
		st->o->quiet = st->o->quiet > 1 ? st->o->quiet : 1;
		return 0;
	}
	snprintf(buf, sizeof(buf), "%s", arg);
	for (it = strtok_r(buf, ",", &save); it;
	     it = strtok_r(NULL, ",", &save)) {
		if (!strcmp(it, "exit") || !strcmp(it, "exits") ||
		    !strcmp(it, "all")) {
			level = 2;
			continue;
		}
		for (ok = 0, i = 0; lvl1[i]; i++)
			ok |= !strcmp(it, lvl1[i]);
		if (!ok)
			return cli_fail(st, "invalid quiet '%s'", it);
		if (strcmp(it, "none") && level < 1)
			level = 1;
	}
	st->o->quiet = level;
	return 0;
}

/* --strings-in-hex[=non-ascii-chars|non-ascii|all]. */
static int parse_hex(struct cli_state *st, const char *arg)
{
	if (!arg || !strcmp(arg, "all"))
		st->o->dopts.xflag = 2;
	else if (!strcmp(arg, "non-ascii") || !strcmp(arg, "non-ascii-chars"))
		st->o->dopts.xflag = 1;
	else if (!strcmp(arg, "none"))
		st->o->dopts.xflag = 0;
	else
		return cli_fail(st, "invalid --strings-in-hex argument: '%s'",
				arg);
	return 0;
}

/* -X, --const-print-style: raw, abbrev or verbose. */
static int parse_xstyle(struct cli_state *st, const char *opt,
			const char *arg)
{
	if (!strcmp(arg, "raw"))
		st->o->dopts.xstyle = DECODE_X_RAW;
	else if (!strcmp(arg, "abbrev"))
		st->o->dopts.xstyle = DECODE_X_ABBREV;
	else if (!strcmp(arg, "verbose"))
		st->o->dopts.xstyle = DECODE_X_VERBOSE;
	else
		return cli_fail(st, "invalid %s argument: '%s'", opt, arg);
	return 0;
}

/* -s FILE / -E CHUNK, kept in command-line order. */
static int add_source(struct cli_state *st, int is_chunk, const char *text)
{
	struct cli_opts *o = st->o;
	struct script_source *p;

	p = realloc(o->sources, (o->nsources + 1) * sizeof(*p));
	if (!p)
		return cli_fail(st, "out of memory");
	p[o->nsources].is_chunk = is_chunk;
	p[o->nsources].text = text;
	o->sources = p;
	o->nsources++;
	return 0;
}

/* -a KEY=VAL for the scripts' args table. */
static int add_script_arg(struct cli_state *st, const char *arg)
{
	struct cli_opts *o = st->o;
	const char **p;

	if (!strchr(arg, '=') || arg[0] == '=')
		return cli_fail(st, "-a wants KEY=VALUE, not '%s'", arg);
	p = realloc(o->script_args, (o->nscript_args + 1) * sizeof(*p));
	if (!p)
		return cli_fail(st, "out of memory");
	p[o->nscript_args++] = arg;
	o->script_args = p;
	return 0;
}

/* The letters DESIGN.md gives to the scripting features. */
static int reserved(struct cli_state *st, int c, const char *arg)
{
	if (c == 's' && parse_uint(arg) >= 0)
		return cli_fail(st, "-s is the Lua script option in mytrace; "
			       "use --string-limit=%s for strace's -s", arg);
	if (c == 'a' && parse_uint(arg) >= 0)
		return cli_fail(st, "-a is a script argument in mytrace; "
			       "use --columns=%s for strace's -a", arg);
	switch (c) {
	case 's':
		return add_source(st, 0, arg);
	case 'E':
		return add_source(st, 1, arg);
	case 'a':
		return add_script_arg(st, arg);
	case 'l':
		st->o->list_scripts = 1;
		return 0;
	default:
		st->o->shell = 1;
		return 0;
	}
}

/* -x FILE (with -i), --command=FILE: a shell command file. */
static int add_command(struct cli_state *st, const char *arg)
{
	struct cli_opts *o = st->o;
	const char **p;

	p = realloc(o->commands, (o->ncommands + 1) * sizeof(*p));
	if (!p)
		return cli_fail(st, "out of memory");
	p[o->ncommands++] = arg;
	o->commands = p;
	return 0;
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

static int number_opt(struct cli_state *st, const char *name,
		      const char *arg, int *out)
{
	int v = parse_uint(arg);

	if (v < 0)
		return cli_fail(st, "invalid --%s argument: '%s'", name, arg);
	*out = v;
	return 0;
}

/* --hook-timeout=SECONDS: a decimal number, 0 for none. */
static int parse_hook_timeout(struct cli_state *st, const char *arg)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (!*arg || *end || errno || !(v >= 0 && v <= 1e6))
		return cli_fail(st, "invalid --hook-timeout argument: '%s' "
			       "(seconds, e.g. 2 or 0.5; 0 for none)", arg);
	st->o->hook_timeout = v;
	return 0;
}

/* Options with an argument. */
static int arg_opt(struct cli_state *st, int c, const char *arg)
{
	struct cli_opts *o = st->o;

	switch (c) {
	case 'o': o->outfile = arg; return 0;
	case 'e': return add_filter(st, "", arg);
	case OPT_TRACE: return add_filter(st, "trace=", arg);
	case OPT_STATUS: return add_filter(st, "status=", arg);
	case OPT_SIGNAL: return add_filter(st, "signal=", arg);
	case OPT_INJECT: return add_filter(st, "inject=", arg);
	case OPT_FAULT: return add_filter(st, "fault=", arg);
	case 'p': return add_pids(st, arg);
	case 'P': return add_path(st, arg);
	case 'X': return parse_xstyle(st, "-X", arg);
	case OPT_XSTYLE:
		return parse_xstyle(st, "--const-print-style", arg);
	case OPT_READ: return add_filter(st, "read=", arg);
	case OPT_WRITE: return add_filter(st, "write=", arg);
	case OPT_STRING_LIMIT:
		return number_opt(st, "string-limit", arg,
				  &o->dopts.string_limit);
	case OPT_COLUMNS: return number_opt(st, "columns", arg, &o->columns);
	case OPT_HOOK_TIMEOUT: return parse_hook_timeout(st, arg);
	case OPT_LUA_MEMORY:
		if (number_opt(st, "lua-memory", arg, &o->lua_memory))
			return -1;
		if (!o->lua_memory)
			o->lua_memory = -1;	/* --lua-memory=0: none */
		return 0;
	case OPT_SYSCALL_TIMES:
		o->show_duration = 1;
		return check_precision(st, "syscall-times", arg);
	case OPT_REL_TS:
		o->relative = 1;
		return check_precision(st, "relative-timestamps", arg);
	case OPT_ABS_TS: return parse_abs_ts(st, arg);
	case OPT_DECODE_FDS: return parse_decode_fds(st, arg);
	case OPT_QUIET: return parse_quiet(st, arg);
	case OPT_STRINGS_IN_HEX: return parse_hex(st, arg);
	case 's': case 'a': case 'E': case 'i': case 'l':
		return reserved(st, c, arg);
	case 'x': case OPT_COMMAND:
		return add_command(st, arg);
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

static const char usage_text[] =
"Usage: mytrace [OPTIONS] PROG [ARGS]\n"
"   or: mytrace [OPTIONS] -p PID [-p PID]...\n"
"Trace the system calls of PROG, or of running processes, like strace.\n"
"\n"
"Startup:\n"
"  -p PID, --attach=PID   trace process PID (all its threads); may be\n"
"                         repeated, or a list \"1,2\" / \"1 2\"\n"
"\n"
"Tracing:\n"
"  -f, --follow-forks     follow forks, vforks and clones\n"
"  -ff                    with -o FILE: one file FILE.PID per process\n"
"\n"
"Filtering:\n"
"  -e EXPR                a qualifying expression: trace=SET, status=SET,\n"
"                         signal=SET, read=FDS, write=FDS (EXPR alone\n"
"                         means trace=EXPR)\n"
"  --trace=SET            syscalls to show: names, %file %network\n"
"                         %process %memory %signal %desc %ipc %creds ...,\n"
"                         /REGEX, ?NAME, all, none; '!' negates\n"
"  --status=SET           successful, failed, unfinished, unavailable,\n"
"                         detached\n"
"  --signal=SET           signals to show\n"
"  -z, --successful-only  print only calls that succeeded\n"
"  -Z, --failed-only      print only calls that failed\n"
"  -P PATH, --trace-path=PATH\n"
"                         print only calls touching PATH (repeatable)\n"
"\n"
"Tampering:\n"
"  -e inject=SET[:error=E|:retval=N][:signal=SIG][:syscall=NAME]\n"
"     [:delay_enter=D][:delay_exit=D][:when=FIRST[..LAST][+[STEP]]]\n"
"                         make calls of SET fail with E, return N, get\n"
"                         SIG or wait D (us, or with s/ms/us/ns); when=\n"
"                         picks invocations, counted per thread\n"
"  -e fault=SET[:error=E][:when=EXPR]\n"
"                         inject error E (default ENOSYS)\n"
"\n"
"Output format:\n"
"  -o FILE, --output=FILE write the trace to FILE instead of stderr\n"
"  --string-limit=N       print at most N bytes of strings (default 32)\n"
"  --columns=N            align return values at column N (default 40)\n"
"  -T, --syscall-times    print the time spent in each call\n"
"  -t, --absolute-timestamps\n"
"                         prefix lines with the time of day\n"
"  -tt                    ... with microseconds\n"
"  -ttt                   ... as UNIX time with microseconds\n"
"  -r, --relative-timestamps\n"
"                         prefix lines with the time since the previous\n"
"  -y, --decode-fds[=path]\n"
"                         print the paths of file descriptors\n"
"  -yy, --decode-fds=all  ... and socket endpoints\n"
"  -v, --no-abbrev        print structures and environments in full\n"
"  -x                     print non-ASCII strings in hex\n"
"  -xx                    print all strings in hex\n"
"  -X raw|abbrev|verbose, --const-print-style=STYLE\n"
"                         print constants as numbers, names (default),\n"
"                         or numbers with the names in comments\n"
"  -e read=FDS, --read=FDS\n"
"                         hex dump of all data read from the fds FDS\n"
"  -e write=FDS, --write=FDS\n"
"                         hex dump of all data written to the fds FDS\n"
"  --instruction-pointer  print the instruction pointer at each call\n"
"                         (strace's -i; -i is the shell in mytrace)\n"
"  --json                 one JSON object per call, signal and exit\n"
"  -q, --quiet            no \"Process N attached/detached\" messages\n"
"  -qq                    ... and no \"+++ exited\" lines either\n"
"\n"
"Statistics:\n"
"  -c, --summary-only     count calls, errors and time; print a table\n"
"  -C, --summary          like -c, but print the trace too\n"
"\n"
"Scripting (Lua 5.4, see docs/lua.md):\n"
"  -s FILE.lua            run a Lua script (repeatable)\n"
"  -a KEY=VAL             set args.KEY for the scripts\n"
"  -E 'CHUNK'             run a Lua chunk\n"
"  -l                     list the scripts on the search path\n"
"  --hook-timeout=SECONDS stop the script when one hook runs longer\n"
"                         (default: no limit)\n"
"  --lua-memory=MB        memory limit of the Lua state (default 512,\n"
"                         0: no limit)\n"
"\n"
"Shell (see docs/shell.md):\n"
"  -i, --interactive      the shell: mytrace -i [PROG ARGS | -p PID]\n"
"                         (also the default with no PROG on a terminal)\n"
"  -n, --nx               do not read ~/.mytraceinit\n"
"  -x FILE (after -i), --command=FILE\n"
"                         run the shell commands in FILE\n"
"  -batch                 run the -x files, then quit\n"
"\n"
"Miscellaneous:\n"
"  -h, --help             print this help\n"
"  -V, --version          print the version\n";

void cli_usage(FILE *out)
{
	fputs(usage_text, out);
}
