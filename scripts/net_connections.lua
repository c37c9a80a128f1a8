-- net_connections.lua - the network endpoints a program uses: every
-- connect, bind, accept and accept4 with its decoded address, its
-- result, and a count by address at the end.
--
-- Addresses are read from the program's memory: IPv4 "127.0.0.1:80",
-- IPv6 "[::1]:443", Unix sockets "unix:/run/x.sock" (abstract ones
-- "unix:@name"), other families "family N".  connect and bind show the
-- address asked for, accept the peer that came in.
--
--   mytrace -s scripts/net_connections.lua -f curl -s https://example.org
--   mytrace -s scripts/net_connections.lua -p $(pidof nginx)
--
-- Arguments: -a failed=BOOL  also show calls that failed (default true)
--
-- Output: "[PID] connect fd 4 -> 127.0.0.1:8080 = 0", then
-- "connections by address" (agg.count).

script{
  name = "net_connections",
  description = "connect/bind/accept with decoded addresses, counted",
  args = { failed = { default = true, help = "also show failed calls" } },
}

local int32 = require("mytrace.call").int32

local AF_UNIX, AF_INET, AF_INET6 = 1, 2, 10

local by_addr = agg.count("connections by address")

-- "2001:db8:0:0:0:0:0:1" -> "2001:db8::1": the longest run of zero
-- groups (two or more) becomes "::".
local function ipv6(bytes)
  local g = { string.unpack(">I2I2I2I2I2I2I2I2", bytes) }
  g[9] = nil
  local best, best_len, i = nil, 1, 1
  while i <= 8 do
    if g[i] == 0 then
      local j = i
      while j <= 8 and g[j] == 0 do j = j + 1 end
      if j - i > best_len then best, best_len = i, j - i end
      i = j
    else
      i = i + 1
    end
  end
  local parts = {}
  for k = 1, 8 do parts[k] = string.format("%x", g[k]) end
  if not best then return table.concat(parts, ":") end
  return table.concat(parts, ":", 1, best - 1) .. "::"
    .. table.concat(parts, ":", best + best_len, 8)
end

-- Decode the sockaddr of @len bytes at @addr in thread @tid.
local function sockaddr(tid, addr, len)
  if addr == 0 or len < 2 then return "NULL" end
  local b = pt.peek(tid, addr, math.min(len, 110))
  if not b then return "?" end
  local family = string.unpack("<I2", b)
  if family == AF_INET and #b >= 8 then
    local port, a1, a2, a3, a4 = string.unpack(">I2BBBB", b, 3)
    return string.format("%d.%d.%d.%d:%d", a1, a2, a3, a4, port)
  elseif family == AF_INET6 and #b >= 24 then
    local port = string.unpack(">I2", b, 3)
    return string.format("[%s]:%d", ipv6(b:sub(9, 24)), port)
  elseif family == AF_UNIX then
    local path = b:sub(3)
    if path:sub(1, 1) == "\0" then
      return "unix:@" .. path:sub(2):gsub("%z+$", "")
    end
    return "unix:" .. (path:match("^[^%z]*"))
  end
  return "family " .. family
end

local function report(c, arrow, addr)
  if c.failed and not args.failed then return end
  local ret = c.ok and tostring(c.ret) or ("-1 " .. c.err)
  printf("[%d] %s fd %d %s %s = %s\n", c.pid, c.name, int32(c.args[1]),
    arrow, addr, ret)
  by_addr:add(c.name .. " " .. addr)
end

on_syscall({ "connect", "bind" }, function(c)
  report(c, c.name == "connect" and "->" or "on",
    sockaddr(c.tid, c.args[2], c.args[3] & 0xffffffff))
end)

on_syscall({ "accept", "accept4" }, function(c)
  local addr = "?"
  if c.ok and c.args[2] ~= 0 and c.args[3] ~= 0 then
    -- The kernel wrote the peer's address and its length.
    local l = pt.peek(c.tid, c.args[3], 4)
    if l then
      addr = sockaddr(c.tid, c.args[2], string.unpack("<I4", l))
    end
  elseif c.ok then
    addr = "(peer not asked for)"
  end
  report(c, "<-", addr)
end)
