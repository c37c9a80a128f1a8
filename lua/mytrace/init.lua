-- mytrace: the high-level scripting library (DESIGN.md section 5.2).
--
-- Scripts see its functions as globals (on_syscall, on_enter, agg,
-- printf, ...).  The event loop lives here: main() starts the program,
-- pulls events with pt.wait() and dispatches them to the hooks.  The C
-- side (src/script.c) runs main() under a traceback handler, so an error
-- in a hook ends tracing with file:line and a traceback.

local pt = require("mytrace.core")
local hooks = require("mytrace.hooks")
local call = require("mytrace.call")
local agg = require("mytrace.agg")
local json = require("mytrace.json")

local M = {}

local settings = { print = "none" }
local meta = {}
local timers = {}
local exit_status = 0
local main_pid = nil
local threads = {}      -- tid -> state of the call in progress

-- set(name, value): "print" is "strace" (the strace lines, as without a
-- script), "json" (one JSON object per completed call) or "none".
local function set(name, value)
  if name ~= "print" then
    error("set: unknown setting '" .. tostring(name) .. "'", 2)
  end
  if value ~= "strace" and value ~= "json" and value ~= "none" then
    error("set: print must be \"strace\", \"json\" or \"none\"", 2)
  end
  settings.print = value
end

local function printf(fmt, ...)
  io.stdout:write(string.format(fmt, ...))
end

-- An error in how the script was called (a missing -a KEY=VAL): shown
-- as one line, without a traceback (the C message handler prints the
-- __tostring of error objects as they are).
local usage_mt = { __tostring = function(e) return e.msg end }
local function usage_error(msg)
  error(setmetatable({ msg = msg }, usage_mt), 0)
end

-- Convert a -a value to the type of its declared default.
local function convert(key, value, spec)
  local ty = spec.type or (spec.default ~= nil and type(spec.default))
  if ty == "number" or ty == "integer" then
    local n = tonumber(value)
    if not n then
      usage_error(string.format("-a %s=%s: a number is expected", key,
        tostring(value)))
    end
    return n
  elseif ty == "boolean" then
    if value == true or value == "1" or value == "true" or value == "yes" then
      return true
    end
    return false
  end
  return value
end

-- script{name=, description=, args={KEY = default | {default=, type=,
-- help=, required=}}}: metadata for -l, and defaults/types for args.
local function script(t)
  if type(t) ~= "table" then
    error("script: a table is expected", 2)
  end
  for k, v in pairs(t) do meta[k] = v end
  local declared = t.args or {}
  for key, spec in pairs(declared) do
    if type(spec) ~= "table" then spec = { default = spec } end
    local v = args[key]
    if v == nil then
      if spec.required then
        usage_error(string.format("missing argument: -a %s=... (%s)", key,
          spec.help or "required"))
      end
      args[key] = spec.default
    else
      args[key] = convert(key, v, spec)
    end
  end
  for key in pairs(args) do
    if declared[key] == nil and next(declared) ~= nil then
      io.stderr:write(string.format(
        "mytrace: warning: script %s takes no argument '%s'\n",
        tostring(t.name or "?"), tostring(key)))
    end
  end
  return meta
end

local function require_api(n)
  if math.type(n) ~= "integer" or n > pt.api then
    error(string.format("this script needs API %s; mytrace has API %d",
      tostring(n), pt.api), 2)
  end
end

-- Timers: every(seconds, fn) and after(seconds, fn), run between events.
local function add_timer(seconds, fn, rep)
  if type(seconds) ~= "number" or seconds <= 0 then
    error("a positive number of seconds is expected", 3)
  end
  if type(fn) ~= "function" then
    error("a function is expected", 3)
  end
  local t = { due = pt.now() + math.floor(seconds * 1e9),
              period = rep and math.floor(seconds * 1e9), fn = fn }
  timers[#timers + 1] = t
  return t
end

local function every(seconds, fn) return add_timer(seconds, fn, true) end
local function after(seconds, fn) return add_timer(seconds, fn, false) end

-- Run the timers that are due; return ms until the next one (or nil).
local function run_timers()
  local now = pt.now()
  local next_due = nil
  local i = 1
  while i <= #timers do
    local t = timers[i]
    if t.due <= now then
      hooks.guarded(t.fn)
      if t.period then
        t.due = now + t.period
      else
        table.remove(timers, i)
        i = i - 1
      end
    end
    if timers[i] == t and (not next_due or t.due < next_due) then
      next_due = t.due
    end
    i = i + 1
  end
  if not next_due then return nil end
  return math.max(1, (next_due - now) // 1000000)
end

local detach_requested = false

local function detach_all()
  detach_requested = true
  pt.detach_all()
end

-- --- dispatch ------------------------------------------------------------

local function show(ev, ret)
  if settings.print == "strace" then
    pt.trace_print(ret)
  end
end

local function on_entry_ev(ev)
  local st = { nr = ev.nr, name = ev.name, args = ev.args, pid = ev.pid,
               tid = ev.tid, ts = ev.ts, mono = ev.mono, live = true,
               phase = "entry" }
  threads[ev.tid] = st
  M.last_st = st
  hooks.fire_call("enter", st, "entry")
  st.live = false
  if not st.quiet then show(ev) end
end

local function on_exit_ev(ev)
  local st = threads[ev.tid]
  threads[ev.tid] = nil
  if not st then
    st = ev   -- its entry was not seen (or not wanted): the exit tells
  end
  M.last_st = st
  local ret0 = ev.ret
  st.ret = ret0
  st.dur_ns = ev.dur or (st.mono and ev.mono - st.mono) or 0
  st.exit_ts = ev.ts
  if st.pending_ret then
    local ok, err = pt.set_ret(ev.tid, st.pending_ret)
    if ok then st.ret = st.pending_ret else st.tamper_error = err end
  end
  st.live = true
  st.phase = "exit"
  hooks.fire_call("exit", st, "exit")
  st.live = false
  if st.quiet then return end
  if settings.print == "json" then
    io.stderr:write(json.encode(call.record(st), call.record_keys), "\n")
  else
    show(ev, st.ret ~= ret0 and st.ret or nil)
  end
end

local function process_event(ev, extra)
  local e = { pid = ev.pid, tid = ev.tid, ts = ev.ts, kind = ev.kind }
  for k, v in pairs(extra or {}) do e[k] = v end
  return e
end

-- Processes whose "exiting" hooks ran (pid -> true).
local exiting_fired = {}

local SYS_exit = pt.sysnr("exit") or 60

-- Is this exit stop (a thread about to exit) the end of its process?
-- The leader's, unless it calls exit(2) with other threads left.
local function process_exiting(ev)
  if ev.tid ~= ev.pid or exiting_fired[ev.pid] then return false end
  local r = pt.regs(ev.tid)
  if not (r and r.orig_rax == SYS_exit) then return true end
  local f = io.open("/proc/" .. ev.pid .. "/status")
  if not f then return true end
  local n = (f:read("a") or ""):match("\nThreads:%s*(%d+)")
  f:close()
  return not n or tonumber(n) <= 1
end

local function fire_exiting(ev, gone)
  local code = ev.sig and 128 + ev.sig or ev.status
  exiting_fired[ev.pid] = not gone or nil
  hooks.fire("exiting", process_event(ev, { status = ev.status,
    sig = ev.sig, signame = ev.signame, core = ev.core, code = code,
    gone = gone }))
end

local function on_other_ev(ev)
  local kind = ev.kind
  if kind == "exiting" then
    if #hooks.lists.exiting > 0 and process_exiting(ev) then
      fire_exiting(ev, false)
    end
  elseif kind == "exec" then
    if ev.old_tid and ev.old_tid ~= ev.tid then
      threads[ev.tid] = threads[ev.old_tid]
      threads[ev.old_tid] = nil
    end
    hooks.fire("exec", call.exec_event(ev))
  elseif kind == "fork" then
    hooks.fire("fork", process_event(ev, { child = ev.child,
      fork_kind = ev.fork_kind }))
  elseif kind == "exited" or kind == "killed" then
    threads[ev.tid] = nil
    local code = kind == "exited" and ev.status or 128 + ev.sig
    if ev.tid == main_pid then exit_status = code end
    if ev.tid == ev.pid then
      if exiting_fired[ev.pid] then
        exiting_fired[ev.pid] = nil
      elseif #hooks.lists.exiting > 0 then
        fire_exiting(ev, true)   -- no exit stop (SIGKILL, option off)
      end
      hooks.fire("exit", process_event(ev, { status = ev.status,
        sig = ev.sig, signame = ev.signame, core = ev.core, code = code }))
    end
  elseif kind == "signal" then
    hooks.fire_signal(call.signal_event(ev))
  end
  show(ev)
end

local function dispatch(ev)
  local kind = ev.kind
  if kind == "entry" then
    on_entry_ev(ev)
  elseif kind == "exit" then
    on_exit_ev(ev)
  else
    on_other_ev(ev)
  end
end

-- --- the loop ------------------------------------------------------------

local function finish()
  hooks.fire("end")
  agg.print_pending()
  io.stdout:flush()
  return exit_status
end

-- Entries that no hook and no printer wants stay in C (pt.want_entries):
-- recomputed when the hooks or the print setting changed.
local entries_version, entries_print = nil, nil

local function want_entries()
  if hooks.version == entries_version and
      settings.print == entries_print then
    return
  end
  entries_version, entries_print = hooks.version, settings.print
  local set = settings.print == "none" and hooks.entry_set() or nil
  pt.want_entries(set or true)
end

local function loop()
  while true do
    want_entries()
    local wait_ms = #timers > 0 and run_timers() or nil
    local ev, msg, code = pt.wait(wait_ms)
    if ev then
      dispatch(ev)
    elseif code == "ETIMEDOUT" then
      -- a timer is due: run_timers() at the top of the loop
    elseif code == "EINTR" and pt.interrupted() then
      pt.detach_all()
      break
    elseif msg then
      error(msg, 0)
    else
      break   -- no tracee left (or detach_all())
    end
  end
  pt.want_entries(true)
end

-- main{argv = {PROG, ...}, pids = {...}} -> exit status.  Called by C
-- once every script source has run.
function M.main(target)
  if pt.started() then
    -- A low-level script drove pt itself; only wrap up.
    return finish()
  end
  if target.argv then
    local pid, msg = pt.spawn(target.argv)
    if not pid then
      io.stderr:write("mytrace: ", msg, "\n")
      return 1
    end
    main_pid = pid
  end
  for _, pid in ipairs(target.pids or {}) do
    local tids, msg = pt.attach(pid)
    if not tids then
      io.stderr:write(string.format("mytrace: attach %d: %s\n", pid, msg))
      pt.detach_all()
      return 1
    end
  end
  if not pt.started() then
    return finish()
  end
  hooks.fire("start", main_pid or (target.pids and target.pids[1]))
  loop()
  return finish()
end

-- For the shell (mytrace.shell): one event through the hooks, and the
-- call state of the last entry/exit event (M.last_st).
M.dispatch = dispatch
M.threads = threads
function M.set_main_pid(pid) main_pid = pid end
function M.exit_status() return exit_status end

-- Install the globals scripts use.
M.set = set
M.printf = printf
M.script = script
M.require_api = require_api
M.every = every
M.after = after
M.detach_all = detach_all
M.agg = agg
M.json = json
M.pt = pt
M.settings = settings
M.meta = meta

local G = _G
G.pt = pt
G.on_syscall = hooks.on_syscall
G.on_enter = hooks.on_enter
G.on_exec = hooks.on_exec
G.on_fork = hooks.on_fork
G.on_exit = hooks.on_exit
G.on_exiting = hooks.on_exiting
G.on_signal = hooks.on_signal
G.on_start = hooks.on_start
G.on_end = hooks.on_end
G.every = every
G.after = after
G.agg = agg
G.json = json
G.printf = printf
G.set = set
G.script = script
G.require_api = require_api
G.detach_all = detach_all
G.args = G.args or {}

return M
