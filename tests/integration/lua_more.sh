#!/bin/sh
# The example scripts of DESIGN section 5.3 not covered by lua_scripts.sh,
# each run on a real program or a tracee with its output checked.
. "$TOP/tests/integration/lib.sh"

export MYTRACE_LUA_PATH="$TOP/lua"
export LC_ALL=C
S="$TOP/scripts"
T=$TRACEES
mt() { "$MYTRACE" "$@"; }

# --- -l lists them all, with their descriptions ---------------------------
(cd "$TOP" && mt -l) > "$TMP/l.out" 2>&1
for s in count_opens top_syscalls files_matching slow_syscalls \
	inject_enoent break_on_stderr net_connections exec_tree \
	errors_by_syscall read_sizes json_log keep_files stop_after fd_leaks; do
	check_grep "-l lists $s with a description" "$TMP/l.out" \
		"^$s  *[a-z].\{10,\}"
done

# --- files_matching ----------------------------------------------------------
mt -s "$S/files_matching.lua" -a pattern=passwd$ cat /etc/passwd /etc/hostname \
	/nonexistent/passwd > "$TMP/fm.out" 2>/dev/null
check_eq "files_matching: cat's status (one file missing)" 1 $?
check_grep "files_matching: the matching open" "$TMP/fm.out" \
	'^\[[0-9]*\] openat /etc/passwd = 3$'
check_grep "files_matching: a failed one" "$TMP/fm.out" \
	'^\[[0-9]*\] openat /nonexistent/passwd = -1 ENOENT$'
check_no_grep "files_matching: others left out" "$TMP/fm.out" \
	'openat .*hostname'
check_grep "files_matching: the count" "$TMP/fm.out" \
	"^2 opens matched 'passwd\$'$"
mt -s "$S/files_matching.lua" -a pattern=passwd$ -a failed=false \
	cat /etc/passwd /nonexistent/passwd > "$TMP/fm2.out" 2>/dev/null
check_no_grep "files_matching: -a failed=false" "$TMP/fm2.out" 'ENOENT'
mt -s "$S/files_matching.lua" -a 'pattern=[' true > "$TMP/fm3.out" 2>&1
check_eq "files_matching: a bad pattern stops before the program" 1 $?
check_grep "files_matching: says why" "$TMP/fm3.out" 'pattern=\[: .*malformed'
mt -s "$S/files_matching.lua" true > "$TMP/fm4.out" 2>&1
check_grep "files_matching: -a pattern is required" "$TMP/fm4.out" \
	'missing argument: -a pattern='

# --- break_on_stderr -----------------------------------------------------------
mt -s "$S/break_on_stderr.lua" cat /etc/hostname /nonexistent /etc/hostname \
	> "$TMP/bs.out" 2> "$TMP/bs.err"
check_eq "break_on_stderr: killed at the write (137)" 137 $?
check_eq "break_on_stderr: output until then only" \
	"$(cat /etc/hostname)" "$(cat "$TMP/bs.out")"
check_grep "break_on_stderr: who" "$TMP/bs.err" \
	'^mytrace: pid [0-9]* (cat) writes to fd 2:$'
check_grep "break_on_stderr: the call" "$TMP/bs.err" '^  write(2, "cat: ", 5 \.\.\.$'
check_grep "break_on_stderr: registers" "$TMP/bs.err" \
	'^  rip      0x[0-9a-f]\{16\}  rsp      0x[0-9a-f]\{16\}'
check_grep "break_on_stderr: where rip is" "$TMP/bs.err" '^  rip in /.*libc'
check_no_grep "break_on_stderr: the write was skipped" "$TMP/bs.err" \
	'^cat: /nonexistent'
mt -s "$S/break_on_stderr.lua" -a action=continue cat /etc/hostname \
	/nonexistent /nonexistent2 > "$TMP/bs2.out" 2> "$TMP/bs2.err"
check_eq "break_on_stderr continue: cat's own status" 1 $?
check_grep "break_on_stderr continue: the write happens" "$TMP/bs2.err" \
	'^cat: /nonexistent2: No such file'
check_eq "break_on_stderr continue: shown once" 1 \
	"$(grep -c 'writes to fd 2' "$TMP/bs2.err")"
mt -s "$S/break_on_stderr.lua" -a action=detach \
	cat /nonexistent > "$TMP/bs3.out" 2>&1
check_grep "break_on_stderr detach: context shown" "$TMP/bs3.out" \
	'writes to fd 2'
mt -s "$S/break_on_stderr.lua" -a action=nope true > "$TMP/bs4.out" 2>&1
check_eq "break_on_stderr: bad action refused" 1 $?

# --- net_connections -------------------------------------------------------------
mt -s "$S/net_connections.lua" "$T/inj_net" > "$TMP/net.out" 2>&1
check_eq "net_connections: exit status" 0 $?
port=$(sed -n 's/^port //p' "$TMP/net.out")
check_grep "net_connections: bind" "$TMP/net.out" \
	'^\[[0-9]*\] bind fd 3 on 127\.0\.0\.1:0 = 0$'
check_grep "net_connections: connect with the port" "$TMP/net.out" \
	"^\[[0-9]*\] connect fd 4 -> 127\.0\.0\.1:$port = 0\$"
check_grep "net_connections: accept with the peer" "$TMP/net.out" \
	'^\[[0-9]*\] accept fd 3 <- 127\.0\.0\.1:[0-9]* = 5$'
check_grep "net_connections: a unix socket that fails" "$TMP/net.out" \
	'^\[[0-9]*\] connect fd 6 -> unix:/nonexistent/inj_net\.sock = -1 ENOENT$'
check_grep "net_connections: counted by address" "$TMP/net.out" \
	"^connect 127\.0\.0\.1:$port  *1\$"
mt -s "$S/net_connections.lua" -a failed=false "$T/inj_net" > "$TMP/net2.out" 2>&1
check_no_grep "net_connections: -a failed=false" "$TMP/net2.out" 'ENOENT'

# --- exec_tree -----------------------------------------------------------------------
mt -f -s "$S/exec_tree.lua" sh -c 'ls / > /dev/null; echo hi | cat > /dev/null; exit 3' \
	> "$TMP/et.out" 2>/dev/null
check_eq "exec_tree: the program's status" 3 $?
check_grep "exec_tree: title" "$TMP/et.out" '^process tree$'
check_grep "exec_tree: the root with its argv and status" "$TMP/et.out" \
	'^[0-9]* sh -c ls / > /dev/null; echo hi | cat > /dev/null; exit 3 \[exit 3\]$'
check_grep "exec_tree: a child that exec'd" "$TMP/et.out" \
	'^|- [0-9]* ls / \[exit 0\]$'
check_grep "exec_tree: the last child" "$TMP/et.out" '^`- [0-9]* cat \[exit 0\]$'
mt -f -s "$S/exec_tree.lua" sh -c 'sh -c "kill -9 \$\$"; true' \
	> "$TMP/et2.out" 2>/dev/null
check_grep "exec_tree: a killed grandchild" "$TMP/et2.out" \
	'[0-9]* sh -c kill -9 \$\$ \[killed by SIGKILL\]$'

# --- errors_by_syscall ------------------------------------------------------------------
mt -s "$S/errors_by_syscall.lua" "$T/lua_calls" /nope1 /etc/passwd /nope2 \
	> "$TMP/eb.out" 2>&1
check_grep "errors_by_syscall: title" "$TMP/eb.out" '^errors by syscall$'
check_grep "errors_by_syscall: two ENOENT opens" "$TMP/eb.out" \
	'^openat ENOENT  *2$'
check_grep "errors_by_syscall: the total" "$TMP/eb.out" \
	'^[0-9]* failed calls out of [0-9]*$'
mt -s "$S/errors_by_syscall.lua" -a show=true -a spec=openat \
	"$T/lua_calls" /nope1 > "$TMP/eb2.out" 2>&1
check_grep "errors_by_syscall: -a show=true prints the call" "$TMP/eb2.out" \
	'^\[[0-9]*\] openat(AT_FDCWD, "/nope1", O_RDONLY) *= -1 ENOENT'
check_grep "errors_by_syscall: -a spec= limits the count" "$TMP/eb2.out" \
	'^1 failed call out of [0-9]*$'

# --- read_sizes ---------------------------------------------------------------------------
mt -s "$S/read_sizes.lua" dd if=/dev/zero of=/dev/null bs=4096 count=8 \
	> "$TMP/rs.out" 2>/dev/null
check_grep "read_sizes: title" "$TMP/rs.out" '^bytes per read$'
check_grep "read_sizes: one histogram per syscall" "$TMP/rs.out" '^read:$'
check_grep "read_sizes: the 8 reads of 4096 bytes" "$TMP/rs.out" \
	'^\[4K, 8K) *8 |@*|$'
check_grep "read_sizes: the total" "$TMP/rs.out" '^read  *[0-9]*$'
mt -s "$S/read_sizes.lua" -a by=path -a zero=false \
	dd if=/dev/zero of=/dev/null bs=4096 count=8 > "$TMP/rs2.out" 2>/dev/null
check_grep "read_sizes: -a by=path" "$TMP/rs2.out" '^/dev/zero:$'

# --- json_log --------------------------------------------------------------------------------
mt -s "$S/json_log.lua" cat /etc/hostname > "$TMP/jl.out" 2>&1
check_grep "json_log: the open, args decoded" "$TMP/jl.out" \
	'^{"ts":"[0-9]*","pid":[0-9]*,"tid":[0-9]*,"syscall":"openat","args":\["AT_FDCWD","\\"/etc/hostname\\"","O_RDONLY"\],"ret":3,"err":null,"dur_ns":[0-9]*}$'
check_grep "json_log: execve decoded at entry" "$TMP/jl.out" \
	'"syscall":"execve","args":\["\\"/usr/bin/cat\\"",'
mt -s "$S/json_log.lua" -a spec=openat -a out="$TMP/jl2.json" \
	cat /nonexistent > "$TMP/jl2.out" 2>&1
check_grep "json_log: -a out=, errors" "$TMP/jl2.json" \
	'"ret":-2,"err":"ENOENT"'
check_no_grep "json_log: -a spec=" "$TMP/jl2.json" '"syscall":"close"'
mt -s "$S/json_log.lua" -a out="$TMP/jl3.json" ls / > /dev/null 2>&1
check_grep "json_log: -a out= keeps the program's output out" \
	"$TMP/jl3.json" '"syscall":"getdents64"'
if command -v python3 > /dev/null; then
	check "json_log: every line is JSON" python3 -c '
import json, sys
for line in open(sys.argv[1]):
    json.loads(line)' "$TMP/jl3.json"
fi

# --- keep_files --------------------------------------------------------------------------------
mkdir "$TMP/kf" "$TMP/kf/d"
touch "$TMP/kf/a.log" "$TMP/kf/b.txt"
mt -s "$S/keep_files.lua" rm "$TMP/kf/a.log" "$TMP/kf/b.txt" > "$TMP/kf.out" 2>&1
check_eq "keep_files: rm believes it" 0 $?
check "keep_files: a.log still there" test -f "$TMP/kf/a.log"
check "keep_files: b.txt still there" test -f "$TMP/kf/b.txt"
check_grep "keep_files: says so" "$TMP/kf.out" \
	"^mytrace: kept $TMP/kf/a.log (unlinkat skipped)\$"
check_grep "keep_files: the count" "$TMP/kf.out" '^mytrace: 2 files kept$'
mt -s "$S/keep_files.lua" -a pattern='%.log$' rm "$TMP/kf/a.log" \
	"$TMP/kf/b.txt" > "$TMP/kf2.out" 2>&1
check "keep_files -a pattern: a.log kept" test -f "$TMP/kf/a.log"
check "keep_files -a pattern: b.txt removed" test ! -e "$TMP/kf/b.txt"
mt -s "$S/keep_files.lua" rmdir "$TMP/kf/d" > "$TMP/kf3.out" 2>&1
check "keep_files: directories go unless -a dirs=true" test ! -e "$TMP/kf/d"

# --- stop_after -----------------------------------------------------------------------------------
mt -s "$S/stop_after.lua" -a calls=10 sleep 5 > "$TMP/sa.out" 2>&1
check_eq "stop_after calls: the spawned program is killed" 137 $?
check_grep "stop_after calls: says when" "$TMP/sa.out" \
	'^mytrace: detaching after 10 syscalls$'
check_eq "stop_after calls: ten counted" 10 \
	"$(awk '/^syscalls seen/ { on = 1; next } on && NF == 2 { n += $2 } END { print n }' "$TMP/sa.out")"
sleep 5 &
sp=$!
t0=$(date +%s)
mt -s "$S/stop_after.lua" -a seconds=0.3 -p $sp > "$TMP/sa2.out" 2>&1
t1=$(date +%s)
check "stop_after seconds: returns early" test $((t1 - t0)) -lt 3
check_grep "stop_after seconds: says when" "$TMP/sa2.out" \
	'^mytrace: detaching after 0.3 seconds'
case "$(proc_state $sp)" in
S | R) ok "stop_after seconds: the attached process runs on" ;;
*) not_ok "stop_after seconds: the attached process runs on" \
	"state '$(proc_state $sp)'" ;;
esac
kill $sp 2>/dev/null
wait $sp 2>/dev/null
mt -s "$S/stop_after.lua" true > "$TMP/sa3.out" 2>&1
check_eq "stop_after: needs calls= or seconds=" 1 $?

# --- fd_leaks ------------------------------------------------------------------------------------
mt -s "$S/fd_leaks.lua" "$T/inj_leak" > "$TMP/fl.out" 2>&1
check_grep "fd_leaks: the process" "$TMP/fl.out" '^pid [0-9]* leaked 2 fds:$'
check_grep "fd_leaks: the file left open" "$TMP/fl.out" \
	'^  fd 3 /etc/hostname (openat)$'
check_grep "fd_leaks: the pipe's write end" "$TMP/fl.out" \
	'^  fd [0-9]* pipe:\[[0-9]*\] (pipe2\?)$'
check_no_grep "fd_leaks: a closed file is not a leak" "$TMP/fl.out" passwd
check_grep "fd_leaks: counted by path" "$TMP/fl.out" '^/etc/hostname  *1$'
mt -s "$S/fd_leaks.lua" -a all=false "$T/inj_leak" > "$TMP/fl2.out" 2>&1
check_no_grep "fd_leaks: -a all=false: files only" "$TMP/fl2.out" 'pipe:'
mt -f -s "$S/fd_leaks.lua" sh -c "exec 7</etc/hostname; $T/inj_leak" \
	> "$TMP/fl3.out" 2>&1
check_grep "fd_leaks -f: inherited through fork and exec" "$TMP/fl3.out" \
	'^  fd 7 /etc/hostname'

# --- entries handed to Lua only when wanted (pt.want_entries) ---------------
# Exit hooks alone: the entries stay in C, yet an on_enter added from a
# hook gets every entry from then on, and on_syscall sees the arguments.
cat > "$TMP/we.lua" <<'LUA'
local n_exit, n_enter, args_ok = 0, 0, true
on_syscall("getppid", function(c)
  n_exit = n_exit + 1
  if c.args == nil or #c.args ~= 6 then args_ok = false end
  if n_exit == 3 then
    on_enter("getppid", function() n_enter = n_enter + 1 end)
  end
end)
on_end(function() print("exits", n_exit, "enters", n_enter, args_ok) end)
LUA
mt -f -s "$TMP/we.lua" "$T/threads" 1 10 > "$TMP/we.out" 2>&1
check_grep "want_entries: exits all seen, entries once asked for" \
	"$TMP/we.out" '^exits	10	enters	7	true$'
# The same with the low-level API: no entry of getppid, every exit.
cat > "$TMP/we2.lua" <<'LUA'
local nr = pt.sysnr("getppid")
local argv = {}
for i = 1, #arg do argv[i] = arg[i] end
pt.config("follow", true)
local pid = assert(pt.spawn(argv))
pt.want_entries({})
local entries, exits = 0, 0
while true do
  local ev = pt.wait()
  if not ev then break end
  if ev.nr == nr then
    if ev.kind == "entry" then entries = entries + 1 end
    if ev.kind == "exit" then exits = exits + 1 end
  end
end
print("entries", entries, "exits", exits, pid > 0)
LUA
mt -s "$TMP/we2.lua" "$T/threads" 1 10 > "$TMP/we2.out" 2>&1
check_grep "pt.want_entries({}): exits only" "$TMP/we2.out" \
	'^entries	0	exits	10	true$'
