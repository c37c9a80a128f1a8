#!/bin/sh
# Signals and job control (tests/tracees/robust_signals.c): every signal
# sent to a traced program is delivered exactly once (the program counts
# them) and shown exactly once; blocked and ignored signals behave as
# without a tracer; a child's SIGSTOP is seen by its parent (WIFSTOPPED,
# WIFCONTINUED) as without a tracer; kill -STOP/-CONT from outside stops
# and resumes every thread; SIGKILL in the middle of a syscall is shown
# as strace shows it.
. "$TOP/tests/integration/lib.sh"
S=$TRACEES/robust_signals

stopped() { case $(proc_state "$1") in [Tt]) return 0 ;; esac; return 1; }
gone() { ! kill -0 "$1" 2> /dev/null; }
# all_tasks PRED PID: PRED holds for every thread of PID.
all_tasks() {
	_p=$1
	shift
	for _t in /proc/"$1"/task/*; do
		[ -d "$_t" ] || return 1
		"$_p" "$1/task/${_t##*/}" || return 1
	done
}
task_stopped() { stopped "$1"; }

# mt OUT ARGS...: mytrace -o OUT ARGS; status in OUT.rc, stdout in
# OUT.stdout (lib.sh).
mt() { mt_status 60 "$@"; }

# sig_lines FILE SIG: how many "--- SIG {" lines FILE has.
sig_lines() {
	grep -c -e "^\([0-9]*  *\)\?--- $2 {" "$1"
}

counted="usr1=50 usr2=50 rt0=50 rt1=50 rt2=50 rt3=50"
for f in "" -f; do
	n="count${f:+ $f}"
	mt "$TMP/c" $f "$S" count 50
	check_eq "$n: status 0" 0 "$(cat "$TMP/c.rc")"
	check_eq "$n: the program got each signal once" "$counted" \
		"$(cat "$TMP/c.stdout")"
	for s in SIGUSR1 SIGUSR2 SIGRT_2 SIGRT_3 SIGRT_4 SIGRT_5; do
		check_eq "$n: 50 --- $s lines" 50 "$(sig_lines "$TMP/c" $s)"
	done
done

# The same, attached with -p (the program waits for its tracer).
rm -f "$TMP/a.stdout"
"$S" count 50 traced > "$TMP/a.stdout" 2>&1 &
sp=$!
wait_for 5 test -s "$TMP/a.stdout"
timeout 60 "$MYTRACE" -o "$TMP/a" -p "$sp" 2> "$TMP/a.err"
check_eq "count -p: mytrace exits 0" 0 $?
wait "$sp"
check_eq "count -p: the program exits 0" 0 $?
check_eq "count -p: the program got each signal once" "$counted" \
	"$(sed -n 2p "$TMP/a.stdout")"
for s in SIGUSR1 SIGUSR2 SIGRT_2 SIGRT_5; do
	check_eq "count -p: 50 --- $s lines" 50 "$(sig_lines "$TMP/a" $s)"
done

# Blocked (sent 3 times, delivered once at unblock), ignored, handled:
# the signal lines are strace's.
mt "$TMP/m" "$S" mask
check_eq "mask: status 0" 0 "$(cat "$TMP/m.rc")"
check_eq "mask: blocked USR1 once, ignored USR2 never, INT once" \
	"usr1=1 usr2=0 int=1" "$(cat "$TMP/m.stdout")"
(cd "$TMP" && timeout 20 strace -o "$TMP/m.s" "$S" mask > /dev/null 2>&1)
grep -e '^--- \|^rt_sigprocmask' "$TMP/m.s" | normalize > "$TMP/m.s.n"
grep -e '^--- \|^rt_sigprocmask' "$TMP/m" | normalize > "$TMP/m.n"
if cmp -s "$TMP/m.s.n" "$TMP/m.n" && [ -s "$TMP/m.n" ]; then
	ok "mask: signal lines as strace's"
else
	not_ok "mask: signal lines as strace's" "diff strace mytrace:"
	diff "$TMP/m.s.n" "$TMP/m.n" | sed 's/^/#   /' | head -10
fi

# A child stops itself: its parent sees it stopped, then continued.
mt "$TMP/j" -f "$S" jobctl
check_eq "jobctl -f: status 0" 0 "$(cat "$TMP/j.rc")"
check_grep "jobctl -f: the parent saw WIFSTOPPED and WIFCONTINUED" \
	"$TMP/j.stdout" '^stopped, continued, exited 0$'
check_eq "jobctl -f: one --- stopped by SIGSTOP ---" 1 \
	"$(grep -c -e '--- stopped by SIGSTOP ---$' "$TMP/j")"
mt "$TMP/j2" "$S" jobctl
check_grep "jobctl (child not followed): the same" \
	"$TMP/j2.stdout" '^stopped, continued, exited 0$'

# kill -STOP / -CONT from outside, 4 threads.
rm -f "$TMP/s.stdout"
timeout 60 "$MYTRACE" -f -o "$TMP/s" "$S" spin 4 6 < /dev/null \
	> "$TMP/s.stdout" 2> "$TMP/s.err" &
mp=$!
wait_for 5 test -s "$TMP/s.stdout"
tp=$(head -1 "$TMP/s.stdout")
wait_for 5 test -d "/proc/$tp/task" && sleep 0.2
kill -STOP "$tp"
if wait_for 5 all_tasks task_stopped "$tp"; then
	ok "kill -STOP: every thread stops"
else
	not_ok "kill -STOP: every thread stops" \
		"$(cat /proc/"$tp"/task/*/stat 2> /dev/null | cut -d' ' -f1-3)"
fi
sleep 0.5
if all_tasks task_stopped "$tp"; then
	ok "kill -STOP: they stay stopped"
else
	not_ok "kill -STOP: they stay stopped"
fi
n1=$(wc -l < "$TMP/s")
sleep 0.3
check_eq "kill -STOP: no trace line while stopped" "$n1" "$(wc -l < "$TMP/s")"
kill -CONT "$tp"
wait "$mp"
check_eq "kill -STOP/-CONT: mytrace exits 0" 0 $?
check_grep "kill -STOP/-CONT: the program finishes" "$TMP/s.stdout" \
	'^finished$'
# (A thread's state cannot tell a group-stop from a syscall-stop, both
# are "t" under ptrace: what each thread did after the CONT tells.)
check_eq "kill -CONT: each of the 4 spinning threads ran on" 4 \
	"$(tail -n +$((n1 + 1)) "$TMP/s" |
		sed -nE 's/^([0-9]+) +(getppid\(|<\.\.\. getppid resumed>).*/\1/p' |
		sort -u | wc -l)"
check_eq "kill -STOP/-CONT: 5 threads --- stopped by SIGSTOP ---" 5 \
	"$(grep -c -e '--- stopped by SIGSTOP ---$' "$TMP/s")"
check_eq "kill -STOP/-CONT: one --- SIGCONT line" 1 \
	"$(grep -c -e '--- SIGCONT {' "$TMP/s")"
kill -KILL "$mp" "$tp" 2> /dev/null || :

# SIGKILL while blocked in read(): as strace shows it.
for f in "" -f; do
	n="SIGKILL in read()${f:+ $f}"
	rm -f "$TMP/k" "$TMP/k.stdout"
	timeout 30 "$MYTRACE" $f -o "$TMP/k" "$S" block < /dev/null \
		> "$TMP/k.stdout" 2> "$TMP/k.err" &
	mp=$!
	wait_for 5 test -s "$TMP/k.stdout"
	tp=$(head -1 "$TMP/k.stdout")
	wait_for 5 sh -c "grep -q '^read(3, *<unfinished' '$TMP/k' ||
		grep -q 'S (sleeping)' /proc/$tp/status"
	sleep 0.2
	kill -KILL "$tp"
	wait "$mp"
	check_eq "$n: mytrace exits 137" 137 $?
	sed -E 's/^[0-9]+ +//; s/ +=/ =/' "$TMP/k" | tail -2 > "$TMP/k.tail"
	check_eq "$n: read( <unfinished ...>) = ? then +++ killed by SIGKILL +++" \
		"read(3,  <unfinished ...>) = ?
+++ killed by SIGKILL +++" "$(cat "$TMP/k.tail")"
	kill -KILL "$mp" 2> /dev/null || :
done
