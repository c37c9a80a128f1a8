-- mytrace.cmd_break: catchpoints and trace points.  They are the hook
-- handles of the Lua API (mytrace.hooks): `catch syscall openat` is an
-- on_call hook whose function asks the run loop to stop; a hook made by
-- a script shows in `info breakpoints` as well, and its c:stop() stops.

local pt = require("mytrace.core")
local hooks = require("mytrace.hooks")
local sh = require("mytrace.shell")
local run = require("mytrace.shell_run")

local M = {}
local cmd = sh.command

-- "SPEC if COND" -> SPEC, COND
local function split_cond(arg)
  local spec, cond = arg:match("^(.-)%s*%f[%w]if%s+(.+)$")
  if spec then return spec, cond end
  if arg:match("^if%s") then return "", arg:sub(4) end
  return arg, nil
end

-- A condition: a Lua expression with c (the call, or the event) in
-- scope, and $REG for the registers of its thread.
local function compile_cond(cond, h_id)
  local src = "local c = ... return (" .. sh.expand_regs(cond, "c.tid") .. ")"
  local f, err = load(src, "=condition", "t", sh.eval_env())
  if not f then sh.fail("Bad condition: %s", err) end
  return function(c)
    local ok, r = pcall(f, c)
    if not ok then
      sh.err("Error in testing condition for catchpoint %s: %s",
        tostring(h_id and h_id() or "?"), tostring(r))
      return true
    end
    return r ~= nil and r ~= false
  end
end
M.compile_cond = compile_cond

-- The syscall spec of the catch/trace grammar: words separated by
-- spaces or commas, numbers, group:NAME or %NAME, empty for all.
local function parse_spec(words)
  local parts = {}
  for w in words:gmatch("[^%s,]+") do
    local n = math.tointeger(tonumber(w))
    if n then
      local name = pt.sysname(n)
      if not name then sh.fail("Unknown syscall number '%d'.", n) end
      w = name
    elseif w:match("^group:") then
      w = "%" .. w:sub(7)
    elseif not w:match("^[%%!/?]") and w ~= "all" and w ~= "*" and
        not pt.sysnr(w) then
      sh.fail("Unknown syscall name '%s'.", w)
    end
    parts[#parts + 1] = w
  end
  if #parts == 0 then return nil end
  return table.concat(parts, ",")
end

-- GDB's "(syscall 'openat' [257])" / "(syscalls 'a' [1] 'b' [2])".
local function describe(spec)
  if not spec or spec == "all" or spec == "*" then return "any syscall" end
  local set = pt.parse_set(spec)
  local names = {}
  for nr in pairs(set) do names[#names + 1] = nr end
  table.sort(names)
  if #names > 8 then
    return string.format("syscalls %s (%d)", spec, #names)
  end
  local out = {}
  for _, nr in ipairs(names) do
    out[#out + 1] = string.format("'%s' [%d]", pt.sysname(nr) or "?", nr)
  end
  return (#names == 1 and "syscall " or "syscalls ") .. table.concat(out, " ")
end

-- The function of a catchpoint: stop, unless ignore counts it down.
local function stopper(get_h)
  return function(c)
    local h = get_h()
    if h.ignore_count and h.ignore_count > 0 then
      h.ignore_count = h.ignore_count - 1
      return
    end
    run.request_stop({ why = "catch", hook = h, c = c.args and c or nil,
      tid = c.tid, msg = c.msg })
  end
end

local function make_catch_syscall(arg, temp, which)
  local spec_s, cond = split_cond(arg)
  local spec = parse_spec(spec_s)
  local h
  local opts = { once = temp or nil }
  if cond then opts.when = compile_cond(cond, function() return h.id end) end
  local fn = stopper(function() return h end)
  if which == "entry" then
    h = hooks.on_enter(spec, fn, opts)
  elseif which == "exit" then
    h = hooks.on_syscall(spec, fn, opts)
  else
    h = hooks.on_call(spec, fn, opts)
  end
  h.shell_type = "catchpoint"
  h.temp = temp
  h.cond_text = cond
  h.what = (which and ("syscall-" .. which .. " ") or "syscall ") ..
    (spec and ('"' .. spec .. '"') or "<any syscall>")
  sh.out("%s %d (%s)", temp and "Temporary catchpoint" or "Catchpoint",
    h.id, describe(spec))
  return h
end

local function event_msg(kind, e)
  if kind == "fork" then
    return string.format("forked process %d", e.child or 0)
  elseif kind == "exec" then
    return "exec'd " .. tostring(e.path)
  elseif kind == "exit" then
    return "exit"
  end
  return "signal " .. tostring(e.signame or e.sig)
end

-- After "Catchpoint N (exit), ": GDB's words for the end of a process
-- (its exit code in octal, as "[Inferior 1 (process P) exited with code
-- 03]").  Gone: it ended without an exit stop (SIGKILL).
local function exit_words(e)
  local how
  if e.sig then
    how = "killed by signal " .. (pt.signame(e.sig) or tostring(e.sig))
  elseif e.status == 0 then
    how = "exit normally"
  else
    how = string.format("exit with code %02o", e.status)
  end
  if e.gone then
    how = e.sig and how or how:gsub("^exit", "exited")
    return string.format("process %d %s", e.pid, how)
  end
  if e.sig then how = "be " .. how end
  return string.format("process %d about to %s", e.pid, how)
end

-- Is @tid a thread of process @pid (its Tgid)?
local function is_thread(tid, pid)
  local f = io.open("/proc/" .. tostring(tid) .. "/status")
  if not f then return false end
  local tgid = (f:read("a") or ""):match("\nTgid:%s*(%d+)")
  f:close()
  return tonumber(tgid) == pid
end

local function make_catch_event(kind, arg, temp)
  local rest, cond = split_cond(arg)
  local h
  local opts = { once = temp or nil }
  if cond then opts.when = compile_cond(cond, function() return h.id end) end
  local function fn(e)
    -- Not the execve that starts the program (GDB hides it too).
    if kind == "exec" and e.pid == run.S.pid and run.S.execs < 0 then
      return
    end
    -- Nor a new thread (GDB's catch fork does not see threads).
    if kind == "fork" and e.fork_kind == "clone" and
        is_thread(e.child, e.pid) then
      return
    end
    if h.ignore_count and h.ignore_count > 0 then
      h.ignore_count = h.ignore_count - 1
      return
    end
    run.request_stop({ why = "catch", hook = h, tid = e.tid,
      msg = event_msg(kind, e), after = kind == "exit" and exit_words(e) })
  end
  if kind == "signal" then
    local sig = rest ~= "" and rest ~= "all" and rest or nil
    if sig and not (math.tointeger(tonumber(sig)) or pt.signum(sig)) then
      sh.fail("Unknown signal name '%s'.", sig)
    end
    sig = sig and (math.tointeger(tonumber(sig)) or pt.signum(sig))
    h = hooks.on_signal(sig, fn, opts)
    h.what = "signal " .. (sig and pt.signame(sig) or "<any signal>")
  elseif kind == "fork" then
    if pt.config("follow") == 0 then
      pt.config("follow", true)
      sh.out("(follow-fork is now on: the forks to come are traced)")
    end
    h = hooks.on_fork(fn, opts)
    h.what = "fork"
  elseif kind == "exec" then
    h = hooks.on_exec(fn, opts)
    h.what = "exec"
  else
    -- Stops before the exit (the engine's exit stop): regs, x work.
    h = hooks.on_exiting(fn, opts)
    h.what = "exit"
  end
  h.shell_type = "catchpoint"
  h.temp = temp
  h.cond_text = cond
  sh.out("%s %d (%s)", temp and "Temporary catchpoint" or "Catchpoint",
    h.id, h.what)
end

local catch_kinds = { "syscall", "syscall-entry", "syscall-exit", "signal",
  "fork", "vfork", "exec", "exit" }

local function catch_cmd(arg, name)
  local temp = name == "tcatch"
  local kind, rest = arg:match("^(%S+)%s*(.*)$")
  if not kind then
    sh.fail("Catch requires an event name: %s.",
      table.concat(catch_kinds, ", "))
  end
  kind = sh.subcommand("catch", kind, catch_kinds)
  if kind == "syscall" then
    make_catch_syscall(rest, temp)
  elseif kind == "syscall-entry" then
    make_catch_syscall(rest, temp, "entry")
  elseif kind == "syscall-exit" then
    make_catch_syscall(rest, temp, "exit")
  else
    if kind == "vfork" then kind = "fork" end
    make_catch_event(kind, rest, temp)
  end
end

local function complete_syscalls(word, words)
  local out = {}
  if #words == 1 then return catch_kinds end
  local names = pt.syscalls()
  for _, n in pairs(names) do out[#out + 1] = n end
  for _, g in ipairs({ "file", "network", "process", "memory", "signal",
      "desc", "ipc", "creds" }) do
    out[#out + 1] = "%" .. g
    out[#out + 1] = "group:" .. g
  end
  table.sort(out)
  return out
end

cmd("catch", [[Set a catchpoint: catch syscall [NAMES] [if COND]
  catch syscall                 every syscall, at entry and return
  catch syscall openat read     those syscalls (also numbers, %file,
                                group:network, /regex, !name)
  catch syscall openat if c:path() == "/etc/passwd"
  catch syscall-entry SPEC      only at entry; syscall-exit: at return
  catch signal [SIG]            a signal for the program
  catch fork | exec | exit      process events (fork turns follow-fork on)
COND is a Lua expression; c is the call object (c.args[i], c:path(),
c:str(i), c.ret...), $REG a register.]], catch_cmd,
  { complete = function(word, words)
      if #words == 1 then return catch_kinds end
      return complete_syscalls(word, words)
    end })

cmd("tcatch", [[Set a temporary catchpoint (deleted when hit):
tcatch syscall SPEC [if COND], as catch.]], catch_cmd,
  { complete = complete_syscalls })

cmd("break", [[Catch a syscall: break SPEC [if COND] is catch syscall SPEC.]],
  function(arg) make_catch_syscall(arg, false) end,
  { aliases = { "b", "br" }, complete = function(w, words)
      return complete_syscalls(w, { "catch", "syscall" })
    end })

cmd("trace", [[Print calls without stopping: trace SPEC [if COND]
Each completed call of SPEC prints its strace line.]], function(arg)
  local spec_s, cond = split_cond(arg)
  local spec = parse_spec(spec_s)
  local h
  local opts = {}
  if cond then opts.when = compile_cond(cond, function() return h.id end) end
  h = hooks.on_syscall(spec, function(c)
    sh.out("%s%s", run.S.pid ~= c.pid and ("[pid " .. c.pid .. "] ") or "",
      (c:format()))
  end, opts)
  h.shell_type = "tracepoint"
  h.cond_text = cond
  h.what = "syscall " .. (spec and ('"' .. spec .. '"') or "<any syscall>")
  sh.out("Tracepoint %d (%s)", h.id, describe(spec))
end, { complete = function(w, words)
    return complete_syscalls(w, { "catch", "syscall" })
  end })

-- The hooks named by "N", "N M", "N-M" or nothing (all).
local function hooks_of(arg, what)
  local out = {}
  if arg:match("^%s*$") then
    for _, id in ipairs(sh.sorted_ids(hooks.by_id)) do
      out[#out + 1] = hooks.by_id[id]
    end
    return out
  end
  for w in arg:gmatch("%S+") do
    local a, b = w:match("^(%d+)%-(%d+)$")
    a, b = tonumber(a or w), tonumber(b or w)
    if not a then sh.fail("Convenience variable must have integer value.\n"
      .. "Args must be numbers or '$' variables.") end
    for id = a, b do
      local h = hooks.by_id[id]
      if h then
        out[#out + 1] = h
      else
        sh.err("No %s number %d.", what or "catchpoint", id)
      end
    end
  end
  return out
end

function sh.sorted_ids(t)
  local ids = {}
  for id in pairs(t) do ids[#ids + 1] = id end
  table.sort(ids)
  return ids
end

cmd("delete", [[Delete catchpoints (all without arguments): delete [N...]
]], function(arg)
  if arg:match("^%s*$") and sh.tty and next(hooks.by_id) and
      not sh.repl.ask("Delete all breakpoints? (y or n) ") then
    return
  end
  for _, h in ipairs(hooks_of(arg)) do h:delete() end
end, { aliases = { "d" } })

cmd("enable", [[Enable catchpoints: enable [N...]   enable once N]],
  function(arg)
    local once = arg:match("^once%s+(.*)$")
    for _, h in ipairs(hooks_of(once or arg)) do
      h:enable()
      if once then h.opts.once = true end
    end
  end)

cmd("disable", [[Disable catchpoints: disable [N...] ]], function(arg)
  for _, h in ipairs(hooks_of(arg)) do h:disable() end
end)

cmd("condition", [[Set or clear a condition: condition N [COND]
COND is a Lua expression (c is the call).]], function(arg)
  local n, cond = arg:match("^%s*(%d+)%s*(.*)$")
  if not n then sh.fail("Argument required (breakpoint number).") end
  local h = hooks.by_id[tonumber(n)]
  if not h then sh.fail("No breakpoint number %s.", n) end
  if cond == "" then
    h.opts.when = nil
    h.cond_text = nil
    sh.out("Breakpoint %d now unconditional.", h.id)
  else
    h.opts.when = compile_cond(cond, function() return h.id end)
    h.cond_text = cond
  end
end)

cmd("ignore", [[Ignore the next COUNT hits of a catchpoint: ignore N COUNT]],
  function(arg)
    local n, count = arg:match("^%s*(%d+)%s+(%d+)")
    if not n then sh.fail("Argument required (a breakpoint number).") end
    local h = hooks.by_id[tonumber(n)]
    if not h then sh.fail("No breakpoint number %s.", n) end
    h.ignore_count = tonumber(count)
    if h.ignore_count == 0 then
      sh.out("Will stop next time breakpoint %d is reached.", h.id)
    else
      sh.out("Will ignore next %d crossings of breakpoint %d.",
        h.ignore_count, h.id)
    end
  end)

cmd("commands", [[Commands to run when catchpoint N stops: commands [N]
then one command per line, ended by "end".  "silent" first: no stop
message.  A continue in the list resumes the program.]], function(arg)
  local n = tonumber(arg:match("%d+") or "")
  local h = n and hooks.by_id[n]
  if not n then
    local max = 0
    for id in pairs(hooks.by_id) do max = math.max(max, id) end
    h = hooks.by_id[max]
  end
  if not h then sh.fail("No breakpoints specified.") end
  local lines = {}
  if sh.tty then
    sh.out("Type commands for breakpoint(s) %d, one per line.", h.id)
    sh.out('End with a line saying just "end".')
  end
  sh.begin_block(function(line)
    if line:match("^%s*end%s*$") then
      h.commands = lines
      return "done"
    end
    lines[#lines + 1] = line:match("^%s*(.-)%s*$")
  end)
end)

function M.info_breakpoints()
  local ids = sh.sorted_ids(hooks.by_id)
  if #ids == 0 then
    sh.out("No breakpoints or watchpoints.")
    return
  end
  sh.out("Num     Type           Disp Enb What")
  for _, id in ipairs(ids) do
    local h = hooks.by_id[id]
    local what = h.what
    local ty = h.shell_type
    if not ty then
      ty = "hook"
      what = string.format("%s %s", h.list == "exit" and "on_syscall" or
        h.list == "enter" and "on_enter" or ("on_" .. h.list), h.spec or "")
    end
    sh.out("%-7d %-14s %-4s %-3s %s", id, ty,
      (h.temp or h.opts.once) and "del" or "keep",
      h.enabled and "y" or "n", what)
    if h.cond_text then sh.out("\tstop only if %s", h.cond_text) end
    if h.hits > 0 then
      sh.out("\t%s already hit %d time%s", ty == "hook" and "hook" or ty,
        h.hits, h.hits == 1 and "" or "s")
    end
    if h.ignore_count and h.ignore_count > 0 then
      sh.out("\tWill ignore next %d crossings of breakpoint.",
        h.ignore_count)
    end
    for _, l in ipairs(h.commands or {}) do sh.out("        %s", l) end
  end
end

return M
