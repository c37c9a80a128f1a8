-- mytrace.shell_cmds: the commands that move the program: run, start,
-- attach, detach, kill, continue, syscall, finish, stepi, signal,
-- thread, quit.

local pt = require("mytrace.core")
local lib = require("mytrace")
local call = require("mytrace.call")
local sh = require("mytrace.shell")
local state = require("mytrace.shell_state")
local stop = require("mytrace.shell_stop")
local run = require("mytrace.shell_run")

local S = state.S
local thread_no = state.thread_no
local cmd = sh.command

local function confirm_restart()
  if not run.alive() then return true end
  if sh.tty and not sh.repl.ask(
      "The program being debugged has been started already.\n" ..
      "Start it from the beginning? (y or n) ") then
    return false
  end
  run.end_session(false)
  return true
end

local function run_cmd(arg, name)
  local args = sh.words(arg)
  if #args > 0 then
    local prog = S.argv and S.argv[1]
    if not prog then
      prog = table.remove(args, 1)
    end
    S.argv = { prog }
    for _, a in ipairs(args) do S.argv[#S.argv + 1] = a end
  end
  if not S.argv then
    sh.fail("No executable specified: run PROG [ARGS] (or mytrace -i PROG)")
  end
  if not confirm_restart() then return end
  run.spawn(S.argv, name == "start" and "start" or nil)
end

cmd("run", [[Start the program: run [ARGS]
With ARGS, they replace the arguments given before.  Without a program
(mytrace alone), the first word is the program: run /bin/ls -l]],
  run_cmd, { aliases = { "r" }, norepeat = true, complete = "files" })

cmd("start", [[Start the program and stop at its first instruction
(after its execve returns).  start [ARGS] as for run.]], run_cmd,
  { norepeat = true, complete = "files" })

cmd("attach", [[Attach to a running process: attach PID
Every thread is stopped; continue lets it run.  detach or quit leaves it
running as before.]], function(arg)
  local pid = math.tointeger(tonumber(arg))
  if not pid then sh.fail("Argument required (process-id to attach).") end
  if run.alive() then sh.fail("Already tracing process %d.", S.pid) end
  run.attach(pid)
end, { norepeat = true })

cmd("detach", [[Detach from the program: it runs on, untraced.]],
  function()
    if not run.alive() then sh.fail("The program is not being run.") end
    local pid = S.pid
    sh.out("Detaching from program: %s, process %d",
      pt.readlink("/proc/" .. pid .. "/exe") or "?", pid)
    run.release()
    pt.detach(pid)
    while pt.wait() do end
    sh.out("[Inferior 1 (process %d) detached]", pid)
    S.pid, S.cur = nil, nil
  end, { norepeat = true })

cmd("kill", [[Kill the program being traced.]], function()
  if not run.alive() then sh.fail("The program is not being run.") end
  if S.spawned then
    run.end_session(true)
  else
    local pid = S.pid
    run.release()
    pt.kill(pid, 9)
    while pt.wait() do end
    sh.out("[Inferior 1 (process %d) killed]", pid)
    S.pid, S.cur = nil, nil
  end
end, { norepeat = true })

cmd("continue", [[Continue the program: continue [N]
With N, ignore the current catchpoint N-1 more times.]], function(arg)
  local n = math.tointeger(tonumber(arg))
  if n and n > 1 and S.cur and S.cur.hook then
    S.cur.hook.ignore_count = n - 1
    sh.out("Will ignore next %d crossings of catchpoint %d.  Continuing.",
      n - 1, S.cur.hook.id)
  else
    run.cur_tid()
    sh.out("Continuing.")
  end
  run.resume(nil)
end, { aliases = { "c", "cont", "fg" } })

cmd("syscall", [[Run to the next syscall stop (entry or exit) of any
thread and show it decoded.]], function()
  run.cur_tid()
  run.resume("syscall")
end, { aliases = { "sys", "n", "next", "s", "step" } })

cmd("finish", [[Run until the current system call returns.]], function()
  local c = run.cur_call()
  if c.state ~= "entry" then
    sh.fail('"finish" needs a stop at a syscall entry (this is its exit).')
  end
  sh.out("Run till exit from %s", run.call_line(c))
  run.resume("finish", c.tid)
end, { aliases = { "fin" } })

-- The syscall the next instruction of @tid would run (a syscall
-- instruction at rip), or the call stopped at its entry: nr, args.
local function pending_syscall(tid)
  local c = S.cur and S.cur.c
  if c and c.state == "entry" and c.tid == tid then
    return c.nr, c.args
  end
  local r = pt.regs(tid)
  if r and pt.peek(tid, r.rip, 2) == "\x0f\x05" then
    return r.rax, { r.rdi, r.rsi, r.rdx, r.r10, r.r8, r.r9 }
  end
end

cmd("stepi", [[Execute one machine instruction: stepi [N]
Only the current thread moves (the others stay stopped).  From a
syscall entry, or at a syscall instruction, the whole call runs (with
no syscall stop) and its result is shown.]], function(arg)
  local tid = run.cur_tid()
  local n = arg:match("^%s*$") and 1 or math.tointeger(tonumber(arg))
  if not n or n < 1 then sh.fail("stepi: a count is expected: stepi [N]") end
  for i = 1, n do
    local nr, args = pending_syscall(tid)
    local ok, err = pt.resume(tid, "step")
    if not ok then sh.fail("stepi: %s", err) end
    run.resume("stepi", tid)
    local cur = S.cur
    if not (cur and cur.why == "stepi" and cur.tid == tid) then
      return        -- something else stopped it (a signal, its end)
    end
    if nr then
      local r = pt.regs(tid)
      local ok2, line = pcall(pt.format, tid, nr, args, r and r.rax)
      cur.ran = ok2 and line and line:gsub("%s+= ", " = ", 1) or
        (pt.sysname(nr) or "syscall")
    end
    if i == n then
      stop.print_stop({ why = "stepi", tid = tid, ran = cur.ran })
    end
  end
end, { aliases = { "si" } })

cmd("signal", [[Continue the program giving it a signal: signal SIG
signal 0 continues without the pending signal.]], function(arg)
  local tid = run.cur_tid()
  local sig = math.tointeger(tonumber(arg)) or pt.signum(arg)
  if not sig then sh.fail("Bad signal: '%s'", arg) end
  local ok, err = pt.set_signal(tid, sig)
  if not ok then sh.fail("signal: %s", err) end
  if sig == 0 then
    sh.out("Continuing with no signal.")
  else
    sh.out("Continuing with signal %s.", pt.signame(sig))
  end
  run.resume(nil)
end, { norepeat = true })


cmd("thread", [[Select the thread the commands look at: thread N
N is the number shown by info threads (or a tid).]], function(arg)
  local n = math.tointeger(tonumber(arg))
  if not n then
    local tid = run.cur_tid()
    sh.out("[Current thread is %d (Thread %d)]", thread_no(tid), tid)
    return
  end
  run.cur_tid()
  for _, tid in ipairs(pt.tracees()) do
    if thread_no(tid) == n or tid == n then
      if not pt.stopped(tid) then sh.fail("Thread %d is running.", n) end
      if S.cur.c then S.cur.c._st.live = false end
      S.cur = { tid = tid, why = "thread" }
      local st = lib.threads[tid]
      if st then
        S.cur.c = call.new(st, "entry")
        st.live = true
      end
      sh.out("[Switching to thread %d (Thread %d)]", thread_no(tid), tid)
      return
    end
  end
  sh.fail("Invalid thread ID: %s", arg)
end)

cmd("quit", [[Leave mytrace.  A spawned program is killed (after asking,
on a terminal), an attached one detached.]], function()
  if run.alive() and sh.tty then
    local what = S.spawned and "killed" or "detached"
    if not sh.repl.ask(string.format(
        "A debugging session is active.\n\n\tInferior 1 [process %d] " ..
        "will be %s.\n\nQuit anyway? (y or n) ", S.pid, what)) then
      sh.out("Not confirmed.")
      return
    end
  end
  run.end_session(false)
  return "quit"
end, { aliases = { "q", "exit" }, norepeat = true })

return {}
