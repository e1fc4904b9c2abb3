-- wrk: POST one sealed tip per request, each with a token of its own (tokens-<thread>.txt),
-- about 1,000 characters of text. Counts the answers that say "received".
local threads, counter = {}, 0
local details = string.rep("A+van+with+plate+ABC+123+picks+workers+up+at+5+am.+", 20)
function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end
function init(args)
  tokens, i, received, other = {}, 0, 0, 0
  for line in io.lines(os.getenv("TOKENS_DIR") .. "/use-" .. id .. ".txt") do
    tokens[#tokens + 1] = line
  end
end
-- TIP_DELAY_MS paces each connection (a steady stream rather than a flood).
local pause = tonumber(os.getenv("TIP_DELAY_MS") or "0")
function delay()
  return pause
end
function request()
  i = i + 1
  local body = "form=" .. (tokens[i] or "spent") .. "&details=" .. details .. "&town=Hamilton&region=ON"
  return wrk.format("POST", os.getenv("TIP_PATH"), {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Sec-Fetch-Site"] = "same-origin",
  }, body)
end
function response(status, headers, body)
  if status == 200 and body:find("Your tip was received", 1, true) then
    received = received + 1
  else
    other = other + 1
  end
end
function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("received")
    bad = bad + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT tips_per_s=%.0f received=%d other=%d p50_ms=%.2f p99_ms=%.2f\n",
    ok / seconds, ok, bad, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
