/* SPDX-License-Identifier: MIT */
/*
 * repl - the mytrace> shell (DESIGN.md section 6): readline with
 * history (~/.mytrace_history) and TAB completion, Ctrl-C, the init file
 * (~/.mytraceinit unless -n) and -x command files.  Lines go to the
 * command table written in Lua (lua/mytrace/shell.lua); the C side only
 * reads lines, completes words and turns Ctrl-C into a flag or, for a
 * runaway Lua handler, into a Lua error (as lua.c does).
 *
 * Without a terminal on stdin (or with -batch) no prompt is printed:
 * commands are read line by line until EOF, then the tracees are settled
 * (spawned ones killed, attached ones detached).
 */
#ifndef MYTRACE_REPL_H
#define MYTRACE_REPL_H

#include "cli.h"

/*
 * Run the shell for @cli (PROG ARGS: loaded, not started; -p PID:
 * attached and stopped; -s/-E sources run first).  Returns the exit
 * status for main: 0, or 1 when startup failed.
 */
int repl_run(const struct cli_opts *cli, const char *argv0);

#endif
