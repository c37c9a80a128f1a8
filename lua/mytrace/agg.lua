-- mytrace.agg: aggregations, bpftrace style.
--
--   local opens = agg.count("opens by path")  -- or agg.count{title=,
--   opens:add(c:path())                       --   print=false}
--   opens:print{top = 10}
--
-- count() adds 1 (or v), sum() adds v, hist() files values into log2
-- buckets (a histogram per key, or one when add(v) gets a single value).
-- Every aggregation not printed yet is printed when tracing ends, unless
-- made with print = false.

local M = {}

local all = {}

local Agg = {}
Agg.__index = Agg

local function new(kind, opts)
  if type(opts) == "string" then opts = { title = opts } end
  opts = opts or {}
  if type(opts) ~= "table" then
    error("agg." .. kind .. ": a title or an options table is expected", 3)
  end
  local a = setmetatable({ kind = kind, data = {}, title = opts.title,
    autoprint = opts.print ~= false, printed = false }, Agg)
  all[#all + 1] = a
  return a
end

function M.count(opts) return new("count", opts) end
function M.sum(opts) return new("sum", opts) end
function M.hist(opts) return new("hist", opts) end

-- log2 bucket of v: -1 for negatives, 0 for 0, k+1 for [2^k, 2^(k+1)).
local function bucket(v)
  v = math.floor(v)
  if v < 0 then return -1 end
  if v == 0 then return 0 end
  local k = 0
  while v >= 2 do
    v = v >> 1
    k = k + 1
  end
  return k + 1
end

local function num(v)
  if type(v) ~= "number" then
    error("agg: a number is expected, got " .. type(v), 3)
  end
  return v
end

function Agg:add(key, v)
  local d = self.data
  if self.kind == "hist" then
    if v == nil then key, v = "", key end
    local b = bucket(num(v))
    local h = d[key]
    if not h then
      h = {}
      d[key] = h
    end
    h[b] = (h[b] or 0) + 1
    return
  end
  if key == nil then error("agg: add needs a key", 2) end
  if self.kind == "sum" and v == nil then
    error("agg.sum: add(key, value) needs a value", 2)
  end
  d[key] = (d[key] or 0) + num(v or 1)
end

function Agg:get(key) return self.data[key] end
function Agg:clear() self.data = {} end

local function hist_total(h)
  local n = 0
  for _, c in pairs(h) do n = n + c end
  return n
end

-- { {key, value}, ... } sorted by value (largest first), then key.
function Agg:sorted()
  local items = {}
  for k, v in pairs(self.data) do
    items[#items + 1] = { k, self.kind == "hist" and hist_total(v) or v }
  end
  table.sort(items, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return tostring(a[1]) < tostring(b[1])
  end)
  return items
end

local function size_label(n)
  local units = { "", "K", "M", "G", "T", "P" }
  local u = 1
  while n >= 1024 and n % 1024 == 0 and u < #units do
    n = n // 1024
    u = u + 1
  end
  return tostring(n) .. units[u]
end

local function bucket_label(b)
  if b == -1 then return "(..., 0)" end
  if b == 0 then return "[0]" end
  if b == 1 then return "[1]" end
  local lo = 1 << (b - 1)
  return "[" .. size_label(lo) .. ", " .. size_label(lo * 2) .. ")"
end

local BAR = 52

local function print_hist(out, h)
  local lo, hi, max = nil, nil, 0
  for b, c in pairs(h) do
    lo = (lo == nil or b < lo) and b or lo
    hi = (hi == nil or b > hi) and b or hi
    if c > max then max = c end
  end
  if not lo then return end
  for b = lo, hi do
    local c = h[b] or 0
    local w = max > 0 and (c * BAR) // max or 0
    out:write(string.format("%-20s %8d |%s%s|\n", bucket_label(b), c,
      string.rep("@", w), string.rep(" ", BAR - w)))
  end
end

-- a:print{top = N, out = file}: the largest N entries (all by default).
function Agg:print(o)
  o = o or {}
  local out = o.out or io.stdout
  local items = self:sorted()
  local top = o.top or #items
  self.printed = true
  if self.title then out:write(self.title, "\n") end
  if self.kind == "hist" then
    for i = 1, math.min(top, #items) do
      local k = items[i][1]
      if k ~= "" then out:write(tostring(k), ":\n") end
      print_hist(out, self.data[k])
      if i < math.min(top, #items) then out:write("\n") end
    end
    out:write("\n")
    return
  end
  local width = 10
  for i = 1, math.min(top, #items) do
    width = math.max(width, #tostring(items[i][1]))
  end
  for i = 1, math.min(top, #items) do
    local v = items[i][2]
    local fmt = math.type(v) == "integer" and "%-" .. width .. "s %10d\n"
      or "%-" .. width .. "s %10.6f\n"
    out:write(string.format(fmt, tostring(items[i][1]), v))
  end
  out:write("\n")
end

-- At the end: print what was not printed (and not made with print=false).
function M.print_pending()
  for _, a in ipairs(all) do
    if a.autoprint and not a.printed and next(a.data) ~= nil then
      a:print()
    end
  end
end

return M
