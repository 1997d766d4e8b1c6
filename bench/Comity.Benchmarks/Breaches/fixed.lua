-- Same request() path as range.lua, for a like-for-like baseline against the bench host's fixed 3.7 KB /fixed endpoint.
function request()
  return wrk.format("GET", "/fixed")
end
