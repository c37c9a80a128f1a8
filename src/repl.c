/* SPDX-License-Identifier: MIT */
/*
 * repl - the C half of the mytrace> shell: read lines (readline on a
 * terminal, plain stdin otherwise), complete words, keep the history,
 * and turn Ctrl-C into something the Lua half can act on.  Commands,
 * completion candidates and everything about tracees are Lua
 * (lua/mytrace/shell.lua); this file calls it through four functions:
 * setup, execute, complete and finish.
 *
 * Ctrl-C follows lua.c: the handler only sets flags.  While tracees run
 * (the Lua run loop said so with repl.running(true)) the first Ctrl-C
 * makes the engine's wait return EINTR, and the loop stops the tracees.
 * A second Ctrl-C before the loop saw the first, or a Ctrl-C while a
 * plain command runs Lua, makes the count hook raise "interrupted!"
 * inside the running Lua code: a looping handler is aborted.  The count
 * hook is the core's (src/lua_hook.c), shared with --hook-timeout.
 *
 * The terminal, as GDB does it: a program the shell spawns on its
 * terminal leads its own process group (engine opts.new_pgrp), which
 * gets the terminal while it runs and gives it back at the prompt.
 * Ctrl-C then reaches the program, not mytrace: the run loop sees the
 * SIGINT stop ("Program received signal SIGINT"), not delivered unless
 * the user says so (handle SIGINT pass, signal SIGINT), and the program
 * can read the terminal.  A watchdog (on the count hook while tracees run)
 * takes the terminal back when one Lua handler runs for long, so that
 * Ctrl-C can abort it; attached programs keep their own group and
 * Ctrl-C reaches mytrace, which interrupts them.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include <lauxlib.h>
#include <lua.h>

#include "cli.h"
#include "repl.h"
#include "script.h"

#define REPL_HISTORY_MAX 1000

enum repl_state {
	REPL_READING,		/* at the prompt, in readline */
	REPL_LUA,		/* a command runs Lua code */
	REPL_RUNNING,		/* the run loop waits for tracee events */
};

static lua_State *repl_L;
static volatile sig_atomic_t repl_state = REPL_LUA;
static volatile sig_atomic_t repl_sigints;	/* not yet handled */
static volatile sig_atomic_t repl_prompt_sigint; /* Ctrl-C at the prompt */
static volatile sig_atomic_t repl_ending;	/* SIGTERM/SIGHUP came */
static int repl_tty;
static char repl_histfile[PATH_MAX];
/* The terminal: ours to give (we are its foreground group). */
static int repl_fg;
static pid_t repl_term_pgrp;	/* who has it now; 0: mytrace */
static pid_t repl_run_pgrp;	/* the running program's group, or 0 */

/* Watchdog: events seen at its last look, and since when. */
#define REPL_WATCH_NS 300000000LL	/* one handler running this long */
static unsigned long repl_watch_events;
static long long repl_watch_since;

/* --- the terminal ------------------------------------------------------ */

/* Make @pgrp (0: ours) the terminal's foreground process group. */
static void repl_terminal(pid_t pgrp)
{
	sigset_t ttou, old;

	if (!repl_fg || pgrp == repl_term_pgrp)
		return;
	/* From the background, tcsetpgrp raises SIGTTOU: blocked. */
	sigemptyset(&ttou);
	sigaddset(&ttou, SIGTTOU);
	sigprocmask(SIG_BLOCK, &ttou, &old);
	if (tcsetpgrp(STDIN_FILENO, pgrp ? pgrp : getpgrp()) == 0 || !pgrp)
		repl_term_pgrp = pgrp;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/*
 * The watchdog while tracees run: one event's Lua handlers running for
 * long take the terminal back (Ctrl-C then reaches mytrace); when
 * events flow again, the program gets it back.
 */
static void repl_watch(void)
{
	unsigned long n = lua_core_events();

	if (repl_state != REPL_RUNNING || !repl_run_pgrp)
		return;
	if (n != repl_watch_events) {
		repl_watch_events = n;
		repl_watch_since = lua_core_mono_ns();
		repl_terminal(repl_run_pgrp);
		return;
	}
	if (repl_term_pgrp && lua_core_mono_ns() - repl_watch_since >
	    REPL_WATCH_NS)
		repl_terminal(0);
}

/* The hook in force when no Ctrl-C is pending (drops a pending one). */
static void repl_hook_reset(lua_State *L)
{
	int watch = repl_state == REPL_RUNNING && repl_run_pgrp && repl_fg;

	lua_core_hook_watch(L, watch ? repl_watch : NULL);
}

/* --- Ctrl-C ------------------------------------------------------------ */

static void repl_on_sigint(int sig)
{
	(void)sig;
	if (repl_state == REPL_READING) {
		repl_prompt_sigint = 1;
		return;
	}
	repl_sigints++;
	lua_core_interrupt_set(1);
	if (repl_state == REPL_LUA || repl_sigints >= 2)
		lua_core_hook_abort(repl_L);
}

/*
 * SIGTERM/SIGHUP: the run loop stops, any Lua code running (a looping
 * hook) is aborted, and the shell ends (tracees settled).
 */
static void repl_on_term(int sig)
{
	(void)sig;
	repl_ending = 1;
	lua_core_interrupt_set(1);
	lua_core_hook_abort(repl_L);
}

static void repl_signals(void)
{
	struct sigaction sa;

	lua_core_signals(1);
	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = repl_on_sigint;	/* no SA_RESTART: EINTR wanted */
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = repl_on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* readline calls this when a read was interrupted by a signal. */
static int repl_signal_event(void)
{
	if (repl_ending)
		rl_done = 1;	/* end the read: the loop sees the flag */
	if (!repl_prompt_sigint)
		return 0;
	repl_prompt_sigint = 0;
	/* GDB: a Ctrl-C at the prompt drops the line and prompts again. */
	rl_replace_line("", 0);
	rl_crlf();
	rl_on_new_line();
	rl_redisplay();
	return 0;
}

/* --- the repl table seen from Lua -------------------------------------- */

/*
 * repl.running(on [, pgrp]): tracees run (true) or a command's Lua code
 * (false).  @pgrp: the process group of a program mytrace spawned on
 * the terminal, which gets it while running.
 */
static int l_running(lua_State *L)
{
	if (lua_toboolean(L, 1)) {
		repl_state = REPL_RUNNING;
		repl_run_pgrp = (pid_t)luaL_optinteger(L, 2, 0);
		repl_watch_events = lua_core_events();
		repl_watch_since = lua_core_mono_ns();
		repl_terminal(repl_run_pgrp);
	} else {
		repl_state = REPL_LUA;
		repl_run_pgrp = 0;
		repl_terminal(0);
	}
	if (!repl_sigints)
		repl_hook_reset(L);
	return 0;
}

/* repl.handled(): the run loop acted on the Ctrl-C. */
static int l_handled(lua_State *L)
{
	(void)L;
	repl_sigints = 0;
	lua_core_interrupt_set(0);
	repl_hook_reset(repl_L);
	return 0;
}

/* repl.interrupted() -> true once Ctrl-C was pressed while running. */
static int l_interrupted(lua_State *L)
{
	lua_pushboolean(L, lua_core_interrupted());
	return 1;
}

/* repl.ask(question) -> true for "y"; true without a terminal. */
static int l_ask(lua_State *L)
{
	const char *q = luaL_checkstring(L, 1);
	char *line;
	int yes = 1;

	if (!repl_tty || repl_ending) {
		lua_pushboolean(L, 1);
		return 1;
	}
	for (;;) {
		repl_state = REPL_READING;
		line = readline(q);
		repl_state = REPL_LUA;
		if (!line)
			break;	/* EOF: yes, as GDB does */
		if (line[0] == 'y' || line[0] == 'Y' || line[0] == 'n' ||
		    line[0] == 'N') {
			yes = line[0] == 'y' || line[0] == 'Y';
			free(line);
			break;
		}
		free(line);
		fputs("Please answer y or n.\n", stdout);
	}
	lua_pushboolean(L, yes);
	return 1;
}

static const luaL_Reg repl_funcs[] = {
	{ "running", l_running },
	{ "handled", l_handled },
	{ "interrupted", l_interrupted },
	{ "ask", l_ask },
	{ NULL, NULL },
};

/* --- calling the Lua half ---------------------------------------------- */

/* Push shell[name]; the shell module sits at stack index 1. */
static void repl_push_fn(lua_State *L, const char *name)
{
	lua_getfield(L, 1, name);
}

/* shell.execute(line) -> 1 when the shell should end. */
static int repl_execute(lua_State *L, const char *line)
{
	int quit = 0;

	repl_state = REPL_LUA;
	repl_push_fn(L, "execute");
	lua_pushstring(L, line);
	if (script_pcall(L, 1, 1) == LUA_OK) {
		quit = lua_toboolean(L, -1);
		lua_pop(L, 1);
	}
	lua_core_hook_watch(L, NULL);
	repl_sigints = 0;
	lua_core_interrupt_set(0);
	fflush(stdout);
	return quit;
}

static const char *repl_prompt(lua_State *L, char *buf, size_t size)
{
	repl_push_fn(L, "prompt");
	if (script_pcall(L, 0, 1) != LUA_OK) {
		snprintf(buf, size, "mytrace> ");
		return buf;
	}
	snprintf(buf, size, "%s", lua_tostring(L, -1) ?
		 lua_tostring(L, -1) : "mytrace> ");
	lua_pop(L, 1);
	return buf;
}

/* --- completion -------------------------------------------------------- */

static char **repl_cands;
static int repl_ncands;

static void repl_free_cands(void)
{
	int i;

	for (i = 0; i < repl_ncands; i++)
		free(repl_cands[i]);
	free(repl_cands);
	repl_cands = NULL;
	repl_ncands = 0;
}

static char *repl_generator(const char *text, int state)
{
	static int next;

	(void)text;
	if (state == 0)
		next = 0;
	if (next >= repl_ncands)
		return NULL;
	return strdup(repl_cands[next++]);
}

/*
 * shell.complete(line, start, end) returns the candidates for the word
 * line[start, end) as an array, or the string "files" for file names.
 */
static char **repl_complete(const char *text, int start, int end)
{
	lua_State *L = repl_L;
	int top = lua_gettop(L), files = 0;
	lua_Integer i, n;

	rl_attempted_completion_over = 1;	/* no default file names */
	repl_free_cands();
	repl_push_fn(L, "complete");
	lua_pushstring(L, rl_line_buffer);
	lua_pushinteger(L, start);
	lua_pushinteger(L, end);
	if (lua_pcall(L, 3, 1, 0) != LUA_OK)
		goto out;
	if (lua_type(L, -1) == LUA_TSTRING) {
		files = !strcmp(lua_tostring(L, -1), "files");
		goto out;
	}
	if (!lua_istable(L, -1))
		goto out;
	n = luaL_len(L, -1);
	repl_cands = calloc((size_t)n + 1, sizeof(*repl_cands));
	for (i = 1; repl_cands && i <= n; i++) {
		lua_geti(L, -1, i);
		if (lua_isstring(L, -1))
			repl_cands[repl_ncands++] = strdup(lua_tostring(L, -1));
		lua_pop(L, 1);
	}
out:
	lua_settop(L, top);
	if (files)
		return rl_completion_matches(text,
					     rl_filename_completion_function);
	if (!repl_ncands)
		return NULL;
	return rl_completion_matches(text, repl_generator);
}

/* --- history ----------------------------------------------------------- */

static void repl_history_open(void)
{
	const char *home = getenv("HOME");

	using_history();
	stifle_history(REPL_HISTORY_MAX);
	if (!home || !*home)
		return;
	snprintf(repl_histfile, sizeof(repl_histfile), "%s/.mytrace_history",
		 home);
	read_history(repl_histfile);
}

static void repl_history_add(const char *line)
{
	HIST_ENTRY *last;

	if (!*line)
		return;
	last = history_length ? history_get(history_base + history_length -
					    1) : NULL;
	if (last && !strcmp(last->line, line))
		return;
	add_history(line);
}

static void repl_history_save(void)
{
	if (!repl_histfile[0])
		return;
	if (write_history(repl_histfile) == 0)
		history_truncate_file(repl_histfile, REPL_HISTORY_MAX);
}

/* --- the loop ---------------------------------------------------------- */

static void repl_loop_tty(lua_State *L)
{
	char prompt[64];
	char *line;

	rl_readline_name = "mytrace";
	rl_attempted_completion_function = repl_complete;
	rl_completer_word_break_characters = " \t\n\"'=,(";
	rl_catch_signals = 0;
	rl_signal_event_hook = repl_signal_event;
	repl_history_open();
	for (;;) {
		repl_state = REPL_READING;
		line = repl_ending ? NULL :
		       readline(repl_prompt(L, prompt, sizeof(prompt)));
		repl_state = REPL_LUA;
		if (repl_ending) {
			free(line);
			break;
		}
		if (!line) {
			fputs("quit\n", stdout);
			if (repl_execute(L, "quit"))
				break;
			continue;
		}
		repl_history_add(line);
		if (repl_execute(L, line) || repl_ending) {
			free(line);
			break;
		}
		free(line);
	}
	repl_history_save();
	repl_free_cands();
}

static void repl_loop_pipe(lua_State *L)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	for (;;) {
		repl_state = REPL_LUA;
		errno = 0;
		n = getline(&line, &cap, stdin);
		if (n < 0) {
			if (errno == EINTR && !repl_ending) {
				clearerr(stdin);
				continue;
			}
			break;
		}
		if (n > 0 && line[n - 1] == '\n')
			line[n - 1] = '\0';
		if (repl_execute(L, line) || repl_ending)
			break;
	}
	free(line);
}

/* {argv = {...}, pids = {...}, tty = bool, batch = bool, repl = {...}} */
static void repl_push_setup(lua_State *L, const struct cli_opts *cli)
{
	int i;

	script_push_target(L, cli);
	lua_createtable(L, cli->nsources, 0);
	for (i = 0; i < cli->nsources; i++) {
		lua_createtable(L, 0, 2);
		lua_pushstring(L, cli->sources[i].text);
		lua_setfield(L, -2, "text");
		lua_pushboolean(L, cli->sources[i].is_chunk);
		lua_setfield(L, -2, "chunk");
		lua_rawseti(L, -2, i + 1);
	}
	lua_setfield(L, -2, "sources");
	lua_pushboolean(L, repl_tty);
	lua_setfield(L, -2, "tty");
	lua_pushboolean(L, cli->batch);
	lua_setfield(L, -2, "batch");
	luaL_newlib(L, repl_funcs);
	lua_setfield(L, -2, "repl");
}

/* Source ~/.mytraceinit (unless -n), then the -x files. */
static void repl_init_files(lua_State *L, const struct cli_opts *cli)
{
	const char *home = getenv("HOME");
	char path[PATH_MAX];
	int i;

	if (!cli->no_init && home && *home) {
		snprintf(path, sizeof(path), "%s/.mytraceinit", home);
		if (access(path, R_OK) == 0) {
			repl_push_fn(L, "source");
			lua_pushstring(L, path);
			script_pcall(L, 1, 0);
		}
	}
	for (i = 0; i < cli->ncommands; i++) {
		repl_push_fn(L, "source");
		lua_pushstring(L, cli->commands[i]);
		script_pcall(L, 1, 0);
	}
}

/* Runs inside lua_pcall: the whole shell session. */
static int repl_pmain(lua_State *L)
{
	const struct cli_opts *cli = lua_touserdata(L, 1);
	int status = 1;

	lua_settop(L, 0);
	lua_core_configure(L, cli);
	lua_core_set_hook_timeout(L, cli->hook_timeout, 0);
	/* Hooks change at run time: no seccomp filter (DESIGN.md 2). */
	lua_core_get(L)->eopts.seccomp = ENGINE_SECCOMP_OFF;
	/*
	 * As GDB: every thread is traced (set follow-fork decides for
	 * forks), and catch exit stops before the exit (DESIGN.md 6).
	 */
	lua_core_get(L)->eopts.threads = 1;
	lua_core_get(L)->eopts.exit_stop = 1;
	/* A spawned program gets the terminal while it runs. */
	lua_core_get(L)->eopts.new_pgrp = repl_fg;
	lua_newtable(L);
	lua_setglobal(L, "args");
	lua_getglobal(L, "require");
	lua_pushliteral(L, "mytrace.shell");
	if (script_pcall(L, 1, 1) != LUA_OK)
		goto out;
	/* Stack: [1] the shell module. */
	repl_push_fn(L, "setup");
	repl_push_setup(L, cli);
	if (script_pcall(L, 1, 1) != LUA_OK || !lua_toboolean(L, -1))
		goto out;
	lua_pop(L, 1);
	repl_init_files(L, cli);
	if (!cli->batch) {
		if (repl_tty)
			repl_loop_tty(L);
		else
			repl_loop_pipe(L);
	}
	repl_state = REPL_LUA;
	repl_push_fn(L, "finish");
	if (script_pcall(L, 0, 1) == LUA_OK)
		status = (int)luaL_optinteger(L, -1, 0);
out:
	lua_pushinteger(L, status);
	return 1;
}

int repl_run(const struct cli_opts *cli, const char *argv0)
{
	lua_State *L = script_new_state(argv0);
	int status = 1;

	if (!L) {
		fprintf(stderr, "mytrace: cannot start Lua: out of memory\n");
		return 1;
	}
	repl_L = L;
	repl_tty = isatty(STDIN_FILENO) && !cli->batch;
	repl_fg = repl_tty && tcgetpgrp(STDIN_FILENO) == getpgrp();
	repl_signals();
	lua_pushcfunction(L, repl_pmain);
	lua_pushlightuserdata(L, (void *)cli);
	if (lua_pcall(L, 1, 1, 0) == LUA_OK)
		status = (int)lua_tointeger(L, -1);
	else
		fprintf(stderr, "mytrace: %s\n", lua_tostring(L, -1));
	lua_core_signals(0);
	repl_terminal(0);
	fflush(stdout);
	lua_close(L);	/* frees the engine: nothing stays stopped */
	repl_L = NULL;
	return status;
}
