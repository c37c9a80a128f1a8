-- mytrace.shell_stop: the shell's words for where the program is: a
-- stop ("Catchpoint 1 (call to syscall openat), ..."), the call a thread
-- is in, and info threads.

local pt = require("mytrace.core")
local lib = require("mytrace")
local call = require("mytrace.call")
local sh = require("mytrace.shell")
local state = require("mytrace.shell_state")
local signals = require("mytrace.shell_signals")

local M = {}
local S = state.S
local thread_no = state.thread_no

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

function M.print_stop(s)
  local why = s.why
  local c = s.c
  if why == "catch" then
    if c then
      sh.out("\n%s %d (%s syscall %s), %s%s",
        s.hook.temp and "Temporary catchpoint" or "Catchpoint", s.hook.id,
        c.state == "entry" and "call to" or "returned from", c.name,
        M.call_line(c), pid_suffix(c.tid))
    elseif s.after then
      sh.out("\n%s %d (%s), %s", s.hook.temp and "Temporary catchpoint" or
        "Catchpoint", s.hook.id, s.msg or "", s.after)
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
    sh.out("\nProgram received signal %s, %s.%s", name, signals.sigdesc(name),
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

return M
