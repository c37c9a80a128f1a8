#!/bin/sh
# bench/cg.sh: the tracer's own CPU, deterministic - callgrind instruction
# counts of mytrace (not of the traced program) per traced syscall, for
# full tracing (-o), -c and --string-limit=4096, and of a Lua hook.
# Each cell is (I(2N) - I(N)) / (traced syscalls of N more iterations),
# so start-up cancels out.  Repeatable on a loaded machine, unlike times.
#
# Environment: MYTRACE [./mytrace] N [20000] W [build/bench/work]
#   STRACE [unset]: also measure this strace (same flags, -s 4096)
set -u
MYTRACE=${MYTRACE:-./mytrace}
TRACERS="$MYTRACE ${STRACE:-}"
N=${N:-20000}
W=${W:-build/bench/work}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The instruction count of one run; a run that fails (the tracee could
# not be traced, say) is tried again, twice.
irefs() {
	for _try in 1 2 3; do
		if valgrind --tool=callgrind --trace-children=no \
			--callgrind-out-file="$TMP/cg.out" "$@" \
			> /dev/null 2> "$TMP/log"; then
			_n=$(sed -n 's/.*Collected : //p' "$TMP/log")
			case $_n in
			''|*[!0-9]*) ;;
			*) echo "$_n"; return ;;
			esac
		fi
	done
	echo 0
}

printf '%-26s %12s %12s %12s\n' "workload" "-o" "-c" "-s 4096 -o"
# NAME|CALLS PER ITERATION|SUBCOMMAND
for tracer in $TRACERS; do
	case $tracer in
	*strace) big="-s 4096" ;;
	*) big="--string-limit=4096" ;;
	esac
	# mytrace's poll for the next stop runs as long as the tracee takes:
	# counted without it, the instructions are the tracer's own work.
	spin=
	case $tracer in *strace) ;; *) spin=--spin=0 ;; esac
	printf '%s\n' "getppid|1|getppid" "open+read+close|3|open" \
		"write 4K|1|write" "threads 2|2|threads 2" |
	while IFS='|' read -r name per sub; do
		line=$(printf '%-26s' "$(basename "$tracer") $name")
		for cfg in "-f -o /dev/null" "-f -c -o /dev/null" \
			"-f $big -o /dev/null"; do
			# shellcheck disable=SC2086
			a=$(irefs $tracer $spin $cfg $W $sub "$N")
			# shellcheck disable=SC2086
			b=$(irefs $tracer $spin $cfg $W $sub $((2 * N)))
			if [ "$a" -gt 0 ] && [ "$b" -gt "$a" ]; then
				line="$line $(printf '%12d' \
					$(((b - a) / (N * per))))"
			else
				line="$line $(printf '%12s' -)"
			fi
		done
		echo "$line"
	done
done

# The Lua hook: instructions per hooked getppid with a script whose one
# hook counts the calls, against the same stops without Lua (-e trace=,
# the fast path stops at getppid only in both).
printf 'local n = 0\non_syscall("getppid", function(c) n = n + 1 end)\n' \
	> "$TMP/hook.lua"
for cfg in "-e trace=getppid" "-s $TMP/hook.lua"; do
	# shellcheck disable=SC2086
	a=$(irefs $MYTRACE --spin=0 -f -o /dev/null $cfg $W getppid "$N")
	# shellcheck disable=SC2086
	b=$(irefs $MYTRACE --spin=0 -f -o /dev/null $cfg $W getppid \
		$((2 * N)))
	case $cfg in -s*) i_s=$(((b - a) / N)) ;; *) i_e=$(((b - a) / N)) ;; esac
done
echo
echo "Lua hook: $((i_s - i_e)) instructions per hooked call" \
	"($i_s with the hook, $i_e without: mytrace -f -e trace=getppid)"
