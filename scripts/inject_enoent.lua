-- inject_enoent.lua - make opens of one path fail with ENOENT.
--
-- The open never reaches the kernel: at entry the call is skipped and
-- the program sees -1 ENOENT, as if the file did not exist.  Shows how a
-- program copes with a missing file without touching the file system.
--
--   mytrace -s scripts/inject_enoent.lua -a path=/etc/hostname cat /etc/hostname
--   mytrace -s scripts/inject_enoent.lua -a path=config.ini -a errno=EACCES ./app
--
-- Arguments: -a path=FILE   the path to fail (as given, or absolute)
--            -a errno=NAME  the error to return (default ENOENT)

script{
  name = "inject_enoent",
  description = "fail opens of one path (-a path=FILE) with ENOENT",
  args = {
    path = { required = true, help = "the path whose opens fail" },
    errno = { default = "ENOENT", help = "the error to inject" },
  },
}

on_enter({ "open", "openat", "creat" }, function(c)
  local i = c.name == "openat" and 2 or 1
  local raw = c:str(i)
  if raw == args.path or c:path() == args.path then
    c:fail(args.errno)
    printf("mytrace: %s(\"%s\") made to fail with %s\n", c.name, raw,
      args.errno)
  end
end)
