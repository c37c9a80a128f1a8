-- slow_syscalls.lua - system calls slower than a threshold, and a
-- histogram of all syscall latencies (microseconds, log2 buckets).
--
--   mytrace -s scripts/slow_syscalls.lua -a ms=10 ./server
--   mytrace -s scripts/slow_syscalls.lua -a ms=1 -a spec=%file make
--
-- Arguments: -a ms=N      print calls that took longer than N ms (100)
--            -a spec=SET  the syscalls to watch, -e trace= grammar (*)

script{
  name = "slow_syscalls",
  description = "calls over N ms (-a ms=N) and a latency histogram",
  args = {
    ms = { default = 100, help = "threshold in milliseconds" },
    spec = { default = "*", help = "syscalls to watch" },
  },
}

local lat = agg.hist("syscall latency (us)")

on_syscall(args.spec, function(c)
  local us = (c.dur or 0) * 1e6
  lat:add(us)
  if us >= args.ms * 1000 then
    printf("%8.3f ms  [%d] %s\n", us / 1000, c.tid, c:format())
  end
end)
