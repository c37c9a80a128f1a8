#!/bin/sh
# The mytrace> shell on a terminal, driven through tmux (send-keys,
# capture-pane; it drops trailing blanks): the prompt, TAB completion, Ctrl-C stopping a running
# program and aborting a looping Lua chunk, history across sessions,
# quit asking before it kills.  Skipped without tmux.
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
cleanup() {
	$T kill-server 2> /dev/null
	pkill -f "shell_sleeper 31" 2> /dev/null
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

start_shell() {
	for _try in 1 2 3; do
		$T new-session -d -s "$SESS" -x 160 -y 50 \
			"$MYTRACE -i $TRACEES/shell_sleeper 31" 2> /dev/null &&
			break
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
expect "Ctrl-C stops the program" '^Program stopped (interrupted)\.$'
expect "... saying where each thread is" \
	'^  Thread 1 (shell_sleeper [0-9]*) at clock_nanosleep'
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
