-- stop_after.lua - trace for a while, then let go: stop tracing after N
-- system calls (-a calls=N) or T seconds (-a seconds=T), whichever
-- comes first, and print what was seen by then.
--
-- Stopping is detach_all(): an attached process (-p) goes on running
-- untraced, as if mytrace had never been there; a program mytrace
-- started is killed (it runs under PTRACE_O_EXITKILL, so it cannot
-- outlive its tracer).  Sample a busy server without stopping it:
--
--   mytrace -s scripts/stop_after.lua -a seconds=5 -p $(pidof nginx)
--   mytrace -s scripts/stop_after.lua -a calls=1000 -p 1234
--
-- Arguments: -a calls=N    detach after N completed syscalls (0: no limit)
--            -a seconds=T  detach after T seconds (0: no limit)
--            -a top=N      rows of the summary printed at the end (10)

script{
  name = "stop_after",
  description = "detach after N syscalls or T seconds (-a calls=/seconds=)",
  args = {
    calls = { default = 0, help = "syscalls before detaching" },
    seconds = { default = 0, help = "seconds before detaching" },
    top = { default = 10, help = "rows of the summary" },
  },
}

if args.calls <= 0 and args.seconds <= 0 then
  error("stop_after: give -a calls=N or -a seconds=T", 0)
end

local seen = agg.count{ title = "syscalls seen", print = false }
local n = 0
local done = false

local function stop(why)
  if done then return end
  done = true
  printf("mytrace: detaching after %s\n", why)
  detach_all()
end

on_syscall("*", function(c)
  if done then return end
  n = n + 1
  seen:add(c.name)
  if args.calls > 0 and n >= args.calls then
    stop(string.format("%d syscalls", n))
  end
end)

if args.seconds > 0 then
  after(args.seconds, function()
    stop(string.format("%s seconds (%d syscalls)", args.seconds, n))
  end)
end

on_end(function()
  seen:print{ top = args.top }
end)
