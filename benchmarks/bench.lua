-- wrk script for `make bench` (benchmarks/wrk.py runs it): send pre-built, pre-signed raw HTTP requests.
--   BENCH_REQUESTS  file of requests, each as "<byte length>\n<raw request bytes>"
--   BENCH_COUNT     stop after this many responses (default: one pass over the file); the list is cycled
--   BENCH_SUCCESS   a response counts as ok when 2xx and its body contains this text (default: any 2xx)
-- Run it with one thread (-t1). When the count is reached the thread stops and prints BENCH-STOPPED; the runner then interrupts wrk
-- (SIGINT), which ends the run at once. done() prints one line: BENCH-RESULT {json}.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *ts);
]]
local clock = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1e6 + tonumber(clock.tv_nsec) / 1e3
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("BENCH_REQUESTS"), "rb"))
  local data = file:read("*a")
  file:close()
  requests, position = {}, 1
  while position <= #data do
    local newline = string.find(data, "\n", position, true)
    local length = tonumber(string.sub(data, position, newline - 1))
    requests[#requests + 1] = string.sub(data, newline + 1, newline + length)
    position = newline + length + 1
  end
  limit = tonumber(os.getenv("BENCH_COUNT") or "") or #requests
  marker = os.getenv("BENCH_SUCCESS") or ""
  sent, seen, ok, started, stopped = 0, 0, 0, 0, 0
  verified = false
end

function request()
  if not verified then -- wrk calls request() once after init to check the request: not sent, not counted
    verified = true
    return requests[1]
  end
  if started == 0 then
    started = now_us()
  end
  sent = sent + 1
  return requests[(sent - 1) % #requests + 1]
end

function response(status, headers, body)
  if seen >= limit then -- in flight when the count was reached (the list cycled): not counted
    return
  end
  seen = seen + 1
  if status >= 200 and status < 300 and (marker == "" or string.find(body, marker, 1, true)) then
    ok = ok + 1
  end
  if seen == limit then
    stopped = now_us()
    io.write("BENCH-STOPPED\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, _)
  local t = threads[1]
  local e = summary.errors
  io.write(string.format(
    'BENCH-RESULT {"responses":%d,"ok":%d,"started_us":%.1f,"stopped_us":%.1f,"wrk_requests":%d,"wrk_duration_us":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    t:get("seen"), t:get("ok"), t:get("started"), t:get("stopped"), summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
end
