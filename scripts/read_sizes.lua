-- read_sizes.lua - how much each read returns: a log2 histogram of the
-- byte counts of successful reads (bpftrace style), one per syscall or
-- per file (-a by=path).  Small reads in a loop are a classic slowness.
--
--   mytrace -s scripts/read_sizes.lua cat /usr/share/dict/words
--   mytrace -s scripts/read_sizes.lua -a by=path -p 1234
--
-- Arguments: -a by=syscall|path|none  one histogram per syscall name
--                                     (default), per fd path, or one
--            -a spec=SET  the read-like calls to watch
--                         (read,pread64,readv,preadv,recvfrom,recvmsg)
--            -a zero=BOOL count reads that returned 0 (EOF) (true)

script{
  name = "read_sizes",
  description = "histogram of bytes returned by reads (-a by=path)",
  args = {
    by = { default = "syscall", help = "syscall, path or none" },
    spec = { default = "read,pread64,readv,preadv,recvfrom,recvmsg",
             help = "read-like syscalls" },
    zero = { default = true, help = "count reads at EOF (0 bytes)" },
  },
}

if args.by ~= "syscall" and args.by ~= "path" and args.by ~= "none" then
  error("-a by=" .. tostring(args.by) .. ": syscall, path or none", 0)
end

local sizes = agg.hist("bytes per read")
local total = agg.sum("bytes read")

on_syscall(args.spec, function(c)
  if not c.ok or (c.ret == 0 and not args.zero) then return end
  local key = c.name
  if args.by == "path" then
    key = c:fdpath(1) or ("fd " .. c.args[1])
  elseif args.by == "none" then
    key = nil
  end
  if key then
    sizes:add(key, c.ret)
  else
    sizes:add(c.ret)
  end
  total:add(key or "all", c.ret)
end)
