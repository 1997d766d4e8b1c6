-- wrk script for /range: each thread draws 65,536 random prefixes once and cycles through them, so requests spread
-- over the 1,048,576 buckets. Usage (PADDING=1 adds the Add-Padding: true header):
--   wrk -t2 -c64 -d30s --latency -s range.lua http://127.0.0.1:5080
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

local paths = {}
local n = 65536
local index = 0

function init(args)
  math.randomseed(12345 + (id or 0))
  for i = 1, n do
    paths[i] = string.format("/range/%05X", math.random(0, 0xFFFFF))
  end
  if os.getenv("PADDING") == "1" then
    wrk.headers["Add-Padding"] = "true"
  end
end

function request()
  index = index % n + 1
  return wrk.format("GET", paths[index])
end
