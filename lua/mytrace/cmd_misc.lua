-- mytrace.cmd_misc: set/show, source, script, shell, echo, help.

local pt = require("mytrace.core")
local lib = require("mytrace")
local sh = require("mytrace.shell")
local run = require("mytrace.shell_run")
local data = require("mytrace.cmd_data")

local cmd = sh.command

-- --- settings ------------------------------------------------------------------

local function on_off(v)
  if v == "on" or v == "1" or v == "yes" or v == "true" then return true end
  if v == "off" or v == "0" or v == "no" or v == "false" then return false end
  sh.fail('"on" or "off" expected.')
end

local settings = {
  strsize = {
    help = "bytes of strings shown (strace's --string-limit)",
    get = function() return tostring(pt.config("strsize")) end,
    set = function(v)
      local n = math.tointeger(tonumber(v))
      if not n or n < 0 then sh.fail("integer %s out of range", v) end
      pt.config("strsize", n)
    end,
  },
  columns = {
    help = "column of the return values (strace's --columns)",
    get = function() return tostring(pt.config("columns")) end,
    set = function(v)
      pt.config("columns", math.tointeger(tonumber(v)) or
        sh.fail("integer expected"))
    end,
  },
  verbose = {
    help = "structures and environments in full (strace's -v)",
    get = function() return pt.config("verbose") == 1 and "on" or "off" end,
    set = function(v) pt.config("verbose", on_off(v) and 1 or 0) end,
  },
  ["follow-fork"] = {
    help = "trace the children of the program (strace's -f), " ..
      "from the next fork on",
    get = function() return pt.config("follow") == 1 and "on" or "off" end,
    set = function(v) pt.config("follow", on_off(v) and 1 or 0) end,
  },
  print = {
    help = "print every call while running: none, strace or json",
    get = function() return lib.settings.print end,
    set = function(v)
      if v == "on" then v = "strace" elseif v == "off" then v = "none" end
      lib.set("print", v)
    end,
  },
  confirm = {
    help = "ask before killing or deleting",
    get = function() return sh.confirm == false and "off" or "on" end,
    set = function(v) sh.confirm = on_off(v) end,
  },
}
local setting_names = sh.sorted_names(settings)
local setting_alias = { ["follow-fork-mode"] = "follow-fork",
  follow = "follow-fork" }

cmd("set", [[Change a setting or the program:
  set var $REG = VALUE    set a register (set var $rax = -2)
  set var NAME = EXPR     set a Lua global
  set arg N = VALUE       change argument N of the current call (at entry)
  set strsize N           string bytes shown (default 32)
  set columns N           alignment of "= ret" (default 40)
  set verbose on|off      structures unabbreviated
  set follow-fork on|off  trace children (from the next fork on)
  set print none|strace|json   print every call while running
  set confirm on|off      ask before quitting with a live program]],
  function(arg)
    local sub, rest = arg:match("^(%S+)%s*(.*)$")
    if not sub then sh.fail("Argument required (expression to compute).") end
    if sub == "var" or sub == "variable" then return data.set_var(rest) end
    if sub == "arg" then return data.set_arg(rest) end
    if sub:sub(1, 1) == "$" then return data.set_var(arg) end
    sub = sh.subcommand("set", sub, setting_names, setting_alias)
    settings[sub].set((rest:gsub("^=%s*", "")))
  end, { complete = function(word, words)
      if #words == 1 then
        local t = { "var", "arg" }
        for _, n in ipairs(setting_names) do t[#t + 1] = n end
        return t
      end
      if words[2] == "print" then return { "none", "strace", "json" } end
      return { "on", "off" }
    end })

cmd("show", [[Show a setting: show [NAME]   (show version, show args)]],
  function(arg)
    if arg == "" then
      for _, n in ipairs(setting_names) do
        sh.out("%-12s %s", n, settings[n].get())
      end
      return
    end
    if arg == "version" then
      sh.out("mytrace shell, Lua API %d", pt.api)
      return
    end
    if arg == "args" then
      local a = run.S.argv
      sh.out('Argument list to give program being traced when started is "%s".',
        a and table.concat(a, " ", 2) or "")
      return
    end
    local sub = sh.subcommand("show", arg, setting_names, setting_alias)
    sh.out("%s is %s.", sub, settings[sub].get())
  end, { complete = function() return setting_names end })

-- --- source, script, shell ---------------------------------------------------------

cmd("source", [[Read commands from a file: source FILE
A .lua file runs as a script (its hooks are catchpoints: info
breakpoints); any other file is shell commands, one per line.]],
  function(arg)
    if arg == "" then sh.fail("source command requires file name of file to source.") end
    sh.source(arg)
  end, { complete = "files", norepeat = true })

local function exedir()
  local exe = pt.readlink("/proc/self/exe")
  return exe and exe:match("^(.*)/[^/]*$")
end

local function find_script(name)
  local list = require("mytrace.list")(exedir())
  for _, s in ipairs(list) do
    if s.name == name or s.file == name then return s end
  end
  if name:match("%.lua$") and io.open(name) then
    return { name = name, file = name }
  end
  sh.fail("No script named '%s' (see script list).", name)
end

cmd("script", [[Example and user scripts:
  script list                  the scripts found, with their description
  script info NAME             where it is and what it says
  script run NAME [KEY=VAL]... run it here (its hooks, its args.KEY)]],
  function(arg)
    local sub, rest = arg:match("^(%S+)%s*(.*)$")
    sub = sh.subcommand("script", sub or "list", { "list", "info", "run" })
    if sub == "list" then
      for _, s in ipairs(require("mytrace.list")(exedir())) do
        sh.out("%-20s %s", s.name, s.description or "")
      end
      return
    end
    local name, kvs = rest:match("^(%S+)%s*(.*)$")
    if not name then sh.fail("script %s NAME", sub) end
    local s = find_script(name)
    if sub == "info" then
      sh.out("%s: %s\n  %s", s.name, s.description or "", s.file)
      return
    end
    for kv in kvs:gmatch("%S+") do
      local k, v = kv:match("^([^=]+)=(.*)$")
      if k then _G.args[k] = v else _G.args[kv] = true end
    end
    local chunk, err = loadfile(s.file)
    if not chunk then sh.fail("%s", err) end
    chunk()
    sh.out("Script %s loaded (info breakpoints shows its hooks).", s.name)
  end, { complete = function(word, words)
      if #words == 1 then return { "list", "info", "run" } end
      local t = {}
      for _, s in ipairs(require("mytrace.list")(exedir())) do
        t[#t + 1] = s.name
      end
      return t
    end })

cmd("shell", [[Run a shell command: shell CMD (or !CMD)]], function(arg)
  io.stdout:flush()
  os.execute(arg ~= "" and arg or (os.getenv("SHELL") or "/bin/sh"))
end, { norepeat = true, complete = "files" })

cmd("echo", [[Print text: echo TEXT (\n for a newline)]], function(arg)
  io.stdout:write((arg:gsub("\\n", "\n")))
end)

-- --- help --------------------------------------------------------------------------

cmd("help", [[Show the commands, or what one does: help [CMD] ]],
  function(arg)
    if arg ~= "" then
      local c = sh.lookup(arg:match("^%S+"))
      sh.out("%s", c.help)
      local al = {}
      for a, n in pairs(sh.aliases) do
        if n == c.name then al[#al + 1] = a end
      end
      table.sort(al)
      if #al > 0 then sh.out("Aliases: %s", table.concat(al, ", ")) end
      return
    end
    sh.out("mytrace shell commands (help CMD for one; unique prefixes work):")
    for _, n in ipairs(sh.sorted_names(sh.cmds)) do
      local first = sh.cmds[n].help:match("^[^\n]*")
      sh.out("  %-10s %s", n, first)
    end
    sh.out("Add your own from Lua: command(name, help, function(args) ... end)")
  end, { aliases = { "h" }, complete = function()
      return sh.sorted_names(sh.cmds)
    end })
