#!/bin/sh
# The short fuzz step of `make check`: each libFuzzer harness built in
# $FUZZ_DIR (by the Makefile, when clang with libFuzzer is there) runs a
# fixed number of inputs ($FUZZ_RUNS, 50000) from a fixed seed, starting
# from the seed corpus, then replays the inputs that once crashed it
# (tests/fuzz/regress/NAME/).  Without the harnesses it says why and
# passes nothing.  `make fuzz` runs them longer.
. "$TOP/tests/integration/lib.sh"
runs=${FUZZ_RUNS:-50000}
F=$TOP/tests/fuzz

if [ -z "${FUZZ_DIR:-}" ] || ! ls "$FUZZ_DIR"/fuzz_* > /dev/null 2>&1; then
	echo "# skip: no fuzz harnesses built (needs clang with libFuzzer)"
	exit 0
fi

for bin in "$FUZZ_DIR"/fuzz_*; do
	name=${bin##*/fuzz_}
	mkdir -p "$TMP/$name" "$TMP/art-$name"
	seeds=
	[ -d "$F/corpus/$name" ] && seeds=$F/corpus/$name
	dict=
	[ -f "$F/$name.dict" ] && dict=-dict=$F/$name.dict
	# shellcheck disable=SC2086
	timeout 120 "$bin" -runs="$runs" -seed=1 -timeout=10 \
		-rss_limit_mb=2048 -artifact_prefix="$TMP/art-$name/" $dict \
		"$TMP/$name" $seeds > "$TMP/$name.log" 2>&1
	rc=$?
	cov=$(grep -o 'cov: [0-9]*' "$TMP/$name.log" | tail -1)
	if [ "$rc" -eq 0 ]; then
		ok "fuzz $name: $runs runs, ${cov:-cov: ?}"
	else
		not_ok "fuzz $name: $runs runs (status $rc)"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|    #[0-9] )|Assertion' \
			"$TMP/$name.log" | head -20 | sed 's/^/#   /'
	fi
	if [ -d "$F/regress/$name" ] &&
		[ -n "$(ls "$F/regress/$name" 2> /dev/null)" ]; then
		timeout 60 "$bin" "$F/regress/$name"/* \
			> "$TMP/$name.re.log" 2>&1
		if [ $? -eq 0 ]; then
			ok "fuzz $name: past crashes replayed"
		else
			not_ok "fuzz $name: past crashes replayed"
			grep -E '^(==[0-9]+==ERROR|SUMMARY|Running)|Assertion' \
				"$TMP/$name.re.log" | head -20 | sed 's/^/#   /'
		fi
	fi
done
