#!/bin/sh
# Run every test: the cmocka unit binaries ($UNITS) and the integration
# scripts tests/integration/*.sh.  Counts test cases and ends with the
# line "N passed, N failed"; exits non-zero when anything failed.
#
# Integration scripts source tests/integration/lib.sh and print one
# "ok - NAME" or "not ok - NAME" line per case.
set -u
: "${MYTRACE:?MYTRACE must name the binary under test}"
: "${TRACEES:?TRACEES must name the folder of test programs}"
export MYTRACE TRACEES
top=$(cd "$(dirname "$0")/.." && pwd)
export TOP="$top"
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0
failed=0
broken=""

for bin in ${UNITS:-}; do
	name=$(basename "$bin")
	"$bin" > "$log/$name.out" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log/$name.out")
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log/$name.out")
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1	# crashed before reporting
	fi
	echo "unit $name: $p passed, $f failed"
	if [ "$f" -ne 0 ]; then
		cat "$log/$name.out"
		broken="$broken $name"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
done

for t in "$top"/tests/integration/*.sh; do
	[ -f "$t" ] || continue
	case "$(basename "$t")" in lib.sh) continue ;; esac
	name=$(basename "$t" .sh)
	( cd "$top" && timeout 300 sh "$t" ) > "$log/$name.out" 2>&1
	rc=$?
	p=$(grep -c '^ok - ' "$log/$name.out")
	f=$(grep -c '^not ok - ' "$log/$name.out")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1	# died (or timed out) without saying which case
		echo "not ok - $name exited with status $rc" >> "$log/$name.out"
	fi
	echo "integration $name: $p passed, $f failed"
	if [ "$f" -ne 0 ]; then
		grep -v '^ok - ' "$log/$name.out" | head -80
		broken="$broken $name"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
done

[ -n "$broken" ] && echo "failing:$broken"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
