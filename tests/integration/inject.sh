#!/bin/sh
# -e inject= and -e fault=: the same injections under strace (the oracle)
# and mytrace must give the same program behaviour (its output and exit
# status) and the same lines, " (INJECTED)" included.
. "$TOP/tests/integration/lib.sh"
T=$TRACEES
ORACLE=$(command -v strace) || { not_ok "strace installed"; exit 1; }
# No locale files: the opens of a program are the same in every run.
export LC_ALL=C
unset LANG LANGUAGE

# Pids, addresses and times differ from run to run (see lib.sh); so
# does what getppid returns (the tracer's pid).
norm() {
	normalize_trace "$@" |
		sed -E 's/^((PID +)?getppid\(\) += )[0-9]+$/\1PPID/'
}

# both NAME OPTS... PROG ARGS: run both tools with -o (mytrace with
# $MT_FLAGS too); compare the program's stdout+stderr, its exit status
# and the trace.  Dropped from the output: what the shell says of a
# tracer killed by the program's signal (strace kills itself with it,
# mytrace exits with 128+N) and the "Process N attached" notices, which
# strace does not print with -f -o FILE (a printer difference).
both() {
	_name=$1
	shift
	for _tool in "$ORACLE" "$MYTRACE"; do
		_t=$(basename "$_tool")
		_f=
		[ "$_t" = mytrace ] && _f=${MT_FLAGS:-}
		# shellcheck disable=SC2086
		( timeout 20 "$_tool" $_f -o "$TMP/$_name.$_t.trace" "$@" \
			> "$TMP/$_name.$_t.out" 2>&1; echo $? > "$TMP/$_name.$_t.rc" ) \
			2> /dev/null
		sed -i -E -e "s|^($_tool\|$_t): |TOOL: |" \
			-e '/^TOOL: Process [0-9]+ attached$/d' \
			-e '/^(User defined signal 1|Terminated)$/d' \
			"$TMP/$_name.$_t.out"
	done
	check_eq "$_name: exit status as strace" \
		"$(cat "$TMP/$_name.strace.rc")" "$(cat "$TMP/$_name.mytrace.rc")"
	if cmp -s "$TMP/$_name.strace.out" "$TMP/$_name.mytrace.out"; then
		ok "$_name: program output as under strace"
	else
		not_ok "$_name: program output as under strace" \
			"$(diff "$TMP/$_name.strace.out" "$TMP/$_name.mytrace.out" | head -10)"
	fi
	# With -f the processes' lines interleave in any order: split
	# calls joined, lines sorted.
	for _t in strace mytrace; do
		_u=mytrace
		[ $_t = mytrace ] && _u=strace
		case " $* " in
		*" -f "*)
			join_resumed "$TMP/$_name.$_t.trace" > "$TMP/$_name.$_t.j"
			norm "$TMP/$_name.$_t.j" "$TMP/$_name.$_u.trace" |
				sort ;;
		*)	norm "$TMP/$_name.$_t.trace" "$TMP/$_name.$_u.trace" ;;
		esac > "$TMP/$_name.$_t.norm"
	done
	if cmp -s "$TMP/$_name.strace.norm" "$TMP/$_name.mytrace.norm"; then
		ok "$_name: trace as strace's"
	else
		not_ok "$_name: trace as strace's" "$(diff \
			"$TMP/$_name.strace.norm" "$TMP/$_name.mytrace.norm" |
			head -10)"
	fi
}

# --- when=, error=, retval=, fault --------------------------------------
for w in 3 3+ 3+2 3..5 3..8+2 1..3+ 2..2 +2; do
	both "when=$w" -e trace=getppid \
		-e inject=getppid:error=EIO:when=$w "$T/inj_calls" 12
done
check_grep "when=3..8+2: the program sees EIO at 3, 5 and 7" \
	"$TMP/when=3..8+2.mytrace.out" \
	'^1:ppid 2:ppid 3:-1 EIO 4:ppid 5:-1 EIO 6:ppid 7:-1 EIO 8:ppid 9:ppid '

check_line "the injected line" "$TMP/when=3.mytrace.trace" \
	"$(sline 'getppid()' '-1 EIO (Input/output error) (INJECTED)')"

both retval -e trace=getppid -e inject=getppid:retval=42:when=2 \
	"$T/inj_calls" 3
check_line "retval=: the line" "$TMP/retval.mytrace.trace" \
	"$(sline 'getppid()' '42 (INJECTED)')"
check_grep "retval=: the program sees 42" "$TMP/retval.mytrace.out" \
	'^1:ppid 2:42 3:ppid$'
both retval-1 -e trace=getppid -e inject=getppid:retval=-1:when=1 \
	"$T/inj_calls" 1
check_line "retval=-1: printed as a number, not an errno" \
	"$TMP/retval-1.mytrace.trace" "$(sline 'getppid()' '-1 (INJECTED)')"
check_grep "retval=-1: strace's warning" "$TMP/retval-1.mytrace.out" \
	'^TOOL: Inadvertent injection of error 1 is possible for retval=18446744073709551615$'
both errno-number -e trace=getppid -e inject=getppid:error=13:when=1 \
	"$T/inj_calls" 1
both fault -e trace=getppid -e fault=getppid:when=2 "$T/inj_calls" 2
check_line "fault=: ENOSYS by default" "$TMP/fault.mytrace.trace" \
	"$(sline 'getppid()' '-1 ENOSYS (Function not implemented) (INJECTED)')"
both syscall= -e trace=getppid \
	-e inject=getppid:syscall=getpid:retval=7:when=1 "$T/inj_calls" 2
both "two rules" -e trace=getppid,openat \
	-e inject=getppid:error=EIO:when=1 \
	-e inject=openat:error=EACCES:when=4 "$T/inj_calls" 2 /etc/hostname
check_grep "two rules: the open fails too" "$TMP/two rules.mytrace.out" \
	'^open /etc/hostname: EACCES$'
both "last rule wins" -e trace=getppid -e inject=getppid:error=EIO \
	-e inject=getppid:error=EPERM:when=2 "$T/inj_calls" 3
check_grep "last rule wins: EPERM at 2 only" \
	"$TMP/last rule wins.mytrace.out" '^1:ppid 2:-1 EPERM 3:ppid$'
both "-T" -T -e trace=getppid -e inject=getppid:error=EIO:when=1 \
	"$T/inj_calls" 1
check_grep "-T: (INJECTED) before the time" "$TMP/-T.mytrace.trace" \
	'(INJECTED) <[0-9.]*>$'

# --- only traced calls, as strace: -e trace= and -P -------------------------
both untraced -e trace=close -e inject=openat:error=ENOENT \
	"$T/inj_calls" 1 /etc/hostname
check_grep "not in -e trace=: not injected" "$TMP/untraced.mytrace.out" \
	'^open /etc/hostname: ok$'
both "-P" -P /etc/hostname -e inject=openat:error=ENOENT:when=1 \
	"$T/inj_calls" 1 /etc/hostname
check_grep "-P: only the calls touching PATH, counted among them" \
	"$TMP/-P.mytrace.out" '^open /etc/hostname: ENOENT$'
both "trace=none" -e trace=none -e inject=openat:error=ENOENT \
	"$T/inj_calls" 1 /etc/hostname
"$MYTRACE" -o /dev/null --inject=getppid:error=EIO:when=1 --fault=getppid:when=2 \
	"$T/inj_calls" 3 > "$TMP/long.out" 2>&1
check_grep "--inject= and --fault=" "$TMP/long.out" \
	'^1:ppid 2:-1 ENOSYS 3:ppid$'

# --- real programs ---------------------------------------------------------
both "cat EACCES" -e inject=openat:error=EACCES:when=3 cat /etc/passwd
check_eq "cat EACCES: cat fails" 1 "$(cat "$TMP/cat EACCES.mytrace.rc")"
check_grep "cat EACCES: cat says why" "$TMP/cat EACCES.mytrace.out" \
	'^cat: /etc/passwd: Permission denied$'
check_line "cat EACCES: the line" "$TMP/cat EACCES.mytrace.trace" \
	'openat(AT_FDCWD, "/etc/passwd", O_RDONLY) = -1 EACCES (Permission denied) (INJECTED)'
both "ls ENOENT" -e trace=openat,getdents64 \
	-e inject=getdents64:error=EIO:when=1 ls /
both "unlink skipped" -e trace=unlink,unlinkat \
	-e inject=unlinkat:retval=0 rm "$TMP/nonexistent-file"
check_eq "unlink skipped: rm believes it" 0 \
	"$(cat "$TMP/unlink skipped.mytrace.rc")"

# --- per thread, per process -------------------------------------------------
both "fork -f" -f -e trace=getppid -e inject=getppid:error=EIO:when=2 \
	"$T/inj_fork"
check_eq "-f: each process and thread counts from 1" \
	"main ok|child ok EIO|thread ok EIO|main EIO" \
	"$(grep -v '^TOOL' "$TMP/fork -f.mytrace.out" | paste -sd'|')"
both "fork" -e trace=getppid -e inject=getppid:error=EIO:when=2 \
	"$T/inj_fork"
check_eq "no -f: children are not injected" \
	"main ok|child ok ok|thread ok ok|main EIO" \
	"$(grep -v '^TOOL' "$TMP/fork.mytrace.out" | paste -sd'|')"

# --- signal= ---------------------------------------------------------------
# The fast path's entry is a seccomp stop, not a syscall-entry-stop
# (the fast path needs -f, as in strace).
for sc in --seccomp-bpf --no-seccomp-bpf; do
	MT_FLAGS=$sc both "signal $sc" -f -e trace=getppid \
		-e inject=getppid:signal=USR1:error=EPERM:when=2 \
		"$T/inj_calls" 3
	check_eq "signal $sc: killed by SIGUSR1" 138 \
		"$(cat "$TMP/signal $sc.mytrace.rc")"
	check_grep "signal $sc: the signal line" \
		"$TMP/signal $sc.mytrace.trace" \
		' --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_KERNEL} ---$'
done
both "signal only" -e trace=getppid -e inject=getppid:signal=SIGTERM:when=1 \
	"$T/inj_calls" 2

# --- delays ----------------------------------------------------------------
t0=$(date +%s%N)
"$MYTRACE" -o "$TMP/delay.trace" -e trace=getppid,openat \
	-e inject=getppid:delay_enter=150ms:when=1 \
	-e inject=openat:delay_exit=100000:when=4 \
	"$T/inj_calls" 1 /etc/hostname > "$TMP/delay.out" 2>&1
t1=$(date +%s%N)
check "delays: at least 250 ms in all" test $(((t1 - t0) / 1000000)) -ge 250
check_line "delay_enter: (DELAYED)" "$TMP/delay.trace" \
	"$(sline 'getppid()' 'PPID (DELAYED)' | sed 's/PPID/'"$(sed -nE 's/^getppid\(\) += ([0-9]+) .*/\1/p' "$TMP/delay.trace")"'/')"
check_grep "delay_exit: the program runs normally" "$TMP/delay.out" \
	'^open /etc/hostname: ok$'
both "delay+retval" -e trace=getppid \
	-e inject=getppid:delay_exit=1000:retval=5:when=1 "$T/inj_calls" 1
check_grep "delay+retval: both marks" "$TMP/delay+retval.mytrace.trace" \
	'= 5 (INJECTED) (DELAYED)$'

# --- errors ------------------------------------------------------------------
for spec in getpid getpid:error=EFOO getpid:when=2 getpid:when=0:error=EIO \
	getpid:retval=5:error=EIO getpid:foo=1; do
	"$MYTRACE" -e inject=$spec true > "$TMP/bad.out" 2>&1
	check_eq "inject=$spec: exit status 1" 1 $?
	check_grep "inject=$spec: says so" "$TMP/bad.out" \
		"^mytrace: invalid inject argument '$spec'"
done
"$MYTRACE" -e fault=getpid:retval=1 true > "$TMP/bad.out" 2>&1
check_grep "fault= takes no retval=" "$TMP/bad.out" \
	"^mytrace: invalid fault argument 'getpid:retval=1'"
"$MYTRACE" -e inject=nosuch:error=EIO true > "$TMP/bad.out" 2>&1
check_grep "unknown syscall named" "$TMP/bad.out" \
	"^mytrace: invalid system call 'nosuch'"
"$MYTRACE" -e inject=getpid:error=EIO -E 'x = 1' true > "$TMP/bad.out" 2>&1
check_eq "with a script: refused" 1 $?
check_grep "with a script: says what to use" "$TMP/bad.out" 'c:fail()'
