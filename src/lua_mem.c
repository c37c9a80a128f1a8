/* SPDX-License-Identifier: MIT */
/*
 * lua_mem - pt.regs/set_regs, pt.peek/peek_string/poke and the
 * arch-neutral tampering helpers pt.set_syscall/set_arg/set_ret.
 *
 * Registers are named by arch.h ("rax", "orig_rax", ...); values are Lua
 * integers holding the 64 bits as they are.  A thread that is traced but
 * not stopped gives nil, "ESRCH: ...", "ESRCH"; an unknown tid raises.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "arch.h"
#include "mem.h"
#include "script.h"

/* One pt.peek/peek_string reads at most 16 MiB (pt.peek_max). */
#define PEEK_MAX (16 << 20)

/* A length argument: 0..PEEK_MAX, else a clear error (misuse). */
static size_t check_len(lua_State *L, int arg, lua_Integer len)
{
	if (len < 0)
		luaL_argerror(L, arg, lua_pushfstring(L, "length %I is "
			      "negative", (LUAI_UACINT)len));
	if (len > PEEK_MAX)
		luaL_argerror(L, arg, lua_pushfstring(L, "length %I is over "
			      "the limit of one read (%d MiB, pt.peek_max); "
			      "read in pieces", (LUAI_UACINT)len,
			      PEEK_MAX >> 20));
	return (size_t)len;
}

static int get_regs(lua_State *L, int tid, struct arch_regs *r)
{
	int e = arch_get_regs(tid, r);

	if (e < 0)
		return lua_core_fail(L, -e, e == -ESRCH ?
				     "thread is not stopped" : NULL);
	return 0;
}

static int put_regs(lua_State *L, int tid, const struct arch_regs *r)
{
	int e = arch_set_regs(tid, r);

	if (e < 0)
		return lua_core_fail(L, -e, e == -ESRCH ?
				     "thread is not stopped" : NULL);
	lua_pushboolean(L, 1);
	return 1;
}

/* pt.regs(tid) -> { rax = ..., rip = ..., orig_rax = ... } */
static int l_regs(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	struct arch_regs r;
	int i, n;

	if ((n = get_regs(L, tid, &r)))
		return n;
	lua_createtable(L, 0, arch_reg_count());
	for (i = 0; i < arch_reg_count(); i++) {
		lua_pushinteger(L, (lua_Integer)arch_reg_get(&r, i));
		lua_setfield(L, -2, arch_reg_name(i));
	}
	return 1;
}

/* pt.set_regs(tid, t): only the registers named in @t change. */
static int l_set_regs(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	struct arch_regs r;
	int idx, n;

	luaL_checktype(L, 2, LUA_TTABLE);
	if ((n = get_regs(L, tid, &r)))
		return n;
	lua_pushnil(L);
	while (lua_next(L, 2)) {
		const char *name = lua_tostring(L, -2);

		if (lua_type(L, -2) != LUA_TSTRING ||
		    (idx = arch_reg_index(name)) < 0)
			return luaL_error(L, "bad register name '%s'",
					  luaL_tolstring(L, -2, NULL));
		if (!lua_isinteger(L, -1))
			return luaL_error(L, "register '%s' needs an integer",
					  name);
		arch_reg_set(&r, idx, (uint64_t)lua_tointeger(L, -1));
		lua_pop(L, 1);
	}
	return put_regs(L, tid, &r);
}

/* pt.set_syscall(tid, nr): at entry, -1 skips the call. */
static int l_set_syscall(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	lua_Integer nr = luaL_checkinteger(L, 2);
	struct arch_regs r;
	int n;

	if ((n = get_regs(L, tid, &r)))
		return n;
	arch_set_syscall_nr(&r, (long)nr);
	return put_regs(L, tid, &r);
}

/* pt.set_arg(tid, i, v): i is 1-based, as in ev.args. */
static int l_set_arg(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	lua_Integer i = luaL_checkinteger(L, 2);
	lua_Integer v = luaL_checkinteger(L, 3);
	struct arch_regs r;
	int n;

	luaL_argcheck(L, i >= 1 && i <= 6, 2, "argument index is 1..6");
	if ((n = get_regs(L, tid, &r)))
		return n;
	arch_set_syscall_arg(&r, (int)i - 1, (uint64_t)v);
	return put_regs(L, tid, &r);
}

/* pt.set_ret(tid, v): at exit, the value the program sees (-errno for
 * an error). */
static int l_set_ret(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	lua_Integer v = luaL_checkinteger(L, 2);
	struct arch_regs r;
	int n;

	if ((n = get_regs(L, tid, &r)))
		return n;
	arch_set_syscall_ret(&r, (int64_t)v);
	return put_regs(L, tid, &r);
}

/* pt.peek(tid, addr, len) -> bytes (shorter when the range runs into an
 * unmapped page). */
static int l_peek(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 2);
	lua_Integer len = luaL_checkinteger(L, 3);
	luaL_Buffer b;
	ssize_t n;
	char *p;

	check_len(L, 3, len);
	if (len == 0) {
		lua_pushliteral(L, "");
		return 1;
	}
	p = luaL_buffinitsize(L, &b, (size_t)len);
	n = mem_read_forced(tid, addr, p, (size_t)len);
	if (n < 0)
		return lua_core_fail(L, (int)-n, NULL);
	luaL_pushresultsize(&b, (size_t)n);
	return 1;
}

/* pt.peek_string(tid, addr [, max]) -> string, cut (true when no NUL was
 * found within max bytes). */
static int l_peek_string(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 2);
	lua_Integer max = luaL_optinteger(L, 3, 4096);
	luaL_Buffer b;
	ssize_t n;
	char *p;

	check_len(L, 3, max);
	p = luaL_buffinitsize(L, &b, (size_t)max + 1);
	n = mem_read_str(tid, addr, p, (size_t)max);
	if (n < 0)
		return lua_core_fail(L, (int)-n, NULL);
	luaL_pushresultsize(&b, n > max ? (size_t)max : (size_t)n);
	lua_pushboolean(L, n > max);
	return 2;
}

/* pt.poke(tid, addr, bytes) -> bytes written */
static int l_poke(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 2);
	size_t len;
	const char *s = luaL_checklstring(L, 3, &len);
	ssize_t n;

	n = mem_write(tid, addr, s, len);
	if (n < 0)
		return lua_core_fail(L, (int)-n, NULL);
	lua_pushinteger(L, n);
	return 1;
}

/* pt.readlink(path) -> target: for /proc/PID/{exe,cwd,fd/N}. */
static int l_readlink(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	char buf[PATH_MAX];
	ssize_t n = readlink(path, buf, sizeof(buf) - 1);

	if (n < 0)
		return lua_core_fail(L, errno, lua_pushfstring(L, "%s: %s",
					path, strerror(errno)));
	lua_pushlstring(L, buf, (size_t)n);
	return 1;
}

/* pt.fdpath(pid, fd) -> "/etc/passwd", "socket:[123]"... */
static int l_fdpath(lua_State *L)
{
	lua_Integer pid = luaL_checkinteger(L, 1);
	lua_Integer fd = luaL_checkinteger(L, 2);
	char link[64], buf[PATH_MAX];
	ssize_t n;

	luaL_argcheck(L, pid > 0 && pid <= INT_MAX, 1, "not a pid");
	if (fd < 0 || fd > INT_MAX)
		return lua_core_fail(L, EBADF, NULL);
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)pid, (int)fd);
	n = readlink(link, buf, sizeof(buf) - 1);
	if (n < 0)
		return lua_core_fail(L, errno, NULL);
	lua_pushlstring(L, buf, (size_t)n);
	return 1;
}

/* pt.listdir(dir) -> { names... } sorted, without "." and "..". */
static int l_listdir(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct dirent *d;
	DIR *dp = opendir(path);
	int i = 1;

	if (!dp)
		return lua_core_fail(L, errno, lua_pushfstring(L, "%s: %s",
					path, strerror(errno)));
	lua_newtable(L);
	while ((d = readdir(dp))) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		lua_pushstring(L, d->d_name);
		lua_rawseti(L, -2, i++);
	}
	closedir(dp);
	/* table.sort(t) */
	lua_getglobal(L, "table");
	lua_getfield(L, -1, "sort");
	lua_pushvalue(L, -3);
	lua_call(L, 1, 0);
	lua_pop(L, 1);
	return 1;
}

static const luaL_Reg mem_funcs[] = {
	{ "listdir", l_listdir },
	{ "regs", l_regs },
	{ "set_regs", l_set_regs },
	{ "set_syscall", l_set_syscall },
	{ "set_arg", l_set_arg },
	{ "set_ret", l_set_ret },
	{ "peek", l_peek },
	{ "peek_string", l_peek_string },
	{ "poke", l_poke },
	{ "readlink", l_readlink },
	{ "fdpath", l_fdpath },
	{ NULL, NULL },
};

void lua_mem_register(lua_State *L)
{
	luaL_setfuncs(L, mem_funcs, 0);
	lua_pushinteger(L, PEEK_MAX);
	lua_setfield(L, -2, "peek_max");
}
