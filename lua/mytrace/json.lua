-- mytrace.json: json.encode(value) -> a compact JSON text.
--
-- Tables with only the keys 1..n are arrays (an empty table is []),
-- other tables are objects with their keys sorted, so output is stable.
-- json.null encodes as null.  Integers beyond 2^53 are written as
-- strings, since JSON readers would round them (DESIGN.md section 4).

local M = {}

M.null = setmetatable({}, { __tostring = function() return "null" end })

local escapes = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

local function quote(s)
  return '"' .. s:gsub('[%c"\\]', function(ch)
    return escapes[ch] or string.format("\\u%04x", ch:byte())
  end) .. '"'
end

local encode

local function is_array(t)
  local n = #t
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  return count == n
end

local function encode_table(t, seen, out)
  if seen[t] then error("json.encode: a table contains itself", 0) end
  seen[t] = true
  if is_array(t) then
    out[#out + 1] = "["
    for i = 1, #t do
      if i > 1 then out[#out + 1] = "," end
      encode(t[i], seen, out)
    end
    out[#out + 1] = "]"
  else
    local keys = {}
    for k in pairs(t) do
      if type(k) ~= "string" and type(k) ~= "number" then
        error("json.encode: a key of type " .. type(k), 0)
      end
      keys[#keys + 1] = k
    end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    out[#out + 1] = "{"
    for i, k in ipairs(keys) do
      if i > 1 then out[#out + 1] = "," end
      out[#out + 1] = quote(tostring(k))
      out[#out + 1] = ":"
      encode(t[k], seen, out)
    end
    out[#out + 1] = "}"
  end
  seen[t] = nil
end

encode = function(v, seen, out)
  local ty = type(v)
  if v == nil or v == M.null then
    out[#out + 1] = "null"
  elseif ty == "boolean" then
    out[#out + 1] = tostring(v)
  elseif ty == "number" then
    if math.type(v) == "integer" then
      if v > 9007199254740992 or v < -9007199254740992 then
        out[#out + 1] = '"' .. tostring(v) .. '"'
      else
        out[#out + 1] = tostring(v)
      end
    elseif v ~= v or v == math.huge or v == -math.huge then
      out[#out + 1] = "null"
    else
      out[#out + 1] = string.format("%.17g", v)
    end
  elseif ty == "string" then
    out[#out + 1] = quote(v)
  elseif ty == "table" then
    encode_table(v, seen, out)
  else
    error("json.encode: cannot encode a " .. ty, 0)
  end
end

-- json.encode(v [, keys]): keys, a list, fixes the order of the
-- top-level object's members (the others follow, sorted).
function M.encode(v, keys)
  local out = {}
  if keys and type(v) == "table" then
    local done = {}
    out[1] = "{"
    for _, k in ipairs(keys) do
      if v[k] ~= nil then
        if #out > 1 then out[#out + 1] = "," end
        out[#out + 1] = quote(tostring(k)) .. ":"
        encode(v[k], {}, out)
        done[k] = true
      end
    end
    local rest = {}
    for k, x in pairs(v) do
      if not done[k] then rest[k] = x end
    end
    if next(rest) then
      local tail = {}
      encode_table(rest, {}, tail)
      if #out > 1 then out[#out + 1] = "," end
      out[#out + 1] = table.concat(tail):sub(2, -2)
    end
    out[#out + 1] = "}"
    return table.concat(out)
  end
  encode(v, {}, out)
  return table.concat(out)
end

return M
