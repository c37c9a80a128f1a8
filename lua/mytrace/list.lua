-- mytrace.list: what -l shows, the scripts on the search path with the
-- description of their script{...} metadata.
--
-- Scripts are not run to find it (they may do anything at load time):
-- the description is read from the text, the string after
-- `description =`, or else the first comment line.

local pt = require("mytrace.core")

local function read_meta(file)
  local f = io.open(file)
  if not f then return nil end
  local text = f:read("a")
  f:close()
  local meta = {}
  for _, key in ipairs({ "name", "description" }) do
    local _, v = text:match(key .. "%s*=%s*([\"'])(.-)%1")
    if not v then
      v = text:match(key .. "%s*=%s*%[%[(.-)%]%]")
    end
    meta[key] = v
  end
  if not meta.description then
    meta.description = text:match("^%-%-%s*([^\n]+)")
      or text:match("\n%-%-%s*([^\n]+)")
  end
  return meta
end

-- list(exedir) -> { {name=, description=, file=}, ... }
return function(exedir)
  local dirs = { "scripts" }
  local home = os.getenv("HOME")
  local xdg = os.getenv("XDG_CONFIG_HOME")
  if xdg and xdg ~= "" then
    dirs[#dirs + 1] = xdg .. "/mytrace/scripts"
  elseif home then
    dirs[#dirs + 1] = home .. "/.config/mytrace/scripts"
  end
  if exedir then
    dirs[#dirs + 1] = exedir .. "/scripts"
    dirs[#dirs + 1] = exedir .. "/../share/mytrace/scripts"
  end
  dirs[#dirs + 1] = pt.datadir .. "/scripts"

  local out, seen = {}, {}
  for _, dir in ipairs(dirs) do
    local names = pt.listdir(dir)
    for _, n in ipairs(names or {}) do
      local base = n:match("^(.*)%.lua$")
      if base and not seen[base] then
        seen[base] = true
        local file = dir .. "/" .. n
        local meta = read_meta(file) or {}
        out[#out + 1] = { name = base, file = file,
                          description = meta.description }
      end
    end
  end
  return out
end
