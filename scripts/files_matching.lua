-- files_matching.lua - the files a program opens whose path matches a
-- Lua pattern, one line per open, with the result.
--
-- Paths are resolved against the directory they are relative to (the
-- dirfd of openat, or the cwd), so a pattern can anchor on "^/".  Lua
-- patterns, not regexes: "%." is a literal dot, "%.so" a shared
-- library, "^/etc/" what lives in /etc.
--
--   mytrace -s scripts/files_matching.lua -a pattern='%.conf$' make
--   mytrace -s scripts/files_matching.lua -a pattern='^/etc/' -f sh -c 'ls /etc'
--   mytrace -s scripts/files_matching.lua -a pattern=passwd -a failed=false -p 1234
--
-- Arguments: -a pattern=PAT  Lua pattern the path must match (required)
--            -a failed=BOOL  also show opens that failed (default true)
--
-- Output: "[PID] openat /etc/passwd = 3" or "... = -1 ENOENT".

script{
  name = "files_matching",
  description = "opens whose path matches a Lua pattern (-a pattern=PAT)",
  args = {
    pattern = { required = true, help = "Lua pattern the path must match" },
    failed = { default = true, help = "also show failed opens" },
  },
}

-- Check the pattern once, before the program starts.
local ok, msg = pcall(string.find, "", args.pattern)
if not ok then
  error("-a pattern=" .. args.pattern .. ": " .. msg, 0)
end

local matched = 0

on_syscall({ "open", "openat", "openat2", "creat" }, function(c)
  local path = c:path()
  if not path or not path:find(args.pattern) then return end
  if c.failed and not args.failed then return end
  matched = matched + 1
  if c.ok then
    printf("[%d] %s %s = %d\n", c.pid, c.name, path, c.ret)
  else
    printf("[%d] %s %s = -1 %s\n", c.pid, c.name, path, c.err)
  end
end)

on_end(function()
  printf("%d open%s matched '%s'\n", matched, matched == 1 and "" or "s",
    args.pattern)
end)
