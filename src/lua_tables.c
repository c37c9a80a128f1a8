/* SPDX-License-Identifier: MIT */
/*
 * lua_tables - the name tables and the decoder seen from Lua:
 * pt.sysname/sysnr/errname/errnum/signame/signum/group/parse_set and
 * pt.format (one strace line for a call, through include/decode.h).
 */
#include <errno.h>
#include <limits.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "decode.h"
#include "filter.h"
#include "names.h"
#include "script.h"
#include "strbuf.h"
#include "syscalls.h"

/* pt.sysname(nr) -> "openat" or nil */
static int l_sysname(lua_State *L)
{
	const char *n = syscalls_name((long)luaL_checkinteger(L, 1));

	if (!n)
		return 0;
	lua_pushstring(L, n);
	return 1;
}

/* pt.sysnr(name) -> 257 or nil */
static int l_sysnr(lua_State *L)
{
	long nr = syscalls_lookup(luaL_checkstring(L, 1));

	if (nr < 0)
		return 0;
	lua_pushinteger(L, nr);
	return 1;
}

/* pt.errname(n) -> "ENOENT"; n may be negative (a raw return). */
static int l_errname(lua_State *L)
{
	lua_Integer n = luaL_checkinteger(L, 1);
	const char *s;

	if (n < 0)
		n = -n;
	if (n == 0 || n > 4095)
		return 0;
	s = names_errno((int)n);
	if (!s)
		s = strerrorname_np((int)n);
	if (!s)
		return 0;
	lua_pushstring(L, s);
	return 1;
}

/* pt.errnum("ENOENT") -> 2 */
static int l_errnum(lua_State *L)
{
	const char *s = luaL_checkstring(L, 1);
	int n = names_errno_lookup(s);
	int i;

	/* Fallback while names.c is not complete: glibc knows the names. */
	for (i = 1; n < 0 && i < 4096; i++) {
		const char *e = strerrorname_np(i);

		if (e && strcmp(e, s) == 0)
			n = i;
	}
	if (n < 0)
		return 0;
	lua_pushinteger(L, n);
	return 1;
}

/* pt.signame(n) -> "SIGCHLD" */
static int l_signame(lua_State *L)
{
	lua_Integer n = luaL_checkinteger(L, 1);
	const char *s;

	if (n <= 0 || n > 128)
		return 0;
	s = names_signal((int)n);
	if (!s)
		s = sigabbrev_np((int)n);
	if (!s)
		return 0;
	if (strncmp(s, "SIG", 3) != 0)
		lua_pushfstring(L, "SIG%s", s);
	else
		lua_pushstring(L, s);
	return 1;
}

/* pt.signum("SIGCHLD" | "CHLD" | "17") -> 17 */
static int l_signum(lua_State *L)
{
	const char *s = luaL_checkstring(L, 1);
	int n = names_signal_lookup(s);
	int i;

	if (n < 0 && strncasecmp(s, "SIG", 3) == 0)
		s += 3;
	for (i = 1; n < 0 && i < 65; i++) {
		const char *a = sigabbrev_np(i);

		if (a && strcasecmp(a, s) == 0)
			n = i;
	}
	if (n < 0)
		return 0;
	lua_pushinteger(L, n);
	return 1;
}

/* Push a set table {[nr] = true, ...}. */
static void push_set(lua_State *L, const struct sysset *set)
{
	long nr;

	lua_newtable(L);
	for (nr = 0; nr < SYSCALLS_MAX; nr++) {
		if (!sysset_has(set, nr))
			continue;
		lua_pushboolean(L, 1);
		lua_rawseti(L, -2, nr);
	}
}

/* pt.group("file" | "%file") -> { "open", "openat", ... } */
static int l_group(lua_State *L)
{
	unsigned cls = syscalls_class_lookup(luaL_checkstring(L, 1));
	long nr, lim = syscalls_limit();
	int i = 1;

	if (!cls)
		return 0;
	lua_newtable(L);
	for (nr = 0; nr < lim; nr++) {
		if (!(syscalls_classes(nr) & cls) || !syscalls_name(nr))
			continue;
		lua_pushstring(L, syscalls_name(nr));
		lua_rawseti(L, -2, i++);
	}
	return 1;
}

/* pt.parse_set("open,%file,!futex") -> {[2] = true, ...}; a bad spec
 * raises (it is the script's mistake, found before tracing starts). */
static int l_parse_set(lua_State *L)
{
	const char *spec = luaL_checkstring(L, 1);
	struct sysset set;
	char err[256];

	if (filter_parse_syscalls(&set, spec, err, sizeof(err)) < 0)
		return luaL_error(L, "bad syscall set '%s': %s", spec, err);
	push_set(L, &set);
	return 1;
}

/* pt.syscalls() -> { [nr] = "name", ... } every known syscall */
static int l_syscalls(lua_State *L)
{
	long nr, lim = syscalls_limit();

	lua_newtable(L);
	for (nr = 0; nr < lim; nr++) {
		if (!syscalls_name(nr))
			continue;
		lua_pushstring(L, syscalls_name(nr));
		lua_rawseti(L, -2, nr);
	}
	return 1;
}

/*
 * pt.format(tid, nr, args [, ret]) -> the strace line of a call:
 * 'openat(AT_FDCWD, "/etc/passwd", O_RDONLY) = 3' when ret is given (at
 * exit), 'openat(AT_FDCWD, "/etc/passwd", O_RDONLY' before (at entry).
 */
static int l_format(lua_State *L)
{
	int tid = lua_core_check_tid(L, 1);
	const struct decode_opts *o = lua_core_dopts(L);
	size_t cols = (size_t)lua_core_columns(L);
	struct strbuf sb = STRBUF_INIT;
	struct decode_call c;
	struct decode_src src;
	int i;

	memset(&c, 0, sizeof(c));
	c.nr = (long)luaL_checkinteger(L, 2);
	luaL_checktype(L, 3, LUA_TTABLE);
	for (i = 0; i < 6; i++) {
		lua_geti(L, 3, i + 1);
		c.args[i] = (uint64_t)lua_tointeger(L, -1);
		lua_pop(L, 1);
	}
	lua_core_src(&src, &tid);
	decode_entry(&sb, &c, &src, o);
	if (!lua_isnoneornil(L, 4)) {
		c.ret = (int64_t)luaL_checkinteger(L, 4);
		decode_exit(&sb, &c, &src, o);
		strbuf_putc(&sb, ' ');
		if (sb.len < cols)
			strbuf_pad(&sb, ' ', cols - sb.len);
		strbuf_puts(&sb, "= ");
		decode_retval(&sb, &c, &src, o);
	}
	if (sb.failed) {
		strbuf_release(&sb);
		return luaL_error(L, "out of memory");
	}
	lua_pushlstring(L, strbuf_str(&sb), sb.len);
	strbuf_release(&sb);
	return 1;
}

static const luaL_Reg tables_funcs[] = {
	{ "sysname", l_sysname },
	{ "sysnr", l_sysnr },
	{ "errname", l_errname },
	{ "errnum", l_errnum },
	{ "signame", l_signame },
	{ "signum", l_signum },
	{ "group", l_group },
	{ "parse_set", l_parse_set },
	{ "syscalls", l_syscalls },
	{ "format", l_format },
	{ NULL, NULL },
};

void lua_tables_register(lua_State *L)
{
	luaL_setfuncs(L, tables_funcs, 0);
}
