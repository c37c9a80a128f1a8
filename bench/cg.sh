#!/bin/sh
# bench/cg.sh: the tracer's own CPU, deterministic - callgrind instruction
# counts of mytrace (not of the traced program) per traced syscall, for
# full tracing (-o), -c and --string-limit=4096.  Each cell is
# (I(2N) - I(N)) / (traced syscalls of N more iterations), so start-up
# cancels out.  Repeatable on a loaded machine, unlike times.
#
# Environment: MYTRACE [./mytrace] N [5000] W [build/bench/work]
set -u
MYTRACE=${MYTRACE:-./mytrace}
N=${N:-5000}
W=${W:-build/bench/work}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

irefs() {
	valgrind --tool=callgrind --trace-children=no \
		--callgrind-out-file="$TMP/cg.out" "$@" > /dev/null 2> "$TMP/log"
	sed -n 's/.*Collected : //p' "$TMP/log"
}

printf '%-18s %12s %12s %12s\n' "workload" "-o" "-c" "-s 4096 -o"
# NAME|CALLS PER ITERATION|SUBCOMMAND
printf '%s\n' "getppid|1|getppid" "open+read+close|3|open" "write 4K|1|write" \
	"threads 2|2|threads 2" |
while IFS='|' read -r name per sub; do
	line=$(printf '%-18s' "$name")
	for cfg in "-f -o /dev/null" "-f -c -o /dev/null" \
		"-f --string-limit=4096 -o /dev/null"; do
		# shellcheck disable=SC2086
		a=$(irefs $MYTRACE $cfg $W $sub "$N")
		# shellcheck disable=SC2086
		b=$(irefs $MYTRACE $cfg $W $sub $((2 * N)))
		line="$line $(printf '%12d' $(((b - a) / (N * per))))"
	done
	echo "$line"
done
