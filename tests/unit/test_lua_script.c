// SPDX-License-Identifier: MIT
/*
 * Unit tests for the script facade and the pure parts of the Lua library
 * (json, agg, args, script{}, hook handles, errors), run in-process
 * through script_run() with -E chunks and no program.
 *
 * Test-only entry: "test_lua_script --mytrace [-f] [-s FILE] [-E CHUNK]
 * [-a K=V] [-p PID] [--] PROG ARGS" behaves like "mytrace -s ...", so the
 * integration tests (tests/integration/lua_*.sh) can run real scripts
 * before main wires -s/-E/-a.
 */
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
#include "script.h"

/* Run -E chunks (no program) with -a args; the exit status. */
static int run_chunks(const char *const *chunks, int n,
		      const char *const *args, int nargs)
{
	struct script_source src[8];
	struct script_opts so;
	struct cli_opts cli;
	struct decode_opts d = DECODE_OPTS_DEFAULT;
	int i;

	memset(&cli, 0, sizeof(cli));
	cli.columns = 40;
	cli.dopts = d;
	filter_init(&cli.filter);
	memset(&so, 0, sizeof(so));
	for (i = 0; i < n && i < 8; i++) {
		src[i].is_chunk = 1;
		src[i].text = chunks[i];
	}
	so.cli = &cli;
	so.sources = src;
	so.nsources = n;
	so.args = args;
	so.nargs = nargs;
	return script_run(&so);
}

static int run1(const char *chunk)
{
	return run_chunks(&chunk, 1, NULL, 0);
}

static void test_chunk_ok(void **state)
{
	(void)state;
	assert_int_equal(run1("local x = 1 + 1 assert(x == 2)"), 0);
}

static void test_runtime_error(void **state)
{
	(void)state;
	assert_int_equal(run1("error('boom')"), 1);
}

static void test_syntax_error(void **state)
{
	static const char *const two[] = { "SIDE = 1", "this is not lua" };

	(void)state;
	/* Nothing runs when any source does not compile. */
	assert_int_equal(run_chunks(two, 2, NULL, 0), 1);
}

static void test_missing_file(void **state)
{
	struct script_source src = { 0, "/nonexistent/x.lua" };
	struct script_opts so;

	(void)state;
	memset(&so, 0, sizeof(so));
	so.sources = &src;
	so.nsources = 1;
	assert_int_equal(script_run(&so), 1);
}

static void test_args(void **state)
{
	static const char *const kv[] = { "path=/etc/x", "n=7", "flag" };

	(void)state;
	assert_int_equal(run_chunks((const char *const[]){
		"assert(args.path == '/etc/x')"
		" assert(args.n == '7') assert(args.flag == true)" }, 1,
		kv, 3), 0);
	assert_int_equal(run_chunks((const char *const[]){
		"script{name='t', args={n=1, m={default=5}, s='d'}}"
		" assert(args.n == 7 and math.type(args.n) == 'integer')"
		" assert(args.m == 5) assert(args.s == 'd')" }, 1, kv, 2), 0);
	assert_int_equal(run_chunks((const char *const[]){
		"script{args={n=1}}" }, 1,
		(const char *const[]){ "n=abc" }, 1), 1);
	assert_int_equal(run1("script{args={need={required=true}}}"), 1);
}

static void test_json(void **state)
{
	(void)state;
	assert_int_equal(run1(
		"assert(json.encode({1, 2, 'a'}) == '[1,2,\"a\"]')"
		" assert(json.encode({b=1, a=true}) == '{\"a\":true,\"b\":1}')"
		" assert(json.encode('q\"\\n') == '\"q\\\\\"\\\\n\"')"
		" assert(json.encode({}) == '[]')"
		" assert(json.encode(json.null) == 'null')"
		" assert(json.encode(1 << 60) == '\"1152921504606846976\"')"
		" assert(json.encode(0.5) == '0.5')"
		" assert(not pcall(json.encode, print))"), 0);
}

static void test_agg(void **state)
{
	(void)state;
	assert_int_equal(run1(
		"local a = agg.count{print=false}"
		" a:add('x') a:add('y') a:add('x') a:add('z', 5)"
		" local s = a:sorted()"
		" assert(s[1][1] == 'z' and s[1][2] == 5)"
		" assert(s[2][1] == 'x' and s[2][2] == 2)"
		" local h = agg.hist{print=false}"
		" for _, v in ipairs({0, 1, 2, 3, 4, 1024, 1500}) do h:add(v) end"
		" local f = io.tmpfile() h:print{out=f} f:seek('set')"
		" local t = f:read('a')"
		" assert(t:find('%[0%]%s+1 |'))"
		" assert(t:find('%[2, 4%)%s+2 |@'))"
		" assert(t:find('%[1K, 2K%)%s+2 |'))"
		" assert(t:find('%[8, 16%)%s+0 |'))"
		" local m = agg.sum{print=false} m:add('k', 2.5) m:add('k', 1)"
		" assert(m:get('k') == 3.5)"
		" assert(not pcall(m.add, m, 'k'))"), 0);
}

static void test_hooks(void **state)
{
	(void)state;
	assert_int_equal(run1(
		"local h = on_syscall('openat', function(c) end)"
		" assert(h.id >= 1 and h.hits == 0 and h.enabled)"
		" h:disable() assert(not h.enabled) h:enable()"
		" h:delete() assert(not pcall(h.enable, h))"
		" local g = on_enter({'read', 'write'}, function() end,"
		"   {once=true})"
		" assert(g.set[0] and g.set[1] and not g.set[2])"
		" assert(not pcall(on_syscall, 'nosuchcall', print))"
		" assert(not pcall(on_syscall, 'read', print, {bogus=1}))"
		" assert(not pcall(on_syscall, 'read', 42))"
		" on_signal('SIGUSR1', function() end)"
		" assert(not pcall(on_signal, 'SIGNOPE', print))"), 0);
}

static void test_tables(void **state)
{
	(void)state;
	assert_int_equal(run1(
		"assert(pt.sysname(257) == 'openat')"
		" assert(pt.sysnr('openat') == 257)"
		" assert(pt.sysnr('nope') == nil)"
		" assert(pt.errname(2) == 'ENOENT' and pt.errname(-2) == 'ENOENT')"
		" assert(pt.errnum('ENOENT') == 2)"
		" assert(pt.signame(17) == 'SIGCHLD')"
		" assert(pt.signum('SIGCHLD') == 17 and pt.signum('chld') == 17)"
		" local f = pt.group('%file') local has = false"
		" for _, n in ipairs(f) do if n == 'openat' then has = true end end"
		" assert(has)"
		" local s = pt.parse_set('!read') assert(not s[0] and s[1])"
		" assert(not pcall(pt.parse_set, 'opn'))"
		" assert(not pcall(pt.regs, 1))"
		" assert(not pcall(pt.peek, 'x', 0, 1))"
		" assert(pt.next_syscall() == nil)"
		" assert(pt.api == 1) require_api(1)"
		" assert(not pcall(require_api, 2))"), 0);
}

static void test_set(void **state)
{
	(void)state;
	assert_int_equal(run1("set('print', 'strace') set('print', 'none')"
			      " assert(not pcall(set, 'print', 'x'))"), 0);
}

/* --- test-only driver ------------------------------------------------- */

static int driver(int argc, char **argv)
{
	struct script_source src[16];
	const char *kv[16];
	pid_t pids[8];
	struct script_opts so;
	struct cli_opts cli;
	struct decode_opts d = DECODE_OPTS_DEFAULT;
	int i = 2, ns = 0, na = 0, np = 0;

	memset(&cli, 0, sizeof(cli));
	memset(&so, 0, sizeof(so));
	cli.columns = 40;
	cli.dopts = d;
	filter_init(&cli.filter);
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strcmp(a, "-f") == 0) {
			cli.follow = 1;
			continue;
		}
		if (i + 1 >= argc || ns >= 16 || na >= 16 || np >= 8)
			return 2;
		if (strcmp(a, "-s") == 0 || strcmp(a, "-E") == 0) {
			src[ns].is_chunk = a[1] == 'E';
			src[ns++].text = argv[++i];
		} else if (strcmp(a, "-a") == 0) {
			kv[na++] = argv[++i];
		} else if (strcmp(a, "-p") == 0) {
			pids[np++] = (pid_t)atoi(argv[++i]);
		} else {
			fprintf(stderr, "driver: bad option %s\n", a);
			return 2;
		}
	}
	cli.argv = argv + i;
	cli.argc = argc - i;
	cli.pids = pids;
	cli.npids = np;
	so.cli = &cli;
	so.sources = src;
	so.nsources = ns;
	so.args = kv;
	so.nargs = na;
	so.argv0 = argv[0];
	return script_run(&so);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chunk_ok),
		cmocka_unit_test(test_runtime_error),
		cmocka_unit_test(test_syntax_error),
		cmocka_unit_test(test_missing_file),
		cmocka_unit_test(test_args),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_agg),
		cmocka_unit_test(test_hooks),
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_set),
	};

	if (argc > 1 && strcmp(argv[1], "--mytrace") == 0)
		return driver(argc, argv);
	if (!getenv("MYTRACE_LUA_PATH"))
		setenv("MYTRACE_LUA_PATH", "lua", 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
