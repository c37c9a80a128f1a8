# Helpers for integration tests (POSIX sh).  Each check prints one line,
# "ok - NAME" or "not ok - NAME" (plus diagnostics), which tests/run.sh
# counts.  $MYTRACE is the binary under test, $TRACEES the built test
# programs, $TOP the source tree.
: "${MYTRACE:?}" "${TRACEES:?}" "${TOP:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; shift; for l in "$@"; do echo "#   $l"; done; }

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
