// SPDX-License-Identifier: MIT
/* Unit tests for cli: every flag, the long forms, and every error. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "cli.h"
#include "inject.h"
#include "syscalls.h"

#define MAXARGS 32

static struct cli_opts opts;
static char err[512];

/* Parse a NULL-terminated list of words after "mytrace". */
static int parse_v(const char *first, va_list ap)
{
	static char *argv[MAXARGS];
	const char *w;
	int argc = 0;

	argv[argc++] = "mytrace";
	for (w = first; w && argc < MAXARGS - 1; w = va_arg(ap, const char *))
		argv[argc++] = (char *)w;
	argv[argc] = NULL;
	cli_free(&opts);
	return cli_parse(&opts, argc, argv, err, sizeof(err));
}

static int parse(const char *first, ...)
{
	va_list ap;
	int rc;

	va_start(ap, first);
	rc = parse_v(first, ap);
	va_end(ap);
	return rc;
}

/* Expect a failure whose message is exactly @msg. */
static void expect_error(const char *msg, const char *first, ...)
{
	va_list ap;
	int rc;

	va_start(ap, first);
	rc = parse_v(first, ap);
	va_end(ap);
	assert_int_equal(rc, -1);
	assert_string_equal(err, msg);
}

static int teardown(void **state)
{
	(void)state;
	cli_free(&opts);
	return 0;
}

static void test_defaults(void **state)
{
	(void)state;
	assert_int_equal(parse("ls", "-l", NULL), 0);
	assert_int_equal(opts.argc, 2);
	assert_string_equal(opts.argv[0], "ls");
	assert_string_equal(opts.argv[1], "-l");
	assert_int_equal(opts.npids, 0);
	assert_int_equal(opts.follow, 0);
	assert_null(opts.outfile);
	assert_int_equal(opts.count, 0);
	assert_int_equal(opts.columns, 40);
	assert_int_equal(opts.dopts.string_limit, 32);
	assert_int_equal(opts.dopts.verbose, 0);
	assert_int_equal(opts.dopts.xflag, 0);
	assert_int_equal(opts.dopts.yflag, 0);
	assert_int_equal(opts.filter.status, FS_ALL);
	assert_int_equal(opts.npaths, 0);
	assert_int_equal(opts.tstamp, 0);
	assert_int_equal(opts.quiet, 0);
}

/* Options stop at PROG: its own flags pass through untouched. */
static void test_stops_at_prog(void **state)
{
	(void)state;
	assert_int_equal(parse("-f", "sh", "-c", "-f", "-o", "x", NULL), 0);
	assert_int_equal(opts.follow, 1);
	assert_null(opts.outfile);
	assert_int_equal(opts.argc, 5);
	assert_string_equal(opts.argv[1], "-c");
	assert_int_equal(parse("--", "-weird", NULL), 0);
	assert_int_equal(opts.argc, 1);
	assert_string_equal(opts.argv[0], "-weird");
}

static void test_follow(void **state)
{
	(void)state;
	assert_int_equal(parse("-f", "ls", NULL), 0);
	assert_int_equal(opts.follow, 1);
	assert_int_equal(parse("-ff", "ls", NULL), 0);
	assert_int_equal(opts.follow, 2);
	assert_int_equal(parse("-f", "-f", "-f", "ls", NULL), 0);
	assert_int_equal(opts.follow, 2);
	assert_int_equal(parse("--follow-forks", "ls", NULL), 0);
	assert_int_equal(opts.follow, 1);
	assert_int_equal(parse("--follow-forks", "--output-separately",
			       "ls", NULL), 0);
	assert_int_equal(opts.follow, 2);
}

static void test_pids(void **state)
{
	(void)state;
	assert_int_equal(parse("-p", "1", "-p", "22,33", "-p", "44 55",
			       "--attach=66", NULL), 0);
	assert_int_equal(opts.npids, 6);
	assert_int_equal(opts.pids[0], 1);
	assert_int_equal(opts.pids[1], 22);
	assert_int_equal(opts.pids[2], 33);
	assert_int_equal(opts.pids[3], 44);
	assert_int_equal(opts.pids[4], 55);
	assert_int_equal(opts.pids[5], 66);
	assert_int_equal(opts.argc, 0);
	assert_int_equal(parse("-p", "7", "ls", NULL), 0);
	assert_int_equal(opts.npids, 1);
	assert_int_equal(opts.argc, 1);
}

static void test_pid_errors(void **state)
{
	char self[32], msg[64];

	(void)state;
	expect_error("Invalid process id: 'abc'", "-p", "abc", NULL);
	expect_error("Invalid process id: '0'", "-p", "0", NULL);
	expect_error("Invalid process id: '-5'", "-p", "-5", NULL);
	expect_error("Invalid process id: '12x'", "-p", "12x", NULL);
	expect_error("Invalid process id: 'abc'", "-p", "1,abc", NULL);
	expect_error("Invalid process id: ''", "-p", "", NULL);
	snprintf(self, sizeof(self), "%d", (int)getpid());
	snprintf(msg, sizeof(msg), "I'm sorry, I can't let you do that, Dave.");
	expect_error(msg, "-p", self, NULL);
}

static void test_output(void **state)
{
	(void)state;
	assert_int_equal(parse("-o", "f.txt", "ls", NULL), 0);
	assert_string_equal(opts.outfile, "f.txt");
	assert_int_equal(parse("--output=g", "ls", NULL), 0);
	assert_string_equal(opts.outfile, "g");
	assert_int_equal(parse("-ohello", "ls", NULL), 0);
	assert_string_equal(opts.outfile, "hello");
}

static void test_status_flags(void **state)
{
	(void)state;
	assert_int_equal(parse("-z", "ls", NULL), 0);
	assert_int_equal(opts.filter.status, FS_SUCCESSFUL);
	assert_int_equal(parse("-Z", "ls", NULL), 0);
	assert_int_equal(opts.filter.status, FS_FAILED);
	assert_int_equal(parse("-z", "-Z", "ls", NULL), 0);
	assert_int_equal(opts.filter.status, FS_FAILED);
	assert_int_equal(parse("--successful-only", "ls", NULL), 0);
	assert_int_equal(opts.filter.status, FS_SUCCESSFUL);
	assert_int_equal(parse("--failed-only", "ls", NULL), 0);
	assert_int_equal(opts.filter.status, FS_FAILED);
}

static void test_filter_exprs(void **state)
{
	long openat = syscalls_lookup("openat");
	long close_nr = syscalls_lookup("close");

	(void)state;
	assert_int_equal(parse("-e", "trace=openat", "ls", NULL), 0);
	assert_true(sysset_has(&opts.filter.trace, openat));
	assert_false(sysset_has(&opts.filter.trace, close_nr));
	assert_int_equal(parse("--trace=close", "ls", NULL), 0);
	assert_true(sysset_has(&opts.filter.trace, close_nr));
	assert_false(sysset_has(&opts.filter.trace, openat));
	assert_int_equal(parse("-e", "close", "ls", NULL), 0);
	assert_true(sysset_has(&opts.filter.trace, close_nr));
	assert_int_equal(parse("--status=failed", "ls", NULL), 0);
	assert_int_equal(opts.filter.status, FS_FAILED);
	assert_int_equal(parse("-e", "status=successful", "ls", NULL), 0);
	assert_int_equal(opts.filter.status, FS_SUCCESSFUL);
	assert_int_equal(parse("--signal=none", "ls", NULL), 0);
	assert_false(filter_signal_has(&opts.filter, 17));
	assert_int_equal(parse("-e", "signal=SIGCHLD", "ls", NULL), 0);
	assert_true(filter_signal_has(&opts.filter, 17));
	assert_false(filter_signal_has(&opts.filter, 10));
	/* The filter module's message comes through. */
	assert_int_equal(parse("-e", "trace=nosuchcall", "ls", NULL), -1);
	assert_string_equal(err, "invalid system call 'nosuchcall'");
	assert_int_equal(parse("-e", "status=bogus", "ls", NULL), -1);
	assert_true(err[0] != '\0');
}

static void test_summary_flags(void **state)
{
	(void)state;
	assert_int_equal(parse("-c", "ls", NULL), 0);
	assert_int_equal(opts.count, 1);
	assert_int_equal(parse("-C", "ls", NULL), 0);
	assert_int_equal(opts.count, 2);
	assert_int_equal(parse("--summary-only", "ls", NULL), 0);
	assert_int_equal(opts.count, 1);
	assert_int_equal(parse("--summary", "ls", NULL), 0);
	assert_int_equal(opts.count, 2);
	assert_int_equal(parse("-c", "-f", "ls", NULL), 0);
	assert_int_equal(opts.count, 1);
	assert_int_equal(opts.follow, 1);
	expect_error("-c/--summary-only and -C/--summary are mutually "
		     "exclusive", "-c", "-C", "ls", NULL);
	expect_error("(-c/--summary-only or -C/--summary) and "
		     "-ff/--output-separately are mutually exclusive",
		     "-c", "-ff", "-o", "x", "ls", NULL);
	expect_error("(-c/--summary-only or -C/--summary) and "
		     "-ff/--output-separately are mutually exclusive",
		     "-ff", "-C", "ls", NULL);
}

static void test_times(void **state)
{
	(void)state;
	assert_int_equal(parse("-T", "-r", "ls", NULL), 0);
	assert_int_equal(opts.show_duration, 1);
	assert_int_equal(opts.relative, 1);
	assert_int_equal(parse("-t", "ls", NULL), 0);
	assert_int_equal(opts.tstamp, 1);
	assert_int_equal(parse("-tt", "ls", NULL), 0);
	assert_int_equal(opts.tstamp, 2);
	assert_int_equal(parse("-ttt", "ls", NULL), 0);
	assert_int_equal(opts.tstamp, 3);
	assert_int_equal(parse("-tttt", "ls", NULL), 0);
	assert_int_equal(opts.tstamp, 3);
	assert_int_equal(parse("--syscall-times", "--relative-timestamps",
			       "ls", NULL), 0);
	assert_int_equal(opts.show_duration, 1);
	assert_int_equal(opts.relative, 1);
	assert_int_equal(parse("--syscall-times=ns", "ls", NULL), 0);
	assert_int_equal(parse("--absolute-timestamps", "ls", NULL), 0);
	assert_int_equal(opts.tstamp, 1);
	assert_int_equal(parse("--absolute-timestamps=us", "ls", NULL), 0);
	assert_int_equal(opts.tstamp, 2);
	assert_int_equal(parse("--absolute-timestamps=unix,us", "ls", NULL),
			 0);
	assert_int_equal(opts.tstamp, 3);
	assert_int_equal(parse("--absolute-timestamps=format:time,"
			       "precision:us", "ls", NULL), 0);
	assert_int_equal(opts.tstamp, 2);
	assert_int_equal(parse("-t", "--absolute-timestamps=none", "ls",
			       NULL), 0);
	assert_int_equal(opts.tstamp, 0);
	expect_error("invalid --absolute-timestamps argument: 'foo'",
		     "--absolute-timestamps=foo", "ls", NULL);
	expect_error("invalid --syscall-times argument: 'xs'",
		     "--syscall-times=xs", "ls", NULL);
	expect_error("invalid --relative-timestamps argument: 'm'",
		     "--relative-timestamps=m", "ls", NULL);
}

static void test_decoding_flags(void **state)
{
	(void)state;
	assert_int_equal(parse("-y", "-v", "-x", "ls", NULL), 0);
	assert_int_equal(opts.dopts.yflag, 1);
	assert_int_equal(opts.dopts.verbose, 1);
	assert_int_equal(opts.dopts.xflag, 1);
	assert_int_equal(parse("-yy", "-xx", "ls", NULL), 0);
	assert_int_equal(opts.dopts.yflag, 2);
	assert_int_equal(opts.dopts.xflag, 2);
	assert_int_equal(parse("-yyy", "-xxx", "ls", NULL), 0);
	assert_int_equal(opts.dopts.yflag, 2);
	assert_int_equal(opts.dopts.xflag, 2);
	assert_int_equal(parse("--decode-fds", "ls", NULL), 0);
	assert_int_equal(opts.dopts.yflag, 1);
	assert_int_equal(parse("--decode-fds=path", "ls", NULL), 0);
	assert_int_equal(opts.dopts.yflag, 1);
	assert_int_equal(parse("--decode-fds=path,socket", "ls", NULL), 0);
	assert_int_equal(opts.dopts.yflag, 2);
	assert_int_equal(parse("--decode-fds=all", "ls", NULL), 0);
	assert_int_equal(opts.dopts.yflag, 2);
	expect_error("invalid decode-fds 'foo'", "--decode-fds=foo", "ls",
		     NULL);
	assert_int_equal(parse("--no-abbrev", "ls", NULL), 0);
	assert_int_equal(opts.dopts.verbose, 1);
	assert_int_equal(parse("--strings-in-hex", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xflag, 2);
	assert_int_equal(parse("--strings-in-hex=non-ascii", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xflag, 1);
	assert_int_equal(parse("-X", "abbrev", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xstyle, DECODE_X_ABBREV);
	assert_int_equal(parse("-X", "raw", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xstyle, DECODE_X_RAW);
	assert_int_equal(parse("--const-print-style=verbose", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xstyle, DECODE_X_VERBOSE);
	expect_error("invalid -X argument: 'bogus'", "-X", "bogus", "ls",
		     NULL);
	expect_error("invalid --const-print-style argument: 'x'",
		     "--const-print-style=x", "ls", NULL);
	/* strace's -i is --instruction-pointer here (-i is the shell). */
	assert_int_equal(parse("--instruction-pointer", "--json", "ls", NULL),
			 0);
	assert_int_equal(opts.iflag, 1);
	assert_int_equal(opts.json, 1);
	assert_int_equal(parse("--read=3", "--write=all", "-e", "w=!2", "ls",
			       NULL), 0);
	assert_true(filter_fd_has(&opts.filter.read_fds, 3));
	assert_true(filter_fd_has(&opts.filter.write_fds, 1));
	assert_false(filter_fd_has(&opts.filter.write_fds, 2));
	expect_error("invalid descriptor 'x'", "--read=x", "ls", NULL);
}

static void test_limits(void **state)
{
	(void)state;
	assert_int_equal(parse("--string-limit=100", "--columns=0", "ls",
			       NULL), 0);
	assert_int_equal(opts.dopts.string_limit, 100);
	assert_int_equal(opts.columns, 0);
	assert_int_equal(parse("--string-limit", "7", "ls", NULL), 0);
	assert_int_equal(opts.dopts.string_limit, 7);
	expect_error("invalid --string-limit argument: 'abc'",
		     "--string-limit=abc", "ls", NULL);
	expect_error("invalid --string-limit argument: '-1'",
		     "--string-limit=-1", "ls", NULL);
	expect_error("invalid --columns argument: 'x'", "--columns=x", "ls",
		     NULL);
}

static void test_paths(void **state)
{
	(void)state;
	assert_int_equal(parse("-P", "/a", "--trace-path=/b", "-P", "/c",
			       "ls", NULL), 0);
	assert_int_equal(opts.npaths, 3);
	assert_string_equal(opts.paths[0], "/a");
	assert_string_equal(opts.paths[1], "/b");
	assert_string_equal(opts.paths[2], "/c");
	assert_null(opts.paths[3]);
}

static void test_quiet(void **state)
{
	(void)state;
	assert_int_equal(parse("-q", "ls", NULL), 0);
	assert_int_equal(opts.quiet, 1);
	assert_int_equal(parse("-qq", "ls", NULL), 0);
	assert_int_equal(opts.quiet, 2);
	assert_int_equal(parse("-qqq", "ls", NULL), 0);
	assert_int_equal(opts.quiet, 2);
	assert_int_equal(parse("--quiet", "ls", NULL), 0);
	assert_int_equal(opts.quiet, 1);
	assert_int_equal(parse("--quiet=attach,exit", "ls", NULL), 0);
	assert_int_equal(opts.quiet, 2);
	expect_error("invalid quiet 'bogus'", "--quiet=bogus", "ls", NULL);
}

static void test_help_version(void **state)
{
	(void)state;
	assert_int_equal(parse("-h", NULL), 0);
	assert_int_equal(opts.help, 1);
	assert_int_equal(parse("--help", NULL), 0);
	assert_int_equal(opts.help, 1);
	assert_int_equal(parse("-V", NULL), 0);
	assert_int_equal(opts.version, 1);
	assert_int_equal(parse("--version", NULL), 0);
	assert_int_equal(opts.version, 1);
	assert_int_equal(parse("--seccomp-bpf", "ls", NULL), 0);
	assert_int_equal(parse("--no-seccomp-bpf", "ls", NULL), 0);
}

static void test_usage_errors(void **state)
{
	(void)state;
	expect_error("must have PROG [ARGS] or -p PID", NULL);
	expect_error("must have PROG [ARGS] or -p PID", "-f", NULL);
	expect_error("invalid option -- 'k'", "-k", "ls", NULL);
	expect_error("invalid option -- 'j'", "-fj", "ls", NULL);
	expect_error("option requires an argument -- 'o'", "-o", NULL);
	expect_error("option requires an argument -- 'p'", "-p", NULL);
	expect_error("unrecognized option '--foo'", "--foo", "ls", NULL);
	expect_error("option '--output' requires an argument", "--output",
		     NULL);
	expect_error("option '--help' doesn't allow an argument",
		     "--help=3", NULL);
}

/* The scripting letters are reserved, with a hint for strace habits. */
static void test_reserved(void **state)
{
	(void)state;
	expect_error("-s is the Lua script option in mytrace; use "
		     "--string-limit=64 for strace's -s", "-s", "64", "ls",
		     NULL);
	expect_error("-a is a script argument in mytrace; use --columns=60 "
		     "for strace's -a", "-a", "60", "ls", NULL);
	expect_error("-a wants KEY=VALUE, not 'oops'", "-s", "x.lua", "-a",
		     "oops", "ls", NULL);
	expect_error("-a KEY=VAL needs a script (-s FILE or -E CHUNK)",
		     "-a", "k=v", "ls", NULL);
}

/* -s/-E keep their order, -a collects, and no PROG is needed. */
static void test_scripts(void **state)
{
	struct cli_opts *o = &opts;

	(void)state;
	assert_int_equal(parse("-s", "a.lua", "-E", "print(1)", "-a", "k=v",
			       "-s", "b.lua", NULL), 0);
	assert_int_equal(o->nsources, 3);
	assert_false(o->sources[0].is_chunk);
	assert_string_equal(o->sources[0].text, "a.lua");
	assert_true(o->sources[1].is_chunk);
	assert_string_equal(o->sources[1].text, "print(1)");
	assert_string_equal(o->sources[2].text, "b.lua");
	assert_int_equal(o->nscript_args, 1);
	assert_string_equal(o->script_args[0], "k=v");
	assert_int_equal(o->argc, 0);
}

static void test_combination(void **state)
{
	(void)state;
	assert_int_equal(parse("-f", "-o", "out", "-e", "trace=%file", "-T",
			       "-tt", "-y", "--string-limit=80", "-qq",
			       "-Z", "make", "-j4", NULL), 0);
	assert_int_equal(opts.follow, 1);
	assert_string_equal(opts.outfile, "out");
	assert_int_equal(opts.show_duration, 1);
	assert_int_equal(opts.tstamp, 2);
	assert_int_equal(opts.dopts.yflag, 1);
	assert_int_equal(opts.dopts.string_limit, 80);
	assert_int_equal(opts.quiet, 2);
	assert_int_equal(opts.filter.status, FS_FAILED);
	assert_true(sysset_has(&opts.filter.trace, syscalls_lookup("openat")));
	assert_false(sysset_has(&opts.filter.trace, syscalls_lookup("read")));
	assert_int_equal(opts.argc, 2);
	assert_string_equal(opts.argv[1], "-j4");
	/* Parsing again starts from scratch. */
	assert_int_equal(parse("ls", NULL), 0);
	assert_int_equal(opts.follow, 0);
	assert_null(opts.outfile);
	assert_true(sysset_has(&opts.filter.trace, syscalls_lookup("read")));
}

/* --hook-timeout=SECONDS and --lua-memory=MB. */
static void test_lua_limits(void **state)
{
	(void)state;
	assert_int_equal(parse("-E", "x = 1", NULL), 0);
	assert_true(opts.hook_timeout == 0);
	assert_int_equal(opts.lua_memory, 0);
	assert_int_equal(parse("--hook-timeout=2", "-E", "x = 1", NULL), 0);
	assert_true(opts.hook_timeout == 2);
	assert_int_equal(parse("--hook-timeout", "0.5", "-E", "x", NULL), 0);
	assert_true(opts.hook_timeout == 0.5);
	assert_int_equal(parse("--hook-timeout=0", "-E", "x", NULL), 0);
	assert_true(opts.hook_timeout == 0);
	expect_error("invalid --hook-timeout argument: 'soon' (seconds, e.g. "
		     "2 or 0.5; 0 for none)", "--hook-timeout=soon", "ls",
		     NULL);
	expect_error("invalid --hook-timeout argument: '-1' (seconds, e.g. "
		     "2 or 0.5; 0 for none)", "--hook-timeout=-1", "ls", NULL);
	expect_error("invalid --hook-timeout argument: '' (seconds, e.g. "
		     "2 or 0.5; 0 for none)", "--hook-timeout=", "ls", NULL);
	expect_error("invalid --hook-timeout argument: '1e9' (seconds, e.g. "
		     "2 or 0.5; 0 for none)", "--hook-timeout=1e9", "ls",
		     NULL);
	expect_error("option '--hook-timeout' requires an argument",
		     "--hook-timeout", NULL);
	assert_int_equal(parse("--lua-memory=64", "-E", "x", NULL), 0);
	assert_int_equal(opts.lua_memory, 64);
	/* 0: no limit, told apart from "not given" (the 512 MiB default). */
	assert_int_equal(parse("--lua-memory=0", "-E", "x", NULL), 0);
	assert_int_equal(opts.lua_memory, -1);
	expect_error("invalid --lua-memory argument: 'lots'",
		     "--lua-memory=lots", "ls", NULL);
	expect_error("invalid --lua-memory argument: '-5'",
		     "--lua-memory=-5", "ls", NULL);
}

/* -e inject=, -e fault=, --inject=, --fault=: rules in the filter. */
static void test_inject(void **state)
{
	long openat = syscalls_lookup("openat");
	const struct inject_rule *r;

	(void)state;
	assert_int_equal(parse("-e", "inject=openat:error=ENOENT", "ls",
			       NULL), 0);
	assert_int_equal(opts.filter.inject.n, 1);
	r = &opts.filter.inject.rule[0];
	assert_true(sysset_has(&r->set, openat));
	assert_int_equal(r->error, 2);
	assert_int_equal(parse("--inject=getpid:retval=7", "--fault=openat",
			       "ls", NULL), 0);
	assert_int_equal(opts.filter.inject.n, 2);
	r = &opts.filter.inject.rule[0];
	assert_true(r->has_retval);
	assert_int_equal(r->retval, 7);
	r = &opts.filter.inject.rule[1];
	assert_true(sysset_has(&r->set, openat));
	assert_int_equal(r->error, 38);	/* fault=: ENOSYS by default */
	assert_int_equal(parse("-e", "fault=openat:error=EACCES", "ls", NULL),
			 0);
	assert_int_equal(opts.filter.inject.rule[0].error, 13);
	expect_error("invalid inject argument 'getpid:foo=1'",
		     "--inject=getpid:foo=1", "ls", NULL);
	expect_error("invalid system call 'nosuch'", "-e",
		     "fault=nosuch", "ls", NULL);
}

/* -e read=FDS / -e write=FDS, as --read= / --write=. */
static void test_dump_fds(void **state)
{
	(void)state;
	assert_int_equal(parse("-e", "read=0,3", "-e", "write=1", "ls", NULL),
			 0);
	assert_true(filter_fd_has(&opts.filter.read_fds, 0));
	assert_true(filter_fd_has(&opts.filter.read_fds, 3));
	assert_false(filter_fd_has(&opts.filter.read_fds, 1));
	assert_true(filter_fd_has(&opts.filter.write_fds, 1));
	assert_false(filter_fd_has(&opts.filter.write_fds, 0));
	assert_int_equal(parse("ls", NULL), 0);
	assert_false(filter_fd_has(&opts.filter.read_fds, 0));
	assert_false(filter_fd_has(&opts.filter.write_fds, 1));
	expect_error("invalid descriptor 'x'", "-e", "write=x", "ls", NULL);
}

/* -X and --const-print-style: the last one wins; -X needs a value. */
static void test_xstyle(void **state)
{
	(void)state;
	assert_int_equal(opts.dopts.xstyle, DECODE_X_ABBREV);
	assert_int_equal(parse("-X", "verbose", "-X", "raw", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xstyle, DECODE_X_RAW);
	assert_int_equal(parse("-Xverbose", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xstyle, DECODE_X_VERBOSE);
	assert_int_equal(parse("--const-print-style", "raw", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xstyle, DECODE_X_RAW);
	expect_error("option requires an argument -- 'X'", "-X", NULL);
	expect_error("option '--const-print-style' requires an argument",
		     "--const-print-style", NULL);
	expect_error("invalid -X argument: 'RAW'", "-X", "RAW", "ls", NULL);
}

/* --json and --instruction-pointer: plain flags, off by default. */
static void test_output_modes(void **state)
{
	(void)state;
	assert_int_equal(parse("ls", NULL), 0);
	assert_int_equal(opts.json, 0);
	assert_int_equal(opts.iflag, 0);
	assert_int_equal(parse("--json", "ls", NULL), 0);
	assert_int_equal(opts.json, 1);
	assert_int_equal(opts.iflag, 0);
	assert_int_equal(parse("--instruction-pointer", "ls", NULL), 0);
	assert_int_equal(opts.iflag, 1);
	assert_int_equal(opts.json, 0);
	expect_error("option '--json' doesn't allow an argument", "--json=1",
		     "ls", NULL);
	expect_error("option '--instruction-pointer' doesn't allow an "
		     "argument", "--instruction-pointer=1", "ls", NULL);
}

/* The shell: -i, -n, -x FILE after -i, -batch, --command=FILE. */
static void test_shell(void **state)
{
	(void)state;
	assert_int_equal(parse("-i", NULL), 0);
	assert_int_equal(opts.shell, 1);
	assert_int_equal(opts.batch, 0);
	assert_int_equal(opts.no_init, 0);
	assert_int_equal(opts.ncommands, 0);
	assert_int_equal(parse("--interactive", "-n", "ls", "-l", NULL), 0);
	assert_int_equal(opts.shell, 1);
	assert_int_equal(opts.no_init, 1);
	assert_int_equal(opts.argc, 2);
	assert_string_equal(opts.argv[0], "ls");
	/* After -i, -x takes a file (strace's hex flag otherwise). */
	assert_int_equal(parse("-i", "-x", "a.gdb", "--command=b.gdb",
			       "--nx", NULL), 0);
	assert_int_equal(opts.ncommands, 2);
	assert_string_equal(opts.commands[0], "a.gdb");
	assert_string_equal(opts.commands[1], "b.gdb");
	assert_int_equal(opts.no_init, 1);
	assert_int_equal(opts.dopts.xflag, 0);
	/* GDB's one-dash -batch implies the shell; -x then is a file too. */
	assert_int_equal(parse("-batch", "-x", "c.gdb", NULL), 0);
	assert_int_equal(opts.batch, 1);
	assert_int_equal(opts.shell, 1);
	assert_int_equal(opts.ncommands, 1);
	assert_string_equal(opts.commands[0], "c.gdb");
	assert_int_equal(parse("--batch", NULL), 0);
	assert_int_equal(opts.batch, 1);
	/* -batch after PROG is PROG's argument. */
	assert_int_equal(parse("-i", "prog", "-batch", NULL), 0);
	assert_int_equal(opts.batch, 0);
	assert_int_equal(opts.argc, 2);
	assert_string_equal(opts.argv[1], "-batch");
	/* Without -i, -x is strace's and takes no file. */
	assert_int_equal(parse("-x", "ls", NULL), 0);
	assert_int_equal(opts.dopts.xflag, 1);
	assert_int_equal(opts.ncommands, 0);
	assert_int_equal(opts.shell, 0);
	expect_error("option requires an argument -- 'x'", "-i", "-x", NULL);
	expect_error("option '--command' requires an argument", "--command",
		     NULL);
}

/* --seccomp-bpf / --no-seccomp-bpf, and -p rules out the filter. */
static void test_seccomp(void **state)
{
	(void)state;
	assert_int_equal(parse("ls", NULL), 0);
	assert_int_equal(opts.seccomp, 0);
	assert_int_equal(parse("--seccomp-bpf", "ls", NULL), 0);
	assert_int_equal(opts.seccomp, 1);
	assert_int_equal(parse("--no-seccomp-bpf", "ls", NULL), 0);
	assert_int_equal(opts.seccomp, 2);
	assert_int_equal(parse("--seccomp-bpf", "--no-seccomp-bpf", "ls",
			       NULL), 0);
	assert_int_equal(opts.seccomp, 2);
	assert_int_equal(parse("--no-seccomp-bpf", "-p", "1", NULL), 0);
	assert_int_equal(opts.seccomp, 2);
	expect_error("--seccomp-bpf cannot be used with -p: the filter is "
		     "installed before exec", "--seccomp-bpf", "-p", "1",
		     NULL);
}

static void test_usage_text(void **state)
{
	static const char *const flags[] = {
		"-f", "-ff", "-p PID", "-o FILE", "-e EXPR", "-z", "-Z", "-c",
		"-C", "-T", "-tt", "-ttt", "-r", "-y", "-yy", "-v", "-x",
		"-xx", "-P PATH", "-q", "-qq", "-h", "-V", "--string-limit",
		"--columns", "--trace=", "--status=", "--signal=",
		"--output=", "--attach=", "--summary-only", "--follow-forks",
		NULL
	};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int i;

	(void)state;
	assert_non_null(f);
	cli_usage(f);
	fclose(f);
	for (i = 0; flags[i]; i++)
		assert_non_null(strstr(buf, flags[i]));
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_defaults, teardown),
		cmocka_unit_test_teardown(test_stops_at_prog, teardown),
		cmocka_unit_test_teardown(test_follow, teardown),
		cmocka_unit_test_teardown(test_pids, teardown),
		cmocka_unit_test_teardown(test_pid_errors, teardown),
		cmocka_unit_test_teardown(test_output, teardown),
		cmocka_unit_test_teardown(test_status_flags, teardown),
		cmocka_unit_test_teardown(test_filter_exprs, teardown),
		cmocka_unit_test_teardown(test_summary_flags, teardown),
		cmocka_unit_test_teardown(test_times, teardown),
		cmocka_unit_test_teardown(test_decoding_flags, teardown),
		cmocka_unit_test_teardown(test_limits, teardown),
		cmocka_unit_test_teardown(test_paths, teardown),
		cmocka_unit_test_teardown(test_quiet, teardown),
		cmocka_unit_test_teardown(test_help_version, teardown),
		cmocka_unit_test_teardown(test_usage_errors, teardown),
		cmocka_unit_test_teardown(test_reserved, teardown),
		cmocka_unit_test_teardown(test_scripts, teardown),
		cmocka_unit_test_teardown(test_combination, teardown),
		cmocka_unit_test_teardown(test_usage_text, teardown),
		cmocka_unit_test_teardown(test_lua_limits, teardown),
		cmocka_unit_test_teardown(test_inject, teardown),
		cmocka_unit_test_teardown(test_dump_fds, teardown),
		cmocka_unit_test_teardown(test_xstyle, teardown),
		cmocka_unit_test_teardown(test_output_modes, teardown),
		cmocka_unit_test_teardown(test_shell, teardown),
		cmocka_unit_test_teardown(test_seccomp, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
