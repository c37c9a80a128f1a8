/* SPDX-License-Identifier: MIT */
/*
 * lua_events - pt.next_syscall/wait and the tracee controls: events as
 * Lua tables, resume/set_signal, detach, kill, interrupt, tracees.
 *
 * An event's thread stays stopped until the next wait (engine.h), so the
 * script may read and change it in between.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/time.h>

#include <lauxlib.h>
#include <lua.h>

#include "arch.h"
#include "engine.h"
#include "names.h"
#include "script.h"
#include "syscalls.h"

static volatile sig_atomic_t core_alarm;

static void on_alarm(int sig)
{
	(void)sig;
	core_alarm = 1;
}

int lua_core_wait_abort(void)
{
	return core_alarm || lua_core_interrupted();
}

/* --- events ------------------------------------------------------------ */

static const char *const kind_names[] = {
	[ENGINE_EV_ENTRY] = "entry",
	[ENGINE_EV_EXIT] = "exit",
	[ENGINE_EV_SIGNAL] = "signal",
	[ENGINE_EV_GROUP_STOP] = "group_stop",
	[ENGINE_EV_FORK] = "fork",
	[ENGINE_EV_EXEC] = "exec",
	[ENGINE_EV_EXITED] = "exited",
	[ENGINE_EV_KILLED] = "killed",
	[ENGINE_EV_ATTACHED] = "attached",
	[ENGINE_EV_DETACHED] = "detached",
	[ENGINE_EV_STEP] = "step",
	[ENGINE_EV_EXITING] = "exiting",
};

static void set_int(lua_State *L, const char *k, lua_Integer v)
{
	lua_pushinteger(L, v);
	lua_setfield(L, -2, k);
}

static void set_str(lua_State *L, const char *k, const char *v)
{
	if (!v)
		return;
	lua_pushstring(L, v);
	lua_setfield(L, -2, k);
}

static void push_event(lua_State *L, const struct engine_event *ev)
{
	unsigned k = ev->kind;
	int i;

	lua_createtable(L, 0, 12);
	if (ev->kind == ENGINE_EV_GROUP_STOP && ev->sig == 0)
		set_str(L, "kind", "interrupted");	/* pt.interrupt() */
	else
		set_str(L, "kind", k < sizeof(kind_names) /
			sizeof(kind_names[0]) ? kind_names[k] : "unknown");
	set_int(L, "tid", ev->tid);
	set_int(L, "pid", ev->pid);
	set_int(L, "ts", (lua_Integer)ev->ts_ns);
	set_int(L, "mono", (lua_Integer)ev->mono_ns);
	switch (ev->kind) {
	case ENGINE_EV_ENTRY:
	case ENGINE_EV_EXIT:
		set_int(L, "nr", ev->nr);
		set_str(L, "name", syscalls_name(ev->nr));
		lua_createtable(L, 6, 0);
		for (i = 0; i < 6; i++) {
			lua_pushinteger(L, (lua_Integer)ev->args[i]);
			lua_seti(L, -2, i + 1);
		}
		lua_setfield(L, -2, "args");
		if (ev->kind == ENGINE_EV_ENTRY)
			break;
		set_int(L, "ret", ev->ret);
		if (arch_ret_is_error(ev->ret)) {
			const char *n = names_errno((int)-ev->ret);

			set_str(L, "err", n ? n : strerrorname_np((int)-ev->ret));
		}
		if (ev->entry_mono_ns && ev->mono_ns >= ev->entry_mono_ns)
			set_int(L, "dur", (lua_Integer)(ev->mono_ns -
							ev->entry_mono_ns));
		if (ev->exit_without_entry) {
			lua_pushboolean(L, 1);
			lua_setfield(L, -2, "no_entry");
		}
		break;
	case ENGINE_EV_EXITING:
		if (!ev->sig) {
			set_int(L, "status", ev->status);
			break;
		}
		/* fall through */
	case ENGINE_EV_SIGNAL:
	case ENGINE_EV_GROUP_STOP:
	case ENGINE_EV_KILLED:
		set_int(L, "sig", ev->sig);
		set_str(L, "signame", names_signal(ev->sig));
		if (ev->kind == ENGINE_EV_KILLED ||
		    ev->kind == ENGINE_EV_EXITING) {
			lua_pushboolean(L, ev->core);
			lua_setfield(L, -2, "core");
		}
		break;
	case ENGINE_EV_FORK:
		set_int(L, "child", ev->child);
		set_str(L, "fork_kind", ev->fork_kind == ENGINE_VFORK ?
			"vfork" : ev->fork_kind == ENGINE_CLONE ?
			"clone" : "fork");
		break;
	case ENGINE_EV_EXEC:
		set_int(L, "old_tid", ev->old_tid);
		break;
	case ENGINE_EV_EXITED:
		set_int(L, "status", ev->status);
		break;
	default:
		break;
	}
}

/* Keep the tid list in step with what the event says. */
static void track(struct lua_core *c, const struct engine_event *ev)
{
	switch (ev->kind) {
	case ENGINE_EV_FORK:
		lua_core_tid_add(c, ev->child);
		break;
	case ENGINE_EV_EXEC:
		if (ev->old_tid != ev->tid)
			lua_core_tid_del(c, ev->old_tid);
		lua_core_tid_add(c, ev->tid);
		break;
	case ENGINE_EV_EXITED:
	case ENGINE_EV_KILLED:
	case ENGINE_EV_DETACHED:
		lua_core_tid_del(c, ev->tid);
		break;
	default:
		lua_core_tid_add(c, ev->tid);
		break;
	}
}

/* Events handed out so far (the shell's watchdog looks). */
static unsigned long core_events;

unsigned long lua_core_events(void)
{
	return core_events;
}

/*
 * Wait for the next event.  A pending Ctrl-C or an expired pt.wait()
 * timer makes the engine return -EINTR.
 */
static int next_event(lua_State *L, struct lua_core *c)
{
	int r;

	if (!c->e || lua_core_interrupted()) {
		if (lua_core_interrupted())
			return lua_core_fail(L, EINTR, "interrupted");
		lua_pushnil(L);
		return 1;
	}
	c->have_last = 0;
	for (;;) {
		r = engine_next_event(c->e, &c->last);
		if (r <= 0 || !c->entry_filter ||
		    c->last.kind != ENGINE_EV_ENTRY ||
		    sysset_has(&c->entry_set, c->last.nr))
			break;
		/* An entry no one wants: on to its exit. */
		core_events++;
		track(c, &c->last);
	}
	if (r == 0) {
		c->ntids = 0;
		lua_pushnil(L);
		return 1;
	}
	if (r < 0) {
		if (r == -EINTR && core_alarm && !lua_core_interrupted())
			return lua_core_fail(L, ETIMEDOUT, "timed out");
		return lua_core_fail(L, -r, r == -EINTR ?
				     "interrupted" : NULL);
	}
	c->have_last = 1;
	core_events++;
	track(c, &c->last);
	push_event(L, &c->last);
	return 1;
}

static int l_next_syscall(lua_State *L)
{
	if (!lua_isnoneornil(L, 1))
		lua_core_check_tid(L, 1);
	return next_event(L, lua_core_get(L));
}

static int l_wait(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	lua_Integer ms = luaL_optinteger(L, 1, -1);
	struct itimerval it, off;
	struct sigaction sa, old;
	int n;

	if (ms < 0)
		return next_event(L, c);
	memset(&it, 0, sizeof(it));
	memset(&off, 0, sizeof(off));
	if (ms == 0)
		ms = 1;
	it.it_value.tv_sec = ms / 1000;
	it.it_value.tv_usec = (ms % 1000) * 1000;
	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_alarm;
	core_alarm = 0;
	sigaction(SIGALRM, &sa, &old);
	setitimer(ITIMER_REAL, &it, NULL);
	n = next_event(L, c);
	setitimer(ITIMER_REAL, &off, NULL);
	sigaction(SIGALRM, &old, NULL);
	core_alarm = 0;
	return n;
}

/* pt.resume(tid, how [, sig]): the engine resumes the held thread at the
 * next wait; only the signal to deliver can be chosen here. */
static int l_resume(lua_State *L)
{
	static const char *const hows[] = {
		"syscall", "cont", "step", "listen", NULL
	};
	struct lua_core *c = lua_core_get(L);
	int tid = lua_core_check_tid(L, 1);
	int how = luaL_checkoption(L, 2, "syscall", hows);
	lua_Integer sig = luaL_optinteger(L, 3, -1);
	int r;

	if (how == 2) {
		/* One instruction, answered by a "step" event. */
		r = c->e ? engine_step(c->e, tid) : -ESRCH;
		if (r < 0)
			return lua_core_fail(L, -r, "thread is not stopped");
	} else if (how != 0) {
		return lua_core_fail(L, ENOTSUP,
			"only 'syscall' and 'step' resumptions are supported");
	}
	if (sig >= 0) {
		r = engine_set_signal(c->e, tid, (int)sig);
		if (r < 0)
			return lua_core_fail(L, -r, "thread is not stopped");
	}
	lua_pushboolean(L, 1);
	return 1;
}

static int l_set_signal(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	int tid = lua_core_check_tid(L, 1);
	lua_Integer sig = luaL_checkinteger(L, 2);
	int r;

	if (sig < 0 || sig > 128)
		return luaL_argerror(L, 2, "not a signal number");
	r = engine_set_signal(c->e, tid, (int)sig);
	if (r < 0)
		return lua_core_fail(L, -r, "thread is not stopped");
	lua_pushboolean(L, 1);
	return 1;
}

static int l_detach_all(lua_State *L)
{
	lua_core_shutdown(L);
	return 0;
}

/* pt.detach(tid): detach the whole process of @tid; it runs on. */
static int l_detach(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	int tid = lua_core_check_tid(L, 1);
	pid_t pid;
	int r;

	if (!c->e)
		return lua_core_fail(L, ESRCH, NULL);
	pid = engine_tgid(c->e, tid);
	if (pid < 0)
		return lua_core_fail(L, -pid, NULL);
	if (c->have_last && c->last.tid == tid)
		c->have_last = 0;
	r = engine_detach_pid(c->e, pid);
	if (r < 0)
		return lua_core_fail(L, -r, NULL);
	lua_pushinteger(L, r);
	return 1;
}

static int l_kill(lua_State *L)
{
	lua_Integer pid = luaL_checkinteger(L, 1);
	lua_Integer sig = luaL_optinteger(L, 2, SIGKILL);

	if (pid <= 0 || pid > INT_MAX)
		return luaL_argerror(L, 1, "not a pid");
	if (kill((pid_t)pid, (int)sig) < 0)
		return lua_core_fail(L, errno, NULL);
	lua_pushboolean(L, 1);
	return 1;
}

/*
 * pt.interrupt([tid]) -> n: stop the running thread @tid (every running
 * thread without it).  Each answers with its next event, of kind
 * "interrupted" unless another stop came first.
 */
static int l_interrupt(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	int tid = lua_isnoneornil(L, 1) ? 0 : lua_core_check_tid(L, 1);
	int n;

	if (!c->e)
		return lua_core_fail(L, ESRCH, NULL);
	n = engine_interrupt(c->e, tid);
	if (n < 0)
		return lua_core_fail(L, -n, NULL);
	lua_pushinteger(L, n);
	return 1;
}

/* pt.hold(tid): keep the thread of the last event stopped across waits. */
static int l_hold(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	int tid = lua_core_check_tid(L, 1);
	int r = c->e ? engine_hold(c->e, tid) : -ESRCH;

	if (r < 0)
		return lua_core_fail(L, -r, "thread is not stopped");
	lua_pushboolean(L, 1);
	return 1;
}

/* pt.release([tid]): resume held threads (all without @tid). */
static int l_release(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	int tid = lua_isnoneornil(L, 1) ? 0 : lua_core_check_tid(L, 1);

	if (c->e)
		engine_release(c->e, tid);
	return 0;
}

/* pt.stopped(tid) -> true when its registers and memory can be used. */
static int l_stopped(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	int tid = lua_core_check_tid(L, 1);

	lua_pushboolean(L, c->e && engine_is_stopped(c->e, tid));
	return 1;
}

/* pt.clear_interrupt(): forget a Ctrl-C once it has been handled. */
static int l_clear_interrupt(lua_State *L)
{
	(void)L;
	lua_core_interrupt_set(0);
	return 0;
}

static int l_tracees(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);
	int i;

	lua_createtable(L, c->ntids, 0);
	for (i = 0; i < c->ntids; i++) {
		lua_pushinteger(L, c->tids[i]);
		lua_seti(L, -2, i + 1);
	}
	return 1;
}

/*
 * pt.want_entries(set): hand Lua the ENTRY events of the syscalls of
 * @set only ({[nr] = true, ...}; the EXIT events of every call still
 * come); pt.want_entries(true) or no argument: all of them (the
 * default).
 */
static int l_want_entries(lua_State *L)
{
	struct lua_core *c = lua_core_get(L);

	if (lua_isnoneornil(L, 1) || (lua_isboolean(L, 1) &&
				      lua_toboolean(L, 1))) {
		c->entry_filter = 0;
		return 0;
	}
	luaL_checktype(L, 1, LUA_TTABLE);
	sysset_clear(&c->entry_set);
	lua_pushnil(L);
	while (lua_next(L, 1)) {
		if (lua_isinteger(L, -2) && lua_toboolean(L, -1))
			sysset_add(&c->entry_set, (long)lua_tointeger(L, -2));
		lua_pop(L, 1);
	}
	c->entry_filter = 1;
	return 0;
}

static int l_started(lua_State *L)
{
	lua_pushboolean(L, lua_core_get(L)->started);
	return 1;
}

static int l_interrupted(lua_State *L)
{
	lua_pushboolean(L, lua_core_interrupted());
	return 1;
}

static const luaL_Reg events_funcs[] = {
	{ "next_syscall", l_next_syscall },
	{ "wait", l_wait },
	{ "resume", l_resume },
	{ "set_signal", l_set_signal },
	{ "detach", l_detach },
	{ "detach_all", l_detach_all },
	{ "kill", l_kill },
	{ "interrupt", l_interrupt },
	{ "hold", l_hold },
	{ "release", l_release },
	{ "stopped", l_stopped },
	{ "clear_interrupt", l_clear_interrupt },
	{ "tracees", l_tracees },
	{ "started", l_started },
	{ "want_entries", l_want_entries },
	{ "interrupted", l_interrupted },
	{ NULL, NULL },
};

void lua_events_register(lua_State *L)
{
	luaL_setfuncs(L, events_funcs, 0);
}
