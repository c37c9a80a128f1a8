-- errors_by_syscall.lua - which system calls fail, and with what errno:
-- a count per syscall and error, printed at exit, and (-a show=true)
-- each failing call as it happens.
--
--   mytrace -s scripts/errors_by_syscall.lua ls /nonexistent
--   mytrace -f -s scripts/errors_by_syscall.lua -a show=true make
--
-- Arguments: -a show=BOOL  print each failing call too (default false)
--            -a spec=SET   syscalls to watch, -e trace= grammar (*)
--
-- Output: "errors by syscall" rows "openat ENOENT   12", largest first,
-- and "N failed calls out of M".

script{
  name = "errors_by_syscall",
  description = "failed calls counted by syscall and errno",
  args = {
    show = { default = false, help = "print each failing call" },
    spec = { default = "*", help = "syscalls to watch" },
  },
}

local errors = agg.count("errors by syscall")
local calls, failed = 0, 0

on_syscall(args.spec, function(c)
  calls = calls + 1
  if not c.failed then return end
  failed = failed + 1
  errors:add(c.name .. " " .. c.err)
  if args.show then printf("[%d] %s\n", c.pid, c:format()) end
end)

on_end(function()
  errors:print()
  printf("%d failed call%s out of %d\n", failed, failed == 1 and "" or "s",
    calls)
end)
