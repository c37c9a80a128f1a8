#!/bin/sh
# Hostile scripts (issue 7, "Scripts and shell"): runtime errors in hooks
# and in on_end, runaway hooks (--hook-timeout, Ctrl-C), a script that
# allocates without bound (--lua-memory), pt.peek of 0 / negative /
# enormous lengths, pt.poke into read-only code, tampering in the wrong
# phase.  Each must end with a clear message, mytrace alive until it exits
# on its own, and no tracee left stopped (spawned: killed; attached:
# detached and running on).
. "$TOP/tests/integration/lib.sh"

export MYTRACE_LUA_PATH="$TOP/lua"
R="$TRACEES/robust_lua"
LOOP="$TRACEES/loop"

gone() { ! kill -0 "$1" 2> /dev/null; }
dead() { gone "$1" || [ "$(proc_state "$1")" = Z ]; }
# untraced PID: PID runs, has no tracer and is not stopped.
untraced() {
	grep -q '^TracerPid:[[:space:]]*0$' "/proc/$1/status" &&
		! grep -q '^State:[[:space:]]*[tT]' "/proc/$1/status"
}

# run NAME SECONDS ARGS...: mytrace ARGS in the background, killed after
# SECONDS (a watchdog: a hang is a failure, not a stuck test); $rc is its
# status (137 from the watchdog), its output in $TMP/NAME.out.
run() {
	_name=$1 _secs=$2
	shift 2
	"$MYTRACE" "$@" > "$TMP/$_name.out" 2>&1 &
	_p=$!
	( sleep "$_secs"; kill -KILL "$_p" ) > /dev/null 2>&1 &
	_w=$!
	wait "$_p"
	rc=$?
	kill "$_w" 2> /dev/null
	wait "$_w" 2> /dev/null
}
# tracee_gone NAME: the pid the script printed as "tracee N" is dead.
tracee_gone() {
	_t=$(sed -n 's/^tracee \([0-9]*\)$/\1/p' "$TMP/$1.out" | head -1)
	if [ -n "$_t" ] && dead "$_t"; then
		ok "$1: the tracee is not left behind"
	else
		not_ok "$1: the tracee is not left behind" \
			"pid '$_t' state $(proc_state "$_t")"
	fi
}
START='on_start(function(pid) io.stderr:write("tracee ", pid, "\n") end)'

# --- runtime errors: reported, tracing stops (docs/lua.md) ---------------
cat > "$TMP/when.lua" <<'LUA'
on_start(function(pid) io.stderr:write("tracee ", pid, "\n") end)
on_end(function() print("on_end ran") end)
on_syscall("getppid", function(c) end, { when = function(c)
  return c.args[1].x   -- indexes a number
end })
LUA
run when 20 -s "$TMP/when.lua" "$LOOP" 30
check_eq "error in a when predicate: status 1" 1 "$rc"
check_grep "error in a when predicate: file:line" "$TMP/when.out" \
	'when.lua:4: attempt to index a number value'
check_grep "error in a when predicate: traceback" "$TMP/when.out" \
	'^stack traceback:'
check_no_grep "error in a hook: on_end does not run" "$TMP/when.out" \
	'^on_end ran$'
tracee_gone when

run timer 20 -E "$START"'
every(0.01, function() error("tick failed") end)' "$LOOP" 30
check_eq "error in a timer: status 1" 1 "$rc"
check_grep "error in a timer: file:line" "$TMP/timer.out" \
	'(-E):2: tick failed'
tracee_gone timer

run errobj 20 -E "$START"'
on_syscall("getppid", function() error({}) end)' "$LOOP" 30
check_eq "error with a table value: status 1" 1 "$rc"
check_grep "error with a table value: described" "$TMP/errobj.out" \
	'(error object is a table value)'
tracee_gone errobj

# Attached: the program is detached and runs on to its end.
"$LOOP" 2 > "$TMP/att.prog" 2>&1 &
apid=$!
run att 20 -p "$apid" -E \
	'on_syscall("getppid", function(c) local t = nil return t[1] end)'
check_eq "error in a hook, attached: status 1" 1 "$rc"
check_grep "error in a hook, attached: file:line" "$TMP/att.out" \
	'(-E):1: attempt to index a nil value'
if untraced "$apid"; then
	ok "error in a hook, attached: detached, running"
else
	not_ok "error in a hook, attached: detached, running" \
		"$(grep -E 'State|TracerPid' "/proc/$apid/status" 2>&1)"
fi
wait "$apid"
check_eq "error in a hook, attached: the program finishes" "0 done" \
	"$? $(cat "$TMP/att.prog")"

run onend 20 -E 'on_end(function() local x = #nil end)' "$R" patch
check_eq "error in on_end: status 1" 1 "$rc"
check_grep "error in on_end: file:line" "$TMP/onend.out" \
	'(-E):1: attempt to get length of a nil value'
check_grep "error in on_end: the program ran to its end" "$TMP/onend.out" \
	'^restored 1$'

# --- runaway hooks: --hook-timeout ----------------------------------------
run spin 20 --hook-timeout=0.5 -E "$START"'
on_syscall("getppid", function(c)
  local n = 0
  while true do n = n + 1 end
end)' "$LOOP" 30
check_eq "--hook-timeout: a looping hook ends the script, status 1" 1 "$rc"
check_grep "--hook-timeout: clear message with file:line" "$TMP/spin.out" \
	'(-E):4: hook timed out: ran longer than 0.5 s (--hook-timeout=0.5)'
check_grep "--hook-timeout: traceback" "$TMP/spin.out" '^stack traceback:'
tracee_gone spin

run spinpcall 20 --hook-timeout=0.3 -E "$START"'
on_syscall("getppid", function(c)
  while true do pcall(function() while true do end end) end
end)' "$LOOP" 30
check_eq "--hook-timeout: a hook that catches the error is still stopped" \
	1 "$rc"
tracee_gone spinpcall

run spinend 20 --hook-timeout=0.3 -E \
	'on_end(function() while true do end end)' "$R" patch
check_eq "--hook-timeout: a looping on_end is stopped" 1 "$rc"
check_grep "--hook-timeout: on_end, message" "$TMP/spinend.out" \
	'hook timed out'

run spinmain 20 --hook-timeout=0.3 -E 'while true do end' \
	sh -c "touch $TMP/started"
check_eq "--hook-timeout: a looping script body is stopped" 1 "$rc"
check "--hook-timeout: ... before the program starts" test ! -e "$TMP/started"

run fast 20 --hook-timeout=5 -E 'local n = 0
on_syscall("getppid", function() n = n + 1 end)
on_end(function() print("calls", n > 0) end)' "$LOOP" 0.2
check_eq "--hook-timeout: quick hooks run as usual" "0 calls	true" \
	"$rc $(grep '^calls' "$TMP/fast.out")"

run badto 5 --hook-timeout=soon -E 'x = 1' true
check_eq "--hook-timeout=soon: status 1" 1 "$rc"
check_grep "--hook-timeout=soon: says what is wrong" "$TMP/badto.out" \
	"invalid --hook-timeout argument: 'soon'"

# --- runaway hooks: Ctrl-C (no timeout) -----------------------------------
"$MYTRACE" -E "$START"'
on_syscall("getppid", function(c)
  io.stderr:write("looping\n")
  while true do end
end, { once = true })' "$LOOP" 30 > "$TMP/int.out" 2>&1 &
mp=$!
if wait_for 10 grep -q '^looping$' "$TMP/int.out"; then
	kill -INT "$mp"
	sleep 0.1
	kill -INT "$mp"
fi
if wait_for 10 gone "$mp"; then
	ok "Ctrl-C Ctrl-C: a looping hook is aborted, mytrace exits"
else
	not_ok "Ctrl-C Ctrl-C: a looping hook is aborted, mytrace exits"
	kill -KILL "$mp"
fi
wait "$mp" 2> /dev/null
check_grep "Ctrl-C: says the hook was interrupted" "$TMP/int.out" \
	'(-E):4: interrupted: the hook did not return after Ctrl-C'
tracee_gone int

# --- memory: --lua-memory -------------------------------------------------
GROW='local t = {}
on_syscall("getppid", function(c)
  for i = 1, 1e9 do t[i] = string.rep("x", 64) .. i end
end)'
run oom 30 --lua-memory=32 -E "$START
$GROW" "$LOOP" 30
check_eq "unbounded allocation: status 1" 1 "$rc"
check_grep "unbounded allocation: clear message" "$TMP/oom.out" \
	'^mytrace: script ran out of memory (limit 32 MiB; --lua-memory=MB to change it)$'
check_no_grep "unbounded allocation: no crash report" "$TMP/oom.out" \
	'AddressSanitizer\|Segmentation\|panic'
tracee_gone oom

"$LOOP" 2 > "$TMP/oomatt.prog" 2>&1 &
apid=$!
run oomatt 30 --lua-memory=32 -p "$apid" -E "$GROW"
check_grep "unbounded allocation, attached: clear message" \
	"$TMP/oomatt.out" '^mytrace: script ran out of memory (limit 32 MiB'
if untraced "$apid"; then
	ok "unbounded allocation, attached: detached, running"
else
	not_ok "unbounded allocation, attached: detached, running"
fi
wait "$apid"
check_eq "unbounded allocation, attached: the program finishes" "0 done" \
	"$? $(cat "$TMP/oomatt.prog")"

# 48 MiB of strings: too much for --lua-memory=16, fine by default.
BIG='local t = {} for i = 1, 48 do t[i] = string.rep("y", 1 << 20) .. i end
print("allocated", #t)'
run small 20 --lua-memory=16 -E "$BIG" true
check_eq "--lua-memory=16: 48 MiB is refused" 1 "$rc"
run dflt 20 -E "$BIG" true
check_eq "default limit: 48 MiB is fine" "0 allocated	48" \
	"$rc $(grep '^allocated' "$TMP/dflt.out")"
run nolimit 20 --lua-memory=0 -E "$BIG" true
check_eq "--lua-memory=0: no limit" 0 "$rc"
run badmem 5 --lua-memory=-3 -E 'x = 1' true
check_eq "--lua-memory=-3: status 1" 1 "$rc"
check_grep "--lua-memory=-3: says what is wrong" "$TMP/badmem.out" \
	"invalid --lua-memory argument"

# --- pt.peek lengths --------------------------------------------------------
run peek 20 -E 'local pid = pt.spawn({"true"})
local ev = pt.next_syscall()
local sp = pt.regs(ev.tid).rsp
print("zero", pt.peek(ev.tid, sp, 0) == "")
print("neg", pcall(pt.peek, ev.tid, sp, -1))
print("huge", pcall(pt.peek, ev.tid, sp, 1 << 40))
print("max", pcall(pt.peek, ev.tid, sp, math.maxinteger))
print("limit", pt.peek_max == 16 << 20, #pt.peek(ev.tid, sp, 16) == 16)
print("unmapped", pt.peek(ev.tid, 16, pt.peek_max))
print("strneg", pcall(pt.peek_string, ev.tid, sp, -5))
print("strhuge", pcall(pt.peek_string, ev.tid, sp, 1 << 40))
while pt.next_syscall() do end'
check_eq "pt.peek: the script ends normally" 0 "$rc"
check_grep "pt.peek of 0 bytes: empty string" "$TMP/peek.out" '^zero	true$'
check_grep "pt.peek of -1 bytes: a clear error" "$TMP/peek.out" \
	'^neg	false	.*peek.*length -1 is negative'
check_grep "pt.peek of 1 TiB: a clear error naming the limit" \
	"$TMP/peek.out" \
	'^huge	false	.*length 1099511627776 is over the limit of one read (16 MiB'
check_grep "pt.peek of maxinteger: a clear error" "$TMP/peek.out" \
	'^max	false	.*is over the limit of one read'
check_grep "pt.peek_max is 16 MiB" "$TMP/peek.out" '^limit	true	true$'
check_grep "pt.peek of peek_max bytes unmapped: EFAULT" "$TMP/peek.out" \
	'^unmapped	nil	EFAULT: .*	EFAULT$'
check_grep "pt.peek_string negative max: a clear error" "$TMP/peek.out" \
	'^strneg	false	.*length -5 is negative'
check_grep "pt.peek_string enormous max: a clear error" "$TMP/peek.out" \
	'^strhuge	false	.*over the limit of one read'

# A tracee's own absurd lengths: c:data() reads at most pt.peek_max.
run data 20 -E 'on_enter("write", function(c)
  if c.args[1] == -1 then local d = c:data() print("data", #d <= pt.peek_max) end
end)' "$R" hostile
check_eq "c:data() of write(-1, p, SIZE_MAX): no error" "0 data	true" \
	"$rc $(grep '^data' "$TMP/data.out")"
check_grep "c:data(): the program runs on" "$TMP/data.out" '^hostile done$'

# --- pt.poke into read-only code (PTRACE_POKEDATA) --------------------------
cat > "$TMP/patch.lua" <<'LUA'
-- At the first getppid, args[1] is the address of answer() (mov eax, 1;
-- ret): make it return 42; at the second, put the code back.
local saved
local code = "\xb8\x2a\x00\x00\x00\xc3"
local function perms(pid, addr)
  for line in io.lines("/proc/" .. pid .. "/maps") do
    local lo, hi, p = line:match("^(%x+)-(%x+) (%S+)")
    if addr >= tonumber(lo, 16) and addr < tonumber(hi, 16) then return p end
  end
end
on_enter("getppid", function(c)
  local addr = c.args[1]
  if c.args[2] == 1 then
    print("perms", perms(c.pid, addr))
    saved = assert(pt.peek(c.tid, addr, #code))
    print("poke", pt.poke(c.tid, addr, code))
    print("reads back", pt.peek(c.tid, addr, #code) == code)
  elseif c.args[2] == 2 then
    print("restore", pt.poke(c.tid, addr, saved))
    print("restored bytes", pt.peek(c.tid, addr, #code) == saved)
  end
end)
LUA
run patch 20 -s "$TMP/patch.lua" "$R" patch
check_eq "pt.poke into code: the program exits 0" 0 "$rc"
check_grep "pt.poke into code: the page is read-only" "$TMP/patch.out" \
	'^perms	r-x'
check_grep "pt.poke into code: all bytes written" "$TMP/patch.out" \
	'^poke	6$'
check_grep "pt.poke into code: reads back" "$TMP/patch.out" \
	'^reads back	true$'
check_grep "pt.poke into code: the program runs the new code" \
	"$TMP/patch.out" '^patched 42$'
check_grep "pt.poke into code: restored" "$TMP/patch.out" \
	'^restored bytes	true$'
check_grep "pt.poke into code: the program runs the old code again" \
	"$TMP/patch.out" '^restored 1$'

# --- tampering in the wrong phase -------------------------------------------
phase() {
	run "$1" 20 -E "$START
$2" "$R" patch
	check_eq "$1: status 1" 1 "$rc"
	check_grep "$1: the error names the phase" "$TMP/$1.out" "$3"
	tracee_gone "$1"
}
phase "c:skip() at exit" \
	'on_syscall("getppid", function(c) c:skip(0) end)' \
	'(-E):2: c:skip() at syscall exit: only at entry (on_enter)'
phase "c:set_arg() at exit" \
	'on_syscall("getppid", function(c) c:set_arg(1, 0) end)' \
	'(-E):2: c:set_arg() at syscall exit: only at entry (on_enter)'
phase "c:set_ret() at entry" \
	'on_enter("getppid", function(c) c:set_ret(0) end)' \
	'(-E):2: c:set_ret() at syscall entry: only at exit (on_syscall)'
phase "an entry's call object kept for the exit" \
	'local keep
on_enter("getppid", function(c) keep = c end)
on_syscall("getppid", function(c) keep:fail("EPERM") end)' \
	'(-E):4: c:fail(): this call object is from the syscall entry, the call is now at its exit'
phase "a call object after its hook" \
	'local keep
on_enter("getppid", function(c) keep = c end, { once = true })
on_syscall("write", function(c) keep:skip() end)' \
	'(-E):4: skip: call object used after its hook returned'
run failexit 20 -E 'on_syscall("getppid", function(c)
  print("fail at exit", c:fail("EPERM").ret)
end, { once = true })' "$R" patch
check_eq "c:fail() at exit replaces the result (documented)" \
	"0 fail at exit	-1" "$rc $(grep '^fail at exit' "$TMP/failexit.out")"
