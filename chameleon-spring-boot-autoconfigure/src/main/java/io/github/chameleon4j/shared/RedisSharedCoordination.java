package io.github.chameleon4j.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

import io.github.chameleon4j.resilience.Lane;
import io.github.chameleon4j.resilience.SharedCoordination;

/**
 * {@link SharedCoordination} on Redis, through Spring Data Redis' reactive template (Lettuce). Every
 * decision is one Lua script, so it is atomic in Redis whatever the number of replicas:
 * <ul>
 * <li>the pace: a sorted set of reservations (score = the time the request may be sent) and a hash
 * with the current pace, its last change, the probe step and the token bucket's next slot, the
 * same sliding window plus burst as the local pace, lowered by a global 429 from any replica;</li>
 * <li>the cool-down: a string holding its end, kept at the latest end;</li>
 * <li>a lane: a sorted set of leases (score = expiry), at most its cap unexpired: its width, or
 * less while a concurrency 429 seen by any replica has lowered it (a hash with the lowered cap, when
 * and the recovery interval: the cap grows back by one per interval, and the hash expires once it
 * has grown back);</li>
 * <li>webhook ids: {@code SET NX PX}, see {@link RedisWebhookDeduplication}.</li>
 * </ul>
 * Keys are {@code chameleon:{<account key>}:...}; the hash tag keeps one account's keys in one
 * slot of a Redis Cluster. Times are the clients' (microseconds since the epoch, passed to each
 * script), so the replicas' clocks must agree to within a small part of the pace window; tests
 * drive them with an injected clock.
 */
public final class RedisSharedCoordination implements SharedCoordination {

	private static final String PRELUDE = """
			local now = tonumber(ARGV[1])
			local configured = tonumber(ARGV[3])
			local window = tonumber(ARGV[5])
			local burst = tonumber(ARGV[6])
			local factor = tonumber(ARGV[7])
			local adaptive = ARGV[8] == '1'
			local recoveryStep = tonumber(ARGV[9])
			local recoveryInterval = tonumber(ARGV[10])
			local probeInterval = math.max(1, tonumber(ARGV[11]))
			local MINUTE = 60000000
			local margin = math.floor(window / 100)
			local floor = math.min(tonumber(ARGV[4]), configured)
			local st = redis.call('HMGET', KEYS[2], 'current', 'configured', 'lastChange', 'probeStep', 'nextSlot')
			local current = tonumber(st[1]) or configured
			local stored = tonumber(st[2]) or configured
			local lastChange = tonumber(st[3]) or now
			local probeStep = tonumber(st[4]) or 0
			local nextSlot = tonumber(st[5]) or now
			if stored ~= configured and (current >= stored or current > configured) then
			  current = configured
			  probeStep = 0
			  lastChange = now
			end
			if current >= configured then
			  lastChange = now
			  probeStep = 0
			elseif adaptive then
			  local period = probeInterval
			  if probeStep > 0 then period = window end
			  while current < configured and now - lastChange >= period do
			    lastChange = lastChange + period
			    if probeStep == 0 then probeStep = MINUTE / window else probeStep = 2 * probeStep end
			    current = math.min(configured, current + probeStep)
			    period = window
			  end
			elseif recoveryInterval <= 0 then
			  lastChange = now
			else
			  local steps = math.floor((now - lastChange) / recoveryInterval)
			  if steps > 0 then
			    current = math.min(configured, current + steps * recoveryStep)
			    lastChange = lastChange + steps * recoveryInterval
			  end
			end
			redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window - margin)
			local cooldown = tonumber(redis.call('GET', KEYS[3])) or 0
			local function allowedAt(from)
			  local interval = MINUTE / current
			  local slot = math.max(nextSlot, from)
			  local allowed = math.max(from, slot - interval * (burst - 1))
			  local last = redis.call('ZREVRANGE', KEYS[1], 0, 0, 'WITHSCORES')
			  if #last > 0 then allowed = math.max(allowed, tonumber(last[2])) end
			  local cap = math.max(1, math.floor(current * window / MINUTE + 1e-9))
			  if redis.call('ZCARD', KEYS[1]) >= cap then
			    local r = redis.call('ZREVRANGE', KEYS[1], cap - 1, cap - 1, 'WITHSCORES')
			    allowed = math.max(allowed, tonumber(r[2]) + window + margin)
			  end
			  return math.ceil(allowed)
			end
			local function commit(member, allowed)
			  redis.call('ZADD', KEYS[1], allowed, member)
			  nextSlot = math.max(nextSlot, allowed) + MINUTE / current
			end
			local function available()
			  local interval = MINUTE / current
			  local tokens = burst - math.ceil((math.max(nextSlot, now) - now) / interval)
			  local cap = math.max(1, math.floor(current * window / MINUTE + 1e-9))
			  local room = cap - redis.call('ZCOUNT', KEYS[1], now - window - margin, '+inf')
			  return math.max(0, math.min(tokens, room))
			end
			local function answer(wait, refused)
			  if refused then return {wait, 1, math.floor(current * 1000), -1} end
			  return {wait, 0, math.floor(current * 1000), available()}
			end
			local deadline = tonumber(ARGV[12]) or 0
			local function save()
			  redis.call('HSET', KEYS[2], 'current', current, 'configured', configured, 'lastChange', lastChange,
			    'probeStep', probeStep, 'nextSlot', nextSlot)
			  local ttl = math.max(3600000, math.ceil(2 * (window + probeInterval) / 1000))
			  redis.call('PEXPIRE', KEYS[1], ttl)
			  redis.call('PEXPIRE', KEYS[2], ttl)
			end
			""";

	/**
	 * Reserves a slot no earlier than the cool-down's end, unless that end is after the deadline
	 * ({@code ARGV[12]}, 0 for none). Answers {wait (microseconds), refused (1/0), the pace's level
	 * (requests per 1000 minutes), what may go at once}.
	 */
	private static final RedisScript<List> RESERVE = RedisScript.of(PRELUDE + """
			if cooldown > now and deadline > 0 and cooldown > deadline then return answer(cooldown - now, true) end
			local allowed = allowedAt(math.max(now, cooldown))
			commit(ARGV[2], allowed)
			save()
			return answer(allowed - now, false)
			""", List.class);

	/**
	 * The further wait of a reservation moved by a 429, or placed again past a cool-down that began
	 * since (given up when that cool-down ends after the deadline); a reservation due now is counted
	 * from now (it goes out now, maybe later than its slot). Answers as {@link #RESERVE}.
	 */
	private static final RedisScript<List> REMAINING = RedisScript.of(PRELUDE + """
			local slot = tonumber(redis.call('ZSCORE', KEYS[1], ARGV[2]))
			if cooldown > now and deadline > 0 and cooldown > deadline then
			  redis.call('ZREM', KEYS[1], ARGV[2])
			  return answer(cooldown - now, true)
			end
			if cooldown > now and (slot == nil or slot < cooldown) then
			  redis.call('ZREM', KEYS[1], ARGV[2])
			  local allowed = allowedAt(cooldown)
			  commit(ARGV[2], allowed)
			  save()
			  return answer(allowed - now, false)
			end
			if slot ~= nil and slot > now then return answer(slot - now, false) end
			if slot ~= nil and now > slot then redis.call('ZADD', KEYS[1], 'XX', now, ARGV[2]) end
			return answer(0, false)
			""", List.class);

	/** A 429: extends the cool-down, lowers the pace for a global one, moves the slots not yet due. */
	private static final RedisScript<Long> LIMITED = RedisScript.of(PRELUDE + """
			local untilAt = tonumber(ARGV[13])
			local extended = false
			if untilAt > cooldown and untilAt > now then
			  redis.call('SET', KEYS[3], untilAt, 'PX', math.ceil((untilAt - now) / 1000) + 1000)
			  cooldown = untilAt
			  extended = true
			end
			local lower = false
			if ARGV[14] == '1' then
			  local refusals = redis.call('ZCOUNT', KEYS[4], now - window + 1, '+inf') + 1
			  redis.call('ZADD', KEYS[4], now, ARGV[2])
			  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - window)
			  redis.call('PEXPIRE', KEYS[4], math.ceil(window / 1000) + 1000)
			  local sent = redis.call('ZCOUNT', KEYS[1], now - window + 1, now)
			  local accepted = (sent - refusals) * MINUTE / window
			  local pace = math.max(math.max(floor, current * factor), math.min(current, accepted))
			  lower = pace < current
			  current = pace
			  probeStep = 0
			  lastChange = now
			end
			if lower or extended then
			  local due = redis.call('ZRANGEBYSCORE', KEYS[1], now + 1, '+inf')
			  if #due > 0 then
			    for i = 1, #due do redis.call('ZREM', KEYS[1], due[i]) end
			    local from = math.max(now, cooldown)
			    if cooldown > now then nextSlot = cooldown else nextSlot = now + MINUTE / current end
			    for i = 1, #due do commit(due[i], allowedAt(from)) end
			  end
			end
			save()
			return 0
			""", Long.class);

	/** A reservation sent or answered later than its slot: moves it to that time (never earlier). */
	private static final RedisScript<Long> SENT = RedisScript.of("""
			local slot = tonumber(redis.call('ZSCORE', KEYS[1], ARGV[2]))
			local at = tonumber(ARGV[1])
			if slot ~= nil and at > slot then redis.call('ZADD', KEYS[1], 'XX', at, ARGV[2]) end
			return 0
			""", Long.class);

	/** Requests a replica sent alone while Redis was away: counted in the window they fall in (ARGV[4..]). */
	private static final RedisScript<Long> SENT_ALONE = RedisScript.of("""
			local now = tonumber(ARGV[1])
			local window = tonumber(ARGV[2])
			local oldest = now - window - math.floor(window / 100)
			for i = 4, #ARGV do
			  local at = tonumber(ARGV[i])
			  if at > oldest then redis.call('ZADD', KEYS[1], at, ARGV[3] .. ':' .. (i - 3)) end
			end
			if #ARGV >= 4 then redis.call('PEXPIRE', KEYS[1], math.max(3600000, math.ceil(2 * window / 1000))) end
			return 0
			""", Long.class);

	private static final RedisScript<Long> COOLDOWN = RedisScript.of("""
			local c = tonumber(redis.call('GET', KEYS[1])) or 0
			local now = tonumber(ARGV[1])
			if c > now then return c - now end
			return 0
			""", Long.class);

	/**
	 * The cap of a lane now: its width, or less while a concurrency 429 has lowered it (a hash with the
	 * lowered cap, when it was lowered and the recovery interval; the cap grows back by one per interval).
	 */
	private static final String LANE_CAP = """
			local function laneCap(key, width, now)
			  local lc = redis.call('HMGET', key, 'cap', 'at', 'every')
			  if not lc[1] then return width end
			  local steps = math.max(0, math.floor((now - tonumber(lc[2])) / math.max(1, tonumber(lc[3]))))
			  return math.min(width, tonumber(lc[1]) + steps)
			end
			""";

	/**
	 * A lease in a lane (score = expiry) unless the lane is full at its cap or a cool-down holds;
	 * answers the wait.
	 */
	private static final RedisScript<Long> ACQUIRE = RedisScript.of(LANE_CAP + """
			local now = tonumber(ARGV[1])
			local c = tonumber(redis.call('GET', KEYS[2])) or 0
			if c > now then return c - now end
			redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
			local cap = laneCap(KEYS[3], tonumber(ARGV[2]), now)
			if redis.call('ZSCORE', KEYS[1], ARGV[3]) or redis.call('ZCARD', KEYS[1]) < cap then
			  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
			  redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[4]) / 1000) + 1000)
			  return 0
			end
			local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
			if #first == 0 then return 1 end
			return math.max(1, tonumber(first[2]) - now)
			""", Long.class);

	/**
	 * A concurrency 429 in a lane: lowers its cap to the named limit (ARGV[3], 0 for none), else by one,
	 * never below 1; the hash expires once the cap has grown back to the width.
	 */
	private static final RedisScript<Long> LANE_LIMITED = RedisScript.of(LANE_CAP + """
			local now = tonumber(ARGV[1])
			local width = tonumber(ARGV[2])
			local limit = tonumber(ARGV[3])
			local every = math.max(1, tonumber(ARGV[4]))
			local current = laneCap(KEYS[1], width, now)
			local lowered = current - 1
			if limit > 0 then lowered = math.min(current, limit) end
			lowered = math.max(1, lowered)
			if lowered >= width then return 0 end
			redis.call('HSET', KEYS[1], 'cap', lowered, 'at', now, 'every', every)
			redis.call('PEXPIRE', KEYS[1], math.ceil((width - lowered) * every / 1000) + 1000)
			return 0
			""", Long.class);

	private final ReactiveStringRedisTemplate redis;

	private final String prefix;

	private final List<String> paceKeys;

	/**
	 * Coordination for one account.
	 * @param redis the template (on the application's Redis connection)
	 * @param accountKey names the account's keys: the client name or an explicit key, never the secret
	 * @throws IllegalArgumentException when {@code accountKey} is blank
	 */
	public RedisSharedCoordination(ReactiveStringRedisTemplate redis, String accountKey) {
		if (redis == null) {
			throw new IllegalArgumentException("redis must not be null");
		}
		if (accountKey == null || accountKey.isBlank()) {
			throw new IllegalArgumentException("accountKey must not be blank");
		}
		this.redis = redis;
		this.prefix = keyPrefix(accountKey);
		this.paceKeys = List.of(this.prefix + "pace", this.prefix + "pace-state", this.prefix + "cooldown",
				this.prefix + "refused");
	}

	/**
	 * The prefix of an account's keys.
	 * @param accountKey the account key
	 * @return {@code chameleon:{accountKey}:}
	 */
	static String keyPrefix(String accountKey) {
		return "chameleon:{" + accountKey + "}:";
	}

	@Override
	public Mono<Slot> reserve(String id, PaceSettings pace, Instant now, @Nullable Instant deadline) {
		return slot(RESERVE, paceArgs(now, id, pace, deadline));
	}

	@Override
	public Mono<Slot> remaining(String id, PaceSettings pace, Instant now, @Nullable Instant deadline) {
		return slot(REMAINING, paceArgs(now, id, pace, deadline));
	}

	@Override
	public Mono<Void> sent(String id, Instant at) {
		return run(SENT, List.of(this.paceKeys.get(0)), List.of(Long.toString(micros(at)), id)).then();
	}

	@Override
	public Mono<Void> sentAlone(String id, List<Instant> sends, PaceSettings pace, Instant now) {
		List<String> args = new ArrayList<>(3 + sends.size());
		args.add(Long.toString(micros(now)));
		args.add(Long.toString(pace.window().toNanos() / 1000));
		args.add(id);
		sends.forEach((at) -> args.add(Long.toString(micros(at))));
		return run(SENT_ALONE, List.of(this.paceKeys.get(0)), args).then();
	}

	@Override
	public Mono<Void> limited(String id, @Nullable Instant until, boolean global, PaceSettings pace, Instant now) {
		List<String> args = new ArrayList<>(paceArgs(now, id, pace, null));
		args.add(Long.toString((until != null) ? micros(until) : 0));
		args.add(global ? "1" : "0");
		return run(LIMITED, this.paceKeys, args).then();
	}

	@Override
	public Mono<Duration> cooldown(Instant now) {
		return run(COOLDOWN, List.of(this.prefix + "cooldown"), List.of(Long.toString(micros(now))));
	}

	@Override
	public Mono<Duration> acquire(Lane lane, String leaseId, Duration ttl, Instant now) {
		return run(ACQUIRE, List.of(laneKey(lane), this.prefix + "cooldown", laneCapKey(lane)),
				List.of(Long.toString(micros(now)), Integer.toString(lane.width()), leaseId,
						Long.toString(ttl.toNanos() / 1000)));
	}

	@Override
	public Mono<Void> laneLimited(Lane lane, OptionalInt limit, Duration recoveryInterval, Instant now) {
		return run(LANE_LIMITED, List.of(laneCapKey(lane)), List.of(Long.toString(micros(now)),
				Integer.toString(lane.width()), Integer.toString(limit.orElse(0)),
				Long.toString(recoveryInterval.toNanos() / 1000))).then();
	}

	@Override
	public Mono<Void> release(Lane lane, String leaseId) {
		return this.redis.opsForZSet().remove(laneKey(lane), leaseId).then();
	}

	private String laneKey(Lane lane) {
		return this.prefix + "lane:" + lane.key();
	}

	private String laneCapKey(Lane lane) {
		return this.prefix + "lane-cap:" + lane.key();
	}

	private static List<String> paceArgs(Instant now, String id, PaceSettings pace, @Nullable Instant deadline) {
		return List.of(Long.toString(micros(now)), id, Double.toString(pace.perMinute()),
				Double.toString(pace.floor()), Long.toString(pace.window().toNanos() / 1000),
				Integer.toString(pace.burst()), Double.toString(pace.slowdownFactor()), pace.adaptive() ? "1" : "0",
				Double.toString(pace.recoveryStep()), Long.toString(pace.recoveryInterval().toNanos() / 1000),
				Long.toString(pace.probeInterval().toNanos() / 1000),
				Long.toString((deadline != null) ? micros(deadline) : 0));
	}

	@SuppressWarnings("rawtypes")
	private Mono<Slot> slot(RedisScript<List> script, List<String> args) {
		return this.redis.execute(script, this.paceKeys, args).collectList().map((answer) -> {
			// a multi-bulk answer may come as one list or as its elements, depending on the driver
			List<?> values = (answer.size() == 1 && answer.get(0) instanceof List<?> list) ? list : answer;
			long micros = number(values, 0);
			Duration wait = (micros <= 0) ? Duration.ZERO : Duration.ofNanos(Math.multiplyExact(micros, 1000L));
			return new Slot(wait, number(values, 1) == 1, number(values, 2) / 1000.0, (int) number(values, 3));
		});
	}

	private static long number(List<?> values, int index) {
		Object value = values.get(index);
		return (value instanceof Number number) ? number.longValue() : Long.parseLong(value.toString());
	}

	private Mono<Duration> run(RedisScript<Long> script, List<String> keys, List<String> args) {
		return this.redis.execute(script, keys, args)
			.next()
			.defaultIfEmpty(0L)
			.map((micros) -> (micros <= 0) ? Duration.ZERO : Duration.ofNanos(Math.multiplyExact(micros, 1000L)));
	}

	private static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
	}

	@Override
	public String toString() {
		return "RedisSharedCoordination[" + this.prefix + "]";
	}

}
