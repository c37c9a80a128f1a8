-- top_syscalls.lua - which system calls a program makes most, like
-- strace -c: calls, errors and total time per syscall.
--
--   mytrace -s scripts/top_syscalls.lua ls -l /
--   mytrace -s scripts/top_syscalls.lua -a top=5 -p 1234
--
-- Arguments: -a top=N  show the N most frequent calls (default 15)

script{
  name = "top_syscalls",
  description = "most frequent syscalls with errors and time (like -c)",
  args = { top = { default = 15, help = "how many rows to show" } },
}

local calls, errors, time = {}, {}, {}

on_syscall("*", function(c)
  local n = c.name
  calls[n] = (calls[n] or 0) + 1
  if c.failed then errors[n] = (errors[n] or 0) + 1 end
  time[n] = (time[n] or 0) + (c.dur or 0)
end)

on_end(function()
  local names = {}
  for n in pairs(calls) do names[#names + 1] = n end
  table.sort(names, function(a, b)
    if calls[a] ~= calls[b] then return calls[a] > calls[b] end
    return a < b
  end)
  printf("%-20s %8s %8s %12s\n", "syscall", "calls", "errors", "seconds")
  for i = 1, math.min(args.top, #names) do
    local n = names[i]
    printf("%-20s %8d %8d %12.6f\n", n, calls[n], errors[n] or 0, time[n])
  end
end)
