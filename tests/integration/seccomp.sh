#!/bin/sh
# The seccomp fast path: the output must be the same with it (the default
# for -e trace=SET when mytrace starts the program) and without it
# (--no-seccomp-bpf), with and without -f; the filter must really be in
# place when expected (the tracee's /proc/PID/status says "Seccomp: 2"),
# and absent when the set is all or with --no-seccomp-bpf.
. "$TOP/tests/integration/lib.sh"
T=$TRACEES

# trace OUT ARGS...: run mytrace ARGS with -o OUT, away from the terminal.
trace() {
	_out=$1
	shift
	(ulimit -c 0; cd "$TMP" && timeout 20 "$MYTRACE" -o "$_out" "$@" || :) \
		< /dev/null > /dev/null 2>&1
}

# same NAME SORT OPTS -- PROG ARGS: fast and slow traces must be equal
# (normalised; with SORT=sorted, compared as sets of joined lines, for
# -f where processes interleave at random; with SORT=count, a -c table
# without its time columns).
same() {
	_name=$1
	_sort=$2
	shift 2
	_opts=
	while [ "$1" != "--" ]; do
		_opts="$_opts $1"
		shift
	done
	shift
	# shellcheck disable=SC2086
	trace "$TMP/$_name.fast" $_opts "$@"
	# shellcheck disable=SC2086
	trace "$TMP/$_name.slow" --no-seccomp-bpf $_opts "$@"
	for _f in fast slow; do
		if [ "$_sort" = count ]; then
			sed -E 's/^ *[0-9.]+ +[0-9.]+ +[0-9]+ +//' \
				"$TMP/$_name.$_f" | sort
		else
			normalize_as "$_sort" "$TMP/$_name.$_f"
		fi > "$TMP/$_name.$_f.n"
	done
	if [ ! -s "$TMP/$_name.slow.n" ]; then
		not_ok "same output: $_name" "empty trace"
	elif cmp -s "$TMP/$_name.fast.n" "$TMP/$_name.slow.n"; then
		ok "same output: $_name"
	else
		not_ok "same output: $_name" "diff slow fast:"
		diff "$TMP/$_name.slow.n" "$TMP/$_name.fast.n" | head -20 |
			sed 's/^/#   /'
	fi
}

ET="-e trace=openat,read"
same files plain $ET -- "$T/files" "$TMP/f1"
same strings plain $ET -- "$T/strings"
same signals plain $ET -- "$T/signals"
same exitcode plain $ET -- "$T/exitcode"
same killself plain $ET -- "$T/killself"
same forkexec_nof plain $ET -- "$T/forkexec"
same forkexec sorted -f $ET -- "$T/forkexec"
same execthread sorted -f $ET -- "$T/execthread"
same threads sorted -f -e trace=getppid,openat -- "$T/threads" 4 10
same files_z plain -e trace=%file -z -- "$T/files" "$TMP/f2"
same files_c count -c -e trace=openat,read,write -- "$T/files" "$TMP/f3"
same forkexec_exec sorted -f -e trace=execve,wait4 -- "$T/forkexec"
same files_notfutex plain -e trace=!futex -- "$T/files" "$TMP/f4"
same forkexec_seccompon sorted -f --seccomp-bpf -- "$T/forkexec"

# seccomp_of OUT ARGS...: the tracee's own "Seccomp:" field.
seccomp_of() {
	_o=$1
	shift
	"$MYTRACE" -o /dev/null "$@" sh -c \
		'sed -n "s/^Seccomp:[[:space:]]*//p" /proc/self/status' \
		> "$_o" 2>/dev/null
	cat "$_o"
}
# Like strace, the fast path needs -f (unfollowed children would
# inherit a filter with no tracer behind it).
check_eq "no filter without -f" 0 \
	"$(seccomp_of "$TMP/s1" -e trace=openat)"
check_eq "filter with -f -e trace=openat" 2 \
	"$(seccomp_of "$TMP/s2" -f -e trace=openat)"
check_eq "no filter with --no-seccomp-bpf" 0 \
	"$(seccomp_of "$TMP/s3" -f --no-seccomp-bpf -e trace=openat)"
check_eq "no filter when everything is traced" 0 \
	"$(seccomp_of "$TMP/s4" -f)"
check_eq "filter with --seccomp-bpf and everything traced" 2 \
	"$(seccomp_of "$TMP/s5" -f --seccomp-bpf)"

# Without -f the program's children still work (no ENOSYS) and the
# program's exit status comes through.
"$MYTRACE" -o /dev/null -e trace=openat sh -c 'ls / > /dev/null && exit 7'
check_eq "children without -f work, status kept" 7 "$?"

# --seccomp-bpf is impossible with -p: one line, exit status 1.
"$MYTRACE" --seccomp-bpf -p $$ > "$TMP/p.out" 2>&1
check_eq "--seccomp-bpf -p fails" 1 "$?"
check_grep "--seccomp-bpf -p says why" "$TMP/p.out" "cannot be used with -p"
