# Helpers for integration tests (POSIX sh).  Each check prints one line,
# "ok - NAME" or "not ok - NAME" (plus diagnostics), which tests/run.sh
# counts.  $MYTRACE is the binary under test, $TRACEES the built test
# programs, $TOP the source tree.
: "${MYTRACE:?}" "${TRACEES:?}" "${TOP:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# printf, not echo: dash's echo would expand the backslashes of the
# strace lines that names and diagnostics quote.
ok() { printf 'ok - %s\n' "$1"; }
not_ok() { printf 'not ok - %s\n' "$1"; shift; for l in "$@"; do printf '#   %s\n' "$l"; done; }

# check NAME CMD...: ok when CMD succeeds.
check() {
	_n=$1
	shift
	if "$@" > "$TMP/check.out" 2>&1; then
		ok "$_n"
	else
		not_ok "$_n" "command failed: $*"
		sed 's/^/#   /' "$TMP/check.out" | head -20
	fi
}

# check_grep NAME FILE REGEX: ok when FILE has a line matching REGEX.
check_grep() {
	if grep -q -e "$3" "$2"; then
		ok "$1"
	else
		not_ok "$1" "no line matching: $3"
		sed 's/^/#   /' "$2" | head -20
	fi
}

# check_eq NAME EXPECTED ACTUAL
check_eq() {
	if [ "$2" = "$3" ]; then
		ok "$1"
	else
		not_ok "$1" "expected: $2" "actual:   $3"
	fi
}

# Replace what differs from run to run (pids, addresses, times) so that
# mytrace's and strace's lines can be compared.
normalize() {
	sed -E \
		-e 's/^[0-9]+ +//' \
		-e 's/\[pid +[0-9]+\] //' \
		-e 's/0x[0-9a-f]{6,}/0xADDR/g' \
		-e 's/(pid|si_pid|tid)=[0-9]+/\1=PID/g' \
		-e 's/<[0-9]+\.[0-9]+>$/<T>/' "$@"
}

# normalize_trace FILE [OTHER...]: normalize, and also the pids that the
# traces reveal (pid columns, "[pid N]", si_pid=N, "superseded by execve in
# pid N", what clone/fork/getpid/gettid/getppid/set_tid_address return)
# wherever they appear, and the random bytes that getrandom returns.  The
# pids are gathered from FILE and from the OTHER traces it is compared
# with, so that a pid of one run equal to an argument value of the other
# (a pid of 16384 and an mprotect length) is replaced on both sides.
normalize_trace() {
	_nt=$1
	for _nf in "$@"; do
		sed -nE 's/^([0-9]+) .*/\1/p' "$_nf"
		grep -oE '\[pid +[0-9]+\]' "$_nf" | tr -dc '0-9\n'
		grep -oE 'si_pid=[0-9]+' "$_nf" | tr -dc '0-9\n'
		grep -oE 'superseded by execve in pid [0-9]+' "$_nf" |
			tr -dc '0-9\n'
		normalize "$_nf" | sed -nE 's/^(clone3?|fork|vfork|getpid|gettid|getppid|set_tid_address)\(.*\) += ([0-9]+)$/\2/p'
	done 2> /dev/null | sort -u |
		sed -E 's/.*/s\/\\b&\\b\/PID\/g/' > "$TMP/pids.sed"
	normalize "$_nt" | sed -E -f "$TMP/pids.sed" \
		-e 's/^getrandom\("([^"\\]|\\.)*"/getrandom("RANDOM"/'
}

# syscall_names FILE: the names of the calls in a trace, one a line (a
# call split by "<unfinished ...>" counts once).  With a pid column (-f -o)
# the calls are grouped by process, in the order the processes appear,
# each line "N name" (N = 1 for the first process): so that the order in
# which two processes' lines interleave does not matter.
syscall_names() {
	awk '
	$1 ~ /^[0-9]+$/ {
		if (!($1 in id))
			id[$1] = ++n
		p = id[$1]
		sub(/^[0-9]+ +/, "")
	}
	match($0, /^[a-z_][a-z0-9_]*\(/) {
		print p + 0, substr($0, 1, RLENGTH - 1)
	}' "$1" | sort -s -n -k1,1
}

# check_traces NAME STRACE_OUT MYTRACE_OUT: ok when both traces are the
# same once normalised (normalize_trace), and not empty.
check_traces() {
	normalize_trace "$2" "$3" > "$TMP/s.n"
	normalize_trace "$3" "$2" 2> /dev/null > "$TMP/m.n"
	if [ -s "$TMP/s.n" ] && cmp -s "$TMP/s.n" "$TMP/m.n"; then
		ok "$1"
	else
		not_ok "$1" "differs from strace (< strace, > mytrace):"
		diff "$TMP/s.n" "$TMP/m.n" | grep '^[<>]' | head -10 |
			sed 's/^/#   /'
	fi
}

# normalize_as MODE FILE: normalize_trace FILE; with MODE "sorted", the
# calls split by "<unfinished ...>" joined back first (into FILE.j) and
# the lines sorted, for traces whose processes interleave at random.
normalize_as() {
	if [ "$1" = sorted ]; then
		join_resumed "$2" > "$2.j"
		normalize_trace "$2.j" | sort
	else
		normalize_trace "$2"
	fi
}

# mt_status SECONDS OUT ARGS...: mytrace -o OUT ARGS (no core dumps, at
# most SECONDS); its status in OUT.rc, the program's stdout in
# OUT.stdout, mytrace's stderr in OUT.err; OUT exists even when empty.
mt_status() {
	_t=$1
	_o=$2
	shift 2
	rm -f "$_o" "$_o.rc"
	(ulimit -c 0; timeout "$_t" "$MYTRACE" -o "$_o" "$@" ||
		echo $? > "$_o.rc") < /dev/null > "$_o.stdout" 2> "$_o.err"
	[ -f "$_o.rc" ] || echo 0 > "$_o.rc"
	[ -f "$_o" ] || : > "$_o"
}

# check_line NAME FILE LINE: ok when FILE has LINE, verbatim (whole line).
check_line() {
	if grep -q -x -F -e "$3" "$2"; then
		ok "$1"
	else
		not_ok "$1" "no line: $3"
		sed 's/^/#   /' "$2" | tail -20
	fi
}

# check_no_grep NAME FILE REGEX: ok when no line of FILE matches REGEX.
check_no_grep() {
	if grep -q -e "$3" "$2"; then
		not_ok "$1" "unexpected line matching: $3"
		grep -e "$3" "$2" | head -5 | sed 's/^/#   /'
	else
		ok "$1"
	fi
}

# proc_state PID: the state letter of /proc/PID/stat ("" when gone).
proc_state() {
	sed -n 's/^.*) \(.\) .*/\1/p' "/proc/$1/stat" 2>/dev/null
}

# wait_for SECONDS CMD...: poll CMD every 50 ms until it succeeds; fails
# after SECONDS.
wait_for() {
	_w=$(($1 * 20))
	shift
	while [ "$_w" -gt 0 ]; do
		"$@" 2>/dev/null && return 0
		sleep 0.05
		_w=$((_w - 1))
	done
	return 1
}

# sline CALL RET: a syscall line as strace prints it, padded to 40 columns.
sline() {
	printf '%-39s = %s\n' "$1" "$2"
}

# join_resumed FILE: a -f -o trace with each call split by "<unfinished
# ...>" / "<... NAME resumed>" joined back into one line, and the padding
# before " = " squeezed to one space; the pid column is kept.  For
# comparing traces whose processes' lines interleave at random.
join_resumed() {
	awk '
	{
		p = $1
		rest = $0
		sub(/^[0-9]+ +/, "", rest)
	}
	rest ~ / <unfinished \.\.\.>$/ {
		sub(/ <unfinished \.\.\.>$/, "", rest)
		pend[p] = rest
		next
	}
	rest ~ /^<\.\.\. [a-z0-9_]+ resumed>/ {
		sub(/^<\.\.\. [a-z0-9_]+ resumed>/, "", rest)
		rest = pend[p] rest
		delete pend[p]
	}
	{
		sub(/\) +=/, ") =", rest)
		print p " " rest
	}' "$1"
}
