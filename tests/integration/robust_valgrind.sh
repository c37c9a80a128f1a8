#!/bin/sh
# Valgrind: no leak and no memory error in mytrace after tracing ls,
# after a script run, with -f over several processes, with -c, and when
# detaching from an attached program on SIGINT.  Skipped without
# valgrind, and under SANITIZE=1 (ASan and valgrind do not mix; ASan's
# leak checker covers that build).
. "$TOP/tests/integration/lib.sh"
T=$TRACEES

if [ "${SANITIZE:-0}" = 1 ]; then
	echo "# skip: valgrind checks under SANITIZE=1 (LeakSanitizer does it)"
	exit 0
fi
if ! command -v valgrind > /dev/null 2>&1; then
	echo "# skip: valgrind is not installed"
	exit 0
fi

# vg NAME ARGS...: mytrace ARGS under valgrind: exit status not 9 (the
# error exit code) and no error or definite/possible leak in the log.
vg() {
	_n=$1
	shift
	rm -f "$TMP/vg.log"
	(ulimit -c 0; cd "$TOP" && timeout 120 valgrind -q \
		--leak-check=full --error-exitcode=9 --log-file="$TMP/vg.log" \
		"$MYTRACE" "$@") < /dev/null > "$TMP/vg.out" 2> "$TMP/vg.err"
	_rc=$?
	# Valgrind's warnings about syscalls it does not know (seccomp in
	# the child before exec) are not errors of ours.
	grep -v 'WARNING: unhandled\|You may be able\|README_MISSING\|Nevertheless we consider\|valgrind.org/support' \
		"$TMP/vg.log" > "$TMP/vg.errs"
	if [ "$_rc" != 9 ] && [ "$_rc" != 124 ] && [ ! -s "$TMP/vg.errs" ]; then
		ok "valgrind $_n: no leak, no error"
	else
		not_ok "valgrind $_n: no leak, no error" "status $_rc"
		head -40 "$TMP/vg.errs" | sed 's/^/#   /'
	fi
}

vg "mytrace -o /dev/null ls" -o /dev/null ls
vg "mytrace -s scripts/count_opens.lua true" -s scripts/count_opens.lua true
check_grep "valgrind script run: the script's output" "$TMP/vg.out" \
	'^opens by path'
vg "mytrace -f sh -c 'ls | wc -l'" -f -o /dev/null sh -c 'ls | wc -l'
vg "mytrace -c -f" -c -f -o /dev/null "$T/forkexec"
vg "mytrace -E with a failing hook" \
	-E 'on_syscall("openat", function(c) error("boom") end)' true

# Attached, then SIGINT: the detach path frees everything too.
"$T/loop" 3 > /dev/null &
lp=$!
rm -f "$TMP/vga.log"
(ulimit -c 0; timeout -s INT 2 valgrind -q --leak-check=full \
	--error-exitcode=9 --log-file="$TMP/vga.log" \
	"$MYTRACE" -p "$lp" -o /dev/null) < /dev/null > /dev/null 2>&1
rc=$?
if [ "$rc" != 9 ] && [ ! -s "$TMP/vga.log" ]; then
	ok "valgrind mytrace -p then SIGINT: no leak, no error"
else
	not_ok "valgrind mytrace -p then SIGINT: no leak, no error" "status $rc"
	head -40 "$TMP/vga.log" | sed 's/^/#   /'
fi
wait "$lp"
check_eq "valgrind mytrace -p then SIGINT: the program exits 0" 0 $?
