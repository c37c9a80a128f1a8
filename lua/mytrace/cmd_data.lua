-- mytrace.cmd_data: looking at and changing the stopped program.
-- info ..., print/p (p/x), = EXPR, x/FMT ADDR, set var $REG = V,
-- set arg N = V, return VALUE, lua CHUNK / lua ... end.
-- Expressions are Lua, with c (the current call object) and $REG (the
-- current thread's registers, assignable) in scope.

local pt = require("mytrace.core")
local lib = require("mytrace")
local sh = require("mytrace.shell")
local run = require("mytrace.shell_run")

local M = {}
local cmd = sh.command

-- --- expressions -------------------------------------------------------------

-- "$rax + 1" -> "__R(tid).rax + 1"; @tid_expr names the thread.
function sh.expand_regs(s, tid_expr)
  return (s:gsub("%$([%a_][%w_]*)", function(name)
    return "__R(" .. (tid_expr or "nil") .. ")." .. name
  end))
end

-- Registers of thread @tid (the current one when nil), as a proxy:
-- reading gives the value, assigning sets the register.
local function regs_proxy(tid)
  tid = tid or run.cur_tid()
  local regs, err = pt.regs(tid)
  if not regs then sh.fail("Cannot read registers: %s", err) end
  return setmetatable({}, {
    __index = function(_, k)
      if k == "tid" then return tid end
      if k == "pid" then return run.S.pid end
      local v = regs[k]
      if v == nil then sh.fail("Invalid register `%s'", k) end
      return v
    end,
    __newindex = function(_, k, v)
      if regs[k] == nil then sh.fail("Invalid register `%s'", k) end
      v = math.tointeger(v)
      if not v then sh.fail("A register takes an integer.") end
      local ok, e = pt.set_regs(tid, { [k] = v })
      if not ok then sh.fail("Cannot set %s: %s", k, e) end
      regs[k] = v
    end,
  })
end

-- The environment of expressions: globals, plus c and __R.
function sh.eval_env()
  return setmetatable({ __R = regs_proxy }, {
    __index = function(_, k)
      if k == "c" then
        local S = run.S
        return S.cur and S.cur.c
      end
      return _G[k]
    end,
    __newindex = _G,
  })
end

local function eval(expr)
  if expr:match("^%s*$") then sh.fail("Argument required (expression).") end
  local src = sh.expand_regs(expr)
  local f, err = load("return " .. src, "=expression", "t", sh.eval_env())
  if not f then
    f, err = load(src, "=expression", "t", sh.eval_env())
  end
  if not f then sh.fail("%s", err) end
  local r = table.pack(pcall(f))
  if not r[1] then
    -- A shell error stays as it is; a Lua one is one line, no traceback.
    if type(r[2]) == "table" or tostring(r[2]):find("interrupted!$") then
      error(r[2], 0)
    end
    sh.fail("%s", tostring(r[2]))
  end
  return table.unpack(r, 2, r.n)
end
M.eval = eval

-- --- printing values ---------------------------------------------------------

local function fmt_value(v, fmt, depth)
  depth = depth or 0
  local t = type(v)
  if math.type(v) == "integer" then
    if fmt == "x" then return string.format("0x%x", v) end
    if fmt == "o" then return string.format("0%o", v) end
    if fmt == "t" then
      local bits = {}
      local u = v
      repeat
        bits[#bits + 1] = tostring(u & 1)
        u = u >> 1
      until u == 0
      return string.reverse(table.concat(bits))
    end
    if fmt == "c" then
      return string.format("%d '%s'", v, string.char(v & 0xff))
    end
    if fmt == "u" and v < 0 then return string.format("%u", v) end
    return tostring(v)
  elseif t == "string" then
    return string.format("%q", v):gsub("\\\n", "\\n")
  elseif t == "table" and depth < 2 and not getmetatable(v) then
    local parts = {}
    local n = #v
    for i = 1, n do parts[#parts + 1] = fmt_value(v[i], fmt, depth + 1) end
    local keys = {}
    for k in pairs(v) do
      if not (math.type(k) == "integer" and k >= 1 and k <= n) then
        keys[#keys + 1] = k
      end
    end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    for _, k in ipairs(keys) do
      parts[#parts + 1] = tostring(k) .. " = " ..
        fmt_value(v[k], fmt, depth + 1)
    end
    return "{" .. table.concat(parts, ", ") .. "}"
  end
  return tostring(v)
end
M.fmt_value = fmt_value

local value_no = 0

local function print_cmd(arg)
  local fmt, expr = arg:match("^/(%a)%s*(.*)$")
  expr = expr or arg
  local vals = table.pack(eval(expr))
  local parts = {}
  for i = 1, vals.n do parts[i] = fmt_value(vals[i], fmt) end
  value_no = value_no + 1
  sh.out("$%d = %s", value_no, vals.n == 0 and "nil" or
    table.concat(parts, ", "))
end

cmd("print", [[Print the value of a Lua expression: print EXPR, p/x EXPR
$REG is a register of the current thread, c the current call:
  p $rax     p/x $rsi     p c:path()     p c.args[3]     p/x c.args
Formats: /x hex, /d decimal, /o octal, /t binary, /c char, /u unsigned.]],
  print_cmd, { aliases = { "p", "inspect" } })

cmd("=", [[Print the value of a Lua expression (lua.c's =EXPR): = EXPR]],
  function(arg)
    local vals = table.pack(eval(arg))
    local parts = {}
    for i = 1, vals.n do parts[i] = fmt_value(vals[i]) end
    sh.out("%s", vals.n == 0 and "nil" or table.concat(parts, "\t"))
  end)

-- --- x/FMT ADDR ------------------------------------------------------------

local sizes = { b = 1, h = 2, w = 4, g = 8 }
local per_line = { [1] = 8, [2] = 8, [4] = 4, [8] = 2 }
local last_x = { fmt = "x", size = "w" }

local function x_cmd(arg)
  local spec, rest = arg:match("^/(%w*)%s*(.*)$")
  spec = spec or ""
  rest = rest or arg
  local count = tonumber(spec:match("^%d+") or "1")
  local letters = spec:gsub("^%d+", "")
  local fmt, size = last_x.fmt, last_x.size
  for ch in letters:gmatch(".") do
    if sizes[ch] then size = ch else fmt = ch end
  end
  last_x.fmt, last_x.size = fmt, size
  local tid = run.cur_tid()
  local addr = math.tointeger(eval(rest))
  if not addr then sh.fail("x: the address must be an integer") end
  if fmt == "s" then
    for _ = 1, count do
      local s, err = pt.peek_string(tid, addr, 4096)
      if not s then
        sh.fail("Cannot access memory at address 0x%x", addr)
      end
      sh.out("0x%x:\t%s", addr, fmt_value(s))
      addr = addr + #s + 1
    end
    return
  end
  local n = sizes[size]
  local data = pt.peek(tid, addr, count * n)
  if not data or #data == 0 then
    sh.fail("Cannot access memory at address 0x%x", addr)
  end
  local line = {}
  local lead = addr
  local function flush()
    if #line > 0 then
      sh.out("0x%x:\t%s", lead, table.concat(line, "\t"))
      line = {}
    end
  end
  for i = 0, count - 1 do
    if (i + 1) * n > #data then
      flush()
      sh.fail("Cannot access memory at address 0x%x", addr + i * n)
    end
    local v = string.unpack("<i" .. n, data, i * n + 1)
    local u = n < 8 and v & ((1 << (8 * n)) - 1) or v
    local s
    if fmt == "x" then s = string.format("0x%0" .. (2 * n) .. "x", u)
    elseif fmt == "d" then s = tostring(v)
    elseif fmt == "u" then s = string.format("%u", u)
    elseif fmt == "o" then s = string.format("0%o", u)
    elseif fmt == "c" then
      s = string.format("%d '%s'", v, (u >= 32 and u < 127) and
        string.char(u) or string.format("\\%03o", u & 0xff))
    elseif fmt == "a" then s = string.format("0x%x", u)
    else sh.fail("Undefined output format \"%s\".", fmt) end
    if #line == 0 then lead = addr + i * n end
    line[#line + 1] = s
    if #line == per_line[n] then flush() end
  end
  flush()
end

cmd("x", [[Examine memory: x/FMT ADDR
FMT is [COUNT][FORMAT][SIZE]: FORMAT x d u o c a s (string), SIZE b h w g.
  x/s $rsi      x/32xb $rsi      x/4gx $rsp      x/s c.args[2] ]], x_cmd)

-- --- set / return ------------------------------------------------------------

-- set var $REG = V (or any Lua assignment), set arg N = V.
function M.set_var(arg)
  local lhs, rhs = arg:match("^(.-)%s*=%s*(.+)$")
  if not lhs then sh.fail("set var: LHS = VALUE expected") end
  local v = eval(rhs)
  if type(v) == "string" and pt.errnum(v:gsub("^%-", "")) then
    v = -pt.errnum((v:gsub("^%-", "")))
  end
  local src = sh.expand_regs(lhs) .. " = ..."
  local f, err = load(src, "=set", "t", sh.eval_env())
  if not f then sh.fail("%s", err) end
  f(v)
  if lhs:match("^%s*%$") then M.refresh_call() end
end

-- After a register changed: the current call shows what the kernel
-- will see (arguments, number at entry) or what the program will get
-- (return value at exit).
local arg_regs = { "rdi", "rsi", "rdx", "r10", "r8", "r9" }
function M.refresh_call()
  local S = run.S
  local c = S.cur and S.cur.c
  if not c or c.tid ~= S.cur.tid then return end
  local regs = pt.regs(c.tid)
  if not regs then return end
  local st = c._st
  if c.state == "entry" then
    for i, r in ipairs(arg_regs) do st.args[i] = regs[r] end
    if regs.orig_rax ~= st.nr then
      st.nr = regs.orig_rax
      st.name = pt.sysname(st.nr) or string.format("syscall_0x%x", st.nr)
      rawset(c, "nr", st.nr)
      rawset(c, "name", st.name)
    end
  else
    st.ret = regs.rax
  end
end

function M.set_arg(arg)
  local n, rhs = arg:match("^%s*(%d+)%s*=%s*(.+)$")
  if not n then sh.fail("set arg N = VALUE") end
  local c = run.cur_call()
  if c.state ~= "entry" then
    sh.fail("set arg: only at a syscall entry (the kernel has read them)")
  end
  local v = math.tointeger(eval(rhs))
  if not v then sh.fail("set arg: an integer is expected") end
  c:set_arg(tonumber(n), v)
end

-- "-ENOENT", "ENOENT", "-2", "0", "42" -> the raw return value.
local function parse_ret(s)
  s = s:match("^%s*(.-)%s*$")
  local name = s:match("^%-?(E[%u%d]+)$")
  if name then
    local n = pt.errnum(name)
    if not n then sh.fail("Unknown errno name '%s'.", name) end
    return -n
  end
  local v = math.tointeger(eval(s))
  if not v then sh.fail("return: an integer or -ENAME is expected") end
  return v
end

cmd("return", [[Make the current call return VALUE: return -ENOENT, return 0
At a syscall entry the call is skipped (the kernel never runs it) and
returns VALUE; at its exit the result is replaced.]], function(arg)
  local c = run.cur_call()
  if arg:match("^%s*$") then arg = "0" end
  local v = parse_ret(arg)
  if c.state == "entry" then
    if v < 0 and v >= -4095 then c:fail(-v) else c:skip(v) end
    sh.out("%s will return %s without running.", c.name, arg)
  else
    c:set_ret(v)
    sh.out("%s now returns %s.", c.name, arg)
  end
end, { norepeat = true })

-- --- lua ---------------------------------------------------------------------

local function run_chunk(src)
  local f, err = load(src, "=lua", "t", sh.eval_env())
  if not f then sh.fail("%s", err) end
  local vals = table.pack(f())
  if vals.n > 0 then
    local parts = {}
    for i = 1, vals.n do parts[i] = fmt_value(vals[i]) end
    sh.out("%s", table.concat(parts, "\t"))
  end
end

cmd("lua", [[Run Lua: lua CHUNK, or lua alone then lines ended by "end".
The shell's Lua state is the scripts' one: on_syscall, pt, agg... are
there, c is the current call and $REG a register.]], function(arg)
  if not arg:match("^%s*$") then
    run_chunk(sh.expand_regs(arg))
    return
  end
  local lines = {}
  sh.begin_block(function(line)
    if line:match("^%s*end%s*$") then
      local src = table.concat(lines, "\n")
      local ok, e = pcall(run_chunk, sh.expand_regs(src))
      if not ok then sh.err("%s", tostring(e)) end
      return "done"
    end
    lines[#lines + 1] = line
  end)
end, { norepeat = true })

-- --- info --------------------------------------------------------------------

local function info_regs(arg)
  local tid = run.cur_tid()
  local regs, err = pt.regs(tid)
  if not regs then sh.fail("Cannot read registers: %s", err) end
  local names = {}
  if arg and arg ~= "" then
    for w in arg:gmatch("%S+") do
      w = w:gsub("^%$", "")
      if regs[w] == nil then sh.fail("Invalid register `%s'", w) end
      names[#names + 1] = w
    end
  else
    for _, r in ipairs(run.reg_order) do
      if regs[r] ~= nil then names[#names + 1] = r end
    end
  end
  local flags = { [0] = "CF", [2] = "PF", [4] = "AF", [6] = "ZF",
    [7] = "SF", [8] = "TF", [9] = "IF", [10] = "DF", [11] = "OF" }
  for _, r in ipairs(names) do
    local v = regs[r]
    local nat
    if r == "rip" or r == "rsp" or r == "rbp" or r:match("_base$") then
      nat = string.format("0x%x", v)
    elseif r == "eflags" then
      local set = {}
      for bit = 0, 11 do
        if flags[bit] and v & (1 << bit) ~= 0 then
          set[#set + 1] = flags[bit]
        end
      end
      nat = "[ " .. table.concat(set, " ") .. " ]"
    else
      nat = tostring(v)
    end
    sh.out("%-15s%-19s%s", r, string.format("0x%x", v), nat)
  end
end

local function info_args()
  local c = run.cur_call()
  local d = c:decoded()
  local regs = { "rdi", "rsi", "rdx", "r10", "r8", "r9" }
  local n = #d.args
  for i = 1, n do
    sh.out("arg%d (%s) = %-20s %s", i, regs[i] or "?",
      string.format("0x%x", c.args[i]), d.args[i])
  end
  if n == 0 then sh.out("No arguments.") end
  if c.state == "exit" then sh.out("ret = %s", d.ret or tostring(c.ret)) end
end

local function info_fds()
  local pid = run.S.pid or run.cur_tid()
  local names = pt.listdir("/proc/" .. pid .. "/fd")
  if not names then sh.fail("Cannot list the fds of process %d.", pid) end
  table.sort(names, function(a, b) return tonumber(a) < tonumber(b) end)
  for _, fd in ipairs(names) do
    sh.out("%-4s %s", fd, pt.readlink("/proc/" .. pid .. "/fd/" .. fd) or "?")
  end
end

local function info_maps()
  local pid = run.S.pid or run.cur_tid()
  if not run.alive() then sh.fail("The program is not being run.") end
  local f = io.open("/proc/" .. pid .. "/maps")
  if not f then sh.fail("Cannot read the maps of process %d.", pid) end
  for line in f:lines() do sh.out("%s", line) end
  f:close()
end

local function glob_pattern(g)
  return "^" .. g:gsub("[%^%$%(%)%%%.%[%]%+%-]", "%%%0")
    :gsub("%*", ".*"):gsub("%?", ".") .. "$"
end

local function info_syscalls(arg)
  local pat = arg ~= "" and glob_pattern(arg) or nil
  local all = pt.syscalls()
  local nrs = {}
  for nr, name in pairs(all) do
    if not pat or name:match(pat) then nrs[#nrs + 1] = nr end
  end
  table.sort(nrs)
  for _, nr in ipairs(nrs) do sh.out("%4d  %s", nr, all[nr]) end
  if #nrs == 0 then sh.out("No syscall matches '%s'.", arg) end
end

local groups = { "file", "network", "process", "memory", "signal", "desc",
  "ipc", "creds", "stat", "lstat", "fstat", "statfs", "fstatfs", "clock",
  "pure" }

local function info_groups(arg)
  for _, g in ipairs(groups) do
    local names = pt.group(g)
    if names and (arg == "" or g == arg:gsub("^[%%]", "")) then
      if arg == "" then
        sh.out("%%%-10s %d syscalls", g, #names)
      else
        sh.out("%s", table.concat(names, " "))
      end
    end
  end
end

local function info_signals(arg)
  local from, to = 1, 31
  if arg ~= "" then
    from = math.tointeger(tonumber(arg)) or pt.signum(arg)
    if not from then sh.fail("Bad signal '%s'", arg) end
    to = from
  end
  sh.out("Signal        Stop\tPrint\tPass to program\tDescription")
  for s = from, to do
    local name = pt.signame(s)
    if name then
      local h = run.handling(s)
      sh.out("%-13s %s\t%s\t%s\t\t%s", name, h.stop and "Yes" or "No",
        h.print and "Yes" or "No", h.pass and "Yes" or "No",
        run.sigdesc(name))
    end
  end
end

local function info_program()
  local S = run.S
  if not run.alive() then
    sh.out("The program being traced is not being run.")
    return
  end
  sh.out("\tProcess %d, %s.", S.pid, S.spawned and "spawned" or "attached")
  if S.cur then
    sh.out("It stopped%s.", S.cur.c and (" at " .. run.call_line(S.cur.c))
      or "")
  end
end

local info_subs = {
  breakpoints = function() require("mytrace.cmd_break").info_breakpoints() end,
  registers = info_regs,
  args = info_args,
  threads = function() run.info_threads() end,
  fds = info_fds,
  maps = info_maps,
  syscalls = info_syscalls,
  groups = info_groups,
  signals = info_signals,
  program = info_program,
}
local info_names = sh.sorted_names(info_subs)
local info_alias = { b = "breakpoints", r = "registers", regs = "registers",
  all = "registers", watchpoints = "breakpoints", handle = "signals",
  files = "fds" }

cmd("info", [[Show things about the program and the shell:
  info breakpoints        catchpoints, trace points and script hooks
  info registers [REG]    (info regs, i r) registers of the thread
  info args               the current call's arguments, decoded
  info threads            the traced threads
  info fds                the open file descriptors (/proc/PID/fd)
  info maps               the memory map (/proc/PID/maps)
  info syscalls [GLOB]    syscall numbers and names: info syscalls *stat*
  info groups [NAME]      syscall groups (%file ...) and their members
  info signals [SIG]      what handle says for each signal
  info program            the program's state]], function(arg)
  local sub, rest = arg:match("^(%S+)%s*(.-)%s*$")
  if not sub then
    sh.out('List of info subcommands: %s.', table.concat(info_names, ", "))
    return
  end
  sub = sh.subcommand("info", sub, info_names, info_alias)
  info_subs[sub](rest)
end, { aliases = { "i", "inf" }, complete = function(word, words)
    if #words == 1 then
      local t = {}
      for _, n in ipairs(info_names) do t[#t + 1] = n end
      t[#t + 1] = "regs"
      return t
    end
    if words[2] and words[2]:match("^r") then
      local t = {}
      for _, r in ipairs(run.reg_order) do t[#t + 1] = r end
      return t
    end
    return {}
  end })

M.info_subs = info_subs
return M
