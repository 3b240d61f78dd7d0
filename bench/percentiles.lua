-- wrk script (wrk -s bench/percentiles.lua): at the end, one line with the figures bench/ab.sh keeps,
-- the 95th percentile included (wrk --latency prints only 50, 75, 90 and 99):
--   AB requests_per_s p50_ms p95_ms p99_ms non_2xx_3xx socket_errors requests
done = function(summary, latency, requests)
    local seconds = summary.duration / 1000000
    local e = summary.errors
    io.write(string.format("AB %.1f %.2f %.2f %.2f %d %d %d\n",
        summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
