-- mytrace.hooks: hook registration and dispatch.
--
-- A hook is a handle object: h.id, h.hits, h:enable(), h:disable(),
-- h:delete().  Syscall hooks hold the set of syscall numbers they want
-- (from pt.parse_set, the -e trace= grammar) and their options: pid,
-- comm, when (predicate on the call object), once, count.

local pt = require("mytrace.core")
local call = require("mytrace.call")

local M = {}

local lists = { enter = {}, exit = {}, exec = {}, fork = {}, proc_exit = {},
                exiting = {}, signal = {}, start = {}, ["end"] = {} }
local by_id = {}
local next_id = 1
-- Copies of the lists that firing iterates over (a hook may add or
-- delete hooks while they run), made again after a change.
local snapshots = {}

M.by_id = by_id
M.lists = lists
-- Bumped at every change of the lists: the loop recomputes what it asks
-- of the engine (pt.want_entries) only then.
M.version = 0

local function changed(name)
  snapshots[name] = nil
  M.version = M.version + 1
end

local function snapshot(name)
  local s = snapshots[name]
  if not s then
    local l = lists[name]
    s = table.move(l, 1, #l, 1, {})
    snapshots[name] = s
  end
  return s
end

local Hook = {}
Hook.__index = Hook

function Hook:enable()
  if self.deleted then error("hook " .. self.id .. " was deleted", 2) end
  self.enabled = true
  return self
end

function Hook:disable()
  self.enabled = false
  return self
end

function Hook:delete()
  if self.deleted then return end
  self.deleted = true
  self.enabled = false
  by_id[self.id] = nil
  for _, name in ipairs({ self.list, self.also }) do
    local list = lists[name]
    for i = #list, 1, -1 do
      if list[i] == self then table.remove(list, i) end
    end
    changed(name)
  end
end

function Hook:__tostring()
  return string.format("hook %d (%s%s, %d hits%s)", self.id, self.list,
    self.spec and (" " .. self.spec) or "", self.hits,
    self.enabled and "" or ", disabled")
end

-- The spec as a string of the -e trace= grammar.
local function spec_string(spec, level)
  if spec == nil or spec == "*" then return "all" end
  if type(spec) == "table" then
    local parts = {}
    for i, s in ipairs(spec) do
      if type(s) ~= "string" then
        error("syscall spec: element " .. i .. " is not a string", level)
      end
      parts[i] = s
    end
    return table.concat(parts, ",")
  end
  if type(spec) ~= "string" then
    error("syscall spec: a string or a table of names is expected", level)
  end
  return spec
end

local function check_opts(opts, level)
  if opts == nil then return {} end
  if type(opts) ~= "table" then
    error("options: a table is expected", level)
  end
  for k in pairs(opts) do
    if k ~= "pid" and k ~= "comm" and k ~= "when" and k ~= "once"
        and k ~= "count" then
      error("unknown hook option '" .. tostring(k) .. "'", level)
    end
  end
  if opts.when ~= nil and type(opts.when) ~= "function" then
    error("option when: a function is expected", level)
  end
  return opts
end

local function new_hook(list, fn, opts, extra)
  if type(fn) ~= "function" then
    error("a function is expected", 3)
  end
  local h = setmetatable({ id = next_id, hits = 0, enabled = true,
    list = list, fn = fn, opts = check_opts(opts, 4) }, Hook)
  for k, v in pairs(extra or {}) do h[k] = v end
  next_id = next_id + 1
  by_id[h.id] = h
  local l = lists[list]
  l[#l + 1] = h
  changed(list)
  return h
end

local function syscall_hook(list, spec, fn, opts)
  local s = spec_string(spec, 3)
  local set = nil
  if s ~= "all" then set = pt.parse_set(s) end
  return new_hook(list, fn, opts, { spec = s, set = set })
end

function M.on_syscall(spec, fn, opts)
  return syscall_hook("exit", spec, fn, opts)
end

function M.on_enter(spec, fn, opts)
  return syscall_hook("enter", spec, fn, opts)
end

-- on_call(spec, fn [, opts]): one handle whose fn(c) runs at entry and
-- again at exit (c.state tells which): the shell's `catch syscall`.
function M.on_call(spec, fn, opts)
  local h = syscall_hook("enter", spec, fn, opts)
  h.also = "exit"
  lists.exit[#lists.exit + 1] = h
  changed("exit")
  return h
end

function M.on_exec(fn, opts) return new_hook("exec", fn, opts) end
function M.on_fork(fn, opts) return new_hook("fork", fn, opts) end
function M.on_exit(fn, opts) return new_hook("proc_exit", fn, opts) end
-- on_exiting(fn [, opts]): a process is about to exit, still there to
-- look at when the engine stops it before (pt.config("exit_stop", 1),
-- the shell's default); else at its end, with e.gone set.
function M.on_exiting(fn, opts) return new_hook("exiting", fn, opts) end
function M.on_start(fn) return new_hook("start", fn) end
function M.on_end(fn) return new_hook("end", fn) end

-- on_signal([sig,] fn): sig is a name ("SIGUSR1", "USR1"), a number, or
-- "*"/nil for every signal.
function M.on_signal(sig, fn, opts)
  if type(sig) == "function" then
    sig, fn, opts = nil, sig, fn
  end
  local num = nil
  if sig ~= nil and sig ~= "*" then
    num = math.type(sig) == "integer" and sig or pt.signum(tostring(sig))
    if not num then
      error("on_signal: unknown signal '" .. tostring(sig) .. "'", 2)
    end
  end
  return new_hook("signal", fn, opts, { sig = num })
end

-- Call a script's function fn(arg) under the watch of the C core:
-- --hook-timeout and Ctrl-C stop it when it runs away (an error, with
-- the traceback of where it looped).
local hook_begin, hook_end = pt.hook_begin, pt.hook_end
local function guarded(fn, arg)
  hook_begin()
  local r = fn(arg)
  hook_end()
  return r
end
M.guarded = guarded

-- Does the hook's pid/comm/when accept this call or event?
local function accepts(h, obj)
  local o = h.opts
  if o.pid then
    if type(o.pid) == "table" then
      local found = false
      for _, p in ipairs(o.pid) do
        if p == obj.pid or p == obj.tid then found = true end
      end
      if not found then return false end
    elseif o.pid ~= obj.pid and o.pid ~= obj.tid then
      return false
    end
  end
  if o.comm and obj.comm ~= o.comm then return false end
  if o.when and not guarded(o.when, obj) then return false end
  return true
end

local function hit(h, arg)
  M.current = h   -- the hook running now (the shell names it on c:stop())
  h.hits = h.hits + 1
  local o = h.opts
  if o.once or (o.count and h.hits >= o.count) then
    h:delete()
  end
  return guarded(h.fn, arg)
end

-- Fire the syscall hooks of @list ("enter"/"exit") for call state @st.
-- The call object is made only when a hook wants this syscall.
function M.fire_call(list, st, state)
  if #lists[list] == 0 then return end
  local c = nil
  for _, h in ipairs(snapshot(list)) do
    if h.enabled and (h.set == nil or h.set[st.nr]) then
      c = c or call.new(st, state)
      if accepts(h, c) then hit(h, c) end
    end
  end
end

-- Fire a non-syscall hook list with @obj ("exec", "fork", ...).
function M.fire(list, obj)
  if list == "exit" then list = "proc_exit" end
  if #lists[list] == 0 then return end
  for _, h in ipairs(snapshot(list)) do
    if h.enabled and (type(obj) ~= "table" or accepts(h, obj)) then
      hit(h, obj)
    end
  end
end

function M.fire_signal(e)
  if #lists.signal == 0 then return end
  for _, h in ipairs(snapshot("signal")) do
    if h.enabled and (h.sig == nil or h.sig == e.sig) and accepts(h, e) then
      hit(h, e)
    end
  end
end

-- The syscalls whose entry some hook wants: a set, or nil for all.
function M.entry_set()
  local all = {}
  for _, h in ipairs(lists.enter) do
    if h.set == nil then return nil end
    for nr in pairs(h.set) do all[nr] = true end
  end
  return all
end

-- The syscalls some hook wants: nil when any (or no hook at all).
function M.traced_set()
  local all = {}
  local any = false
  for _, list in ipairs({ "enter", "exit" }) do
    for _, h in ipairs(lists[list]) do
      if h.set == nil then return nil end
      for nr in pairs(h.set) do all[nr] = true end
      any = true
    end
  end
  return any and all or nil
end

return M
