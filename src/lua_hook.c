/* SPDX-License-Identifier: MIT */
/*
 * lua_hook - the one Lua count hook of the state, and the signals that
 * feed it (after lua.c's laction/lstop).  Three users share it:
 *
 *  - --hook-timeout: while a script's hook runs (pt.hook_begin ..
 *    pt.hook_end around each call, lua/mytrace/hooks.lua), the hook
 *    looks at the monotonic clock every HOOK_COUNT VM instructions and
 *    raises an error once the hook has run longer than the timeout;
 *  - Ctrl-C in script mode: a hook that still runs after a second
 *    Ctrl-C, or HOOK_GRACE_NS after the first, is stopped the same way;
 *  - the shell (src/repl.c): its watchdog, called every
 *    HOOK_WATCH_COUNT instructions while tracees run, and its Ctrl-C,
 *    which aborts whatever Lua code runs with "interrupted!".
 *
 * The error unwinds to src/script.c (script mode: tracing stops as for
 * any script error) or to the shell's command (the shell goes on).
 * Code blocked inside a C function (io.read, os.execute) is not
 * interrupted.
 */
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lua.h>

#include "script.h"

#define HOOK_COUNT 1000
#define HOOK_WATCH_COUNT 100000
#define HOOK_GRACE_NS 1000000000LL

static volatile sig_atomic_t core_interrupted;
/* SIGINT/SIGTERM/SIGHUP received so far (script mode's handler). */
static volatile sig_atomic_t core_nsigs;
/* The shell's Ctrl-C: abort the running Lua code at once. */
static volatile sig_atomic_t hook_abort;

static struct {
	int on_sigint;		/* script mode: Ctrl-C stops a hook */
	double timeout;		/* seconds, 0: none */
	long long timeout_ns;
	int active;		/* a hook runs now */
	int depth;		/* ... at this stack depth (or deeper) */
	int raised;		/* it was stopped: look at every instruction */
	long long deadline;	/* monotonic ns */
	int nsigs;		/* core_nsigs when the hook began */
	long long intr_since;	/* first Ctrl-C during this hook */
	void (*watch)(void);	/* the shell's watchdog, or NULL */
} hw;

long long lua_core_mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* --- signals: Ctrl-C ends the loop, the tracees are detached ----------- */

static void on_stop_signal(int sig)
{
	(void)sig;
	core_interrupted = 1;
	if (core_nsigs < INT_MAX)
		core_nsigs++;
}

int lua_core_interrupted(void)
{
	return core_interrupted;
}

void lua_core_interrupt_set(int on)
{
	core_interrupted = on;
}

void lua_core_signals(int on)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on ? on_stop_signal : SIG_DFL;
	/* No SA_RESTART: waitpid must return EINTR to the engine. */
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
}

/* --- the hook ---------------------------------------------------------- */

static void core_count_hook(lua_State *L, lua_Debug *ar);

/* Does a running script hook need the count hook? */
static int hook_armed(void)
{
	return hw.on_sigint || hw.timeout_ns;
}

/*
 * Install the hook the state needs now.  After an abort or a raise it
 * runs at every instruction, call and return (as lua.c's lstop): code
 * that catches the error with pcall is stopped again at once.
 */
static void hook_install(lua_State *L)
{
	if (hook_abort || hw.raised)
		lua_sethook(L, core_count_hook, LUA_MASKCALL | LUA_MASKRET |
			    LUA_MASKCOUNT, 1);
	else if (hw.active && hook_armed())
		lua_sethook(L, core_count_hook, LUA_MASKCOUNT, HOOK_COUNT);
	else if (hw.watch)
		lua_sethook(L, core_count_hook, LUA_MASKCOUNT,
			    HOOK_WATCH_COUNT);
	else
		lua_sethook(L, NULL, 0, 0);
}

/* The number of active call frames. */
static int hook_depth(lua_State *L)
{
	lua_Debug ar;
	int n = 0;

	while (lua_getstack(L, n, &ar))
		n++;
	return n;
}

/*
 * Raise the error "file:line: @what" in the running hook.  When the
 * hook is no longer on the stack (an earlier error unwound it past
 * pt.hook_end, to a shell command), only end the watch.
 */
static void hook_raise(lua_State *L, const char *what)
{
	if (hook_depth(L) < hw.depth) {
		lua_core_hook_reset(L);
		return;
	}
	hw.raised = 1;
	hook_install(L);
	luaL_where(L, 0);	/* the function that runs: file:line */
	lua_pushstring(L, what);
	lua_concat(L, 2);
	lua_error(L);
}

/* --hook-timeout and script mode's Ctrl-C, while a hook runs. */
static void hook_check(lua_State *L)
{
	int sigs = core_nsigs;
	long long now;

	if (!hw.active || (!hw.timeout_ns && sigs == hw.nsigs))
		return;
	now = lua_core_mono_ns();
	if (hw.on_sigint && sigs != hw.nsigs) {
		if (!hw.intr_since)
			hw.intr_since = now;
		if (sigs - hw.nsigs >= 2 || now - hw.intr_since > HOOK_GRACE_NS)
			hook_raise(L, "interrupted: the hook did not return "
				   "after Ctrl-C (stopped)");
	}
	if (hw.timeout_ns && now > hw.deadline) {
		lua_pushfstring(L, "hook timed out: ran longer than %f s "
				"(--hook-timeout=%f), stopped", hw.timeout,
				hw.timeout);
		hook_raise(L, lua_tostring(L, -1));
	}
}

static void core_count_hook(lua_State *L, lua_Debug *ar)
{
	(void)ar;
	if (hook_abort) {
		hook_abort = 0;
		hook_install(L);
		luaL_error(L, "interrupted!");
	}
	if (hw.watch)
		hw.watch();
	hook_check(L);
}

void lua_core_set_hook_timeout(lua_State *L, double seconds, int on_sigint)
{
	(void)L;
	hw.on_sigint = on_sigint;
	hw.timeout = seconds > 0 ? seconds : 0;
	hw.timeout_ns = (long long)(hw.timeout * 1e9);
}

void lua_core_hook_reset(lua_State *L)
{
	int was = hw.active || hw.raised;

	hw.active = 0;
	hw.raised = 0;
	if (was && hook_armed())
		hook_install(L);
}

void lua_core_hook_begin(lua_State *L)
{
	hw.active = 1;
	hw.raised = 0;
	hw.depth = hook_depth(L);
	hw.deadline = lua_core_mono_ns() + hw.timeout_ns;
	hw.nsigs = core_nsigs;
	hw.intr_since = 0;
	if (hook_armed())
		hook_install(L);
}

void lua_core_hook_watch(lua_State *L, void (*watch)(void))
{
	hw.watch = watch;
	hook_abort = 0;
	hook_install(L);
}

void lua_core_hook_abort(lua_State *L)
{
	hook_abort = 1;
	lua_sethook(L, core_count_hook, LUA_MASKCALL | LUA_MASKRET |
		    LUA_MASKCOUNT, 1);
}

/* pt.hook_begin(), pt.hook_end(): around each call of a script's hook
 * (lua/mytrace/hooks.lua), so that a runaway one can be stopped. */
static int l_hook_begin(lua_State *L)
{
	lua_core_hook_begin(L);
	return 0;
}

static int l_hook_end(lua_State *L)
{
	lua_core_hook_reset(L);
	return 0;
}

static const luaL_Reg hook_funcs[] = {
	{ "hook_begin", l_hook_begin },
	{ "hook_end", l_hook_end },
	{ NULL, NULL },
};

void lua_hook_register(lua_State *L)
{
	luaL_setfuncs(L, hook_funcs, 0);
}
