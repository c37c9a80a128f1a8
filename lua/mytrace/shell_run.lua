-- mytrace.shell_run: the shell's tracees.  Starting and attaching, the
-- run loop (pull events, run the hooks, stop when a catchpoint, c:stop(),
-- a signal or Ctrl-C says so) and stopping every thread for the prompt
-- (all-stop, as GDB).  The state is mytrace.shell_state, the words for
-- a stop mytrace.shell_stop, the commands mytrace.shell_cmds and
-- mytrace.shell_signals; this module is their API for the cmd_*.lua.

local pt = require("mytrace.core")
local lib = require("mytrace")
local call = require("mytrace.call")
local hooks = require("mytrace.hooks")
local sh = require("mytrace.shell")
local state = require("mytrace.shell_state")
local signals = require("mytrace.shell_signals")
local stop = require("mytrace.shell_stop")

local M = {}
local S = state.S
local thread_no = state.thread_no
local print_stop = stop.print_stop

M.S, M.reg_order, M.thread_no = S, state.reg_order, thread_no
M.alive, M.cur_tid, M.cur_call = state.alive, state.cur_tid, state.cur_call
M.handling, M.sigdesc = signals.handling, signals.sigdesc
M.call_line, M.info_threads = stop.call_line, stop.info_threads

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
  -- What the shell printed goes out before the program writes again.
  io.stdout:flush()
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
M.spawn, M.attach, M.release = spawn, attach, release
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


return M
