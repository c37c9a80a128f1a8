-- mytrace.shell: the mytrace> shell's command table (DESIGN.md section 6).
--
-- src/repl.c reads the lines and calls setup, execute, complete, prompt,
-- source and finish.  Commands are plain Lua functions registered with
-- command(name, help, fn [, opts]) (also a global, for scripts and
-- ~/.mytraceinit); GDB's habits live here: unique prefixes, aliases, an
-- empty line repeating the last command, multi-line blocks (lua ... end,
-- commands N ... end).  The tracee side is in mytrace.shell_run (with
-- shell_state, shell_stop, shell_signals, shell_cmds), the other
-- commands in mytrace.cmd_*.

local lib = require("mytrace")
local pt = require("mytrace.core")

local M = {}

local cmds = {}         -- name -> { name, help, fn, opts }
local aliases = {}      -- alias -> name
local last_line = nil   -- what an empty line repeats
local block = nil       -- multi-line block being read: { lines, done }

M.cmds = cmds
M.aliases = aliases
M.repl = { running = function() end, handled = function() end,
           interrupted = function() return false end,
           ask = function() return true end }
M.tty = false

-- --- output ----------------------------------------------------------------

function M.out(fmt, ...)
  io.stdout:write(string.format(fmt, ...), "\n")
end

function M.err(fmt, ...)
  io.stdout:flush()
  io.stderr:write(string.format(fmt, ...), "\n")
  io.stderr:flush()
end

-- A command's own error: one line, no traceback.
local usage_mt = { __tostring = function(e) return e.msg end }
function M.fail(fmt, ...)
  error(setmetatable({ msg = string.format(fmt, ...) }, usage_mt), 0)
end

-- --- the command table ------------------------------------------------------

-- command(name, help, fn [, opts]): fn(argstring, name) runs the command.
-- help: first line is the summary shown by `help`.  opts: aliases = {...},
-- norepeat = true (an empty line does not repeat it), complete =
-- function(word, words) -> candidates.
function M.command(name, help, fn, opts)
  if type(name) ~= "string" or not name:match("^[%w_%-]+$") and name ~= "=" then
    error("command: bad name '" .. tostring(name) .. "'", 2)
  end
  if type(fn) ~= "function" then
    error("command: a function is expected", 2)
  end
  opts = opts or {}
  cmds[name] = { name = name, help = help or name, fn = fn, opts = opts }
  for _, a in ipairs(opts.aliases or {}) do aliases[a] = name end
  return cmds[name]
end

function M.alias(a, name) aliases[a] = name end

-- The words of a command's arguments, split at white space.
function M.words(s)
  local t = {}
  for w in s:gmatch("%S+") do t[#t + 1] = w end
  return t
end

local function sorted_names(t)
  local names = {}
  for n in pairs(t) do names[#names + 1] = n end
  table.sort(names)
  return names
end
M.sorted_names = sorted_names

-- Resolve a word to a command: exact name, alias, unique prefix.
function M.lookup(word)
  if cmds[word] then return cmds[word] end
  if aliases[word] then return cmds[aliases[word]] end
  local found = {}
  for _, n in ipairs(sorted_names(cmds)) do
    if n:sub(1, #word) == word then found[#found + 1] = n end
  end
  if #found == 1 then return cmds[found[1]] end
  if #found > 1 then
    M.fail('Ambiguous command "%s": %s.', word, table.concat(found, ", "))
  end
  M.fail('Undefined command: "%s".  Try "help".', word)
end

-- Resolve a subcommand word among @names (a list) with prefixes and
-- @alias (word -> name).
function M.subcommand(what, word, names, alias)
  if alias and alias[word] then return alias[word] end
  local found = {}
  for _, n in ipairs(names) do
    if n == word then return n end
    if n:sub(1, #word) == word then found[#found + 1] = n end
  end
  if #found == 1 then return found[1] end
  if #found > 1 then
    M.fail('Ambiguous %s command "%s": %s.', what, word,
      table.concat(found, ", "))
  end
  M.fail('Undefined %s command: "%s".  Try "help %s".', what, word, what)
end

-- --- running one line -------------------------------------------------------

local function traceback(e)
  if getmetatable(e) == usage_mt then return e end
  if type(e) == "string" and e:find("interrupted!$") then
    return "Quit (interrupted)"
  end
  return debug.traceback(tostring(e), 2)
end

-- Run the command line @line; errors are printed, never raised.
-- Returns true when the shell should end (quit).
function M.run_line(line)
  local word, rest = line:match("^%s*([^%s/]+)(.*)$")
  if not word then return false end
  -- "x/4gx $rsp", "p/x $rax": the /FMT belongs to the arguments.
  if rest:sub(1, 1) ~= "/" then rest = rest:gsub("^%s+", "") end
  if word:sub(1, 1) == "=" then
    rest = word:sub(2) .. rest
    word = "="
  elseif word:sub(1, 1) == "!" and #word > 1 then
    rest = word:sub(2) .. " " .. rest
    word = "shell"
  end
  local ok, cmd = pcall(M.lookup, word)
  if not ok then
    M.err("%s", tostring(cmd))
    return false
  end
  local ok2, res = xpcall(cmd.fn, traceback, rest, cmd.name)
  if not ok2 then
    M.err("%s", tostring(res))
    -- An error inside the run loop: tracees may still run.
    local run = package.loaded["mytrace.shell_run"]
    if run then run.settle() end
    return false
  end
  return res == "quit"
end

-- Lines of a multi-line block go to block.add until it says done.
function M.begin_block(add)
  block = { add = add }
end

-- execute(line) -> true to end the shell.  Called by src/repl.c.
function M.execute(line)
  if block then
    local ok, err = pcall(block.add, line)
    if not ok or err == "done" then block = nil end
    if not ok then M.err("%s", tostring(err)) end
    return false
  end
  if line:match("^%s*#") then return false end
  if line:match("^%s*$") then
    if not last_line then return false end
    line = last_line
  else
    last_line = nil
    local word = line:match("^%s*([^%s/]+)")
    local ok, cmd = pcall(M.lookup, word)
    if ok and not cmd.opts.norepeat then last_line = line end
  end
  local quit = M.run_line(line)
  io.stdout:flush()
  return quit
end

function M.prompt()
  if block then return ">" .. " " end
  return "mytrace> "
end

-- source(path): a .lua file runs as a script (its hooks are
-- catchpoints); anything else is commands, stopping at the first error.
function M.source(path)
  if path:match("%.lua$") then
    local chunk, err = loadfile(path)
    if not chunk then M.fail("%s", err) end
    chunk()
    return
  end
  local f, err = io.open(path)
  if not f then M.fail("%s", err) end
  for line in f:lines() do
    if M.execute(line) then break end
  end
  f:close()
end

-- --- completion -------------------------------------------------------------

-- complete(line, start, stop) -> candidates for line:sub(start+1, stop),
-- or "files".  Called by src/repl.c on TAB.
function M.complete(line, start, stop)
  local before = line:sub(1, start)
  local word = line:sub(start + 1, stop)
  local words = M.words(before)
  local out = {}
  local function add_matching(list)
    for _, n in ipairs(list) do
      if n:sub(1, #word) == word then out[#out + 1] = n end
    end
  end
  if word:sub(1, 1) == "$" then
    local run = package.loaded["mytrace.shell_run"]
    for _, r in ipairs(run and run.reg_order or {}) do
      if ("$" .. r):sub(1, #word) == word then out[#out + 1] = "$" .. r end
    end
    return out
  end
  if #words == 0 then
    add_matching(sorted_names(cmds))
    return out
  end
  local ok, cmd = pcall(M.lookup, words[1])
  if not ok then return out end
  local c = cmd.opts.complete
  if c == "files" then return "files" end
  if type(c) == "function" then
    local r = c(word, words)
    if r == "files" then return r end
    add_matching(r or {})
  end
  return out
end

-- --- setup and finish -------------------------------------------------------

function M.setup(t)
  M.tty = t.tty
  M.batch = t.batch
  if t.repl then M.repl = t.repl end
  local run = require("mytrace.shell_run")
  require("mytrace.shell_cmds")
  require("mytrace.cmd_break")
  require("mytrace.cmd_data")
  require("mytrace.cmd_misc")
  for _, s in ipairs(t.sources or {}) do
    local chunk, err
    if s.chunk then
      chunk, err = load(s.text, "=(-E)")
    else
      chunk, err = loadfile(s.text)
    end
    if not chunk then
      M.err("mytrace: %s", err)
      return false
    end
    local ok, e = xpcall(chunk, traceback)
    if not ok then
      M.err("mytrace: %s", tostring(e))
      return false
    end
  end
  return run.start(t)
end

function M.finish()
  local run = require("mytrace.shell_run")
  run.settle_all()
  lib.settings.print = "none"
  return 0
end

_G.command = M.command
return M
