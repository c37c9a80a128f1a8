// SPDX-License-Identifier: MIT
/*
 * cli_args - the values of mytrace's options: pid lists, paths, script
 * sources and arguments, numbers, timestamps, -y/-q/-x/-X styles,
 * --hook-timeout (see src/cli_priv.h).  Pure, as src/cli.c.
 */
#include "cli_priv.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A non-negative decimal int; -1 when @s is not one. */
int cli_parse_uint(const char *s)
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

static int cli_add_pid(struct cli_state *st, const char *s, size_t len)
{
	struct cli_opts *o = st->o;
	char buf[32];
	pid_t *p;
	int v;

	if (len >= sizeof(buf))
		len = sizeof(buf) - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	v = cli_parse_uint(buf);
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
int cli_add_pids(struct cli_state *st, const char *arg)
{
	static const char seps[] = ", \t\n";
	const char *s = arg;
	size_t n;

	for (;;) {
		s += strspn(s, seps);
		if (!*s)
			break;
		n = strcspn(s, seps);
		if (cli_add_pid(st, s, n))
			return -1;
		s += n;
	}
	if (s == arg)
		return cli_fail(st, "Invalid process id: '%s'", arg);
	return 0;
}

/*
 * Append @s to the NULL-terminated list *@list of *@n strings (the
 * strings stay main's argv).
 */
static int cli_append(struct cli_state *st, const char ***list, int *n,
		      const char *s)
{
	const char **p;

	p = realloc(*list, (size_t)(*n + 2) * sizeof(*p));
	if (!p)
		return cli_fail(st, "out of memory");
	p[(*n)++] = s;
	p[*n] = NULL;
	*list = p;
	return 0;
}

int cli_add_path(struct cli_state *st, const char *path)
{
	return cli_append(st, &st->o->paths, &st->o->npaths, path);
}

/* Apply "-e @prefix@arg" through the filter module. */
int cli_add_filter(struct cli_state *st, const char *prefix,
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
int cli_check_precision(struct cli_state *st, const char *name,
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
int cli_parse_abs_ts(struct cli_state *st, const char *arg)
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
int cli_parse_decode_fds(struct cli_state *st, const char *arg)
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
int cli_parse_quiet(struct cli_state *st, const char *arg)
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
int cli_parse_hex(struct cli_state *st, const char *arg)
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
int cli_parse_xstyle(struct cli_state *st, const char *opt, const char *arg)
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
int cli_add_source(struct cli_state *st, int is_chunk, const char *text)
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
int cli_add_script_arg(struct cli_state *st, const char *arg)
{
	struct cli_opts *o = st->o;

	if (!strchr(arg, '=') || arg[0] == '=')
		return cli_fail(st, "-a wants KEY=VALUE, not '%s'", arg);
	return cli_append(st, &o->script_args, &o->nscript_args, arg);
}

/* -x FILE (with -i), --command=FILE: a shell command file. */
int cli_add_command(struct cli_state *st, const char *arg)
{
	return cli_append(st, &st->o->commands, &st->o->ncommands, arg);
}

int cli_number_opt(struct cli_state *st, const char *name, const char *arg,
		   int *out)
{
	int v = cli_parse_uint(arg);

	if (v < 0)
		return cli_fail(st, "invalid --%s argument: '%s'", name, arg);
	*out = v;
	return 0;
}

/* --hook-timeout=SECONDS: a decimal number, 0 for none. */
int cli_parse_hook_timeout(struct cli_state *st, const char *arg)
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
