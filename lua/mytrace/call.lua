-- mytrace.call: the lazy call object handed to on_syscall/on_enter hooks.
--
-- Plain fields (name, nr, pid, tid, args, state, ts) are set when the
-- object is made; the others (comm, ret, ok, failed, err, dur) are
-- computed when read, and memory is read only by the methods (str, path,
-- data, format, decoded).  The object is valid during its hook only: a
-- method called later raises, like a closed file in liolib.

local pt = require("mytrace.core")
local json = require("mytrace.json")

local M = {}

local AT_FDCWD = -100

-- Index (1-based) of the path argument of the calls that take one; the
-- *at calls have their dirfd just before it.
local path_arg = {
  open = 1, creat = 1, access = 1, stat = 1, lstat = 1, execve = 1,
  unlink = 1, mkdir = 1, rmdir = 1, chdir = 1, readlink = 1, rename = 1,
  truncate = 1, chmod = 1, chown = 1, lchown = 1, link = 1, symlink = 2,
  mknod = 1, statfs = 1, chroot = 1, acct = 1, swapon = 1, swapoff = 1,
  umount2 = 1, utime = 1, utimes = 1, uselib = 1, getxattr = 1,
  lgetxattr = 1, setxattr = 1, lsetxattr = 1, listxattr = 1,
  llistxattr = 1, removexattr = 1, lremovexattr = 1, pivot_root = 1,
  openat = 2, openat2 = 2, faccessat = 2, faccessat2 = 2, newfstatat = 2,
  statx = 2, execveat = 2, unlinkat = 2, mkdirat = 2, readlinkat = 2,
  renameat = 2, renameat2 = 2, fchmodat = 2, fchownat = 2, linkat = 2,
  symlinkat = 3, mknodat = 2, utimensat = 2, futimesat = 2,
  name_to_handle_at = 2, inotify_add_watch = 2, open_tree = 2,
  fanotify_mark = 5, mount = 2,
}
local dirfd_arg = {
  openat = 1, openat2 = 1, faccessat = 1, faccessat2 = 1, newfstatat = 1,
  statx = 1, execveat = 1, unlinkat = 1, mkdirat = 1, readlinkat = 1,
  renameat = 1, renameat2 = 1, fchmodat = 1, fchownat = 1, linkat = 1,
  symlinkat = 2, mknodat = 1, utimensat = 1, futimesat = 1,
  name_to_handle_at = 1, open_tree = 1, fanotify_mark = 4,
}
-- Buffer calls: the buffer is argument 2, its length argument 3 (write
-- side) or the return value (read side).
local reads = { read = true, pread64 = true, recvfrom = true,
                getrandom = 1, readlink = 2, readlinkat = 3 }
local writes = { write = true, pwrite64 = true, sendto = true }

-- An int argument from a 64-bit register (the upper half is not ours).
local function int32(v)
  v = v & 0xffffffff
  if v >= 0x80000000 then v = v - 0x100000000 end
  return v
end
M.int32 = int32

local function is_error(ret)
  return ret ~= nil and ret < 0 and ret >= -4095
end

function M.comm(pid)
  local f = io.open("/proc/" .. pid .. "/comm")
  if not f then return nil end
  local s = f:read("l")
  f:close()
  return s
end

local getters = {}

function getters.comm(c) return M.comm(c.tid) or M.comm(c.pid) end
function getters.ret(c) return c._st.ret end
function getters.ok(c)
  local r = c._st.ret
  return r ~= nil and not is_error(r)
end
function getters.failed(c) return is_error(c._st.ret) end
function getters.err(c)
  local r = c._st.ret
  if is_error(r) then return pt.errname(-r) end
  return nil
end
function getters.errno(c)
  local r = c._st.ret
  if is_error(r) then return -r end
  return nil
end
function getters.dur(c)
  local d = c._st.dur_ns
  return d and d / 1e9
end
function getters.dur_ns(c) return c._st.dur_ns end

local methods = {}

local function live(c, what, level)
  if not c._st.live then
    error(what .. ": call object used after its hook returned", level or 3)
  end
  return c._st
end

-- The tampering verbs also need the call in the phase the object was
-- made for: an entry's object kept (in an upvalue) until the exit hook
-- would otherwise skip or change arguments after the kernel ran the call.
local function live_phase(c, what)
  local st = live(c, what, 4)
  if st.phase and st.phase ~= c.state then
    error(string.format("c:%s(): this call object is from the syscall %s,"
      .. " the call is now at its %s", what, c.state, st.phase), 3)
  end
  return st
end

local function check_index(i, level)
  if math.type(i) ~= "integer" or i < 1 or i > 6 then
    error("argument index must be an integer 1..6", level)
  end
end

-- c:str(i [, max]) -> the string argument i, or nil, "EFAULT: ...".
function methods.str(c, i, max)
  local st = live(c, "str")
  check_index(i, 3)
  return (pt.peek_string(st.tid, st.args[i], max or 4096))
end

-- c:path() -> the path argument, relative paths joined to the directory
-- they are relative to (dirfd, or the cwd of the process).
function methods.path(c)
  local st = live(c, "path")
  local i = path_arg[c.name]
  if not i then return nil end
  local p, err = pt.peek_string(st.tid, st.args[i], 4096)
  if not p then return nil, err end
  if p:sub(1, 1) == "/" or p == "" then return p end
  local dir
  local d = dirfd_arg[c.name]
  local fd = d and int32(st.args[d]) or AT_FDCWD
  if fd == AT_FDCWD then
    dir = pt.readlink("/proc/" .. st.pid .. "/cwd")
  else
    dir = pt.fdpath(st.pid, fd)
  end
  if not dir then return p end
  if dir == "/" then return "/" .. p end
  return dir .. "/" .. p
end

-- c:fdpath(i) -> what fd argument i points to; c:fdpath(0) for the fd
-- the call returned.
function methods.fdpath(c, i)
  local st = live(c, "fdpath")
  local fd
  if i == 0 then
    fd = st.ret
    if fd == nil or fd < 0 then return nil end
  else
    check_index(i, 3)
    fd = int32(st.args[i])
  end
  return pt.fdpath(st.pid, fd)
end

-- c:data([max]) -> the buffer of a read/write-like call.
function methods.data(c, max)
  local st = live(c, "data")
  local len
  if writes[c.name] then
    len = st.args[3]
  elseif reads[c.name] then
    if st.ret == nil or is_error(st.ret) then return nil end
    len = st.ret
  else
    return nil
  end
  -- The tracee chose len: a huge or negative (2^63 and up) one reads
  -- at most pt.peek_max bytes instead of raising in the hook.
  if len < 0 or len > pt.peek_max then len = pt.peek_max end
  if max ~= nil then
    if math.type(max) ~= "integer" or max < 0 then
      error("data: max must be an integer >= 0", 2)
    end
    if len > max then len = max end
  end
  if reads[c.name] ~= true and reads[c.name] then
    return pt.peek(st.tid, st.args[reads[c.name]], len)
  end
  return pt.peek(st.tid, st.args[2], len)
end

-- c:format() -> the strace line (without the newline).
function methods.format(c)
  local st = live(c, "format")
  if c.state == "exit" then
    return pt.format(st.tid, st.nr, st.args, st.ret)
  end
  return pt.format(st.tid, st.nr, st.args)
end

-- Split "a, {b, c}, \"d,e\"" at its top-level commas.
local function split_args(s)
  local out, depth, start, i, quoted = {}, 0, 1, 1, false
  while i <= #s do
    local ch = s:sub(i, i)
    if quoted then
      if ch == "\\" then i = i + 1 elseif ch == '"' then quoted = false end
    elseif ch == '"' then
      quoted = true
    elseif ch == "(" or ch == "[" or ch == "{" then
      depth = depth + 1
    elseif ch == ")" or ch == "]" or ch == "}" then
      depth = depth - 1
    elseif ch == "," and depth == 0 then
      out[#out + 1] = s:sub(start, i - 1)
      start = i + 2
      i = i + 1
    end
    i = i + 1
  end
  if start <= #s then out[#out + 1] = s:sub(start) end
  return out
end

-- c:decoded() -> { name = "openat", args = {"AT_FDCWD", "\"/etc\"",
-- ...}, ret = "3" }: the strace text, piece by piece.
function methods.decoded(c)
  local line = methods.format(c)
  local name, inner, ret = line:match("^([%w_]+)%((.*)%)%s+= (.*)$")
  if not name then
    name, inner = line:match("^([%w_]+)%((.*)$")
  end
  return { name = name or c.name, args = split_args(inner or ""),
           ret = ret, line = line }
end

local function errno_of(e, level)
  if math.type(e) == "integer" then return e < 0 and -e or e end
  local n = type(e) == "string" and pt.errnum(e)
  if not n then
    error("unknown errno '" .. tostring(e) .. "'", level)
  end
  return n
end

local function must(ok, err, level)
  if not ok then error(err, level) end
end

-- c:fail(err): make the call fail with err ("ENOENT" or 2).  At entry the
-- call is skipped (the kernel never runs it); at exit its result is
-- replaced.
function methods.fail(c, e)
  local st = live_phase(c, "fail")
  local n = errno_of(e, 3)
  if c.state == "entry" then
    must(pt.set_syscall(st.tid, -1))
    st.pending_ret = -n
  else
    must(pt.set_ret(st.tid, -n))
    st.ret = -n
  end
  st.tampered = true
  return c
end

-- c:skip([value]): at entry, do not run the call; it returns value (0).
function methods.skip(c, value)
  local st = live_phase(c, "skip")
  if c.state ~= "entry" then
    error("c:skip() at syscall exit: only at entry (on_enter); at exit"
      .. " use c:set_ret(v)", 2)
  end
  value = value or 0
  if math.type(value) ~= "integer" then
    error("skip: an integer is expected", 2)
  end
  must(pt.set_syscall(st.tid, -1))
  st.pending_ret = value
  st.tampered = true
  return c
end

-- c:set_arg(i, v): at entry, change argument i before the kernel sees it.
function methods.set_arg(c, i, v)
  local st = live_phase(c, "set_arg")
  if c.state ~= "entry" then
    error("c:set_arg() at syscall exit: only at entry (on_enter), before"
      .. " the kernel reads the arguments", 2)
  end
  check_index(i, 3)
  if math.type(v) ~= "integer" then
    error("set_arg: an integer is expected", 2)
  end
  must(pt.set_arg(st.tid, i, v))
  st.args[i] = v
  st.tampered = true
  return c
end

-- c:set_ret(v): at exit, the value the program sees.
function methods.set_ret(c, v)
  local st = live_phase(c, "set_ret")
  if c.state ~= "exit" then
    error("c:set_ret() at syscall entry: only at exit (on_syscall); at"
      .. " entry use c:skip(v) or c:fail(err)", 2)
  end
  if math.type(v) ~= "integer" then
    error("set_ret: an integer is expected", 2)
  end
  must(pt.set_ret(st.tid, v))
  st.ret = v
  st.tampered = true
  return c
end

-- c:stop([msg]): drop to the shell prompt once this hook returns, with
-- the thread stopped here.  Outside the shell, the message is printed
-- and tracing goes on.
function methods.stop(c, msg)
  if M.stop_handler then
    M.stop_handler(c, msg)
  else
    io.stderr:write("mytrace: stop requested", msg and (": " .. msg) or "",
      " (no shell: going on)\n")
  end
  return c
end

-- c:quiet(): no strace/json line for this call.
function methods.quiet(c)
  c._st.quiet = true
  return c
end

local Call = {}
Call.__index = function(c, k)
  local m = methods[k]
  if m then return m end
  local g = getters[k]
  if g then return g(c) end
  return nil
end
Call.__tostring = function(c)
  return string.format("call %s(...) tid %d %s", c.name, c.tid, c.state)
end

local function name_of(st)
  return st.name or pt.sysname(st.nr) or string.format("syscall_0x%x", st.nr)
end

function M.new(st, state)
  st.name = name_of(st)
  return setmetatable({ _st = st, name = st.name, nr = st.nr, pid = st.pid,
    tid = st.tid, args = st.args, state = state, ts = st.ts }, Call)
end

M.record_keys = { "pid", "tid", "ts", "syscall", "args", "ret", "err",
                  "dur_ns" }

-- The record set("print", "json") writes, DESIGN.md section 4.
function M.record(st)
  local err = nil
  if is_error(st.ret) then err = pt.errname(-st.ret) end
  return { pid = st.pid, tid = st.tid, ts = st.ts, syscall = name_of(st),
           args = st.args, ret = st.ret, err = err or json.null,
           dur_ns = st.dur_ns }
end

-- Events of the other hooks: plain tables with a lazy comm.
local Event = {
  __index = function(e, k)
    if k == "comm" then return M.comm(e.tid) or M.comm(e.pid) end
    return nil
  end,
}

function M.exec_event(ev)
  local e = { kind = "exec", pid = ev.pid, tid = ev.tid, ts = ev.ts,
              old_tid = ev.old_tid }
  e.path = pt.readlink("/proc/" .. ev.pid .. "/exe")
  local f = io.open("/proc/" .. ev.pid .. "/cmdline", "rb")
  if f then
    local s = f:read("a") or ""
    f:close()
    local argv = {}
    for a in s:gmatch("([^%z]*)%z") do argv[#argv + 1] = a end
    e.argv = argv
  end
  return setmetatable(e, Event)
end

function M.signal_event(ev)
  local e = { kind = "signal", pid = ev.pid, tid = ev.tid, ts = ev.ts,
              sig = ev.sig, signame = ev.signame or pt.signame(ev.sig) }
  -- e:suppress(): the signal is not delivered to the program.
  function e.suppress()
    return pt.set_signal(ev.tid, 0)
  end
  return setmetatable(e, Event)
end

return M
