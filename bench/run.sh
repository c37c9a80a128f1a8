#!/bin/sh
# make bench: time mytrace against strace on the workloads of bench/work.c
# and a real command, several runs each, every configuration of a
# workload measured in the same round so that noise spreads evenly.
# Prints a table of medians (min-max), ratios against the untraced run
# and against strace's matching configuration, and the peak RSS that
# wait4 reports (the largest of tracer and tracee); writes it to $OUT.
#
# Environment (defaults in brackets):
#   RUNS [5]            runs per configuration
#   N_CALLS [15000]     getppid, threads: calls per thread, every config
#   N_FAST [2000000]    getppid calls for the fast-path-only row
#   N_TFAST [100000]    threads: calls per thread for the fast-path-only
#                       row (strace --seccomp-bpf stops at each of them:
#                       3 runs only)
#   N_OPEN [6000]       open+read+close
#   N_WRITE [15000]     4 KiB writes to /dev/null
#   N_THREADS [2]       threads
#   N_FORK [1000]       fork+exit
#   REAL ["tar cf /dev/null /usr/include"]
#   N_HOOK [20000]      getppid calls for the Lua hook cost rows
#   N_RSS ["100000 300000"]  getppid calls for the tracer-RSS rows (one
#                       run each: the RSS of a long trace, flat or not)
#   MYTRACE [./mytrace] STRACE [strace] OUT [build/bench.txt]
#   ONLY                run only the workloads whose name matches this regex
set -u
B=${B:-build/bench}
RUNS=${RUNS:-5}
N_CALLS=${N_CALLS:-15000}
N_FAST=${N_FAST:-2000000}
N_TFAST=${N_TFAST:-100000}
N_OPEN=${N_OPEN:-6000}
N_WRITE=${N_WRITE:-15000}
N_THREADS=${N_THREADS:-2}
N_FORK=${N_FORK:-1000}
REAL=${REAL:-tar cf /dev/null /usr/include}
N_HOOK=${N_HOOK:-20000}
N_RSS=${N_RSS:-100000 300000}
MYTRACE=${MYTRACE:-./mytrace}
STRACE=${STRACE:-strace}
OUT=${OUT:-build/bench.txt}
ONLY=${ONLY:-.}
W=$B/work
TIMEIT=$B/timeit
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
RAW=$TMP/raw

command -v "$STRACE" > /dev/null || { echo "bench: needs strace" >&2; exit 1; }

# Configurations: NAME|REF|COMMAND PREFIX.  REF names the configuration
# that the "vs strace" ratio compares against ("-" for none).  Class
# "slow" stops at every syscall, "fast" only at openat.
SLOW="untraced|-|
strace -o|-|$STRACE -f -o $TMP/trace.out
mytrace -o|strace -o|$MYTRACE -f -o $TMP/trace.out
mytrace -o --spin=0|strace -o|$MYTRACE -f --spin=0 -o $TMP/trace.out
strace -c|-|$STRACE -f -c -o $TMP/trace.out
mytrace -c|strace -c|$MYTRACE -f -c -o $TMP/trace.out
mytrace -c --spin=0|strace -c|$MYTRACE -f --spin=0 -c -o $TMP/trace.out
strace -e openat|-|$STRACE -f -o $TMP/trace.out -e trace=openat"
FAST="untraced|-|
strace -e openat --seccomp-bpf|-|$STRACE -f --seccomp-bpf -o $TMP/trace.out -e trace=openat
mytrace -e openat|strace -e openat --seccomp-bpf|$MYTRACE -f -o $TMP/trace.out -e trace=openat
mytrace -f count_opens.lua|-|$MYTRACE -f -o $TMP/trace.out -s scripts/count_opens.lua"
# The cost of a Lua hook: the same stops (getppid only, fast path) with
# and without one.
HOOK="untraced|-|
mytrace -e getppid|-|$MYTRACE -f -o $TMP/trace.out -e trace=getppid
mytrace -s hook getppid|-|$MYTRACE -f -o $TMP/trace.out -s $TMP/hook.lua"
# The tracer's peak RSS as the trace grows (lines to /dev/null).
RSS="strace -o|-|$STRACE -f -o /dev/null
mytrace -o|strace -o|$MYTRACE -f -o /dev/null"
WRITE_EXTRA="strace -s 4096 -o|-|$STRACE -f -s 4096 -o $TMP/trace.out
mytrace --string-limit=4096 -o|strace -s 4096 -o|$MYTRACE -f --string-limit=4096 -o $TMP/trace.out"

# Workloads: NAME|CONFIG SET|COMMAND.
WORKLOADS="getppid $N_CALLS|all|$W getppid $N_CALLS
getppid $N_FAST|fast|$W getppid $N_FAST
open+read+close $N_OPEN|all|$W open $N_OPEN
write 4K $N_WRITE|write|$W write $N_WRITE
threads $N_THREADS x $N_CALLS|all|$W threads $N_THREADS $N_CALLS
threads $N_THREADS x $N_TFAST|fast|$W threads $N_THREADS $N_TFAST|3
fork+exit $N_FORK|all|$W fork $N_FORK
$REAL|all|$REAL
getppid $N_HOOK, Lua hook|hook|$W getppid $N_HOOK"
for n in $N_RSS; do
	WORKLOADS="$WORKLOADS
getppid $n, RSS|rss|$W getppid $n|1"
done
printf 'local n = 0\non_syscall("getppid", function(c) n = n + 1 end)\n' \
	> "$TMP/hook.lua"

configs() {
	case $1 in
	fast) printf '%s\n' "$FAST" ;;
	hook) printf '%s\n' "$HOOK" ;;
	rss) printf '%s\n' "$RSS" ;;
	write) printf '%s\n%s\n%s\n' "$SLOW" "$WRITE_EXTRA" \
		"$(printf '%s\n' "$FAST" | sed 1d)" ;;
	*) printf '%s\n%s\n' "$SLOW" "$(printf '%s\n' "$FAST" | sed 1d)" ;;
	esac
}

: > "$RAW"
start=$(date +%s)
printf '%s\n' "$WORKLOADS" | grep -E -e "^($ONLY)" | while IFS='|' read -r wname set wcmd wruns; do
	echo "bench: $wname" >&2
	r=1
	while [ "$r" -le "${wruns:-$RUNS}" ]; do
		configs "$set" | while IFS='|' read -r cname ref prefix; do
			# shellcheck disable=SC2086
			t=$("$TIMEIT" $prefix $wcmd < /dev/null)
			printf '%s|%s|%s|%s\n' "$wname" "$cname" "$ref" "$t" \
				>> "$RAW"
		done
		r=$((r + 1))
	done
done
elapsed=$(($(date +%s) - start))

{
	echo "mytrace benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "machine: $(nproc) CPU $(sed -n 's/^model name[[:space:]]*: //p' \
		/proc/cpuinfo | head -1), Linux $(uname -r);" \
		"$($STRACE -V | head -1); $RUNS runs each, ${elapsed}s"
	echo "median seconds (min-max); x untr = median / untraced median;" \
		"x strace = median / median of the strace line it names;"
	echo "RSS = peak KB of tracer or tracee (wait4), median"
	echo
	awk -F'|' '
	function median(s,    a, n, i, j, t) {
		n = split(s, a, " ")
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) {
				t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
			}
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	function minv(s,    a, n, i, m) {
		n = split(s, a, " "); m = a[1]
		for (i = 2; i <= n; i++) if (a[i] + 0 < m + 0) m = a[i]
		return m
	}
	function maxv(s,    a, n, i, m) {
		n = split(s, a, " "); m = a[1]
		for (i = 2; i <= n; i++) if (a[i] + 0 > m + 0) m = a[i]
		return m
	}
	{
		split($4, v, " ")
		key = $1 SUBSEP $2
		if (!(key in times)) {
			order[++n] = key
			ref[key] = $3
		}
		times[key] = times[key] " " v[1]
		rss[key] = rss[key] " " v[2]
		if (v[3] != 0) bad[key] = v[3]
	}
	END {
		printf "%-28s %-32s %9s %19s %7s %8s %6s\n", "workload",
			"configuration", "median", "min-max", "x untr",
			"x strace", "RSS"
		for (i = 1; i <= n; i++) {
			split(order[i], k, SUBSEP)
			med[order[i]] = median(times[order[i]])
		}
		for (i = 1; i <= n; i++) {
			key = order[i]
			split(key, k, SUBSEP)
			if (k[1] != last && i > 1) print ""
			last = k[1]
			u = med[k[1] SUBSEP "untraced"]
			xu = u > 0 ? sprintf("%.2f", med[key] / u) : "-"
			xs = "-"
			if (ref[key] != "-") {
				r = med[k[1] SUBSEP ref[key]]
				if (r > 0) xs = sprintf("%.2f", med[key] / r)
			}
			printf "%-28s %-32s %9.4f %9.4f-%-9.4f %7s %8s %6d%s\n",
				k[1], k[2], med[key], minv(times[key]),
				maxv(times[key]), xu, xs, median(rss[key]),
				(key in bad) ? " (exit " bad[key] ")" : ""
		}
		# The Lua hook: what its stops cost more than the same stops
		# without one, per call.
		for (i = 1; i <= n; i++) {
			split(order[i], k, SUBSEP)
			if (k[2] != "mytrace -s hook getppid")
				continue
			calls = k[1]
			sub(/^getppid /, "", calls)
			sub(/,.*/, "", calls)
			d = med[order[i]] - med[k[1] SUBSEP "mytrace -e getppid"]
			if (d <= 0) {
				printf "\nLua hook: below the noise of this " \
					"run (%d calls); sh bench/cg.sh " \
					"counts it in instructions\n", calls
				continue
			}
			printf "\nLua hook: %.2f us per hooked call (%s - %s " \
				"medians, %d calls)\n", d * 1e6 / calls,
				"mytrace -s hook getppid", "mytrace -e getppid",
				calls
		}
	}' "$RAW"
} > "$TMP/table"
mkdir -p "$(dirname "$OUT")"
cp "$TMP/table" "$OUT"
cat "$OUT"
