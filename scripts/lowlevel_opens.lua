-- lowlevel_opens.lua - the design card's loop, written only against the
-- low-level API (pt): spawn a program, stop at every syscall, read the
-- registers and the path string of each openat from the tracee's memory.
--
--   mytrace -s scripts/lowlevel_opens.lua cat /etc/hostname
--   mytrace -s scripts/lowlevel_opens.lua        (traces "cat /etc/hostname")
--
-- PROG ARGS come in the global arg (arg[1], arg[2], ...), like lua(1).

script{
  name = "lowlevel_opens",
  description = "print openat paths using only pt (spawn/next_syscall/regs/peek)",
}

local argv = {}
for i = 1, #arg do argv[i] = arg[i] end
if #argv == 0 then argv = { "cat", "/etc/hostname" } end

local pid = assert(pt.spawn(argv))
local openat = pt.sysnr("openat")
local status = 0

while true do
  local ev = pt.next_syscall()
  if not ev then break end
  if ev.kind == "entry" and ev.nr == openat then
    local r = pt.regs(ev.tid)
    -- openat(dirfd, path, flags): the path is the second argument (rsi).
    local path = pt.peek_string(ev.tid, r.rsi) or "?"
    io.write(string.format("[%d] openat %s", ev.tid, path))
  elseif ev.kind == "exit" and ev.nr == openat then
    io.write(string.format(" = %d%s\n", ev.ret,
      ev.err and (" " .. ev.err) or ""))
  elseif ev.kind == "exited" and ev.tid == pid then
    status = ev.status
  end
end
io.write(string.format("%s exited with %d\n", argv[1], status))
