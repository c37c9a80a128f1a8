-- exec_tree.lua - the tree of processes a program starts, each with the
-- command line it ran (its last execve) and how it ended, printed when
-- tracing ends.  Needs -f to see the children.
--
--   mytrace -f -s scripts/exec_tree.lua make
--   mytrace -f -s scripts/exec_tree.lua sh -c 'ls | wc -l'
--
-- Arguments: -a width=N  cut command lines after N characters (100)
--
-- Output:
--   process tree
--   1200 sh -c ls | wc -l [exit 0]
--   |- 1201 ls [exit 0]
--   `- 1202 wc -l [exit 0]
-- A process that forked without exec'ing shows its parent's command
-- line in parentheses; threads are not shown.

script{
  name = "exec_tree",
  description = "process tree with argv and exit status, printed at exit",
  args = { width = { default = 100, help = "cut command lines here" } },
}

local procs = {}    -- pid -> { pid, parent, argv, execs, code, kids }
local order = {}    -- pids in the order they appeared
local root = nil

local function cmdline(pid)
  local f = io.open("/proc/" .. pid .. "/cmdline", "rb")
  if not f then return nil end
  local s = f:read("a") or ""
  f:close()
  local argv = {}
  for a in s:gmatch("([^%z]*)%z") do argv[#argv + 1] = a end
  return argv
end

local function proc(pid, parent)
  local p = procs[pid]
  if not p then
    p = { pid = pid, parent = parent, kids = {}, execs = 0 }
    procs[pid] = p
    order[#order + 1] = pid
    if parent and procs[parent] then
      local kids = procs[parent].kids
      kids[#kids + 1] = pid
    end
  end
  return p
end

on_start(function(pid)
  root = pid
  proc(pid).argv = cmdline(pid)
end)

on_fork(function(e)
  if e.fork_kind == "clone" then return end   -- a thread (or alike)
  local p = proc(e.child, e.pid)
  local parent = procs[e.pid]
  p.argv = parent and parent.argv
end)

on_exec(function(e)
  local p = proc(e.pid)
  p.argv = e.argv or cmdline(e.pid) or { e.path or "?" }
  p.execs = p.execs + 1
end)

on_exit(function(e)
  local p = procs[e.pid]
  if not p then return end
  if e.signame then
    p.fate = "killed by " .. e.signame
  else
    p.fate = "exit " .. tostring(e.status)
  end
end)

local function describe(p)
  local line = table.concat(p.argv or { "?" }, " ")
  if #line > args.width then line = line:sub(1, args.width) .. "..." end
  if p.execs == 0 and p.pid ~= root then line = "(" .. line .. ")" end
  return string.format("%d %s [%s]", p.pid, line, p.fate or "running")
end

local function walk(pid, prefix, last, top)
  local p = procs[pid]
  if top then
    printf("%s\n", describe(p))
  else
    printf("%s%s %s\n", prefix, last and "`-" or "|-", describe(p))
    prefix = prefix .. (last and "   " or "|  ")
  end
  for i, kid in ipairs(p.kids) do
    walk(kid, prefix, i == #p.kids, false)
  end
end

on_end(function()
  printf("process tree\n")
  for _, pid in ipairs(order) do
    local p = procs[pid]
    -- Roots: the program, attached processes, orphans of unknown parents.
    if not p.parent or not procs[p.parent] then walk(pid, "", true, true) end
  end
end)
