-- count_opens.lua - count the files a program opens, by path.
--
-- Every open/openat/creat that completes adds one to its path (resolved
-- against the directory it is relative to); failed opens are counted
-- apart.  The table is printed when the program ends (or on Ctrl-C).
--
--   mytrace -s scripts/count_opens.lua cat /etc/passwd /etc/hostname
--   mytrace -s scripts/count_opens.lua -a failed=false make
--
-- Arguments: -a failed=true|false  also count failed opens (default true)

script{
  name = "count_opens",
  description = "count opened files by path, printed at exit",
  args = {
    failed = { default = true, help = "also count failed opens" },
  },
}

local opens = agg.count("opens by path")
local failures = agg.count("failed opens by path (errno)")

on_syscall({ "open", "openat", "creat" }, function(c)
  local path = c:path() or "?"
  if c.ok then
    opens:add(path)
  elseif args.failed then
    failures:add(path .. " (" .. c.err .. ")")
  end
end)
