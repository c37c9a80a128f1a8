#!/bin/sh
# Attach edge cases: a PID that does not exist, a zombie, a process
# already traced, a kernel thread, mytrace's own PID, a process of
# another user (EPERM): each gets one clear line on stderr naming the
# cause, exit status 1, and the target is left as it was.  Attaching to
# a process blocked in a syscall shows the call as strace does.
. "$TOP/tests/integration/lib.sh"
S=$TRACEES/robust_signals

gone() { ! kill -0 "$1" 2> /dev/null; }
tracer() { sed -n 's/^TracerPid:[[:space:]]*//p' "/proc/$1/status"; }
traced() { _t=$(tracer "$1"); [ -n "$_t" ] && [ "$_t" != 0 ]; }

# refuse NAME REGEX ARGS...: mytrace ARGS exits 1 with one line on
# stderr, matching REGEX.
refuse() {
	_n=$1
	_re=$2
	shift 2
	(ulimit -c 0; timeout 10 "$MYTRACE" "$@" < /dev/null \
		> "$TMP/r.out" 2> "$TMP/r.err")
	_rc=$?
	check_eq "$_n: exit status 1" 1 "$_rc"
	check_eq "$_n: one line on stderr" 1 "$(wc -l < "$TMP/r.err")"
	check_grep "$_n: says why" "$TMP/r.err" "$_re"
}

# A PID that does not exist (a process that just ended).
true &
dp=$!
wait "$dp"
refuse "nonexistent pid" "^mytrace: .*$dp.*No such process" -p "$dp"
refuse "pid 0" "^mytrace: .*'0'" -p 0
refuse "pid past pid_max" "^mytrace: .*4194305" -p 4194305

# A zombie: sleep 0's parent exec()s a long sleep and never reaps it.
sh -c 'sleep 0 & exec sleep 10' &
zpar=$!
zombie() { [ "$(proc_state "$1")" = Z ]; }
zp=
wait_for 5 sh -c "pgrep -P $zpar > /dev/null" &&
	zp=$(pgrep -P "$zpar" | head -1)
if [ -n "$zp" ] && wait_for 5 zombie "$zp"; then
	refuse "zombie" "^mytrace: .*$zp.*zombie" -p "$zp"
else
	not_ok "zombie: made one" "no zombie child of $zpar"
fi
kill "$zpar" 2> /dev/null || :
wait "$zpar" 2> /dev/null

# A process already traced (by strace).
if command -v strace > /dev/null; then
	rm -f "$TMP/b.out"
	strace -o /dev/null "$S" block > "$TMP/b.out" 2> /dev/null &
	sp=$!
	wait_for 5 test -s "$TMP/b.out"
	bp=$(head -1 "$TMP/b.out")
	refuse "already traced" "^mytrace: .*$bp.*already traced by pid" \
		-p "$bp"
	check_eq "already traced: still traced by strace alone" \
		"$sp" "$(tracer "$bp")"
	kill -KILL "$bp" 2> /dev/null || :
	wait "$sp" 2> /dev/null
else
	echo "# skip: already traced (no strace)"
fi

# A kernel thread: kthreadd is pid 2 outside a pid namespace.
if [ "$(cat /proc/2/comm 2> /dev/null)" = kthreadd ]; then
	refuse "kernel thread (pid 2)" "^mytrace: .*kernel thread" -p 2
	check "kernel thread: untouched" test "$(tracer 2)" = 0
else
	echo "# skip: kernel thread (no kthreadd at pid 2 here)"
fi

# mytrace's own pid (the shell's pid, which exec becomes mytrace).
(ulimit -c 0; exec timeout 10 sh -c 'exec "$0" -p $$' "$MYTRACE") \
	< /dev/null > /dev/null 2> "$TMP/self.err"
check_eq "own pid: exit status 1" 1 $?
check_eq "own pid: one line on stderr" 1 "$(wc -l < "$TMP/self.err")"

# EPERM: an unprivileged user against a root-owned process.
if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null &&
	setpriv --reuid=65534 --regid=65534 --clear-groups \
		test -x "$MYTRACE" 2> /dev/null; then
	sleep 10 &
	rp=$!
	(ulimit -c 0; timeout 10 setpriv --reuid=65534 --regid=65534 \
		--clear-groups "$MYTRACE" -p "$rp" < /dev/null \
		> /dev/null 2> "$TMP/eperm.err")
	check_eq "EPERM: exit status 1" 1 $?
	check_eq "EPERM: one line on stderr" 1 "$(wc -l < "$TMP/eperm.err")"
	check_grep "EPERM: says why" "$TMP/eperm.err" \
		"^mytrace: .*$rp.*Operation not permitted.*another user"
	check_eq "EPERM: the process runs on, untraced" "S 0" \
		"$(proc_state "$rp") $(tracer "$rp")"
	kill "$rp"
	wait "$rp" 2> /dev/null
else
	echo "# skip: EPERM (needs root, setpriv and a binary user 65534 can run)"
fi

# Attach to a process blocked in read(), then it is killed: as strace.
for tool in strace "$MYTRACE"; do
	command -v "$tool" > /dev/null || continue
	o=$TMP/blk.${tool##*/}
	rm -f "$TMP/blk.out" "$o"
	"$S" block > "$TMP/blk.out" 2>&1 &
	bp=$!
	wait_for 5 test -s "$TMP/blk.out"
	timeout 20 "$tool" -p "$bp" -o "$o" 2> /dev/null &
	tp=$!
	wait_for 5 traced "$bp"
	sleep 0.3
	kill -KILL "$bp"
	wait "$tp"
	wait "$bp" 2> /dev/null
done
if [ -f "$TMP/blk.strace" ]; then
	if cmp -s "$TMP/blk.strace" "$TMP/blk.mytrace"; then
		ok "attach to a blocked read(): as strace shows it"
	else
		not_ok "attach to a blocked read(): as strace shows it" \
			"diff strace mytrace:"
		diff "$TMP/blk.strace" "$TMP/blk.mytrace" | sed 's/^/#   /'
	fi
fi
