-- wrk script for scripts/bench-server: each request is one submission to the demo form, as the
-- widget sends it, with its own Idempotency-Key, from its own address (X-Forwarded-For, which
-- the server trusts from 127.0.0.1 in the benchmark), so per-connection limits do not apply.
math.randomseed(os.time())

local supports = { "very-well", "quite-well", "not-very-well", "not-at-all", "do-not-know" }
local ages = { "18-24", "25-34", "35-49", "50-64", "prefer-not-to-say" }

local function key()
  local t = {}
  for i = 1, 32 do
    t[i] = string.format("%x", math.random(0, 15))
  end
  return table.concat(t)
end

request = function()
  local i = math.random(1, 5)
  local body = string.format(
    '{"answers":{"support":"%s","used":["gp"],"age":"%s","ideas":"More evening groups, please"},"lang":"en-GB","channel":"st-marys-cafe"}',
    supports[i], ages[math.random(1, 5)])
  local headers = {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key(),
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)),
  }
  return wrk.format("POST", wrk.path, headers, body)
end
