-- fd_leaks.lua - file descriptors a process opened and never closed,
-- listed when it exits (by path, with the call that made them), and a
-- count of leaks by path at the end.
--
-- Followed: open/openat/openat2/creat, socket/socketpair/accept/accept4,
-- pipe/pipe2, dup/dup2/dup3/fcntl(F_DUPFD*), eventfd2, epoll_create*,
-- memfd_create, timerfd_create, signalfd4, inotify_init*; closed by
-- close, close_range and by execve for O_CLOEXEC fds.  Only fds opened
-- while traced count (stdin/stdout/stderr are not leaks); with -f a
-- child inherits its parent's list.  A process killed by a signal is
-- not reported (it could not close anything).
--
--   mytrace -s scripts/fd_leaks.lua ./server --once
--   mytrace -f -s scripts/fd_leaks.lua make
--
-- Arguments: -a all=BOOL  also list pipes, sockets and anonymous fds
--                         (default true; false: files only)

script{
  name = "fd_leaks",
  description = "fds opened and never closed, by path, at exit",
  args = { all = { default = true, help = "also pipes, sockets, anon fds" } },
}

local int32 = require("mytrace.call").int32

local O_CLOEXEC = 0x80000
local F_DUPFD, F_DUPFD_CLOEXEC = 0, 1030
local CLOSE_RANGE_CLOEXEC = 4

local tables = {}   -- pid -> { [fd] = { path =, by =, cloexec = } }
local leaks = agg.count("leaked fds by path")

local function fds(pid)
  local t = tables[pid]
  if not t then
    t = {}
    tables[pid] = t
  end
  return t
end

local function opened(c, fd, cloexec)
  local path = pt.fdpath(c.pid, fd) or "?"
  fds(c.pid)[fd] = { path = path, by = c.name, cloexec = cloexec }
end

-- Calls returning one new fd, and where their close-on-exec flag is.
local flag_arg = {
  open = 2, openat = 3, creat = false, socket = 2, accept = false,
  accept4 = 4, eventfd2 = 2, epoll_create = false, epoll_create1 = 1,
  memfd_create = 2, timerfd_create = 2, signalfd4 = 4, inotify_init = false,
  inotify_init1 = 1, openat2 = false,
}
-- Where each call keeps its O_CLOEXEC-like bit (SOCK_CLOEXEC,
-- EFD_CLOEXEC... all equal O_CLOEXEC; MFD_CLOEXEC is 1).
local function cloexec_of(c)
  local i = flag_arg[c.name]
  if not i then return false end
  if c.name == "memfd_create" then return c.args[i] & 1 ~= 0 end
  return c.args[i] & O_CLOEXEC ~= 0
end

local names = {}
for name in pairs(flag_arg) do names[#names + 1] = name end

on_syscall(names, function(c)
  if c.ok then opened(c, c.ret, cloexec_of(c)) end
end)

on_syscall({ "pipe", "pipe2", "socketpair" }, function(c)
  if not c.ok then return end
  local at = c.name == "socketpair" and 4 or 1
  local b = pt.peek(c.tid, c.args[at], 8)
  if not b then return end
  local flags = c.name == "pipe2" and c.args[2]
    or c.name == "socketpair" and c.args[2] or 0
  local r, w = string.unpack("<i4i4", b)
  opened(c, r, flags & O_CLOEXEC ~= 0)
  opened(c, w, flags & O_CLOEXEC ~= 0)
end)

on_syscall({ "dup", "dup2", "dup3", "fcntl" }, function(c)
  if not c.ok then return end
  local cloexec = false
  if c.name == "fcntl" then
    local cmd = int32(c.args[2])
    if cmd ~= F_DUPFD and cmd ~= F_DUPFD_CLOEXEC then return end
    cloexec = cmd == F_DUPFD_CLOEXEC
  elseif c.name == "dup3" then
    cloexec = c.args[3] & O_CLOEXEC ~= 0
  end
  -- dup2/dup3 onto an open fd closed it first: the entry is replaced.
  opened(c, c.ret, cloexec)
end)

on_syscall("close", function(c)
  -- Even a failed close (EINTR...) frees the fd on Linux.
  fds(c.pid)[int32(c.args[1])] = nil
end)

on_syscall("close_range", function(c)
  if not c.ok then return end
  local first, last = c.args[1] & 0xffffffff, c.args[2] & 0xffffffff
  for fd, e in pairs(fds(c.pid)) do
    if fd >= first and fd <= last then
      if c.args[3] & CLOSE_RANGE_CLOEXEC ~= 0 then
        e.cloexec = true
      else
        fds(c.pid)[fd] = nil
      end
    end
  end
end)

on_exec(function(e)
  local t = fds(e.pid)
  for fd, entry in pairs(t) do
    if entry.cloexec then t[fd] = nil end
  end
end)

on_fork(function(e)
  if e.fork_kind == "clone" then return end   -- threads share the table
  local copy = {}
  for fd, entry in pairs(fds(e.pid)) do
    copy[fd] = { path = entry.path, by = entry.by, cloexec = entry.cloexec }
  end
  tables[e.child] = copy
end)

local function is_file(path)
  return path:sub(1, 1) == "/"
end

on_exit(function(e)
  local t = tables[e.pid]
  tables[e.pid] = nil
  if not t or e.signame then return end
  local list = {}
  for fd, entry in pairs(t) do
    if args.all or is_file(entry.path) then list[#list + 1] = fd end
  end
  if #list == 0 then return end
  table.sort(list)
  printf("pid %d leaked %d fd%s:\n", e.pid, #list, #list == 1 and "" or "s")
  for _, fd in ipairs(list) do
    local entry = t[fd]
    printf("  fd %d %s (%s)\n", fd, entry.path, entry.by)
    leaks:add(entry.path)
  end
end)
