-- json_log.lua - one JSON object per completed system call, with the
-- arguments as strace decodes them: for jq, a database, a diff.
--
--   mytrace -s scripts/json_log.lua ls / > calls.json
--   mytrace -s scripts/json_log.lua -a spec=%file -a out=/tmp/files.json make
--   jq -r 'select(.err != null) | .syscall' calls.json | sort | uniq -c
--
-- Each line: {"ts":..,"pid":..,"tid":..,"syscall":"openat",
-- "args":["AT_FDCWD","\"/etc/passwd\"","O_RDONLY"],"ret":3,"err":null,
-- "dur_ns":12345} - ts is the entry's wall-clock time in ns, args are
-- strace's texts (strings keep their quotes), ret the raw return value
-- (-2 with err "ENOENT" for a failure).  set("print", "json") gives
-- raw integer args instead.
--
-- Arguments: -a spec=SET  syscalls to log, -e trace= grammar (default *)
--            -a out=FILE  write there instead of stdout (which the
--                         program may write to as well)

script{
  name = "json_log",
  description = "one JSON object per call, arguments decoded (-a out=)",
  args = {
    spec = { default = "*", help = "syscalls to log" },
    out = { default = "", help = "output file (default stdout)" },
  },
}

-- On stdout, whole lines: the program's own output may go there too.
local out = io.stdout
if args.out ~= "" then
  out = assert(io.open(args.out, "w"))
else
  out:setvbuf("line")
end

local KEYS = { "ts", "pid", "tid", "syscall", "args", "ret", "err",
               "dur_ns" }

-- A successful execve replaces the memory its arguments were in: decode
-- them at entry.
local exec_args = {}
on_enter({ "execve", "execveat" }, function(c)
  exec_args[c.tid] = c:decoded().args
end)

on_syscall(args.spec, function(c)
  local a = exec_args[c.tid]
  if a and c.name:sub(1, 6) == "execve" then
    exec_args[c.tid] = nil
  else
    a = c:decoded().args
  end
  out:write(json.encode({
    ts = c.ts, pid = c.pid, tid = c.tid, syscall = c.name,
    args = a, ret = c.ret, err = c.err or json.null,
    dur_ns = c.dur_ns,
  }, KEYS), "\n")
end)

on_end(function()
  out:flush()
  if out ~= io.stdout then out:close() end
end)
