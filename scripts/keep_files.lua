-- keep_files.lua - nothing gets deleted: unlink and unlinkat become
-- no-ops that return 0, so the program believes its files are gone
-- while they stay on disk (temporary files, logs rotated away, the
-- evidence of a failing build step...).
--
-- The calls are skipped at entry (the kernel never sees them).  Each
-- kept file is printed.  rmdir and unlinkat(..., AT_REMOVEDIR) are left
-- alone unless -a dirs=true.
--
--   mytrace -f -s scripts/keep_files.lua make test
--   mytrace -s scripts/keep_files.lua -a pattern='%.log$' ./server
--
-- Arguments: -a pattern=PAT  only paths matching this Lua pattern (all)
--            -a dirs=BOOL    keep directories too (default false)

script{
  name = "keep_files",
  description = "unlink/unlinkat become no-ops returning 0 (-a pattern=)",
  args = {
    pattern = { default = "", help = "Lua pattern of the paths to keep" },
    dirs = { default = false, help = "also keep directories (rmdir)" },
  },
}

local AT_REMOVEDIR = 0x200
local kept = 0

on_enter({ "unlink", "unlinkat", "rmdir" }, function(c)
  local is_dir = c.name == "rmdir"
    or (c.name == "unlinkat" and c.args[3] & AT_REMOVEDIR ~= 0)
  if is_dir and not args.dirs then return end
  local path = c:path() or "?"
  if args.pattern ~= "" and not path:find(args.pattern) then return end
  c:skip(0)
  kept = kept + 1
  printf("mytrace: kept %s (%s skipped)\n", path, c.name)
end)

on_end(function()
  printf("mytrace: %d %s kept\n", kept, kept == 1 and "file" or "files")
end)
