#!/bin/sh
# Processes, threads and signals: exit status, signals delivered exactly
# once, -f over fork/exec and threads, exec from a non-leader thread, and
# job control (SIGSTOP/SIGCONT) of a traced program.
. "$TOP/tests/integration/lib.sh"
T=$TRACEES

# mt OUT ARGS...: mytrace -o OUT ARGS; its status goes to OUT.rc.
mt() {
	_o=$1
	shift
	(ulimit -c 0; timeout 20 "$MYTRACE" -o "$_o" "$@" || echo $? > "$_o.rc") \
		< /dev/null > /dev/null 2> "$_o.err"
	[ -f "$_o.rc" ] || echo 0 > "$_o.rc"
}

# Exit status
for n in 0 3 255; do
	rm -f "$TMP/e.rc"
	mt "$TMP/e" "$T/exitcode" "$n"
	check_eq "exit status $n is passed on" "$n" "$(cat "$TMP/e.rc")"
done
check_line "exitcode: +++ exited with 255 +++" "$TMP/e" '+++ exited with 255 +++'
rm -f "$TMP/k.rc"
mt "$TMP/k" "$T/killself"
check_line "killed by SIGKILL: +++ line" "$TMP/k" '+++ killed by SIGKILL +++'
check_eq "killed by SIGKILL: status 137" 137 "$(cat "$TMP/k.rc")"
rm -f "$TMP/k.rc"
mt "$TMP/k" "$T/killself" segv
check_line "SIGSEGV: +++ line" "$TMP/k" '+++ killed by SIGSEGV +++'
check_eq "SIGSEGV: status 139" 139 "$(cat "$TMP/k.rc")"
check_grep "SIGSEGV: --- SIGSEGV line" "$TMP/k" \
	'^--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---$'

# Signals: each raise delivered exactly once (signals exits with the count)
for f in "" -f; do
	rm -f "$TMP/s.rc"
	mt "$TMP/s" $f "$T/signals" 5
	check_eq "signals${f:+ $f}: 5 SIGUSR1 delivered, once each" 5 \
		"$(cat "$TMP/s.rc")"
	check_eq "signals${f:+ $f}: 5 --- SIGUSR1 lines" 5 \
		"$(grep -c -e '--- SIGUSR1 ' "$TMP/s")"
done
mt "$TMP/s" "$T/signals" 5
pid=$(sed -n 's/^getpid() *= \([0-9]*\)$/\1/p' "$TMP/s" | head -1)
check_line "--- SIGUSR1 {...} --- line" "$TMP/s" \
	"--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=$pid, si_uid=$(id -u)} ---"
check_grep "--- SIGCHLD {...} --- line" "$TMP/s" \
	'^--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=[0-9]*, si_uid=[0-9]*, si_status=0, si_utime=[0-9]*, si_stime=[0-9]*} ---$'
check_eq "rt_sigreturn after each handler" 6 \
	"$(grep -c '^rt_sigreturn({mask=\[\]}) *= 0$' "$TMP/s")"

# fork + exec with -f
rm -f "$TMP/f.rc"
mt "$TMP/f" -f "$T/forkexec"
check_eq "fork+exec -f: status" 0 "$(cat "$TMP/f.rc")"
parent=$(sed -n '1s/^\([0-9]*\) .*/\1/p' "$TMP/f")
# The clone line may be split by the child's first calls: take the
# return from the whole line or from its "<... clone resumed>" half.
child=$(sed -n -E \
	's/^[0-9]+ +(clone\(|<\.\.\. clone resumed>).*\) *= ([0-9]+)$/\2/p' \
	"$TMP/f")
check "fork+exec -f: parent and child pids" test -n "$parent" -a -n "$child"
# Calls split by the other process's lines are joined first.
join_resumed "$TMP/f" > "$TMP/f.j"
check_grep "fork+exec -f: the child's execve" "$TMP/f.j" \
	"^$child  *execve(\"/bin/true\", \[\"true\"\], 0x[0-9a-f]* /\* [0-9]* vars \*/) = 0$"
check_grep "fork+exec -f: the parent's wait4" "$TMP/f.j" \
	"^$parent  *wait4($child, \[{WIFEXITED(s) && WEXITSTATUS(s) == 0}\], 0, NULL) = $child$"
check_grep "fork+exec -f: child +++ exited" "$TMP/f" "^$child  *+++ exited with 0 +++$"
check_grep "fork+exec -f: parent +++ exited" "$TMP/f" "^$parent  *+++ exited with 0 +++$"
check_grep "fork+exec -f: --- SIGCHLD" "$TMP/f" \
	"^$parent  *--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=$child,"
mt "$TMP/f" "$T/forkexec"
check_no_grep "fork+exec without -f: no child lines" "$TMP/f" 'execve("/bin/true"'

# Threads with -f: every call of every thread, exactly once
rm -f "$TMP/t.rc"
mt "$TMP/t" -f "$T/threads" 4 25
check_eq "threads -f: status" 0 "$(cat "$TMP/t.rc")"
check_eq "threads -f: 100 getppid calls" 100 \
	"$(grep -c '^[0-9]*  *getppid(' "$TMP/t")"
check_eq "threads -f: 5 tids" 5 \
	"$(sed -n 's/^\([0-9]*\) .*/\1/p' "$TMP/t" | sort -u | wc -l)"
check_eq "threads -f: every resumed call was unfinished" \
	"$(grep -c '<unfinished \.\.\.>$' "$TMP/t")" \
	"$(grep -c '<\.\.\. [a-z0-9_]* resumed>' "$TMP/t")"
timeout 20 "$MYTRACE" -f -e trace=getppid "$T/threads" 3 10 \
	> /dev/null 2> "$TMP/t2"
check_eq "threads -f without -o: [pid N] on getppid lines" 30 \
	"$(grep -c '^\[pid  *[0-9]*\] getppid(' "$TMP/t2")"

# execve from a non-leader thread
rm -f "$TMP/x.rc"
mt "$TMP/x" -f "$T/execthread" "$T/exitcode" 7
check_eq "exec from a thread: status of the new program" 7 "$(cat "$TMP/x.rc")"
leader=$(sed -n '1s/^\([0-9]*\) .*/\1/p' "$TMP/x")
check_grep "exec from a thread: +++ superseded by execve" "$TMP/x" \
	"^$leader  *+++ superseded by execve in pid [0-9]* +++$"
check_grep "exec from a thread: the new program runs as the leader" \
	"$TMP/x" "^$leader  *exit_group(7) *= ?$"
check_grep "exec from a thread: +++ exited with 7" "$TMP/x" \
	"^$leader  *+++ exited with 7 +++$"
rm -f "$TMP/x.rc"
mt "$TMP/x" -f "$T/execthread"
check_eq "exec of /bin/true from a thread: status 0" 0 "$(cat "$TMP/x.rc")"

# Job control: kill -STOP stops a traced program, kill -CONT resumes it
out=$TMP/j.out
timeout 20 "$MYTRACE" -o "$TMP/j" "$T/jobctl" 600 "$TMP/marker" \
	< /dev/null > "$out" 2> "$TMP/j.err" &
mtpid=$!
wait_for 5 grep -q '^[0-9]' "$out"
jp=$(head -1 "$out")
kill -STOP "$jp"
stopped() { case $(proc_state "$jp") in [Tt]) return 0 ;; esac; return 1; }
if wait_for 3 stopped; then
	ok "job control: kill -STOP stops the tracee"
else
	not_ok "job control: kill -STOP stops the tracee" \
		"state $(proc_state "$jp")"
fi
sleep 1
if stopped && [ ! -e "$TMP/marker" ]; then
	ok "job control: stays stopped"
else
	not_ok "job control: stays stopped" "state $(proc_state "$jp")"
fi
kill -CONT "$jp"
# Running or sleeping again (a traced program shows "t" at each of its
# syscall stops too: one sample that is not stopped is the proof).
running() { ! stopped; }
if wait_for 5 running; then
	ok "job control: kill -CONT resumes it"
else
	not_ok "job control: kill -CONT resumes it" "state $(proc_state "$jp")"
fi
wait "$mtpid"
check_eq "job control: mytrace exits 0" 0 $?
check "job control: the program finished" test -s "$TMP/marker"
check_grep "job control: prints done" "$out" '^done$'
check_line "job control: --- stopped by SIGSTOP ---" "$TMP/j" \
	'--- stopped by SIGSTOP ---'
check_grep "job control: --- SIGCONT" "$TMP/j" '^--- SIGCONT {si_signo=SIGCONT'
kill -KILL "$jp" "$mtpid" 2> /dev/null || :
