#!/bin/sh
# strace parity: trace the same programs with strace (the oracle) and with
# mytrace, normalise both (pids, addresses, random bytes; see lib.sh) and
# compare.  For the deterministic tracees the sequence of syscall names
# must be identical; for every program the share of identical lines must
# reach a threshold.  Also checks a few lines verbatim.  The overall
# figure goes to build/parity.txt.
. "$TOP/tests/integration/lib.sh"
T=$TRACEES
ORACLE=$(command -v strace) || { not_ok "strace installed"; exit 1; }
same_all=0
total_all=0
report="$TMP/parity.txt"
: > "$report"

# run TOOL OUT PROG ARGS...: trace PROG into OUT; stdin, stdout and
# stderr of the program are kept out of the way.
run() {
	_tool=$1
	_out=$2
	shift 2
	(ulimit -c 0; cd "$TMP" && timeout 20 "$_tool" -o "$_out" "$@" || :) \
		< /dev/null > /dev/null 2>&1
}

# parity NAME PERCENT MODE PROG ARGS...: compare strace's and mytrace's
# traces of PROG.  MODE names: the syscall names must match exactly (per
# process, see syscall_names), and PERCENT of the lines, in order;
# lines: only PERCENT of the lines, in order; sorted: PERCENT of the
# lines in any order, split calls joined (see join_resumed; for -f, where
# the lines of processes and threads interleave at random).
parity() {
	_name=$1
	_pct=$2
	_mode=$3
	shift 3
	run "$ORACLE" "$TMP/$_name.strace" "$@"
	run "$MYTRACE" "$TMP/$_name.mytrace" "$@"
	for _f in strace mytrace; do
		[ -f "$TMP/$_name.$_f" ] || : > "$TMP/$_name.$_f"
		normalize_as "$_mode" "$TMP/$_name.$_f" > "$TMP/$_name.$_f.n"
	done
	if [ "$_mode" = names ]; then
		syscall_names "$TMP/$_name.strace" > "$TMP/$_name.sn"
		syscall_names "$TMP/$_name.mytrace" > "$TMP/$_name.mn"
		if cmp -s "$TMP/$_name.sn" "$TMP/$_name.mn"; then
			ok "parity $_name: same syscall names"
		else
			not_ok "parity $_name: same syscall names" \
				"diff strace mytrace:"
			diff "$TMP/$_name.sn" "$TMP/$_name.mn" | head -10 |
				sed 's/^/#   /'
		fi
	fi
	_total=$(wc -l < "$TMP/$_name.strace.n")
	_lost=$(diff "$TMP/$_name.strace.n" "$TMP/$_name.mytrace.n" |
		grep -c '^<')
	_same=$((_total - _lost))
	same_all=$((same_all + _same))
	total_all=$((total_all + _total))
	echo "# parity $_name: $_same/$_total lines identical"
	echo "$_name: $_same/$_total" >> "$report"
	if [ "$_total" -gt 0 ] && [ $((_same * 100)) -ge $((_pct * _total)) ]
	then
		ok "parity $_name: >= $_pct% of lines identical"
	else
		not_ok "parity $_name: >= $_pct% of lines identical" \
			"$_same/$_total; first differences (< strace, > mytrace):"
		diff "$TMP/$_name.strace.n" "$TMP/$_name.mytrace.n" |
			grep '^[<>]' | head -16 | sed 's/^/#   /'
	fi
}

# The tracees: deterministic ones need the exact same syscall names.
parity files 90 names "$T/files" "$TMP/parity-file"
parity strings 90 names "$T/strings"
parity exitcode 90 names "$T/exitcode" 7
parity signals 90 names "$T/signals" 3
parity signals-f 90 names -f "$T/signals" 3
parity forkexec 90 names "$T/forkexec"
parity forkexec-f 80 names -f "$T/forkexec"
parity killself 90 names "$T/killself"
parity killself-segv 90 names "$T/killself" segv
parity jobctl 90 names "$T/jobctl" 50
parity threads 80 lines "$T/threads" 3 5
parity threads-f 90 sorted -f "$T/threads" 3 5
parity execthread 80 lines "$T/execthread"
parity execthread-f 90 sorted -f "$T/execthread"
parity loop 80 lines "$T/loop" 0.1

# Real programs.
parity ls 80 lines ls -l /
parity cat 80 lines cat /etc/passwd
parity sh-pipe 70 lines sh -c 'echo x | wc -l'
parity sh-pipe-f 85 sorted -f sh -c 'echo x | wc -l'
py=$(command -v /usr/bin/python3 python3 | head -1)
[ -n "$py" ] && parity python3 70 lines "$py" -c pass

# Lines that must be there verbatim.
m=$TMP/files.mytrace
check_line "files: openat of the temp file" "$m" \
	"openat(AT_FDCWD, \"$TMP/parity-file\", O_RDWR|O_CREAT|O_TRUNC, 0644) = 3"
check_line "files: ENOENT open" "$m" \
	'openat(AT_FDCWD, "/nonexistent/mytrace-missing", O_RDONLY) = -1 ENOENT (No such file or directory)'
check_line "files: write with escapes, cut at 32" "$m" \
	'write(3, "\1\2\377ab\tcd\n0123456789abcdefghijklm"..., 73) = 73'
check_line "files: short read with escapes" "$m" \
	'read(3, "\1\2\377ab\tcd", 8)            = 8'
check_line "files: long read cut with ..." "$m" \
	'read(3, "\n0123456789abcdefghijklmnopqrstu"..., 256) = 65'
check_line "files: read at end of file" "$m" \
	'read(3, "", 256)                        = 0'
check_line "files: lseek" "$m" \
	'lseek(3, 0, SEEK_SET)                   = 0'
check_line "files: fstat" "$m" \
	'fstat(3, {st_mode=S_IFREG|0644, st_size=73, ...}) = 0'
check_line "files: newfstatat" "$m" \
	"newfstatat(AT_FDCWD, \"$TMP/parity-file\", {st_mode=S_IFREG|0644, st_size=73, ...}, 0) = 0"
check_line "files: access" "$m" \
	"$(sline "access(\"$TMP/parity-file\", R_OK|W_OK)" 0)"
check_line "files: close" "$m" \
	'close(3)                                = 0'
check_line "files: exit_group(0) = ?" "$m" \
	'exit_group(0)                           = ?'
check_line "files: +++ exited with 0 +++" "$m" '+++ exited with 0 +++'

m=$TMP/strings.mytrace
check_line "strings: \\t \\n" "$m" \
	'write(1, "tab\there\n", 9)              = 9'
check_line "strings: \\\" \\\\ \\177" "$m" \
	'write(1, "quote\" backslash\\ del\177 end", 26) = 26'
check_line "strings: \\0 before a digit" "$m" \
	'write(1, "nul\0007 then\0x", 12)        = 12'
check_line "strings: \\r \\v \\f and octal controls" "$m" \
	'write(1, "cr\r vt\v ff\f bell\7 bs\10 esc\33", 26) = 26'
check_line "strings: high bytes" "$m" \
	'write(1, "high\200\377\351 bytes", 13)  = 13'
check_line "strings: octal before a digit" "$m" \
	'write(1, "\1\0022\3", 4)                = 4'
check_line "strings: exactly 32 bytes, no cut" "$m" \
	'write(1, "0123456789abcdef0123456789abcdef", 32) = 32'
check_line "strings: 33 bytes, cut" "$m" \
	'write(1, "0123456789abcdef0123456789abcdef"..., 33) = 33'
check_line "strings: empty" "$m" \
	'write(1, "", 0)                         = 0'

m=$TMP/exitcode.mytrace
check_line "exitcode: exit_group(7) = ?" "$m" \
	'exit_group(7)                           = ?'
check_line "exitcode: +++ exited with 7 +++" "$m" '+++ exited with 7 +++'
check_line "killself: +++ killed by SIGKILL +++" "$TMP/killself.mytrace" \
	'+++ killed by SIGKILL +++'
check_line "killself segv: --- SIGSEGV ---" "$TMP/killself-segv.mytrace" \
	'--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---'
check_line "killself segv: +++ killed by SIGSEGV +++" \
	"$TMP/killself-segv.mytrace" '+++ killed by SIGSEGV +++'
check_grep "signals: --- SIGUSR1 ---" "$TMP/signals.mytrace" \
	'^--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=[0-9]*, si_uid=[0-9]*} ---$'
check_line "signals: rt_sigreturn" "$TMP/signals.mytrace" \
	'rt_sigreturn({mask=[]})                 = 0'

# The overall figure, for the closing note.
pct=0
[ "$total_all" -gt 0 ] && pct=$((same_all * 100 / total_all))
echo "# parity overall: $same_all/$total_all lines identical ($pct%)"
mkdir -p "$TOP/build"
{
	echo "strace parity: $same_all/$total_all lines identical ($pct%)"
	cat "$report"
} > "$TOP/build/parity.txt"
