"""The Lua scripts the Redis stores run: token compare-and-delete, the refresh lock, the token bucket."""

# Deletes the failed token, or a value no client can read (another type, not a token); keeps any
# other readable token.
COMPARE_AND_DELETE_TOKEN = """
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind == 'none' then
  return 0
end
if kind == 'string' then
  local ok, token = pcall(cjson.decode, redis.call('GET', KEYS[1]))
  if ok and type(token) == 'table' and type(token['v']) == 'string' and token['v'] ~= ARGV[1] then
    return 0
  end
end
redis.call('DEL', KEYS[1])
return 1
"""

# Takes the lock if free; also if this owner already holds it (an earlier attempt landed but its
# answer was lost), or if what sits at the key cannot be a lock (another type, or no lease).
ACQUIRE_LOCK = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind == 'string' then
  if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return 1
  end
  if redis.call('PTTL', KEYS[1]) ~= -1 then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
"""

RENEW_LOCK = """
if redis.pcall('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""

RELEASE_LOCK = """
if redis.pcall('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""

# Token bucket. ARGV: tokens per millisecond, capacity, longest acceptable wait (ms).
# Returns {granted (1/0), wait in ms}. A granted call with a wait has reserved a future slot.
# A value of another type at the key is replaced (it would otherwise fail every call).
TOKEN_BUCKET = """
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind ~= 'hash' and kind ~= 'none' then
  redis.call('DEL', KEYS[1])
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local max_wait = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or capacity
local ts = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
local wait = 0
if tokens < 1 then
  wait = math.ceil((1 - tokens) / rate)
end
local granted = 0
if wait <= max_wait then
  tokens = tokens - 1
  granted = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + math.ceil(max_wait) + 1000)
return {granted, wait}
"""
