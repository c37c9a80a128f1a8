/* SPDX-License-Identifier: MIT */
/*
 * lua_core - "mytrace.core" (the global pt): the engine seen from Lua.
 *
 * One context per Lua state, kept as a full userdata in the registry so
 * that lua_close() frees the engine (which kills what was spawned and
 * detaches what was attached) however the script ended.  Events become
 * plain tables; the thread an event is about stays stopped until the
 * next pt.next_syscall(), so pt.regs/pt.peek/pt.set_ret work on it.
 *
 * Conventions (as liolib.c): misuse raises a Lua error, an OS or tracee
 * failure returns nil, "ENAME: message", "ENAME".
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "arch.h"
#include "cli.h"
#include "decode.h"
#include "engine.h"
#include "filter.h"
#include "mem.h"
#include "names.h"
#include "script.h"
#include "syscalls.h"
#include "trace.h"

#define CORE_KEY "mytrace.core.ctx"

#ifndef MYTRACE_DATADIR
#define MYTRACE_DATADIR "/usr/local/share/mytrace"
#endif


struct lua_core *lua_core_get(lua_State *L)
{
	struct lua_core *c;

	lua_getfield(L, LUA_REGISTRYINDEX, CORE_KEY);
	c = lua_touserdata(L, -1);
	lua_pop(L, 1);
	if (!c)
		luaL_error(L, "mytrace.core is not initialised");
	return c;
}

static int core_gc(lua_State *L)
{
	struct lua_core *c = lua_touserdata(L, 1);

	if (c->tp) {
		trace_finish(c->tp);
		trace_free(c->tp);
		c->tp = NULL;
	}
	if (c->e) {
		engine_free(c->e);
		c->e = NULL;
	}
	if (c->out) {
		fclose(c->out);
		c->out = NULL;
	}
	free(c->tids);
	c->tids = NULL;
	c->ntids = 0;
	return 0;
}

/* --- thread bookkeeping ------------------------------------------------ */

static int tid_index(const struct lua_core *c, pid_t tid)
{
	int i;

	for (i = 0; i < c->ntids; i++)
		if (c->tids[i] == tid)
			return i;
	return -1;
}

void lua_core_tid_add(struct lua_core *c, pid_t tid)
{
	pid_t *n;

	if (tid <= 0 || tid_index(c, tid) >= 0)
		return;
	if (c->ntids == c->cap) {
		n = realloc(c->tids, (c->cap ? c->cap * 2 : 16) * sizeof(*n));
		if (!n)
			return;	/* the tid is then unknown to pt: misuse */
		c->tids = n;
		c->cap = c->cap ? c->cap * 2 : 16;
	}
	c->tids[c->ntids++] = tid;
}

void lua_core_tid_del(struct lua_core *c, pid_t tid)
{
	int i = tid_index(c, tid);

	if (i >= 0)
		c->tids[i] = c->tids[--c->ntids];
}

int lua_core_check_tid(lua_State *L, int arg)
{
	struct lua_core *c = lua_core_get(L);
	lua_Integer tid = luaL_checkinteger(L, arg);

	if (tid <= 0 || tid > INT_MAX || tid_index(c, (pid_t)tid) < 0)
		luaL_error(L, "bad argument #%d: %d is not a traced thread",
			   arg, (int)tid);
	return (int)tid;
}

/* --- error convention -------------------------------------------------- */

int lua_core_fail(lua_State *L, int err, const char *msg)
{
	const char *name = names_errno(err);

	if (!name)
		name = strerrorname_np(err);
	if (!name)
		name = "EUNKNOWN";
	lua_pushnil(L);
	lua_pushfstring(L, "%s: %s", name, msg ? msg : strerror(err));
	lua_pushstring(L, name);
	return 3;
}

/* --- decode source ----------------------------------------------------- */

static ssize_t src_read(void *ctx, uint64_t addr, void *buf, size_t len)
{
	return mem_read(*(int *)ctx, addr, buf, len);
}

static int src_fdpath(void *ctx, int fd, char *buf, size_t size)
{
	char link[64];
	ssize_t n;

	if (size == 0)
		return -EINVAL;
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", *(int *)ctx, fd);
	n = readlink(link, buf, size - 1);
	if (n < 0)
		return -errno;
	buf[n] = '\0';
	return 0;
}

void lua_core_src(struct decode_src *src, int *tid)
{
	src->read = src_read;
	src->fdpath = src_fdpath;
	src->ctx = tid;
}

const struct decode_opts *lua_core_dopts(lua_State *L)
{
	return &lua_core_get(L)->dopts;
}

int lua_core_columns(lua_State *L)
{
	return lua_core_get(L)->topts.columns;
}

/* --- configuration ----------------------------------------------------- */

void lua_core_configure(lua_State *L, const struct cli_opts *cli)
{
	struct lua_core *c = lua_core_get(L);

	if (!cli)
		return;
	if (cli->lua_memory)
		script_set_memory_limit(L, cli->lua_memory < 0 ? 0 :
					(size_t)cli->lua_memory << 20);
	c->eopts.follow = cli->follow > 0;
	c->eopts.spin_us = cli->spin_us;	/* -1: the engine's default */
	c->eopts.spin_abort = lua_core_wait_abort;
	c->dopts = cli->dopts;
	c->filter = cli->filter;
	c->topts.dopts = cli->dopts;
	c->topts.columns = cli->columns > 0 ? cli->columns : 40;
	c->topts.show_duration = cli->show_duration;
	c->topts.tstamp = cli->tstamp;
	c->topts.relative = cli->relative;
	c->topts.quiet = cli->quiet;
	c->topts.pidmode = (cli->follow && cli->outfile) ?
		TRACE_PID_COLUMN : TRACE_PID_AUTO;
	c->topts.paths = (const char *const *)cli->paths;
	c->topts.npaths = cli->npaths;
	if (cli->outfile) {
		c->out = fopen(cli->outfile, "w");
		if (c->out)
			c->topts.out = c->out;
	}
}

void lua_core_shutdown(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);

	if (c->tp)
		trace_finish(c->tp);
	if (c->e)
		engine_detach_all(c->e);
	c->ntids = 0;
	c->have_last = 0;
}

static struct engine *core_engine(lua_State *L, struct lua_core *c)
{
	if (!c->e) {
		c->eopts.want_time = 1;
		c->e = engine_new(&c->eopts);
		if (!c->e)
			luaL_error(L, "cannot start the tracing engine");
	}
	return c->e;
}

/* --- spawn / attach ---------------------------------------------------- */

/* Copy a Lua array of strings at @idx into a NULL-terminated vector. */
static char **strv_from_table(lua_State *L, int idx, const char *what)
{
	lua_Integer i, n;
	char **v;

	luaL_checktype(L, idx, LUA_TTABLE);
	n = luaL_len(L, idx);
	if (n < 0 || n > 100000)
		luaL_error(L, "%s: bad length", what);
	v = lua_newuserdatauv(L, (n + 1) * sizeof(*v), 0);	/* GC owns it */
	for (i = 1; i <= n; i++) {
		if (lua_geti(L, idx, i) != LUA_TSTRING &&
		    !lua_isnumber(L, -1))
			luaL_error(L, "%s[%d] is not a string", what, (int)i);
		v[i - 1] = (char *)lua_tostring(L, -1);
		/* keep the string alive: store it back as a string */
		lua_seti(L, idx, i);
	}
	v[n] = NULL;
	return v;
}

/* opts.env: an array of "K=V" or a map {K = V}. */
static char **env_from_opts(lua_State *L, int opts)
{
	int t;

	if (lua_getfield(L, opts, "env") == LUA_TNIL) {
		lua_pop(L, 1);
		return NULL;
	}
	t = lua_gettop(L);
	luaL_checktype(L, t, LUA_TTABLE);
	if (luaL_len(L, t) == 0) {
		lua_Integer i = 1;

		lua_newtable(L);
		lua_pushnil(L);
		while (lua_next(L, t)) {
			lua_pushfstring(L, "%s=%s", luaL_checkstring(L, -2),
					luaL_tolstring(L, -1, NULL));
			lua_seti(L, t + 1, i++);
			lua_pop(L, 2);
		}
		lua_replace(L, t);
	}
	return strv_from_table(L, t, "env");
}

static int l_spawn(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	char path[PATH_MAX];
	char **argv, **envp = NULL;
	const char *cwd = NULL;
	int here = -1, err;
	pid_t pid;

	lua_settop(L, 2);	/* scratch values go above the arguments */
	argv = strv_from_table(L, 1, "argv");
	if (!argv[0])
		return luaL_argerror(L, 1, "empty argv");
	if (!lua_isnoneornil(L, 2)) {
		luaL_checktype(L, 2, LUA_TTABLE);
		if (lua_getfield(L, 2, "follow") != LUA_TNIL && !c->e)
			c->eopts.follow = lua_toboolean(L, -1);
		if (lua_getfield(L, 2, "cwd") != LUA_TNIL)
			cwd = luaL_checkstring(L, -1);
		envp = env_from_opts(L, 2);
	}
	err = engine_find_program(argv[0], path, sizeof(path));
	if (err < 0)
		return lua_core_fail(L, -err, lua_pushfstring(L,
			"cannot run '%s': %s", argv[0], strerror(-err)));
	if (cwd) {
		here = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (here < 0 || chdir(cwd) < 0) {
			err = errno;
			if (here >= 0)
				close(here);
			return lua_core_fail(L, err, lua_pushfstring(L,
				"cwd '%s': %s", cwd, strerror(err)));
		}
	}
	pid = engine_spawn(core_engine(L, c), path, argv, envp);
	if (here >= 0) {
		if (fchdir(here) < 0)
			perror("mytrace: fchdir");
		close(here);
	}
	if (pid < 0)
		return lua_core_fail(L, -pid, lua_pushfstring(L,
			"cannot run '%s': %s", argv[0], strerror(-pid)));
	c->started = 1;
	lua_core_tid_add(c, pid);
	lua_pushinteger(L, pid);
	return 1;
}

static int l_attach(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	lua_Integer pid = luaL_checkinteger(L, 1);
	char dir[64];
	struct dirent *d;
	DIR *dp;
	int n, i = 1;

	if (pid <= 0 || pid > INT_MAX)
		return luaL_argerror(L, 1, "not a pid");
	n = engine_attach(core_engine(L, c), (pid_t)pid);
	if (n < 0)
		return lua_core_fail(L, -n, n == -EPERM ?
			engine_attach_why((pid_t)pid) : NULL);
	c->started = 1;
	lua_newtable(L);
	snprintf(dir, sizeof(dir), "/proc/%d/task", (int)pid);
	dp = opendir(dir);
	while (dp && (d = readdir(dp))) {
		long tid = strtol(d->d_name, NULL, 10);

		if (tid <= 0)
			continue;
		lua_core_tid_add(c, (pid_t)tid);
		lua_pushinteger(L, tid);
		lua_seti(L, -2, i++);
	}
	if (dp)
		closedir(dp);
	lua_core_tid_add(c, (pid_t)pid);
	return 1;
}

/*
 * pt.trace_print([ret]): show the held event as the strace printer does;
 * @ret replaces the return value of a syscall exit (after tampering).
 */
static int l_trace_print(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	struct engine_event ev;
	struct decode_src src;
	int tid;

	if (!c->have_last)
		return 0;
	if (!c->tp) {
		if (!c->topts.out)
			c->topts.out = stderr;
		c->topts.err = stderr;
		c->topts.filter = &c->filter;
		c->tp = trace_new(&c->topts);
		if (!c->tp)
			return luaL_error(L, "out of memory");
	}
	ev = c->last;
	if (ev.kind == ENGINE_EV_EXIT && !lua_isnoneornil(L, 1))
		ev.ret = (int64_t)luaL_checkinteger(L, 1);
	tid = ev.tid;
	lua_core_src(&src, &tid);
	trace_event(c->tp, &ev, &src);
	/* The printer may have stored per-thread state through udata. */
	c->last.udata = ev.udata;
	return 0;
}

static int l_now(lua_State *L)
{
	lua_pushinteger(L, (lua_Integer)lua_core_mono_ns());
	return 1;
}

/* An int setting of pt.config: push it, then set it from arg 2. */
static int config_int(lua_State *L, int *v, lua_Integer lo, lua_Integer hi)
{
	lua_pushinteger(L, *v);
	if (!lua_isnoneornil(L, 2)) {
		lua_Integer n = lua_isboolean(L, 2) ? lua_toboolean(L, 2) :
				luaL_checkinteger(L, 2);

		luaL_argcheck(L, n >= lo && n <= hi, 2, "out of range");
		*v = (int)n;
	}
	return 1;
}

/*
 * pt.config(name [, value]) -> the value before: the shell's `set`.
 * "strsize" (--string-limit), "columns", "verbose" (-v), "follow" (-f:
 * the next spawn or attach, and the threads stopped now), "threads"
 * (trace threads even without follow), "exit_stop" ("exiting" events,
 * the thread stopped before it exits): like follow.
 */
static int l_config(lua_State *L)
{
	static const char *const names[] = {
		"strsize", "columns", "verbose", "follow", "threads",
		"exit_stop", NULL
	};
	struct lua_core *c = lua_core_get(L);
	int r;

	switch (luaL_checkoption(L, 1, NULL, names)) {
	case 0:
		r = config_int(L, &c->dopts.string_limit, 0, INT_MAX);
		c->topts.dopts.string_limit = c->dopts.string_limit;
		return r;
	case 1:
		return config_int(L, &c->topts.columns, 0, 1000);
	case 2:
		r = config_int(L, &c->dopts.verbose, 0, 1);
		c->topts.dopts.verbose = c->dopts.verbose;
		return r;
	case 3:
		r = config_int(L, &c->eopts.follow, 0, 1);
		if (c->e)	/* the shell's set follow-fork, after a run */
			engine_set_follow(c->e, c->eopts.follow);
		return r;
	case 4:
		r = config_int(L, &c->eopts.threads, 0, 1);
		if (c->e)
			engine_set_threads(c->e, c->eopts.threads);
		return r;
	default:
		r = config_int(L, &c->eopts.exit_stop, 0, 1);
		if (c->e)
			engine_set_exit_stop(c->e, c->eopts.exit_stop);
		return r;
	}
}

static const luaL_Reg core_funcs[] = {
	{ "config", l_config },
	{ "spawn", l_spawn },
	{ "attach", l_attach },
	{ "trace_print", l_trace_print },
	{ "now", l_now },
	{ NULL, NULL },
};

int lua_core_open(lua_State *L)
{
	struct lua_core *c;
	struct decode_opts d = DECODE_OPTS_DEFAULT;

	lua_getfield(L, LUA_REGISTRYINDEX, CORE_KEY);
	if (lua_isnil(L, -1)) {
		c = lua_newuserdatauv(L, sizeof(*c), 0);
		memset(c, 0, sizeof(*c));
		c->dopts = d;
		c->topts.dopts = d;
		c->topts.columns = 40;
		filter_init(&c->filter);
		lua_newtable(L);
		lua_pushcfunction(L, core_gc);
		lua_setfield(L, -2, "__gc");
		lua_setmetatable(L, -2);
		lua_setfield(L, LUA_REGISTRYINDEX, CORE_KEY);
	}
	lua_pop(L, 1);
	luaL_newlib(L, core_funcs);
	lua_events_register(L);
	lua_mem_register(L);
	lua_tables_register(L);
	lua_hook_register(L);
	lua_pushinteger(L, 1);
	lua_setfield(L, -2, "api");
	lua_pushstring(L, MYTRACE_DATADIR);
	lua_setfield(L, -2, "datadir");
	return 1;
}
