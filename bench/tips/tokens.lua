-- wrk: GET the form page and keep each page's form token, one file per wrk thread.
local threads, counter = {}, 0
function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end
function init(args)
  out = io.open(os.getenv("TOKENS_DIR") .. "/tokens-" .. id .. ".txt", "w")
end
function response(status, headers, body)
  local token = body:match('name="form" value="([^"]+)"')
  if token then
    out:write(token, "\n")
    out:flush()
  end
end
