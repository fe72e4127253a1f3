-- wrk script: GET each path of PATHS_FILE in turn (each wrk thread from its own offset) as the
-- bench viewer: with its session cookie when SESSION is set (the pages), else its bearer token (the
-- API); at the end print p50/p95/p99 in ms and requests per second on one line.
local paths = {}
local index = 0

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    paths[#paths + 1] = line
  end
  index = math.random(#paths)
end

local session = os.getenv("SESSION")
local headers = session and session ~= "" and { ["Cookie"] = "hub_session=" .. session }
  or { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index], headers)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("requests/s=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
