-- mytrace.shell_state: what the shell knows of its tracees (the program
-- given to run, the current stop, GDB-style thread numbers), shared by
-- the shell_* modules, and the checks commands make before acting.

local pt = require("mytrace.core")
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

return M
