/* SPDX-License-Identifier: MIT */
/*
 * script - the Lua 5.4 scripting facade: -s FILE, -E CHUNK, -a KEY=VAL, -l.
 *
 * All Lua-stack code lives behind this header (src/script*.c, src/lua_*.c).
 * main hands over what it parsed and gets the exit status back:
 *
 *	struct script_opts so = { .cli = &cli, .sources = ..., ... };
 *	return script_run(&so);
 *
 * script_run() creates one Lua state, loads and compiles every source
 * (a syntax error or a missing file is reported before any program is
 * started), runs them in order, then starts PROG (or attaches to the
 * pids) and runs the event loop written in Lua (lua/mytrace/init.lua),
 * which dispatches the script's hooks.  Every call into Lua is protected
 * with a traceback handler; on a script error the tracees are detached
 * (attached ones) or killed (spawned ones), never left stopped.
 */
#ifndef MYTRACE_SCRIPT_H
#define MYTRACE_SCRIPT_H

#include <stdio.h>

#include "cli.h"

struct script_opts {
	/* PROG argv / pids, -f, -o, and the decode/trace options. */
	const struct cli_opts *cli;
	const struct script_source *sources;
	int nsources;
	const char *const *args;	/* -a KEY=VAL ..., as given */
	int nargs;
	const char *argv0;	/* main's argv[0], to find lua/ if /proc fails */
};

/*
 * Run the scripts.  Returns the exit status main should exit with: the
 * traced program's (128+signal when killed), 1 on a script error (syntax
 * or runtime; the message and a traceback are on stderr), or 1 with a
 * one-line message when PROG cannot be started.
 */
int script_run(const struct script_opts *o);

/*
 * -l: list the scripts found on the search path (./scripts, the user's
 * config dir $XDG_CONFIG_HOME/mytrace/scripts, the installed scripts)
 * with the description of their script{...} metadata.  Returns 0, or 1
 * when Lua could not be started.
 */
int script_list(FILE *out, const char *argv0);

/*
 * Internal: shared by src/script*.c and src/lua_*.c only (the files that
 * touch the Lua stack).  main uses nothing below this line.
 */
#include "decode.h"
#include "engine.h"
#include "filter.h"
#include "trace.h"

struct lua_State;

/* The core's context: one per Lua state (src/lua_core.c). */
struct lua_core {
	struct engine *e;
	struct engine_opts eopts;
	struct decode_opts dopts;
	struct trace_opts topts;
	struct filter filter;
	struct trace_printer *tp;
	FILE *out;		/* -o FILE, owned; NULL: stderr */
	struct engine_event last;	/* the event whose thread is held */
	int have_last;
	pid_t *tids;		/* threads traced, as the events told us */
	int ntids;
	int cap;
	int started;		/* something was spawned or attached */
	/*
	 * pt.want_entries(): when set, ENTRY events of syscalls outside
	 * @entry_set are not handed to Lua (their EXIT still is, with the
	 * arguments): a script whose hooks all run at exit pays Lua once
	 * per call, not twice.
	 */
	int entry_filter;
	struct sysset entry_set;
};

struct lua_core *lua_core_get(struct lua_State *L);
/* Keep the list of traced threads in step with the events. */
void lua_core_tid_add(struct lua_core *c, pid_t tid);
void lua_core_tid_del(struct lua_core *c, pid_t tid);

/*
 * For the shell (src/repl.c): a Lua state as scripts get it (library
 * path, pt), and a protected call that prints the error and traceback.
 */
struct lua_State *script_new_state(const char *argv0);
int script_pcall(struct lua_State *L, int narg, int nres);
/* Push {argv = {PROG, ARGS...}, pids = {...}} from @cli (may be NULL). */
void script_push_target(struct lua_State *L, const struct cli_opts *cli);

/* luaopen function of "mytrace.core" (the global pt). */
int lua_core_open(struct lua_State *L);
/* Hand the command line's options to the core (before any spawn). */
void lua_core_configure(struct lua_State *L, const struct cli_opts *cli);
/* Detach attached tracees, kill spawned ones: after a script error. */
void lua_core_shutdown(struct lua_State *L);
/* Did a SIGINT/SIGTERM/SIGHUP arrive while tracing? */
int lua_core_interrupted(void);
/* That, or pt.wait()'s timer ran out: the engine's poll for the next
 * stop ends (engine_opts.spin_abort; src/lua_events.c). */
int lua_core_wait_abort(void);
/* Install (1) or restore (0) those signal handlers. */
void lua_core_signals(int on);
/* Raise (1) or clear (0) that flag: the shell's own SIGINT handler. */
void lua_core_interrupt_set(int on);
/*
 * The one count hook (src/lua_hook.c).  Hooks (lua/mytrace/hooks.lua
 * calls pt.hook_begin/pt.hook_end around each): it aborts one that runs
 * longer than @seconds (0: no limit) or, with @on_sigint (script mode),
 * that goes on after a Ctrl-C (a second Ctrl-C, or one second after the
 * first).  lua_core_hook_reset() ends the watch after an error unwound
 * the hook.
 */
void lua_core_set_hook_timeout(struct lua_State *L, double seconds,
			       int on_sigint);
void lua_core_hook_begin(struct lua_State *L);	/* pt.hook_begin() */
void lua_core_hook_reset(struct lua_State *L);
/*
 * For the shell (src/repl.c): @watch (NULL: none) runs every 100000 VM
 * instructions, and a pending lua_core_hook_abort() is dropped.
 * lua_core_hook_abort(), safe in a signal handler, makes the running
 * Lua code raise "interrupted!" at its next instruction.
 */
void lua_core_hook_watch(struct lua_State *L, void (*watch)(void));
void lua_core_hook_abort(struct lua_State *L);
/* CLOCK_MONOTONIC in nanoseconds. */
long long lua_core_mono_ns(void);
/* The memory limit of the Lua state in bytes (0: none); 512 MiB by
 * default (src/script.c). */
void script_set_memory_limit(struct lua_State *L, size_t bytes);
/* How many events pt.wait/pt.next_syscall handed out so far. */
unsigned long lua_core_events(void);

/* Raise unless argument @arg is a tid the core traces; returns it. */
int lua_core_check_tid(struct lua_State *L, int arg);
/* Push nil, "ENAME: message", "ENAME" for errno @err (> 0); returns 3. */
int lua_core_fail(struct lua_State *L, int err, const char *msg);
const struct decode_opts *lua_core_dopts(struct lua_State *L);
int lua_core_columns(struct lua_State *L);
/* A decode source reading the memory and fds of *@tid. */
void lua_core_src(struct decode_src *src, int *tid);

/* Add the functions of lua_events.c, lua_mem.c, lua_tables.c,
 * lua_hook.c to the table on top of the stack. */
void lua_events_register(struct lua_State *L);
void lua_mem_register(struct lua_State *L);
void lua_tables_register(struct lua_State *L);
void lua_hook_register(struct lua_State *L);

#endif
