#!/bin/sh
# The mytrace> shell on a terminal, driven through tmux (send-keys,
# capture-pane; it drops trailing blanks): the prompt, TAB completion, Ctrl-C stopping a running
# program (its SIGINT: it has the terminal, as under GDB), every thread
# of a multi-threaded one, an attached one (mytrace's SIGINT), and
# aborting a looping Lua chunk or hook, history across sessions, quit
# asking before it kills.  Skipped without tmux.
. "$(dirname "$0")/lib.sh"

if ! command -v tmux > /dev/null 2>&1; then
	ok "# SKIP tmux is not installed"
	exit 0
fi
export HOME="$TMP/home"
mkdir -p "$HOME"
SOCK="mytrace-test-$$"
SESS=shell
T="tmux -L $SOCK"
APID=
cleanup() {
	$T kill-server 2> /dev/null
	pkill -f "shell_sleeper 31" 2> /dev/null
	[ -n "$APID" ] && kill "$APID" 2> /dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT

# wait_for REGEX [TENTHS]: poll the pane until a line matches.
wait_for() {
	_i=0
	while [ "$_i" -lt "${2:-50}" ]; do
		$T capture-pane -p -t "$SESS" > "$TMP/pane" 2> /dev/null
		grep -q -e "$1" "$TMP/pane" && return 0
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}

# expect NAME REGEX: ok when the pane shows REGEX (waits up to 5 s).
expect() {
	if wait_for "$2"; then
		ok "$1"
	else
		not_ok "$1" "pane has no line matching: $2"
		sed 's/^/#   /' "$TMP/pane" | grep -v '^#   $' | tail -15
	fi
}

# start_shell [ARGS]: mytrace ARGS (default: -i shell_sleeper 31).
start_shell() {
	for _try in 1 2 3; do
		$T new-session -d -s "$SESS" -x 160 -y 50 \
			"$MYTRACE ${*:--i $TRACEES/shell_sleeper 31}" \
			2> /dev/null && break
		sleep 0.5
	done
	wait_for '^mytrace>'
}

# gone: wait (up to 3 s) until the program of the session has ended.
gone() {
	_i=0
	while pgrep -f "shell_sleeper 31" > /dev/null; do
		[ "$_i" -ge 30 ] && return 1
		sleep 0.1
		_i=$((_i + 1))
	done
	return 0
}

start_shell
expect "prompt" '^mytrace>$'

$T send-keys -t "$SESS" 'cat' Tab
expect "TAB completes cat -> catch" '^mytrace> catch$'
$T send-keys -t "$SESS" 'sys' Tab
expect "TAB completes catch sys -> syscall" '^mytrace> catch syscall$'
$T send-keys -t "$SESS" ' open' Tab Tab
expect "TAB lists syscalls open..." 'openat2'
$T send-keys -t "$SESS" C-u 'info br' Tab
expect "TAB completes info subcommands" '^mytrace> info breakpoints$'
$T send-keys -t "$SESS" C-u 'p $ri' Tab
expect "TAB completes registers after \$" '^mytrace> p \$rip$'
$T send-keys -t "$SESS" C-u

# Ctrl-C while the program sleeps: back to the prompt, then continue.
$T send-keys -t "$SESS" 'run' Enter
expect "run" '^tick 1$'
$T send-keys -t "$SESS" C-c
expect "Ctrl-C stops the program (its SIGINT, as GDB)" \
	'^Program received signal SIGINT, Interrupt\. \[pid [0-9]*\]$'
expect "... saying where each thread is" \
	'^  Thread 1 (shell_sleeper [0-9]*) \(at\|in\) clock_nanosleep'
expect "... and prompts" '^mytrace>$'
$T send-keys -t "$SESS" 'info threads' Enter
expect "info threads after Ctrl-C" '^\* 1 *Thread [0-9]* (shell_sleeper)'
$T send-keys -t "$SESS" 'continue' Enter
expect "continue after Ctrl-C: the program goes on" '^tick 3$'
$T send-keys -t "$SESS" C-c
wait_for '^mytrace>$'
$T send-keys -t "$SESS" C-l

# Ctrl-C aborts a looping Lua chunk.
$T send-keys -t "$SESS" 'lua while true do end' Enter
sleep 0.3
$T send-keys -t "$SESS" C-c
expect "Ctrl-C aborts lua while true do end" 'Quit (interrupted)$'
$T send-keys -t "$SESS" C-l
$T send-keys -t "$SESS" 'echo still-here\n' Enter
expect "the shell goes on" '^still-here$'

# quit asks before killing the spawned program.
$T send-keys -t "$SESS" 'quit' Enter
expect "quit asks" 'Quit anyway? (y or n)$'
$T send-keys -t "$SESS" 'y' Enter
if gone; then
	ok "quit killed the program"
else
	not_ok "quit killed the program"
fi
$T kill-server 2> /dev/null
sleep 0.3

# History: a second session recalls the first one's commands.
check_grep "history saved to ~/.mytrace_history" "$HOME/.mytrace_history" \
	'^lua while true do end$'
start_shell
$T send-keys -t "$SESS" Up Up Up
expect "history survives a restart" '^mytrace> lua while true do end$'
$T send-keys -t "$SESS" C-u 'quit' Enter 'y' Enter
sleep 0.3
$T kill-server 2> /dev/null

# A multi-threaded program: Ctrl-C stops every thread; a looping hook
# is aborted by Ctrl-C (the shell takes the terminal back).
start_shell -n -i "$TRACEES/shell_threads 2 32"
$T send-keys -t "$SESS" 'set follow-fork on' Enter 'run' Enter
expect "threads: run" '^tick 1$'
$T send-keys -t "$SESS" C-c
expect "threads: Ctrl-C" '^Program received signal SIGINT, Interrupt\.'
expect "threads: Ctrl-C stops thread 2" '^  Thread 2 (shell_threads [0-9]*) \(at\|in\) clock_nanosleep'
expect "threads: Ctrl-C stops thread 3" '^  Thread 3 (shell_threads [0-9]*) \(at\|in\) clock_nanosleep'
$T send-keys -t "$SESS" 'info threads' Enter
expect "threads: all stopped" '^  3 *Thread [0-9]* (shell_threads) *stopped'
$T send-keys -t "$SESS" C-l 'lua on_syscall("write", function() while true do end end)' \
	Enter 'continue' Enter
expect "threads: continue" '^Continuing\.$'
# The hook loops from the next write on; the watchdog (0.3 s) then
# gives the terminal back to mytrace.
wait_for '^tick 2$'
sleep 1
$T send-keys -t "$SESS" C-c
sleep 0.3
$T send-keys -t "$SESS" C-c
expect "Ctrl-C twice aborts a looping hook" 'Quit (interrupted)$'
expect "... and stops the program" '^Program stopped (interrupted)\.$'
$T send-keys -t "$SESS" 'kill' Enter
expect "threads: kill" '^\[Inferior 1 (process [0-9]*) killed\]$'
$T send-keys -t "$SESS" 'quit' Enter
sleep 0.3
$T kill-server 2> /dev/null

# Attached (-i -p PID): Ctrl-C reaches mytrace, which interrupts it.
"$TRACEES/shell_sleeper" 31 > /dev/null &
APID=$!
start_shell -n -i -p "$APID"
expect "attach: stopped" '^Attached; 1 thread stopped'
$T send-keys -t "$SESS" 'continue' Enter
expect "attach: continue" '^Continuing\.$'
sleep 0.5
$T send-keys -t "$SESS" C-c
expect "attach: Ctrl-C stops it" '^Program stopped (interrupted)\.$'
$T send-keys -t "$SESS" 'quit' Enter
expect "attach: quit asks" 'will be detached\.'
$T send-keys -t "$SESS" 'y' Enter
sleep 0.5
if kill -0 "$APID" 2> /dev/null; then
	ok "attach: quit detached it, it runs on"
else
	not_ok "attach: quit detached it, it runs on"
fi
kill "$APID" 2> /dev/null
wait "$APID" 2> /dev/null
APID=
$T kill-server 2> /dev/null || :
