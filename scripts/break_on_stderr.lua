-- break_on_stderr.lua - stop a program at its first write to stderr,
-- and show where it was: the call, the bytes it was about to write, the
-- registers (rip says where in the code, rsp where the stack is).
--
-- In the shell (mytrace -i, then `source scripts/break_on_stderr.lua`)
-- the write drops to the prompt with the thread stopped (c:stop()), to
-- look around with `info regs`, `x/s $rsi` and go on with `continue`.
-- Run as a script (-s), there is no prompt to stop at: the context is
-- printed, then what -a action= says happens:
--   kill      (default) the write is skipped (it never reaches fd 2) and
--             the process is killed with SIGKILL: status 137
--   detach    tracing stops (an attached process goes on untraced with
--             its write; a spawned one is killed, as always on detach)
--   continue  the write goes ahead, tracing goes on (only the first
--             write to stderr is shown)
--
--   mytrace -s scripts/break_on_stderr.lua ./prog
--   mytrace -s scripts/break_on_stderr.lua -a action=detach -p 1234
--
-- Arguments: -a action=kill|detach|continue   (default kill)
--            -a fd=N   the fd to watch (default 2)

script{
  name = "break_on_stderr",
  description = "stop at the first write to fd 2, show regs (-a action=)",
  args = {
    action = { default = "kill", help = "kill, detach or continue" },
    fd = { default = 2, help = "the fd to watch" },
  },
}

local call = require("mytrace.call")

if args.action ~= "kill" and args.action ~= "detach"
    and args.action ~= "continue" then
  error("-a action=" .. tostring(args.action)
    .. ": kill, detach or continue is expected", 0)
end

local REGS = { "rip", "rsp", "rbp", "orig_rax", "rdi", "rsi", "rdx",
               "r10", "r8", "r9" }

-- The context of the stopped call, on stderr (stdout may be a pipe the
-- program shares).
local function show(c)
  local err = io.stderr
  err:write(string.format("mytrace: pid %d (%s) writes to fd %d:\n",
    c.pid, c.comm or "?", args.fd))
  err:write("  ", c:format(), " ...\n")
  local r = pt.regs(c.tid)
  for i, name in ipairs(REGS) do
    err:write(string.format("  %-8s 0x%016x%s", name, r[name],
      i % 3 == 0 and "\n" or ""))
  end
  err:write("\n")
  local f = io.open("/proc/" .. c.pid .. "/maps")
  if f then
    -- The mapping rip falls in: which binary or library runs the write.
    for line in f:lines() do
      local lo, hi = line:match("^(%x+)-(%x+)")
      lo, hi = tonumber(lo, 16), tonumber(hi, 16)
      if lo and r.rip >= lo and r.rip < hi then
        err:write("  rip in ", line:match("%S+$") or "?", "\n")
        break
      end
    end
    f:close()
  end
end

on_enter({ "write", "writev", "pwrite64", "pwritev", "pwritev2" },
  function(c)
    if call.stop_handler then
      c:stop("write to fd " .. args.fd)   -- the shell's prompt
      return
    end
    show(c)
    if args.action == "kill" then
      c:skip(0)
      pt.kill(c.pid)
    elseif args.action == "detach" then
      detach_all()
    end
  end,
  { once = true, when = function(c) return c.args[1] == args.fd end })
