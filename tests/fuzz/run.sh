#!/bin/sh
# make fuzz: run each libFuzzer harness $FUZZ_DIR/fuzz_* for $FUZZ_SECONDS
# (default 60) on a corpus kept across runs in $FUZZ_DIR/corpus/NAME,
# seeded from tests/fuzz/corpus/NAME, with tests/fuzz/NAME.dict when
# there is one.  Prints one summary line per harness (executions,
# coverage, corpus size, crashes) and exits non-zero if any harness
# found a crash; its input is left in $FUZZ_DIR/artifacts/NAME/.
set -u
: "${FUZZ_DIR:?FUZZ_DIR must name the folder of the built harnesses}"
secs=${FUZZ_SECONDS:-60}
here=$(cd "$(dirname "$0")" && pwd)
status=0

for bin in "$FUZZ_DIR"/fuzz_*; do
	[ -x "$bin" ] || continue
	name=${bin##*/fuzz_}
	corpus=$FUZZ_DIR/corpus/$name
	art=$FUZZ_DIR/artifacts/$name
	log=$FUZZ_DIR/$name.log
	mkdir -p "$corpus" "$art"
	seeds=
	[ -d "$here/corpus/$name" ] && seeds=$here/corpus/$name
	dict=
	[ -f "$here/$name.dict" ] && dict=-dict=$here/$name.dict
	echo "fuzz $name: ${secs}s ..."
	# shellcheck disable=SC2086
	timeout $((secs + 120)) "$bin" -max_total_time="$secs" \
		-print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$art/" $dict "$corpus" $seeds > "$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
	ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
	units=$(find "$corpus" -type f | wc -l)
	crashes=$(find "$art" -type f | wc -l)
	echo "fuzz $name: ${execs:-?} executions, cov ${cov:-?}," \
		"ft ${ft:-?}, corpus $units, crashes $crashes (status $rc)"
	if [ "$rc" -ne 0 ]; then
		grep -E '^(==[0-9]+==ERROR|SUMMARY|    #[0-9] )' "$log" | head -20
		echo "fuzz $name: log in $log, inputs in $art/"
		status=1
	fi
done
exit "$status"
