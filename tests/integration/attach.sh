#!/bin/sh
# Attach and detach: -p a running program, then SIGINT/SIGTERM/SIGHUP to
# mytrace must detach and leave the program running as before; -p of a
# multithreaded program traces all its threads; a program that mytrace
# spawned dies with it (EXITKILL).
. "$TOP/tests/integration/lib.sh"
T=$TRACEES

gone() { ! kill -0 "$1" 2> /dev/null; }
stopped() { case $(proc_state "$1") in [Tt]) return 0 ;; esac; return 1; }
tracer() { sed -n 's/^TracerPid:[[:space:]]*//p' "/proc/$1/status"; }

# detach_on SIG: attach to loop, send SIG to mytrace, check the loop.
detach_on() {
	_s=$1
	rm -f "$TMP/a"
	"$T/loop" 2 > "$TMP/loop.out" &
	_lp=$!
	"$MYTRACE" -p "$_lp" -o "$TMP/a" 2> "$TMP/a.err" &
	_mp=$!
	wait_for 5 grep -q '^getppid() *= [0-9]' "$TMP/a"
	check_grep "SIG$_s: traces the attached loop" "$TMP/a" '^getppid() *= [0-9]'
	kill -"$_s" "$_mp"
	if wait_for 3 gone "$_mp"; then
		ok "SIG$_s: mytrace exits"
	else
		not_ok "SIG$_s: mytrace exits"
		kill -KILL "$_mp"
	fi
	wait "$_mp" 2> /dev/null
	sleep 0.1
	if gone "$_lp" || stopped "$_lp"; then
		not_ok "SIG$_s: the loop runs on, not stopped" \
			"state: $(proc_state "$_lp")"
	else
		ok "SIG$_s: the loop runs on, not stopped"
	fi
	check_eq "SIG$_s: the loop is no longer traced" 0 "$(tracer "$_lp")"
	_n1=$(wc -l < "$TMP/a")
	sleep 0.2
	check_eq "SIG$_s: no more trace lines after detach" "$_n1" \
		"$(wc -l < "$TMP/a")"
	wait "$_lp"
	check_eq "SIG$_s: the loop exits 0" 0 $?
	check_grep "SIG$_s: the loop prints done" "$TMP/loop.out" '^done$'
	[ "$_s" = HUP ] || check_grep "SIG$_s: Process N detached" \
		"$TMP/a.err" "Process $_lp detached"
}

detach_on INT
detach_on TERM
detach_on HUP

# The attached program exits by itself: so does mytrace.
"$T/loop" 0.5 > /dev/null &
lp=$!
timeout 10 "$MYTRACE" -p "$lp" -o "$TMP/e" 2> "$TMP/e.err"
check_eq "-p: mytrace exits when the program does" 0 $?
check_line "-p: +++ exited with 0 +++" "$TMP/e" '+++ exited with 0 +++'
check_grep "-p: Process N attached" "$TMP/e.err" "Process $lp attached"
wait "$lp"

# Several -p
"$T/loop" 0.6 > /dev/null &
l1=$!
"$T/loop" 0.6 > /dev/null &
l2=$!
timeout 10 "$MYTRACE" -p "$l1" -p "$l2" -o "$TMP/p2" 2> /dev/null
check_eq "-p twice: both traced" 2 \
	"$(sed -n 's/^\([0-9]*\) .*/\1/p' "$TMP/p2" | sort -u | wc -l)"
wait "$l1" "$l2"

# -p of a multithreaded program attaches every thread (mytrace does so
# with or without -f; strace only with -f).  Evidence: four "Process N
# attached" notices, or "attached with 4 threads", or lines of four tids.
for f in "" -f; do
	"$T/loop" 1 3 > /dev/null &
	lp=$!
	sleep 0.2
	timeout -s INT 0.5 "$MYTRACE" $f -p "$lp" -o "$TMP/m" 2> "$TMP/m.err"
	tids=$(sed -n 's/^\([0-9]*\) .*/\1/p' "$TMP/m" | sort -u | wc -l)
	notes=$(grep -c 'Process [0-9]* attached' "$TMP/m.err")
	if [ "$notes" = 4 ] || [ "$tids" = 4 ] ||
		grep -q "Process $lp attached with 4 threads" "$TMP/m.err"
	then
		ok "-p ${f:+$f }of 4 threads: all attached"
	else
		not_ok "-p ${f:+$f }of 4 threads: all attached" \
			"$notes notices, lines from $tids tids"
		sed 's/^/#   /' "$TMP/m.err" | head -5
	fi
	[ -n "$f" ] && check_eq "-p -f of 4 threads: lines from 4 tids" 4 "$tids"
	sleep 0.1
	check "-p ${f:+$f }of 4 threads: still running after detach" \
		sh -c "! grep -q '^State:.*[Tt]' /proc/$lp/task/*/status"
	wait "$lp"
	check_eq "-p ${f:+$f }of 4 threads: the program exits 0" 0 $?
done

# A spawned program dies with mytrace.
"$MYTRACE" -o "$TMP/k" "$T/loop" 5 > /dev/null 2>&1 &
mp=$!
wait_for 5 grep -q '^getppid() *= [0-9]' "$TMP/k"
kid=$(grep -l "^PPid:[[:space:]]*$mp\$" /proc/[0-9]*/status 2> /dev/null |
	head -1 | cut -d/ -f3)
check "spawned program found" test -n "$kid"
kill -KILL "$mp"
wait "$mp" 2> /dev/null
dead() { gone "$1" || [ "$(proc_state "$1")" = Z ]; }
if [ -n "$kid" ] && wait_for 3 dead "$kid"; then
	ok "spawned program dies when mytrace is killed"
else
	not_ok "spawned program dies when mytrace is killed" \
		"state: $(proc_state "$kid")"
	[ -n "$kid" ] && kill -KILL "$kid"
fi
