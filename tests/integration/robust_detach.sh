#!/bin/sh
# Detach and death.  SIGINT, SIGTERM and SIGHUP to mytrace attached to a
# busy multithreaded program: every thread is detached, none is left
# stopped, the program runs on and finishes normally (its own output
# says so).  SIGKILL to mytrace: an attached program runs on, a spawned
# one dies.  On every exit that can flush, the -o file holds every event
# up to the last one, ending with a complete line.
. "$TOP/tests/integration/lib.sh"
S=$TRACEES/robust_signals

gone() { ! kill -0 "$1" 2> /dev/null; }
dead() { gone "$1" || [ "$(proc_state "$1")" = Z ]; }
# untraced_all PID: no thread of PID has a tracer or is stopped.
untraced_all() {
	for _s in /proc/"$1"/task/*/status; do
		[ -f "$_s" ] || continue
		grep -q '^TracerPid:[[:space:]]*0$' "$_s" || return 1
		grep -q '^State:[[:space:]]*[tT]' "$_s" && return 1
	done
	return 0
}
# ends_with_newline FILE: FILE is empty or its last byte is a newline.
ends_with_newline() {
	[ ! -s "$1" ] || [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ]
}
# start_prog OUT ARGS...: start robust_signals ARGS in the background
# (it prints its pid, then waits for a tracer); sets $sp.
start_prog() {
	_o=$1
	shift
	rm -f "$_o"
	"$S" "$@" > "$_o" 2>&1 &
	sp=$!
	wait_for 5 test -s "$_o"
}
# in_nanosleep PID: PID's main thread is blocked in clock_nanosleep.
in_nanosleep() {
	case $(cat "/proc/$1/syscall" 2> /dev/null) in
	"230 "*) return 0 ;;
	esac
	return 1
}

# Busy threads: 4 threads calling getppid() for 3 s.
for sig in INT TERM HUP; do
	n="SIG$sig to mytrace -p of 4 busy threads"
	start_prog "$TMP/p.out" spin 4 3 traced
	rm -f "$TMP/d"
	"$MYTRACE" -f -p "$sp" -o "$TMP/d" 2> "$TMP/d.err" &
	mp=$!
	wait_for 5 grep -q 'getppid()' "$TMP/d"
	sleep 0.2
	kill -"$sig" "$mp"
	if wait_for 5 gone "$mp"; then
		ok "$n: mytrace exits"
	else
		not_ok "$n: mytrace exits"
		kill -KILL "$mp"
	fi
	wait "$mp" 2> /dev/null
	if wait_for 2 untraced_all "$sp"; then
		ok "$n: every thread detached, none stopped"
	else
		not_ok "$n: every thread detached, none stopped"
		grep -H '^State\|^TracerPid' /proc/"$sp"/task/*/status |
			sed 's/^/#   /' | head -10
	fi
	check "$n: the -o file ends with a complete line" \
		ends_with_newline "$TMP/d"
	wait "$sp"
	check_eq "$n: the program exits 0" 0 $?
	check_grep "$n: the program finishes" "$TMP/p.out" '^finished$'
	kill -KILL "$sp" 2> /dev/null || :
done

# The -o file is complete up to the last event: 200 numbered calls, then
# a sleep during which mytrace is told to stop (or the program ends).
for how in INT TERM HUP end; do
	n="-o complete on SIG$how"
	[ "$how" = end ] && n="-o complete when the program ends"
	start_prog "$TMP/t.out" tick 200 2.5
	rm -f "$TMP/t"
	"$MYTRACE" -p "$sp" -o "$TMP/t" 2> "$TMP/t.err" &
	mp=$!
	wait_for 5 in_nanosleep "$sp"
	# mytrace has seen the last tick, so the sleep's entry is next: on a
	# loaded machine it may still be on its way, hence the 0.2 s.
	wait_for 5 grep -q '^write(-1, "tick 199"' "$TMP/t"
	sleep 0.2
	[ "$how" = end ] || kill -"$how" "$mp"
	wait "$mp"
	check_eq "$n: mytrace exits 0" 0 $?
	check_eq "$n: all 200 calls, the last one too" \
		"200 tick 199" \
		"$(grep -c '^write(-1, "tick [0-9]*", [0-9]*) *= -1 EBADF' "$TMP/t") $(
		sed -n 's/^write(-1, "\(tick [0-9]*\)".*/\1/p' "$TMP/t" | tail -1)"
	if [ "$how" = end ]; then
		check_eq "$n: last line +++ exited with 0 +++" \
			'+++ exited with 0 +++' "$(tail -1 "$TMP/t")"
	else
		check_grep "$n: the pending clock_nanosleep is shown" \
			"$TMP/t" '^clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=2, tv_nsec=500000000}, '
	fi
	check "$n: the -o file ends with a complete line" \
		ends_with_newline "$TMP/t"
	wait "$sp"
	check_eq "$n: the program exits 0" 0 $?
	check_grep "$n: the program finishes" "$TMP/t.out" '^finished$'
	kill -KILL "$sp" 2> /dev/null || :
done

# A spawned program, mytrace told to stop: the program is killed, the -o
# file still holds its last calls.
for sig in INT TERM; do
	n="SIG$sig to mytrace running a program"
	rm -f "$TMP/s" "$TMP/s.out"
	"$MYTRACE" -o "$TMP/s" "$S" tick 200 5 > "$TMP/s.out" 2> "$TMP/s.err" &
	mp=$!
	wait_for 5 test -s "$TMP/s.out"
	sp=$(head -1 "$TMP/s.out")
	wait_for 5 in_nanosleep "$sp"
	kill -"$sig" "$mp"
	wait "$mp"
	if wait_for 3 dead "$sp"; then
		ok "$n: the program dies with mytrace"
	else
		not_ok "$n: the program dies with mytrace"
		kill -KILL "$sp"
	fi
	check_grep "$n: the -o file has the last call" "$TMP/s" \
		'^write(-1, "tick 199", 8) *= -1 EBADF'
	check "$n: the -o file ends with a complete line" \
		ends_with_newline "$TMP/s"
done

# SIGKILL to mytrace: an attached program (4 busy threads) runs on.
start_prog "$TMP/k.out" spin 4 2 traced
"$MYTRACE" -f -p "$sp" -o /dev/null 2> /dev/null &
mp=$!
wait_for 5 sh -c "! grep -q '^TracerPid:[[:space:]]*0$' /proc/$sp/status"
sleep 0.3
kill -KILL "$mp"
wait "$mp" 2> /dev/null
if wait_for 3 untraced_all "$sp"; then
	ok "SIGKILL to mytrace -p: every thread untraced, none stopped"
else
	not_ok "SIGKILL to mytrace -p: every thread untraced, none stopped"
fi
wait "$sp"
check_eq "SIGKILL to mytrace -p: the program exits 0" 0 $?
check_grep "SIGKILL to mytrace -p: the program finishes" "$TMP/k.out" \
	'^finished$'

# SIGKILL to mytrace: a spawned program (4 busy threads) dies with it.
rm -f "$TMP/k2.out"
"$MYTRACE" -f -o /dev/null "$S" spin 4 20 > "$TMP/k2.out" 2> /dev/null &
mp=$!
wait_for 5 test -s "$TMP/k2.out"
sp=$(head -1 "$TMP/k2.out")
sleep 0.3
kill -KILL "$mp"
wait "$mp" 2> /dev/null
if wait_for 3 dead "$sp"; then
	ok "SIGKILL to mytrace running 4 threads: the program dies"
else
	not_ok "SIGKILL to mytrace running 4 threads: the program dies" \
		"state $(proc_state "$sp")"
	kill -KILL "$sp"
fi
