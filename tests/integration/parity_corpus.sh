#!/bin/sh
# The parity corpus: the par_* tracees (one per syscall family) and, with
# PARITY_FULL=1 (make parity), everyday commands too, each traced by
# strace (the oracle) and by mytrace with the same options, normalised
# (lib.sh normalize_trace plus what changes from run to run: ports,
# inode numbers, temp names, usage counters) and compared line by line.
#
# make check (no PARITY_FULL): the par_* tracees with plain options, each
# held to a threshold just below what it reaches, so a regression fails.
# make parity: every program with plain, -v, -x, -y and -f; prints a
# table of identical/total lines per run with its first difference, and
# the calls that still print differently (strace's side of the diffs),
# most frequent first; writes the lot to build/parity-corpus.txt.
. "$TOP/tests/integration/lib.sh"
T=$TRACEES
ORACLE=$(command -v strace) || { not_ok "strace installed"; exit 1; }
FULL=${PARITY_FULL:-0}
table=$TMP/table.txt
calls=$TMP/calls.txt
: > "$table"
: > "$calls"
same_all=0
total_all=0

# The values that differ between two runs of the same program.
normalize_more() {
	sed -E \
		-e 's/htons\([0-9]+\)/htons(PORT)/g' \
		-e 's/(pipe|socket|anon_inode|net):\[[0-9]+\]/\1:[INO]/g' \
		-e 's/\/tmp\/cc[A-Za-z0-9]{6}/\/tmp\/ccTMP/g' \
		-e '/^(sysinfo|getrusage)\(/s/=[0-9]+/=N/g' \
		-e '/^sysinfo\(/s/loads=\[[0-9, ]*\]/loads=[N]/' \
		-e '/^wait4\(/s/(ru_[a-z]+|tv_sec|tv_usec)=[0-9]+/\1=N/g' \
		-e '/0xADDR/s/\) +=/) =/' \
		-e 's/^((getpgrp|getsid|getpgid)\(.*\) += )[0-9]+$/\1PID/'
}

# run TOOL OUT ARGS...: trace into OUT, the program's stdio out of the way.
run() {
	_tool=$1
	_out=$2
	shift 2
	(ulimit -c 0; cd "$TMP/cwd" && timeout 60 "$_tool" -o "$_out" "$@" ||
		:) < /dev/null > /dev/null 2>&1
}

# trace_both PROG ARGS...: trace by both tools with $_o into $_b.*,
# normalise, diff; sets _total (strace's lines) and _same.
trace_both() {
	# shellcheck disable=SC2086
	rm -f "$TMP/cwd/small.o"
	run "$ORACLE" "$_b.strace" $_o "$@"
	# shellcheck disable=SC2086
	rm -f "$TMP/cwd/small.o"
	run "$MYTRACE" "$_b.mytrace" $_o "$@"
	for _f in strace mytrace; do
		[ -f "$_b.$_f" ] || : > "$_b.$_f"
	done
	for _f in strace mytrace; do
		_g=mytrace
		[ $_f = mytrace ] && _g=strace
		if [ "$_opts" = -f ]; then
			join_resumed "$_b.$_f" > "$_b.$_f.j"
			normalize_trace "$_b.$_f.j" "$_b.$_g" |
				normalize_more | sort
		else
			normalize_trace "$_b.$_f" "$_b.$_g" | normalize_more
		fi > "$_b.$_f.n"
	done
	diff "$_b.strace.n" "$_b.mytrace.n" > "$_b.diff"
	_total=$(wc -l < "$_b.strace.n")
	_same=$((_total - $(grep -c '^<' "$_b.diff")))
}

# compare NAME PERCENT OPTS PROG ARGS...: trace PROG with OPTS (one word,
# "-" for none) by both tools; count the strace lines mytrace matches.
# With a PERCENT to reach (make check), a run below it is shown and run
# again once: a difference in decoding repeats, one of timing (where a
# signal lands) seldom does.
compare() {
	_name=$1
	_pct=$2
	_opts=$3
	shift 3
	_o=
	[ "$_opts" = - ] || _o=$_opts
	_b="$TMP/$_name$_o"
	trace_both "$@"
	if [ "$_pct" -ge 0 ] && [ "$_total" -gt 0 ] &&
	   [ $((_same * 100)) -lt $((_pct * _total)) ]; then
		echo "# parity $_name $_opts: $_same/$_total, run again;" \
			"first differences (< strace, > mytrace):"
		grep '^[<>]' "$_b.diff" | head -6 | cut -c1-200 |
			sed 's/^/#   /'
		trace_both "$@"
	fi
	same_all=$((same_all + _same))
	total_all=$((total_all + _total))
	_p=100
	[ "$_total" -gt 0 ] && _p=$((_same * 100 / _total))
	printf '%-14s %-3s %5d/%-5d %3d%%\n' "$_name" "$_opts" "$_same" \
		"$_total" "$_p" >> "$table"
	grep '^<' "$_b.diff" | head -1 | cut -c1-150 |
		sed 's/^< /    strace:  /' >> "$table"
	grep '^>' "$_b.diff" | head -1 | cut -c1-150 |
		sed 's/^> /    mytrace: /' >> "$table"
	# The calls behind the differences: strace's side.
	sed -nE 's/^< ([0-9]+ +)?//p' "$_b.diff" |
		sed -nE -e 's/^<\.\.\. ([a-z0-9_]+) resumed>.*/\1/p' \
			-e 's/^(---) .*/signal-line/p' \
			-e 's/^([a-z_][a-z0-9_]*)\(.*/\1/p' >> "$calls"
	[ "$_pct" -ge 0 ] || return 0
	if [ "$_total" -gt 0 ] &&
	   [ $((_same * 100)) -ge $((_pct * _total)) ]; then
		ok "parity $_name $_opts: >= $_pct% identical ($_same/$_total)"
	else
		not_ok "parity $_name $_opts: >= $_pct% identical" \
			"$_same/$_total; first differences (< strace, > mytrace):"
		grep '^[<>]' "$_b.diff" | head -12 | sed 's/^/#   /'
	fi
}

mkdir -p "$TMP/cwd/tardir/sub"
printf 'int f(int x) { return x * 2; }\n' > "$TMP/cwd/small.c"
printf 'some text\n' > "$TMP/cwd/tardir/sub/a.txt"
printf 'more\n' > "$TMP/cwd/tardir/b.txt"

# The tracees (every tests/tracees/par_*.c): each must be identical to
# strace's trace, line for line (make check).
pars=$(cd "$T" && ls par_* | grep -v '\.' | sed 's/^par_//')
for p in $pars; do
	compare "par_$p" 100 - "$T/par_$p"
done

if [ "$FULL" = 1 ]; then
	for p in $pars; do
		for o in -v -x -y -f; do
			compare "par_$p" -1 "$o" "$T/par_$p"
		done
	done
	py=$(command -v /usr/bin/python3 python3 | head -1)
	for o in - -v -x -y -f; do
		compare ls -1 "$o" ls -la /
		compare cat -1 "$o" cat /etc/passwd
		compare sh-pipe -1 "$o" sh -c 'echo x | wc'
		[ -n "$py" ] && compare python3 -1 "$o" "$py" -c pass
		compare find -1 "$o" find /etc -maxdepth 1
		compare tar -1 "$o" tar cf - tardir
		compare gcc -1 "$o" gcc -c small.c -o small.o
		compare sleep -1 "$o" sleep 0.01
		compare env -1 "$o" env
	done
fi

pct=0
[ "$total_all" -gt 0 ] && pct=$((same_all * 100 / total_all))
{
	echo "parity corpus: $same_all/$total_all lines identical ($pct%)"
	echo
	echo "program        opt  same/total"
	cat "$table"
	echo
	echo "calls that print differently (strace's lines, count):"
	sort "$calls" | uniq -c | sort -k1,1nr -k2 |
		awk '{ printf "  %-24s %d\n", $2, $1 }'
} > "$TMP/report.txt"
sed 's/^/# /' "$TMP/report.txt"
if [ "$FULL" = 1 ]; then
	mkdir -p "$TOP/build"
	cp "$TMP/report.txt" "$TOP/build/parity-corpus.txt"
fi
# PARITY_KEEP=DIR keeps the traces and their diffs for a closer look.
[ -n "${PARITY_KEEP:-}" ] && mkdir -p "$PARITY_KEEP" &&
	cp "$TMP"/*.diff "$TMP"/*.strace "$TMP"/*.mytrace "$PARITY_KEEP"/
exit 0
