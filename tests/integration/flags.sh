#!/bin/sh
# The strace-compatible flags: each flag's effect on the output of the
# deterministic tracees, compared with strace where the output is stable,
# else checked by pattern; then bad usage (one line on stderr, status 1).
. "$TOP/tests/integration/lib.sh"
T=$TRACEES
F=$TMP/file
ORACLE=$(command -v strace) || { not_ok "strace installed"; exit 1; }

# mt OUT ARGS...: run mytrace ARGS with output to OUT, the program's
# stdout to /dev/null, mytrace's stderr to OUT.err and its status to
# OUT.rc.
mt() {
	_o=$1
	shift
	timeout 20 "$MYTRACE" -o "$_o" "$@" < /dev/null > /dev/null 2> "$_o.err"
	echo $? > "$_o.rc"
}

# same_as_strace NAME ARGS...: mytrace ARGS and strace ARGS print the same
# normalised trace.
same_as_strace() {
	_n=$1
	shift
	timeout 20 "$ORACLE" -o "$TMP/s.out" "$@" < /dev/null > /dev/null 2>&1
	timeout 20 "$MYTRACE" -o "$TMP/m.out" "$@" < /dev/null > /dev/null 2>&1
	check_traces "$_n" "$TMP/s.out" "$TMP/m.out"
}

# usage_error NAME ARGS...: mytrace ARGS exits 1 with one line on stderr.
usage_error() {
	_n=$1
	shift
	timeout 10 "$MYTRACE" "$@" < /dev/null > "$TMP/u.out" 2> "$TMP/u.err"
	_rc=$?
	_lines=$(wc -l < "$TMP/u.err")
	if [ "$_rc" = 1 ] && [ "$_lines" = 1 ] && [ ! -s "$TMP/u.out" ]; then
		ok "$_n"
	else
		not_ok "$_n" "status $_rc (want 1), $_lines stderr lines (want 1)"
		head -5 "$TMP/u.err" | sed 's/^/#   /'
	fi
}

# -o and the plain trace
mt "$TMP/plain" "$T/files" "$F"
check_grep "-o writes the trace to the file" "$TMP/plain" '^exit_group(0) *= ?$'
check "-o leaves stderr empty" test ! -s "$TMP/plain.err"
check_eq "-o: status of the program" 0 "$(cat "$TMP/plain.rc")"
timeout 20 "$MYTRACE" --output="$TMP/long" "$T/exitcode" 0 > /dev/null 2>&1
check_grep "--output=FILE" "$TMP/long" '^+++ exited with 0 +++$'
timeout 20 "$MYTRACE" -e trace=exit_group "$T/exitcode" 5 \
	> /dev/null 2> "$TMP/stderr"
check_grep "no -o: the trace goes to stderr" "$TMP/stderr" '^exit_group(5) *= ?$'

# -e trace=
same_as_strace "-e trace=NAME" -e trace=openat "$T/files" "$F"
mt "$TMP/t" -e trace=openat "$T/files" "$F"
check "-e trace=openat: only openat lines" \
	sh -c "! grep -v -e '^openat(' -e '^+++ ' '$TMP/t'"
same_as_strace "--trace=NAME,NAME" --trace=close,unlink "$T/files" "$F"
same_as_strace "-e NAME (trace= implied)" -e lseek "$T/files" "$F"
same_as_strace "-e trace=%file" -e trace=%file "$T/files" "$F"
same_as_strace "-e trace=%desc" -e trace=%desc "$T/files" "$F"
same_as_strace "-e trace=%memory" -e trace=%memory "$T/files" "$F"
same_as_strace "-e trace=%process" -e trace=%process -e signal=none \
	"$T/forkexec"
same_as_strace "-e trace=%process -f" -f -e trace=%process "$T/exitcode" 0
# With -f the two processes' lines interleave at random: compare the
# calls of each process.
timeout 20 "$ORACLE" -o "$TMP/s.out" -f -e trace=%process "$T/forkexec"
timeout 20 "$MYTRACE" -o "$TMP/m.out" -f -e trace=%process "$T/forkexec"
check_eq "-e trace=%process -f: the calls of each process" \
	"$(syscall_names "$TMP/s.out")" "$(syscall_names "$TMP/m.out")"
same_as_strace "-e trace=%signal" -e trace=%signal "$T/signals"
same_as_strace "-e trace=!NAME" -e 'trace=!mmap,mprotect' "$T/files" "$F"
mt "$TMP/t" -e 'trace=!openat' "$T/files" "$F"
check_no_grep "-e trace=!openat: no openat" "$TMP/t" '^openat('
check_grep "-e trace=!openat: other calls" "$TMP/t" '^unlink('
same_as_strace "-e trace=/regex" -e 'trace=/^(read|lseek)$' "$T/files" "$F"
same_as_strace "-e trace=/regex (substring)" -e 'trace=/stat' "$T/files" "$F"
mt "$TMP/t" -e 'trace=?nosuchcall,unlink' "$T/files" "$F"
check_eq "-e trace=?nosuch: accepted" 0 "$(cat "$TMP/t.rc")"
check_grep "-e trace=?nosuch: other names traced" "$TMP/t" '^unlink('

# -e status=, -z, -Z
same_as_strace "-e status=failed" -e status=failed "$T/files" "$F"
mt "$TMP/t" -e status=failed "$T/files" "$F"
check_no_grep "-e status=failed: no successful call" "$TMP/t" ') *= [0-9]'
check_grep "-e status=failed: the ENOENT open" "$TMP/t" \
	'^openat(AT_FDCWD, "/nonexistent/mytrace-missing", O_RDONLY) = -1 ENOENT'
same_as_strace "-e status=successful" -e trace=%file -e status=successful \
	"$T/files" "$F"
same_as_strace "-z" -z -e trace=%file "$T/files" "$F"
mt "$TMP/t" -z "$T/files" "$F"
check_no_grep "-z: no failed call" "$TMP/t" '= -1 E'
same_as_strace "-Z" -Z "$T/files" "$F"
same_as_strace "--failed-only" --failed-only "$T/files" "$F"

# -c, -C
mt "$TMP/c" -c "$T/files" "$F"
check_grep "-c: table header" "$TMP/c" \
	'^% time  *seconds  *usecs/call  *calls  *errors  *syscall$'
check_grep "-c: total row" "$TMP/c" '^100\.00 .* total$'
check_no_grep "-c: no syscall lines" "$TMP/c" '^[a-z_0-9]*(.*= '
want=$(grep -c '^openat(' "$TMP/plain")
got=$(awk '$NF == "openat" { print $4 }' "$TMP/c")
check_eq "-c: openat calls = openat lines of a plain trace" "$want" "$got"
got=$(awk '$NF == "openat" { print $5 }' "$TMP/c")
check_eq "-c: openat errors" 1 "$got"
mt "$TMP/c" -C "$T/files" "$F"
check_grep "-C: syscall lines" "$TMP/c" '^unlink('
check_grep "-C: table" "$TMP/c" '^% time  *seconds  *usecs/call  *calls  *errors  *syscall$'
got=$(awk '$NF == "openat" { print $4 }' "$TMP/c")
check_eq "-C: openat calls" "$want" "$got"
mt "$TMP/c" --summary-only "$T/files" "$F"
check_grep "--summary-only" "$TMP/c" '^% time '
# -c counts the system time spent in a call, as strace (a 0.3 s sleep
# costs next to none); -w the wall-clock time from entry to exit.
secs() { awk '$NF == "clock_nanosleep" { print $2 }' "$1"; }
mt "$TMP/c" -c -e trace=clock_nanosleep sleep 0.3
check "-c: system time of a 0.3 s sleep < 0.05 s" \
	awk "BEGIN { exit !($(secs "$TMP/c") + 0 < 0.05) }"
mt "$TMP/c" -c -w -e trace=clock_nanosleep sleep 0.3
check "-c -w: wall time of a 0.3 s sleep >= 0.29 s" \
	awk "BEGIN { exit !($(secs "$TMP/c") + 0 >= 0.29) }"
mt "$TMP/c" --summary-wall-clock -c -e trace=clock_nanosleep sleep 0.3
check "--summary-wall-clock" \
	awk "BEGIN { exit !($(secs "$TMP/c") + 0 >= 0.29) }"

# -T, -t, -tt, -ttt, -r
mt "$TMP/t" -T -e trace=close,unlink "$T/files" "$F"
check_grep "-T: <seconds> suffix" "$TMP/t" '^unlink(".*") *= 0 <0\.[0-9]\{6\}>$'
check_no_grep "-T: every call has it" "$TMP/t" '^[a-z].*= [0-9]*$'
mt "$TMP/t" -t -e trace=unlink "$T/files" "$F"
check_grep "-t: HH:MM:SS" "$TMP/t" '^[0-2][0-9]:[0-5][0-9]:[0-6][0-9] unlink('
mt "$TMP/t" -tt -e trace=unlink "$T/files" "$F"
check_grep "-tt: HH:MM:SS.usec" "$TMP/t" \
	'^[0-2][0-9]:[0-5][0-9]:[0-6][0-9]\.[0-9]\{6\} unlink('
mt "$TMP/t" -ttt -e trace=unlink "$T/files" "$F"
check_grep "-ttt: seconds.usec" "$TMP/t" '^[0-9]\{10\}\.[0-9]\{6\} unlink('
mt "$TMP/t" -r -e trace=close,unlink "$T/files" "$F"
check_grep "-r: relative first" "$TMP/t" '^     0\.000000 close('
check_grep "-r: relative" "$TMP/t" '^ *[0-9]\.[0-9]\{6\} unlink('
check_grep "-r: padding counts the prefix" "$TMP/t" \
	"^ *[0-9]\.[0-9]\{6\} close(3)                  = 0$"

# -y, -yy
mt "$TMP/t" -y -e trace=close,lseek "$T/files" "$F"
check_line "-y: fd with its path" "$TMP/t" "$(sline "close(3<$F>)" 0)"
check_line "-y: lseek" "$TMP/t" "$(sline "lseek(3<$F>, 0, SEEK_SET)" 0)"
same_as_strace "-y" -y -e trace=%desc "$T/files" "$F"
same_as_strace "-yy" -yy -e trace=%desc "$T/files" "$F"

# --string-limit, --columns
mt "$TMP/t" --string-limit=5 -e trace=write "$T/strings"
check_line "--string-limit=5" "$TMP/t" "$(sline 'write(1, "tab\th"..., 9)' 9)"
check_line "--string-limit=5: exactly 5 not cut" "$TMP/t" \
	"$(sline 'write(1, "", 0)' 0)"
same_as_strace "--string-limit=0" --string-limit=0 -e trace=write "$T/strings"
same_as_strace "--string-limit=100" --string-limit=100 -e trace=write \
	"$T/strings"
mt "$TMP/t" --columns=60 -e trace=lseek "$T/files" "$F"
check_line "--columns=60" "$TMP/t" \
	"$(printf '%-59s = 0' 'lseek(3, 0, SEEK_SET)')"
mt "$TMP/t" --columns=0 -e trace=lseek "$T/files" "$F"
check_line "--columns=0" "$TMP/t" 'lseek(3, 0, SEEK_SET) = 0'
same_as_strace "--columns=20" --columns=20 -e trace=%desc "$T/files" "$F"

# -v, -x, -xx
(cd "$T" && env -i MYTRACE_T=1 timeout 20 "$MYTRACE" -v -e trace=execve \
	-o "$TMP/t" ./exitcode > /dev/null 2>&1)
check_line "-v: envp in full" "$TMP/t" \
	"$(sline 'execve("./exitcode", ["./exitcode"], ["MYTRACE_T=1"])' 0)"
(cd "$T" && env -i MYTRACE_T=1 timeout 20 "$MYTRACE" -e trace=execve \
	-o "$TMP/t" ./exitcode > /dev/null 2>&1)
check_grep "no -v: envp abbreviated" "$TMP/t" \
	'^execve("./exitcode", \["./exitcode"\], 0x[0-9a-f]* /\* 1 var \*/) = 0$'
same_as_strace "-v" -v "$T/exitcode" 0
same_as_strace "--no-abbrev" --no-abbrev "$T/exitcode" 0
same_as_strace "-x" -x -e trace=write "$T/strings"
same_as_strace "-xx" -xx -e trace=write "$T/strings"
mt "$TMP/t" -x -e trace=write "$T/strings"
check_line "-x: a string with non-ASCII bytes in hex" "$TMP/t" \
	'write(1, "\x68\x69\x67\x68\x80\xff\xe9\x20\x62\x79\x74\x65\x73", 13) = 13'
check_line "-x: an ASCII string as usual" "$TMP/t" \
	"$(sline 'write(1, "tab\there\n", 9)' 9)"
mt "$TMP/t" -xx -e trace=write "$T/strings"
check_line "-xx: every byte in hex" "$TMP/t" \
	"$(sline 'write(1, "\x74\x61\x62\x09\x68\x65\x72\x65\x0a", 9)' 9)"

# -P
same_as_strace "-P PATH" -P "$F" "$T/files" "$F"
mt "$TMP/t" -P /nonexistent/mytrace-missing "$T/files" "$F"
check_grep "-P: the call on PATH" "$TMP/t" '^openat(AT_FDCWD, "/nonexistent/mytrace-missing"'
check "-P: nothing else" \
	sh -c "! grep -v -e '^openat(' -e '^+++ ' '$TMP/t'"

# -e signal=
mt "$TMP/t" "$T/signals" 2
check_grep "signals shown by default" "$TMP/t" '^--- SIGUSR1 '
mt "$TMP/t" -e signal=none "$T/signals" 2
check_no_grep "-e signal=none" "$TMP/t" '^--- '
check_eq "-e signal=none: status unchanged" 2 "$(cat "$TMP/t.rc")"
mt "$TMP/t" -e signal=SIGCHLD "$T/signals" 2
check_no_grep "-e signal=SIGCHLD: no SIGUSR1" "$TMP/t" '^--- SIGUSR1'
check_grep "-e signal=SIGCHLD: SIGCHLD" "$TMP/t" '^--- SIGCHLD'
same_as_strace "-e signal=!SIGUSR1" -e 'signal=!SIGUSR1' "$T/signals" 2

# -q, -qq
"$T/loop" 2 > /dev/null &
lp=$!
sleep 0.1
timeout -s INT 0.5 "$MYTRACE" -q -p "$lp" -o "$TMP/q" 2> "$TMP/q.err"
check_no_grep "-q: no attach/detach notices" "$TMP/q.err" 'attached\|detached'
timeout -s INT 0.5 "$MYTRACE" -p "$lp" -o "$TMP/q" 2> "$TMP/q.err"
check_grep "no -q: attach notice" "$TMP/q.err" "Process $lp attached"
kill "$lp" 2> /dev/null
wait "$lp" 2> /dev/null
mt "$TMP/t" -qq "$T/exitcode" 4
check_no_grep "-qq: no +++ line" "$TMP/t" '^+++'
check_grep "-qq: calls still shown" "$TMP/t" '^exit_group(4)'
check_eq "-qq: status" 4 "$(cat "$TMP/t.rc")"

# -f, -ff
timeout 20 "$MYTRACE" -f -e trace=execve,wait4,exit_group "$T/forkexec" \
	> /dev/null 2> "$TMP/f.err"
check_grep "-f without -o: [pid N] prefix" "$TMP/f.err" \
	'^\[pid  *[0-9]*\] execve("/bin/true"'
mt "$TMP/f" -f -e trace=execve,wait4,exit_group "$T/forkexec"
check "-f -o: every line starts with a pid" \
	sh -c "! grep -v '^[0-9][0-9]* ' '$TMP/f'"
check_eq "-f -o: two processes" 2 \
	"$(grep -c '^[0-9]* *+++ exited with 0 +++$' "$TMP/f")"
mkdir "$TMP/ff"
timeout 20 "$MYTRACE" -ff -o "$TMP/ff/tr" "$T/forkexec" > /dev/null 2>&1
check_eq "-ff -o: one file per process" 2 "$(ls "$TMP/ff" | grep -c '^tr\.[0-9]*$')"
check "-ff: the child's file has its execve" \
	sh -c "grep -l '^execve(\"/bin/true\"' '$TMP'/ff/tr.* | grep -q ."
check "-ff: no pid columns" sh -c "! grep -q '^[0-9]' '$TMP'/ff/tr.*"

# -h, -V
timeout 10 "$MYTRACE" -h > "$TMP/h" 2>&1
check_eq "-h: status 0" 0 $?
check_grep "-h: usage text" "$TMP/h" '[Uu]sage'
check_grep "-h: documents --string-limit" "$TMP/h" '--string-limit'
timeout 10 "$MYTRACE" -V > "$TMP/h" 2>&1
check_eq "-V: status 0" 0 $?
check_grep "-V: name and version" "$TMP/h" 'mytrace.*[0-9]'

# Bad usage
usage_error "unknown flag" --no-such-flag "$T/exitcode"
usage_error "unknown short flag" -j "$T/exitcode"
usage_error "missing program" /nonexistent/prog
usage_error "unknown syscall in -e trace" -e trace=nosuchcall "$T/exitcode"
usage_error "bad -e status" -e status=bogus "$T/exitcode"
usage_error "bad --string-limit" --string-limit=abc "$T/exitcode"
usage_error "-p of no such process" -p 999999999
usage_error "-p not a number" -p abc
timeout 10 sh -c 'exec "$0" -p $$' "$MYTRACE" < /dev/null > "$TMP/u.out" \
	2> "$TMP/u.err"
check_eq "-p of our own pid: status 1" 1 $?
check_eq "-p of our own pid: one line" 1 "$(wc -l < "$TMP/u.err")"

# --spin: polling for the next stop changes nothing in the trace, with -f
# too; a bad value is a usage error.
for sp in 0 1000; do
	timeout 20 "$ORACLE" -o "$TMP/s.out" "$T/files" "$F" < /dev/null \
		> /dev/null 2>&1
	timeout 20 "$MYTRACE" --spin=$sp -o "$TMP/m.out" "$T/files" "$F" \
		< /dev/null > /dev/null 2>&1
	check_traces "--spin=$sp: the trace is strace's" "$TMP/s.out" "$TMP/m.out"
done
timeout 20 "$MYTRACE" --spin=0 -f -c -o "$TMP/c0" "$T/threads" 2 50 \
	< /dev/null > /dev/null 2>&1
timeout 20 "$MYTRACE" -f -c -o "$TMP/c1" "$T/threads" 2 50 \
	< /dev/null > /dev/null 2>&1
check_eq "--spin=0: every getppid of 2 threads x 50 counted" 100 \
	"$(awk '$NF == "getppid" { print $4 }' "$TMP/c0")"
check_eq "--spin (default): every getppid counted" 100 \
	"$(awk '$NF == "getppid" { print $4 }' "$TMP/c1")"
usage_error "--spin=abc" --spin=abc true
