/* SPDX-License-Identifier: MIT */
/*
 * script - the facade of include/script.h: one Lua state, the library
 * under lua/ found next to the binary, -s/-E/-a, and every call into Lua
 * protected with a traceback (after lua.c's docall/msghandler).
 *
 * The event loop itself is Lua (lua/mytrace/init.lua, main()); this file
 * only prepares the state, compiles the sources and runs them.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "cli.h"
#include "engine.h"
#include "script.h"
#include "syscalls.h"

#define SCRIPT_MEMORY_DEFAULT ((size_t)512 << 20)

#ifndef MYTRACE_DATADIR
#define MYTRACE_DATADIR "/usr/local/share/mytrace"
#endif

/* --- the memory limit (--lua-memory) ----------------------------------- */

/*
 * Every block of the Lua state goes through script_alloc, which counts
 * them and refuses to grow past the limit: Lua then collects garbage,
 * retries, and raises "not enough memory" (LUA_ERRMEM), which ends the
 * script like any error.  One Lua state lives at a time, so the count
 * is a static.
 */
static struct {
	size_t used;
	size_t limit;		/* 0: none */
	int hit;		/* an allocation was refused */
} script_mem;

static void *script_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	size_t old = ptr ? osize : 0;
	void *p;

	(void)ud;
	if (nsize == 0) {
		free(ptr);
		script_mem.used -= old;
		return NULL;
	}
	if (nsize > old && script_mem.limit &&
	    (nsize - old > script_mem.limit ||
	     script_mem.used + (nsize - old) > script_mem.limit)) {
		script_mem.hit = 1;
		return NULL;
	}
	p = realloc(ptr, nsize);
	if (!p)
		return NULL;
	script_mem.used = script_mem.used - old + nsize;
	return p;
}

void script_set_memory_limit(lua_State *L, size_t bytes)
{
	(void)L;
	script_mem.limit = bytes;
}

/* Was the last error the memory limit?  Then say so, once. */
static int script_oom(int st)
{
	if (st != LUA_ERRMEM && !script_mem.hit)
		return 0;
	script_mem.hit = 0;
	if (script_mem.limit)
		fprintf(stderr, "mytrace: script ran out of memory (limit %zu"
			" MiB; --lua-memory=MB to change it)\n",
			script_mem.limit >> 20);
	else
		fprintf(stderr, "mytrace: script ran out of memory\n");
	return 1;
}

/* --- protected calls --------------------------------------------------- */

/* Message handler: the error message plus a traceback. */
static int script_msghandler(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);

	if (!msg) {
		if (luaL_callmeta(L, 1, "__tostring") &&
		    lua_type(L, -1) == LUA_TSTRING)
			return 1;
		msg = lua_pushfstring(L, "(error object is a %s value)",
				      luaL_typename(L, 1));
	}
	luaL_traceback(L, L, msg, 1);
	return 1;
}

/* Call the function below @narg arguments; print any error. */
static int script_docall(lua_State *L, int narg, int nres)
{
	int base = lua_gettop(L) - narg;
	int st;

	lua_pushcfunction(L, script_msghandler);
	lua_insert(L, base);
	st = lua_pcall(L, narg, nres, base);
	lua_remove(L, base);
	lua_core_hook_reset(L);
	if (st != LUA_OK) {
		if (!script_oom(st) || st != LUA_ERRMEM)
			fprintf(stderr, "mytrace: %s\n", lua_tostring(L, -1));
		lua_pop(L, 1);
	}
	return st;
}

/* --- finding lua/ ------------------------------------------------------ */

static int is_libdir(const char *dir)
{
	char p[PATH_MAX];

	if (snprintf(p, sizeof(p), "%s/mytrace/init.lua", dir) >=
	    (int)sizeof(p))
		return 0;
	return access(p, R_OK) == 0;
}

/* Prepend "DIR/?.lua;DIR/?/init.lua;" to package.path. */
static void script_add_path(lua_State *L, const char *dir, int front)
{
	lua_getglobal(L, "package");
	lua_getfield(L, -1, "path");
	if (front)
		lua_pushfstring(L, "%s/?.lua;%s/?/init.lua;%s", dir, dir,
				lua_tostring(L, -1));
	else
		lua_pushfstring(L, "%s;%s/?.lua;%s/?/init.lua",
				lua_tostring(L, -1), dir, dir);
	lua_setfield(L, -3, "path");
	lua_pop(L, 2);
}

/* The folder holding the running binary, from /proc/self/exe. */
static int exe_dir(char *buf, size_t size, const char *argv0)
{
	ssize_t n = readlink("/proc/self/exe", buf, size - 1);
	char *slash;

	if (n < 0) {
		if (!argv0 || !realpath(argv0, buf))
			return -1;
		n = (ssize_t)strlen(buf);
	}
	buf[n] = '\0';
	slash = strrchr(buf, '/');
	if (!slash)
		return -1;
	*slash = '\0';
	return 0;
}

/*
 * The library folder, first found of: next to the binary (lua/), the
 * install prefix relative to it (../share/mytrace/lua), the build tree
 * (the binary in build/rel/: ../../lua), the configured MYTRACE_DATADIR.
 * $MYTRACE_LUA_PATH (folders separated by ':') comes before all of them.
 */
static void script_find_lib(lua_State *L, const char *argv0)
{
	static const char *const rel[] = {
		"lua", "../share/mytrace/lua", "../../lua",
	};
	char exe[PATH_MAX], dir[PATH_MAX + 32];
	const char *env = getenv("MYTRACE_LUA_PATH");
	int found = 0;
	size_t i;

	if (exe_dir(exe, sizeof(exe), argv0) == 0) {
		for (i = 0; i < sizeof(rel) / sizeof(rel[0]) && !found; i++) {
			snprintf(dir, sizeof(dir), "%s/%s", exe, rel[i]);
			if (is_libdir(dir)) {
				script_add_path(L, dir, 1);
				found = 1;
			}
		}
	}
	if (!found && is_libdir(MYTRACE_DATADIR "/lua"))
		script_add_path(L, MYTRACE_DATADIR "/lua", 1);
	if (env && *env) {
		char *copy = strdup(env), *tok, *save = NULL;

		/* Added last so that they come first in package.path. */
		for (tok = copy ? strtok_r(copy, ":", &save) : NULL; tok;
		     tok = strtok_r(NULL, ":", &save))
			script_add_path(L, tok, 1);
		free(copy);
	}
	/* Where -l finds installed scripts. */
	if (exe_dir(exe, sizeof(exe), argv0) == 0) {
		lua_pushstring(L, exe);
		lua_setfield(L, LUA_REGISTRYINDEX, "mytrace.exedir");
	}
}

static lua_State *script_state(const char *argv0)
{
	lua_State *L = luaL_newstate();

	if (!L)
		return NULL;
	/* luaL_newstate's panic and warning functions, our allocator (both
	 * realloc/free underneath, so the blocks made so far are fine). */
	script_mem.used = (size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 +
			  (size_t)lua_gc(L, LUA_GCCOUNTB, 0);
	script_mem.limit = SCRIPT_MEMORY_DEFAULT;
	script_mem.hit = 0;
	lua_setallocf(L, script_alloc, NULL);
	luaL_openlibs(L);
	script_find_lib(L, argv0);
	luaL_requiref(L, "mytrace.core", lua_core_open, 0);
	lua_setglobal(L, "pt");
	return L;
}

/* --- script_run -------------------------------------------------------- */

/* The folder of a script file, added to package.path for its modules. */
static void script_add_dir_of(lua_State *L, const char *file)
{
	const char *slash = strrchr(file, '/');

	if (!slash) {
		script_add_path(L, ".", 0);
		return;
	}
	lua_pushlstring(L, file, (size_t)(slash - file));
	script_add_path(L, lua_tostring(L, -1), 0);
	lua_pop(L, 1);
}

/* Global args from -a KEY=VAL ("KEY" alone is true). */
static void script_push_args(lua_State *L, const struct script_opts *o)
{
	int i;

	lua_newtable(L);
	for (i = 0; i < o->nargs; i++) {
		const char *kv = o->args[i], *eq = strchr(kv, '=');

		if (eq) {
			lua_pushlstring(L, kv, (size_t)(eq - kv));
			lua_pushstring(L, eq + 1);
		} else {
			lua_pushstring(L, kv);
			lua_pushboolean(L, 1);
		}
		lua_settable(L, -3);
	}
}

/* {argv = {PROG, ARGS...}, pids = {...}}: what main() starts. */
void script_push_target(lua_State *L, const struct cli_opts *cli)
{
	int i;

	lua_newtable(L);
	if (!cli)
		return;
	if (cli->argc > 0) {
		lua_createtable(L, cli->argc, 0);
		for (i = 0; i < cli->argc; i++) {
			lua_pushstring(L, cli->argv[i]);
			lua_rawseti(L, -2, i + 1);
		}
		lua_setfield(L, -2, "argv");
	}
	if (cli->npids > 0) {
		lua_createtable(L, cli->npids, 0);
		for (i = 0; i < cli->npids; i++) {
			lua_pushinteger(L, cli->pids[i]);
			lua_rawseti(L, -2, i + 1);
		}
		lua_setfield(L, -2, "pids");
	}
}

/* lua.c's global arg: arg[0] the script, arg[1..] PROG ARGS. */
static void script_push_arg(lua_State *L, const struct script_opts *o)
{
	int i;

	lua_newtable(L);
	for (i = 0; i < o->nsources; i++) {
		if (!o->sources[i].is_chunk) {
			lua_pushstring(L, o->sources[i].text);
			lua_rawseti(L, -2, 0);
			break;
		}
	}
	for (i = 0; o->cli && i < o->cli->argc; i++) {
		lua_pushstring(L, o->cli->argv[i]);
		lua_rawseti(L, -2, i + 1);
	}
	lua_setglobal(L, "arg");
}

/* Compile every source; on error print it and return -1.  The chunks
 * are left on the stack in order. */
static int script_compile(lua_State *L, const struct script_opts *o)
{
	int i, st;

	for (i = 0; i < o->nsources; i++) {
		const struct script_source *s = &o->sources[i];

		if (s->is_chunk) {
			st = luaL_loadbuffer(L, s->text, strlen(s->text),
					     "=(-E)");
		} else {
			if (access(s->text, R_OK) < 0) {
				fprintf(stderr, "mytrace: cannot read script"
					" '%s': %s\n", s->text,
					strerror(errno));
				return -1;
			}
			st = luaL_loadfile(L, s->text);
			script_add_dir_of(L, s->text);
		}
		if (st != LUA_OK) {
			fprintf(stderr, "mytrace: %s\n", lua_tostring(L, -1));
			return -1;
		}
	}
	return 0;
}

/*
 * The seccomp fast path for scripts: the engine is told which syscalls
 * the hooks declared so far want (hooks.traced_set(); none at all when
 * there is no syscall hook), plus the -e trace= set when the strace or
 * JSON lines are printed.  Runs after the sources, before main() spawns.
 * A hook on every syscall ("*") means all: no filter.  Hooks added later
 * (from inside a hook) are not seen by the filter.
 */
static void script_set_traced(lua_State *L, const struct script_opts *o)
{
	struct lua_core *c = lua_core_get(L);
	struct sysset *set;
	int top = lua_gettop(L);

	if (o->cli)
		c->eopts.seccomp = o->cli->seccomp == 1 ? ENGINE_SECCOMP_ON :
				   o->cli->seccomp == 2 ? ENGINE_SECCOMP_OFF :
				   ENGINE_SECCOMP_AUTO;
	set = lua_newuserdatauv(L, sizeof(*set), 0);
	lua_setfield(L, LUA_REGISTRYINDEX, "mytrace.traced");
	sysset_clear(set);
	lua_getglobal(L, "require");
	lua_pushliteral(L, "mytrace.hooks");
	if (script_docall(L, 1, 1) != LUA_OK)
		goto all;
	lua_getfield(L, -1, "traced_set");
	if (script_docall(L, 0, 1) != LUA_OK)
		goto all;
	if (lua_istable(L, -1)) {
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			lua_pop(L, 1);
			if (lua_isinteger(L, -1))
				sysset_add(set, (long)lua_tointeger(L, -1));
		}
	} else {
		/* nil: a hook on every syscall, or no syscall hook. */
		lua_getfield(L, -2, "lists");
		lua_getfield(L, -1, "enter");
		lua_getfield(L, -2, "exit");
		if (luaL_len(L, -1) + luaL_len(L, -2) > 0)
			goto all;
	}
	lua_getglobal(L, "require");
	lua_pushliteral(L, "mytrace");
	if (script_docall(L, 1, 1) != LUA_OK)
		goto all;
	lua_getfield(L, -1, "settings");
	lua_getfield(L, -1, "print");
	if (!lua_isstring(L, -1) || strcmp(lua_tostring(L, -1), "none")) {
		int i;

		for (i = 0; i < SYSCALLS_MAX; i++)
			if (sysset_has(&c->filter.trace, i))
				sysset_add(set, i);
	}
	c->eopts.traced = set;
	lua_settop(L, top);
	return;
all:
	c->eopts.traced = NULL;
	lua_settop(L, top);
}

/* Runs inside lua_pcall: the whole life of a script session. */
static int script_pmain(lua_State *L)
{
	const struct script_opts *o = lua_touserdata(L, 1);
	int lib, first, i, status = 1;

	lua_core_configure(L, o->cli);
	if (o->cli)
		lua_core_set_hook_timeout(L, o->cli->hook_timeout, 1);
	script_push_args(L, o);
	lua_setglobal(L, "args");
	script_push_arg(L, o);

	/* The library installs the globals (on_syscall, agg, printf...). */
	lua_getglobal(L, "require");
	lua_pushliteral(L, "mytrace");
	if (script_docall(L, 1, 1) != LUA_OK)
		goto out;
	lib = lua_gettop(L);

	first = lua_gettop(L) + 1;
	if (script_compile(L, o) < 0)
		goto out;
	lua_core_signals(1);
	for (i = 0; i < o->nsources; i++) {
		lua_pushvalue(L, first + i);
		lua_core_hook_begin(L);	/* --hook-timeout, Ctrl-C */
		if (script_docall(L, 0, 0) != LUA_OK)
			goto fail;
	}
	script_set_traced(L, o);
	lua_getfield(L, lib, "main");
	script_push_target(L, o->cli);
	if (script_docall(L, 1, 1) != LUA_OK)
		goto fail;
	status = (int)luaL_optinteger(L, -1, 0);
	goto out;
fail:
	lua_core_shutdown(L);
out:
	lua_core_signals(0);
	lua_pushinteger(L, status);
	return 1;
}

int script_run(const struct script_opts *o)
{
	lua_State *L = script_state(o->argv0);
	int status = 1, st;

	if (!L) {
		fprintf(stderr, "mytrace: cannot start Lua: out of memory\n");
		return 1;
	}
	lua_pushcfunction(L, script_pmain);
	lua_pushlightuserdata(L, (void *)o);
	st = lua_pcall(L, 1, 1, 0);
	if (st == LUA_OK)
		status = (int)lua_tointeger(L, -1);
	else if (!script_oom(st) || st != LUA_ERRMEM)
		fprintf(stderr, "mytrace: %s\n", lua_tostring(L, -1));
	lua_close(L);	/* frees the engine: nothing stays stopped */
	return status;
}

/* --- script_list ------------------------------------------------------- */

static int script_plist(lua_State *L)
{
	FILE *out = lua_touserdata(L, 1);
	lua_Integer i, n;

	lua_getglobal(L, "require");
	lua_pushliteral(L, "mytrace.list");
	lua_call(L, 1, 1);
	lua_getfield(L, LUA_REGISTRYINDEX, "mytrace.exedir");
	lua_call(L, 1, 1);	/* list(exedir) -> { {name=, desc=}, ... } */
	n = luaL_len(L, -1);
	for (i = 1; i <= n; i++) {
		lua_geti(L, -1, i);
		lua_getfield(L, -1, "name");
		lua_getfield(L, -2, "description");
		lua_getfield(L, -3, "file");
		fprintf(out, "%-20s %s\n    %s\n", lua_tostring(L, -3),
			lua_tostring(L, -2) ? lua_tostring(L, -2) : "",
			lua_tostring(L, -1));
		lua_pop(L, 4);
	}
	return 0;
}

int script_list(FILE *out, const char *argv0)
{
	lua_State *L = script_state(argv0);
	int st;

	if (!L) {
		fprintf(stderr, "mytrace: cannot start Lua: out of memory\n");
		return 1;
	}
	lua_pushcfunction(L, script_plist);
	lua_pushlightuserdata(L, out);
	st = script_docall(L, 1, 0);
	lua_close(L);
	return st == LUA_OK ? 0 : 1;
}

/* --- for the shell (src/repl.c) ---------------------------------------- */

struct lua_State *script_new_state(const char *argv0)
{
	return script_state(argv0);
}

int script_pcall(struct lua_State *L, int narg, int nres)
{
	return script_docall(L, narg, nres);
}
