#!/bin/sh
# Lua scripting end to end: the example scripts, -E one-liners, -a, the
# low-level pt API, tampering, and script errors, on real programs.
#
# Runs "$MYTRACE -s/-E/-a" once main wires them; until then the same
# command line through the test-only driver of tests/unit/test_lua_script.
. "$TOP/tests/integration/lib.sh"

export MYTRACE_LUA_PATH="$TOP/lua"
S="$TOP/scripts"
CALLS="$TRACEES/lua_calls"

if [ "$("$MYTRACE" -E 'io.write("lua-ok")' true 2>/dev/null)" = "lua-ok" ]
then
	mt() { "$MYTRACE" "$@"; }
else
	drv="$TRACEES/../unit/test_lua_script"
	mt() { "$drv" --mytrace "$@"; }
fi

# --- count_opens -------------------------------------------------------
mt -s "$S/count_opens.lua" cat /etc/passwd /etc/hostname /etc/passwd \
	> "$TMP/co.out" 2> "$TMP/co.err"
check_eq "count_opens: exit status of cat" 0 $?
check_grep "count_opens: title" "$TMP/co.out" '^opens by path$'
check_grep "count_opens: /etc/passwd opened twice" "$TMP/co.out" \
	'^/etc/passwd  *2$'
check_grep "count_opens: /etc/hostname once" "$TMP/co.out" \
	'^/etc/hostname  *1$'
mt -s "$S/count_opens.lua" cat /nonexistent-file > "$TMP/co2.out" 2>&1
check_eq "count_opens: cat's failure status" 1 $?
check_grep "count_opens: failed open counted" "$TMP/co2.out" \
	'^/nonexistent-file (ENOENT)  *1$'

# --- inject_enoent -----------------------------------------------------
mt -s "$S/inject_enoent.lua" -a path=/etc/hostname cat /etc/hostname \
	> "$TMP/ie.out" 2>&1
check_eq "inject_enoent: cat fails" 1 $?
check_grep "inject_enoent: cat sees ENOENT" "$TMP/ie.out" \
	'cat: /etc/hostname: No such file or directory'
mt -s "$S/inject_enoent.lua" -a path=/etc/hostname -a errno=EACCES \
	"$CALLS" /etc/hostname /etc/passwd > "$TMP/ie2.out" 2>&1
check_grep "inject_enoent: errno=EACCES" "$TMP/ie2.out" '^/etc/hostname: EACCES$'
check_grep "inject_enoent: other paths untouched" "$TMP/ie2.out" \
	'^/etc/passwd: ok$'
mt -s "$S/inject_enoent.lua" true > "$TMP/ie3.out" 2>&1
check_eq "inject_enoent: missing -a path is an error" 1 $?
check_grep "inject_enoent: says which argument" "$TMP/ie3.out" \
	'missing argument: -a path='

# --- the other examples --------------------------------------------------
mt -s "$S/top_syscalls.lua" -a top=3 cat /etc/hostname > "$TMP/top.out" 2>&1
check_grep "top_syscalls: header" "$TMP/top.out" '^syscall  *calls  *errors'
check_eq "top_syscalls: three rows" 3 \
	"$(grep -cE '^[a-z_0-9]+ +[0-9]+ +[0-9]+ +[0-9.]+$' "$TMP/top.out")"
mt -s "$S/slow_syscalls.lua" -a ms=20 sleep 0.05 > "$TMP/slow.out" 2>&1
check_grep "slow_syscalls: the sleep is slow" "$TMP/slow.out" \
	'ms  \[[0-9]*\] .*nanosleep('
check_grep "slow_syscalls: histogram bars" "$TMP/slow.out" \
	'^\[[0-9KM]*, [0-9KM]*) *[0-9][0-9]* |@*  *|$'
mt -s "$S/lowlevel_opens.lua" cat /etc/hostname > "$TMP/ll.out" 2>&1
check_grep "lowlevel_opens: path read with peek_string" "$TMP/ll.out" \
	'^\[[0-9]*\] openat /etc/hostname = 3$'
check_grep "lowlevel_opens: exit status event" "$TMP/ll.out" \
	'^cat exited with 0$'

# --- -E one-liners and hooks ---------------------------------------------
mt -E 'on_syscall("openat", function(c) print(c:path()) end)' \
	cat /etc/hostname > "$TMP/e1.out" 2>&1
check_grep "-E: on_syscall + c:path()" "$TMP/e1.out" '^/etc/hostname$'
mt -E 'on_syscall("getpid", function(c) c:set_ret(4242) end)' "$CALLS" \
	> "$TMP/e2.out" 2>&1
check_eq "c:set_ret changes what getpid returns" "pid 4242" \
	"$(grep '^pid' "$TMP/e2.out")"
check_eq "exit status of the program" 3 \
	"$(mt -E 'x=1' "$CALLS" > /dev/null 2>&1; echo $?)"
touch "$TMP/keep"
mt -E 'on_enter("%file", function(c) if c:path() == "'"$TMP/keep"'" and c.name:find("unlink") then c:skip(0) end end)' \
	rm "$TMP/keep" > "$TMP/e3.out" 2>&1
check_eq "c:skip(0): rm succeeds" 0 $?
check "c:skip(0): the file is still there" test -f "$TMP/keep"
mt -E 'on_enter("openat", function(c) c:set_arg(2, 0) end, {once = true})
on_syscall("openat", function(c) printf("%s %s\n", c.ret, c.err) end,
  {count = 1})' "$CALLS" > "$TMP/e4.out" 2>&1
check_grep "c:set_arg + once: first openat got EFAULT" "$TMP/e4.out" \
	'^-14 EFAULT$'
mt -E 'local n = 0
local h = on_syscall("*", function(c) n = n + 1 end, {when = function(c)
  return c.name == "close" end})
on_end(function() print("hits", h.hits, n == h.hits) end)' \
	cat /etc/hostname > "$TMP/e5.out" 2>&1
check_grep "when: predicate filters, hits counted" "$TMP/e5.out" \
	'^hits	[1-9][0-9]*	true$'
mt -E 'on_exec(function(e) print("exec", e.path, e.argv[1]) end)
on_fork(function(e) print("fork", e.child > 0) end)
on_exit(function(e) print("exit", e.pid, e.code) end)
on_start(function(pid) print("start", pid > 0) end)' -f \
	sh -c "$CALLS; true" > "$TMP/e6.out" 2>&1
check_grep "on_start" "$TMP/e6.out" '^start	true$'
check_grep "on_exec: path and argv" "$TMP/e6.out" "^exec	$CALLS	$CALLS\$"
check_grep "on_fork" "$TMP/e6.out" '^fork	true$'
check_grep "on_exit: exit code" "$TMP/e6.out" '^exit	[0-9]*	3$'
mt -E 'on_signal("SIGUSR1", function(e) print("sig", e.signame) end)' \
	sh -c 'kill -USR1 $$' > "$TMP/e7.out" 2>&1
check_eq "on_signal: status 128+SIGUSR1" 138 $?
check_grep "on_signal: signal name" "$TMP/e7.out" '^sig	SIGUSR1$'
mt -E 'on_syscall("write", function(c) if c.args[1] == 1 then
  io.stderr:write("data=", c:data(), "|fd=", c:fdpath(1) or "?", "\n") end
  end)' echo hello > /dev/null 2> "$TMP/e8.out"
check_grep "c:data() of a write" "$TMP/e8.out" '^data=hello$'
mt -E 'local a = agg.count() on_syscall("close", function(c) a:add(c.name) end)' \
	cat /etc/hostname > "$TMP/e9.out" 2>&1
check_grep "agg printed at exit" "$TMP/e9.out" '^close  *[0-9][0-9]*$'
mt -E 'on_syscall("openat", function(c) print(json.encode({n=c.name, r=c.ret})) end, {once=true})' \
	true > "$TMP/e10.out" 2>&1
check_grep "json.encode in a hook" "$TMP/e10.out" '^{"n":"openat","r":3}$'

mt -E 'local n = 0
every(0.05, function() n = n + 1 end)
after(0.1, function() print("after") end)
on_end(function() print("ticks", n >= 3) end)' sleep 0.3 > "$TMP/e11.out" 2>&1
check_grep "after(): fires once" "$TMP/e11.out" '^after$'
check_grep "every(): fires while the program runs" "$TMP/e11.out" \
	'^ticks	true$'
mt -E 'set("print", "json")' true > /dev/null 2> "$TMP/e12.out"
check_grep "set(print, json): one object per call" "$TMP/e12.out" \
	'^{"pid":[0-9]*,"tid":[0-9]*,"ts":"[0-9]*","syscall":"execve","args":\[.*\],"ret":0,"err":null,"dur_ns":[0-9]*}$'
mt -E 'on_syscall("close", function(c) local d = c:decoded()
  print(d.name, #d.args, d.ret) end, {once = true})' true > "$TMP/e13.out" 2>&1
check_grep "c:decoded(): name, args, ret" "$TMP/e13.out" '^close	1	0$'

# --- pt error conventions -------------------------------------------------
mt -E 'local pid = pt.spawn({"true"})
local ev = pt.next_syscall()
print(pt.peek(ev.tid, 0, 8))
print(pt.peek_string(ev.tid, 8))
print(pt.regs(ev.tid).rip ~= 0)
print(pcall(pt.regs, 999999999))
print(pt.spawn({"/nonexistent/prog"}))
while pt.next_syscall() do end
print(pcall(pt.regs, pid))' > "$TMP/pt.out" 2>&1
check_grep "pt.peek bad address: nil, EFAULT" "$TMP/pt.out" \
	'^nil	EFAULT: .*	EFAULT$'
check_grep "pt.peek_string bad address: nil, EFAULT" "$TMP/pt.out" \
	'^nil	EFAULT: .*	EFAULT$'
check_grep "pt.regs of the held thread" "$TMP/pt.out" '^true$'
check_grep "pt.regs of a dead tid raises" "$TMP/pt.out" \
	'^false	.*is not a traced thread$'
check_grep "pt.spawn of a missing program: nil, ENOENT" "$TMP/pt.out" \
	'^nil	ENOENT: cannot run .*	ENOENT$'

# --- script errors ---------------------------------------------------------
cat > "$TMP/boom.lua" <<'EOF'
on_start(function(pid) io.stderr:write("tracee ", pid, "\n") end)
on_enter("nanosleep,clock_nanosleep", function(c)
  local t = nil
  return t.field
end)
EOF
# timeout's 124 would mean the error left mytrace (or sleep) hanging.
( mt -s "$TMP/boom.lua" sleep 30 ) > "$TMP/boom.out" 2>&1 &
bpid=$!
( sleep 10; kill $bpid 2>/dev/null ) > /dev/null 2>&1 &
kpid=$!
wait $bpid
check_eq "runtime error: ends at once with status 1" 1 $?
kill $kpid 2>/dev/null
check_grep "runtime error: file:line" "$TMP/boom.out" 'boom.lua:4: attempt to index'
check_grep "runtime error: traceback" "$TMP/boom.out" '^stack traceback:'
tpid=$(sed -n 's/^tracee //p' "$TMP/boom.out")
case "$(proc_state "$tpid")" in
"" | Z) ok "runtime error: the tracee is killed, not left stopped" ;;
*) not_ok "runtime error: the tracee is killed, not left stopped" \
	"pid '$tpid' state $(proc_state "$tpid")" ;;
esac

printf 'on_syscall("read", function(c)\n  this is not lua\nend)\n' \
	> "$TMP/syntax.lua"
mt -s "$TMP/syntax.lua" sh -c "touch $TMP/started" > "$TMP/syn.out" 2>&1
check_eq "syntax error: exit status 1" 1 $?
check_grep "syntax error: file:line" "$TMP/syn.out" 'syntax.lua:2:'
check "syntax error: the program never started" test ! -e "$TMP/started"
mt -s "$TMP/nope.lua" true > "$TMP/nf.out" 2>&1
check_eq "missing script: exit status 1" 1 $?
check_grep "missing script: named" "$TMP/nf.out" "cannot read script .*nope.lua"
mt -E 'on_end(function() error("in on_end") end)' "$CALLS" > "$TMP/oe.out" 2>&1
check_eq "error in on_end: exit status 1" 1 $?
check_grep "error in on_end: message" "$TMP/oe.out" '(-E):1: in on_end'
check_grep "error in on_end: the program ran to its end" "$TMP/oe.out" '^pid '
