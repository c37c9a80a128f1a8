-- mytrace.shell_run: the shell's tracees.  Starting and attaching, the
-- run loop (pull events, run the hooks, stop when a catchpoint, c:stop(),
-- a signal or Ctrl-C says so), stopping every thread for the prompt
-- (all-stop, as GDB), and the commands that move the program: run,
-- start, attach, detach, kill, continue, syscall, finish, signal,
-- handle, thread, info threads, quit.

local pt = require("mytrace.core")
local lib = require("mytrace")
local call = require("mytrace.call")
local hooks = require("mytrace.hooks")
local sh = require("mytrace.shell")

local M = {}

-- The inferior: the program given to run, and what runs now.
local S = {
  argv = nil,       -- PROG ARGS for run
  pid = nil,        -- the process we spawned or attached
  spawned = false,
  cur = nil,        -- the stop: { tid, ev, c, st, why }
  stop = nil,       -- stop requested while running: { why, hook, c, msg }
  mode = nil,       -- "syscall" | "finish" | "start"
  finish_tid = nil,
  thread_no = {},   -- tid -> GDB-style thread number
  execs = 0,        -- execs seen (the spawn's own is -1 -> 0)
  next_thread = 1,
}
M.S = S

M.reg_order = { "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp",
  "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip", "eflags",
  "cs", "ss", "ds", "es", "fs", "gs", "fs_base", "gs_base", "orig_rax" }

-- --- signals: handle SIG [no]stop [no]print [no]pass ------------------------

local quiet_sigs = { SIGALRM = true, SIGURG = true, SIGCHLD = true,
  SIGWINCH = true, SIGPROF = true, SIGIO = true, SIGVTALRM = true,
  SIGPOLL = true }
local handle = {}   -- signo -> { stop, print, pass }

function M.handling(sig)
  local h = handle[sig]
  if h then return h end
  local name = pt.signame(sig) or ""
  if name == "SIGINT" or name == "SIGTRAP" then
    -- GDB's defaults.  On a terminal, the program the shell spawns has
    -- it while it runs (src/repl.c): Ctrl-C is its SIGINT, which stops
    -- it here and is not delivered, like a SIGINT the program raises
    -- (signal SIGINT or handle SIGINT pass delivers them).
    h = { stop = true, print = true, pass = false }
  elseif quiet_sigs[name] then
    h = { stop = false, print = false, pass = true }
  else
    h = { stop = true, print = true, pass = true }
  end
  handle[sig] = h
  return h
end

local sigdesc = {
  SIGHUP = "Hangup", SIGINT = "Interrupt", SIGQUIT = "Quit",
  SIGILL = "Illegal instruction", SIGTRAP = "Trace/breakpoint trap",
  SIGABRT = "Aborted", SIGBUS = "Bus error",
  SIGFPE = "Arithmetic exception", SIGKILL = "Killed",
  SIGUSR1 = "User defined signal 1", SIGSEGV = "Segmentation fault",
  SIGUSR2 = "User defined signal 2", SIGPIPE = "Broken pipe",
  SIGALRM = "Alarm clock", SIGTERM = "Terminated", SIGCHLD = "Child status",
  SIGCONT = "Continued", SIGSTOP = "Stopped (signal)",
  SIGTSTP = "Stopped (user)", SIGTTIN = "Stopped (tty input)",
  SIGTTOU = "Stopped (tty output)", SIGWINCH = "Window size changed",
}
function M.sigdesc(name) return sigdesc[name] or name end

-- --- helpers ----------------------------------------------------------------

local function thread_no(tid)
  local n = S.thread_no[tid]
  if not n then
    n = S.next_thread
    S.thread_no[tid] = n
    S.next_thread = n + 1
  end
  return n
end
M.thread_no = thread_no

function M.alive()
  return S.pid ~= nil and #pt.tracees() > 0
end

-- The stopped thread the commands look at; fails without one.
function M.cur_tid()
  if not M.alive() then sh.fail("The program is not being run.") end
  if not S.cur then sh.fail("The program is running.") end
  return S.cur.tid
end

-- The call object of the current stop (at a syscall stop only).
function M.cur_call()
  M.cur_tid()
  if not S.cur.c then sh.fail("Not stopped at a system call.") end
  return S.cur.c
end

-- The entry line of a call, closed: 'openat(AT_FDCWD, "/x", O_RDONLY)'.
local function entry_line(c)
  local s = c:format()
  if s:sub(-2) == ", " then return s .. "...)" end
  return s .. ")"
end

-- "openat(...) = 3" or "openat(...)": the call as it stands.
function M.call_line(c)
  local ok, s = pcall(function()
    if c.state == "exit" then
      return (c:format():gsub("%s+= ", " = ", 1))
    end
    return entry_line(c)
  end)
  if ok then return s end
  return c.name .. "(...)"
end

local function pid_suffix(tid)
  return string.format(" [pid %d]", tid)
end

-- Where a thread is, in words: for a stop without a call object.
local function where(tid)
  local r = pt.regs(tid)
  if not r then return "" end
  local nr = r.orig_rax
  if nr and nr >= 0 and nr < 0x7fffffff then
    local ret = r.rax
    if ret >= -516 and ret <= -512 then
      return string.format(" in %s (interrupted, to be restarted)",
        pt.sysname(nr) or ("syscall " .. nr))
    end
  end
  return string.format(" at 0x%x", r.rip)
end

-- --- printing a stop --------------------------------------------------------

-- "  Thread 1 (prog 123) at nanosleep(...)" for each thread of a stop.
local function print_threads(s)
  for _, tid in ipairs(s.tids) do
    local line
    local c = s.calls and s.calls[tid]
    if c then
      -- Its thread is held: the call may be decoded now.
      local was = c._st.live
      c._st.live = true
      line = " at " .. M.call_line(c)
      c._st.live = was
    else
      line = where(tid)
    end
    sh.out("  Thread %d (%s %d)%s", thread_no(tid),
      call.comm(tid) or "?", tid, line)
  end
end

local function print_stop(s)
  local why = s.why
  local c = s.c
  if why == "catch" then
    if c then
      sh.out("\n%s %d (%s syscall %s), %s%s",
        s.hook.temp and "Temporary catchpoint" or "Catchpoint", s.hook.id,
        c.state == "entry" and "call to" or "returned from", c.name,
        M.call_line(c), pid_suffix(c.tid))
    else
      sh.out("\nCatchpoint %d (%s)%s", s.hook.id, s.msg or "",
        pid_suffix(s.tid))
    end
  elseif why == "hook" then
    sh.out("\nStopped by hook %d%s, %s%s", s.hook and s.hook.id or 0,
      s.msg and (" (" .. tostring(s.msg) .. ")") or "",
      c and M.call_line(c) or "", pid_suffix(s.tid))
  elseif why == "step" then
    sh.out("%s %s%s", c.state == "entry" and "Call to" or "Return from",
      M.call_line(c), pid_suffix(c.tid))
  elseif why == "start" then
    sh.out("Stopped at the start of the program%s", pid_suffix(s.tid))
  elseif why == "signal" then
    local name = pt.signame(s.sig) or tostring(s.sig)
    sh.out("\nProgram received signal %s, %s.%s", name, M.sigdesc(name),
      pid_suffix(s.tid))
    -- Ctrl-C: where every thread is, as for an interrupt.
    if name == "SIGINT" and s.tids then print_threads(s) end
  elseif why == "interrupt" then
    sh.out("\nProgram stopped (interrupted).")
    print_threads(s)
  elseif why == "stepi" then
    local r = pt.regs(s.tid)
    sh.out("Stepped to 0x%016x%s%s", r and r.rip or 0,
      s.ran and (", after " .. s.ran) or "", pid_suffix(s.tid))
  elseif why == "attached" then
    sh.out("Attached; %d thread%s stopped%s.", #s.tids,
      #s.tids == 1 and "" or "s", where(s.tid))
  end
end

-- --- the run loop ------------------------------------------------------------

-- Ask for a stop (from a catchpoint, c:stop(), ...); the first one wins.
function M.request_stop(s)
  if S.stop then
    S.more = S.more or {}
    S.more[#S.more + 1] = s
    return
  end
  S.stop = s
end

call.stop_handler = function(c, msg)
  M.request_stop({ why = "hook", c = c, msg = msg, tid = c.tid,
    hook = hooks.current })
end

local function process_gone(ev)
  local code = ev.kind == "exited" and ev.status or 128 + (ev.sig or 0)
  if ev.tid ~= ev.pid then return end
  if ev.pid == S.pid then
    if ev.kind == "exited" then
      if ev.status == 0 then
        sh.out("[Inferior 1 (process %d) exited normally]", ev.pid)
      else
        sh.out("[Inferior 1 (process %d) exited with code %02o]", ev.pid,
          ev.status)
      end
    else
      local name = pt.signame(ev.sig) or tostring(ev.sig)
      sh.out("\nProgram terminated with signal %s, %s.", name,
        M.sigdesc(name))
      sh.out("The program no longer exists.")
    end
    M.exit_code = code
  else
    sh.out("[process %d %s]", ev.pid, ev.kind == "exited" and
      ("exited with code " .. ev.status) or "killed")
  end
end

-- One event: run the hooks (lib.dispatch), then see whether it stops us.
local function handle_event(ev)
  local kind = ev.kind
  if kind == "signal" then
    local h = M.handling(ev.sig)
    if not h.pass then pt.set_signal(ev.tid, 0) end
    if h.stop then
      M.request_stop({ why = "signal", sig = ev.sig, tid = ev.tid })
    elseif h.print then
      local name = pt.signame(ev.sig) or tostring(ev.sig)
      sh.out("\nProgram received signal %s, %s.", name, M.sigdesc(name))
    end
  end
  S.last_ev = ev
  lib.dispatch(ev)
  if kind == "exec" and ev.pid == S.pid then S.execs = S.execs + 1 end
  if kind == "step" then
    -- A call it was in (stepped from its entry) has returned.
    lib.threads[ev.tid] = nil
    if S.mode == "stepi" and ev.tid == S.step_tid then
      M.request_stop({ why = "stepi", tid = ev.tid })
    end
  elseif kind == "entry" or kind == "exit" then
    local st = lib.last_st
    if S.mode == "syscall" or S.mode == "start" and kind == "exit"
        or S.mode == "finish" and kind == "exit" and
        ev.tid == S.finish_tid then
      if S.mode ~= "start" or st.name == "execve" then
        M.request_stop({ why = S.mode == "start" and "start" or "step",
          c = call.new(st, kind == "entry" and "entry" or "exit"),
          tid = ev.tid })
      end
    end
  elseif kind == "exited" or kind == "killed" then
    process_gone(ev)
  elseif kind == "exec" and ev.pid == S.pid and S.execs > 0 then
    sh.out("process %d is executing new program: %s", ev.pid,
      pt.readlink("/proc/" .. ev.pid .. "/exe") or "?")
  end
end

-- Stop every other running thread and keep all of them stopped
-- (pt.hold) for the prompt.  @first: the thread of the event that
-- stopped us (nil for Ctrl-C).  Returns the tids and their calls.
local function stop_all(first)
  local pending, n = {}, 0
  local tids, calls = {}, {}
  -- The thread of the stop may be gone (catch exit).
  local ok, first_stopped = pcall(pt.stopped, first or 0)
  if first and ok and first_stopped then
    pt.hold(first)
    tids[#tids + 1] = first
  end
  for _, tid in ipairs(pt.tracees()) do
    if tid ~= first and pt.stopped(tid) then
      -- The thread of the last event (Ctrl-C came just after it).
      pt.hold(tid)
      tids[#tids + 1] = tid
      local ev, st = S.last_ev, lib.last_st
      if ev and ev.tid == tid and st and st.tid == tid and
          (ev.kind == "entry" or ev.kind == "exit") then
        calls[tid] = call.new(st, ev.kind)
      end
    elseif tid ~= first then
      local k = pt.interrupt(tid)
      if k and k > 0 then
        pending[tid] = true
        n = n + 1
      end
    end
  end
  while n > 0 do
    local ev, msg, code = pt.wait()
    if not ev then
      if code == "EINTR" then
        sh.repl.handled()
      else
        break
      end
    else
      S.stop_saved, S.stop = S.stop, nil
      handle_event(ev)
      -- A stop found while stopping the others is told afterwards.
      if S.stop then
        S.more = S.more or {}
        S.more[#S.more + 1] = S.stop
      end
      S.stop = S.stop_saved
      if pending[ev.tid] then
        pending[ev.tid] = nil
        n = n - 1
      end
      if ev.kind ~= "exited" and ev.kind ~= "killed" and
          ev.kind ~= "detached" and pt.stopped(ev.tid) then
        pt.hold(ev.tid)
        tids[#tids + 1] = ev.tid
        if ev.kind == "entry" or ev.kind == "exit" then
          calls[ev.tid] = call.new(lib.last_st, ev.kind)
        end
      end
    end
  end
  return tids, calls
end

-- The prompt is back: the stop's call object stays usable until resume.
local function at_stop(s)
  S.cur = { tid = s.cur_tid or s.tid, c = s.c, why = s.why, hook = s.hook }
  if s.c then s.c._st.live = true end
  thread_no(S.cur.tid)
  if s.why ~= "stepi" then print_stop(s) end   -- stepi prints its own
  for _, more in ipairs(S.more or {}) do
    if more.tid and more.why ~= "interrupt" then print_stop(more) end
  end
  S.more = nil
end

-- Let go of the current stop: the call object dies, threads resume.
local function release(only_tid)
  if S.cur and S.cur.c then S.cur.c._st.live = false end
  S.cur = nil
  pt.release(only_tid)
end

-- After a catchpoint stop, its `commands` run; a resuming command
-- there sets S.resume instead of recursing.
local function run_commands(s)
  local h = s.hook
  if not (h and h.commands) then return end
  S.in_commands = true
  for _, line in ipairs(h.commands) do
    if line ~= "silent" then sh.run_line(line) end
    if S.resume then break end
  end
  S.in_commands = false
end

-- Run until something stops us or no tracee is left.
-- The process group that gets the terminal while the program runs.
local function run_pgrp()
  return S.spawned and S.pid or nil
end

local function run_loop()
  io.stdout:flush()
  sh.repl.running(true, run_pgrp())
  while true do
    local ev, msg, code = pt.wait()
    if ev then
      handle_event(ev)
      if S.stop then
        local s = S.stop
        S.stop = nil
        sh.repl.running(false)
        local tids, calls = stop_all(s.tid)
        if s.why == "signal" then s.tids, s.calls = tids, calls end
        -- Its thread is gone (catch exit): look at a live one.
        if #tids > 0 and tids[1] ~= s.tid then s.cur_tid = tids[1] end
        if #tids == 0 then
          -- Everything ended meanwhile.
          if not M.alive() then break end
        end
        at_stop(s)
        S.mode = nil
        run_commands(s)
        if not S.resume then return end
        local r = S.resume
        S.resume = nil
        release()
        S.mode = r.mode
        S.finish_tid = r.finish_tid
        sh.repl.running(true, run_pgrp())
      end
    elseif code == "EINTR" and (sh.repl.interrupted() or
        pt.interrupted()) then
      sh.repl.handled()
      pt.clear_interrupt()
      sh.repl.running(false)
      local tids, calls = stop_all(nil)
      if #tids > 0 then
        at_stop({ why = "interrupt", tid = tids[1], tids = tids,
          calls = calls, c = calls[tids[1]] })
        S.mode = nil
        return
      end
      if not M.alive() then break end
    elseif msg then
      sh.repl.running(false)
      error(msg, 0)
    else
      break
    end
  end
  sh.repl.running(false)
  S.mode = nil
  S.cur = nil
  S.pid = nil
end

-- Resume from the prompt with @mode (nil: continue).  stepi resumes
-- only the thread it steps; the others stay stopped.
function M.resume(mode, finish_tid)
  if not M.alive() then sh.fail("The program is not being run.") end
  if S.in_commands then
    S.resume = { mode = mode, finish_tid = finish_tid }
    return
  end
  release(mode == "stepi" and finish_tid or nil)
  S.mode = mode
  S.finish_tid = finish_tid
  S.step_tid = mode == "stepi" and finish_tid or nil
  run_loop()
end

-- After an error in a command: tracees must not be left running while
-- the prompt shows (stop them), nor the stop flags half set.
function M.settle()
  sh.repl.running(false)
  S.in_commands = false
  S.resume = nil
  S.stop = nil
  if not M.alive() or S.cur then return end
  local tids, calls = stop_all(nil)
  if #tids > 0 then
    at_stop({ why = "interrupt", tid = tids[1], tids = tids,
      calls = calls, c = calls[tids[1]] })
  end
end

-- --- starting ---------------------------------------------------------------

local function spawn(argv, mode)
  local pid, msg = pt.spawn(argv)
  if not pid then sh.fail("%s", msg) end
  S.pid, S.spawned = pid, true
  S.thread_no, S.next_thread, S.execs = {}, 1, -1
  thread_no(pid)
  lib.set_main_pid(pid)
  sh.out("Starting program: %s", table.concat(argv, " "))
  io.stdout:flush()
  S.mode = mode
  run_loop()
end

local function attach(pid)
  local tids, msg = pt.attach(pid)
  if not tids then sh.fail("Cannot attach to process %d: %s", pid, msg) end
  S.pid, S.spawned = pid, false
  S.thread_no, S.next_thread = {}, 1
  sh.out("Attaching to process %d", pid)
  -- One "attached" event per thread: hold each for the prompt.
  local want, got, first = #tids, 0, nil
  while got < want do
    local ev = pt.wait()
    if not ev then break end
    if ev.kind == "attached" then
      got = got + 1
      first = first or ev.tid
      thread_no(ev.tid)
      pt.hold(ev.tid)
    else
      handle_event(ev)
      if pt.stopped(ev.tid) then pt.hold(ev.tid) end
    end
  end
  S.cur = { tid = first or pid, why = "attached" }
  print_stop({ why = "attached", tids = tids, tid = first or pid })
end

local function end_session(verbose)
  if not S.pid then return end
  if M.alive() then
    if S.spawned then
      release()
      pt.kill(S.pid, 9)
      while pt.wait() do end
      if verbose then sh.out("[Inferior 1 (process %d) killed]", S.pid) end
    else
      release()
      local pid = S.pid
      pt.detach(pid)
      while pt.wait() do end
      if verbose then
        sh.out("[Inferior 1 (process %d) detached]", pid)
      end
    end
  end
  S.pid, S.cur = nil, nil
end
M.end_session = end_session

-- The program of `mytrace -i PROG ARGS` / `-p PID`.
function M.start(t)
  lib.settings.print = "none"
  S.argv = t.argv
  if t.pids and #t.pids > 0 then
    local ok, e = pcall(attach, t.pids[1])
    if not ok then
      sh.err("%s", tostring(e))
      return false
    end
  end
  return true
end

-- Before quitting: kill what we spawned, detach what we attached.
function M.settle_all()
  end_session(false)
end

-- --- commands ---------------------------------------------------------------

local cmd = sh.command

local function split(s)
  local t = {}
  for w in s:gmatch("%S+") do t[#t + 1] = w end
  return t
end

local function confirm_restart()
  if not M.alive() then return true end
  if sh.tty and not sh.repl.ask(
      "The program being debugged has been started already.\n" ..
      "Start it from the beginning? (y or n) ") then
    return false
  end
  end_session(false)
  return true
end

local function run_cmd(arg, name)
  local args = split(arg)
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
  spawn(S.argv, name == "start" and "start" or nil)
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
  if M.alive() then sh.fail("Already tracing process %d.", S.pid) end
  attach(pid)
end, { norepeat = true })

cmd("detach", [[Detach from the program: it runs on, untraced.]],
  function()
    if not M.alive() then sh.fail("The program is not being run.") end
    local pid = S.pid
    sh.out("Detaching from program: %s, process %d",
      pt.readlink("/proc/" .. pid .. "/exe") or "?", pid)
    release()
    pt.detach(pid)
    while pt.wait() do end
    sh.out("[Inferior 1 (process %d) detached]", pid)
    S.pid, S.cur = nil, nil
  end, { norepeat = true })

cmd("kill", [[Kill the program being traced.]], function()
  if not M.alive() then sh.fail("The program is not being run.") end
  if S.spawned then
    end_session(true)
  else
    local pid = S.pid
    release()
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
    M.cur_tid()
    sh.out("Continuing.")
  end
  M.resume(nil)
end, { aliases = { "c", "cont", "fg" } })

cmd("syscall", [[Run to the next syscall stop (entry or exit) of any
thread and show it decoded.]], function()
  M.cur_tid()
  M.resume("syscall")
end, { aliases = { "sys", "n", "next", "s", "step" } })

cmd("finish", [[Run until the current system call returns.]], function()
  local c = M.cur_call()
  if c.state ~= "entry" then
    sh.fail('"finish" needs a stop at a syscall entry (this is its exit).')
  end
  sh.out("Run till exit from %s", M.call_line(c))
  M.resume("finish", c.tid)
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
  local tid = M.cur_tid()
  local n = arg:match("^%s*$") and 1 or math.tointeger(tonumber(arg))
  if not n or n < 1 then sh.fail("stepi: a count is expected: stepi [N]") end
  for i = 1, n do
    local nr, args = pending_syscall(tid)
    local ok, err = pt.resume(tid, "step")
    if not ok then sh.fail("stepi: %s", err) end
    M.resume("stepi", tid)
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
      print_stop({ why = "stepi", tid = tid, ran = cur.ran })
    end
  end
end, { aliases = { "si" } })

cmd("signal", [[Continue the program giving it a signal: signal SIG
signal 0 continues without the pending signal.]], function(arg)
  local tid = M.cur_tid()
  local sig = math.tointeger(tonumber(arg)) or pt.signum(arg)
  if not sig then sh.fail("Bad signal: '%s'", arg) end
  local ok, err = pt.set_signal(tid, sig)
  if not ok then sh.fail("signal: %s", err) end
  if sig == 0 then
    sh.out("Continuing with no signal.")
  else
    sh.out("Continuing with signal %s.", pt.signame(sig))
  end
  M.resume(nil)
end, { norepeat = true })

cmd("handle", [[What to do when the program gets a signal:
handle SIG [no]stop [no]print [no]pass   (SIG: SIGUSR1, USR1, 10, all)]],
  function(arg)
    local w = split(arg)
    if #w == 0 then sh.fail("Argument required (signal and actions).") end
    local sigs = {}
    if w[1] == "all" then
      for i = 1, 64 do if pt.signame(i) then sigs[#sigs + 1] = i end end
    else
      local s = math.tointeger(tonumber(w[1])) or pt.signum(w[1])
      if not s then sh.fail("Only signals 1-64 are valid as numeric signals.") end
      sigs[1] = s
    end
    for _, s in ipairs(sigs) do
      local h = M.handling(s)
      for i = 2, #w do
        local a = w[i]
        if a == "stop" then h.stop, h.print = true, true
        elseif a == "nostop" then h.stop = false
        elseif a == "print" then h.print = true
        elseif a == "noprint" then h.print, h.stop = false, false
        elseif a == "pass" or a == "noignore" then h.pass = true
        elseif a == "nopass" or a == "ignore" then h.pass = false
        else sh.fail("Unrecognized or ambiguous flag word: \"%s\".", a) end
      end
    end
    sh.out("Signal        Stop\tPrint\tPass to program\tDescription")
    for _, s in ipairs(sigs) do
      local h = M.handling(s)
      local name = pt.signame(s)
      sh.out("%-13s %s\t%s\t%s\t\t%s", name, h.stop and "Yes" or "No",
        h.print and "Yes" or "No", h.pass and "Yes" or "No",
        M.sigdesc(name))
    end
  end)

cmd("thread", [[Select the thread the commands look at: thread N
N is the number shown by info threads (or a tid).]], function(arg)
  local n = math.tointeger(tonumber(arg))
  if not n then
    local tid = M.cur_tid()
    sh.out("[Current thread is %d (Thread %d)]", thread_no(tid), tid)
    return
  end
  M.cur_tid()
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

function M.info_threads()
  local tids = pt.tracees()
  table.sort(tids, function(a, b) return thread_no(a) < thread_no(b) end)
  if #tids == 0 then
    sh.out("No threads.")
    return
  end
  sh.out("  Id   Target Id                  State")
  for _, tid in ipairs(tids) do
    local state
    if not pt.stopped(tid) then
      state = "running"
    elseif lib.threads[tid] then
      state = "in " .. (lib.threads[tid].name or "?")
    else
      state = "stopped" .. where(tid)
    end
    sh.out("%s %-4d Thread %d (%s)%s  %s",
      S.cur and S.cur.tid == tid and "*" or " ", thread_no(tid), tid,
      call.comm(tid) or "?", string.rep(" ", math.max(0, 12 -
      #(call.comm(tid) or "?") - #tostring(tid))), state)
  end
end

cmd("quit", [[Leave mytrace.  A spawned program is killed (after asking,
on a terminal), an attached one detached.]], function()
  if M.alive() and sh.tty then
    local what = S.spawned and "killed" or "detached"
    if not sh.repl.ask(string.format(
        "A debugging session is active.\n\n\tInferior 1 [process %d] " ..
        "will be %s.\n\nQuit anyway? (y or n) ", S.pid, what)) then
      sh.out("Not confirmed.")
      return
    end
  end
  end_session(false)
  return "quit"
end, { aliases = { "q", "exit" }, norepeat = true })

return M
