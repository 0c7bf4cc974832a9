# The random module: one generator per run, seeded from the clock unless seed(a) seeds it.


@intrinsic("random.random_float64")
fn random_float64(min: Float64 = 0, max: Float64 = 1) -> Float64:
    """A random Float64 in [min, max)."""
    ...


@intrinsic("random.random_si64")
fn random_si64(min: Int64, max: Int64) -> Int64:
    """A random Int64 in [min, max]."""
    ...


@intrinsic("random.seed_from_clock")
fn seed():
    ...


@intrinsic("random.seed")
fn seed(a: Int):
    ...


@intrinsic("random.random_si64")
fn random_ui64(min: UInt64, max: UInt64) -> UInt64:
    """A random UInt64 in [min, max] (bounds below 2**63)."""
    ...


@intrinsic("random.random_si64")
fn randint(low: Int, high: Int) -> Int:
    """A random Int in [low, high]."""
    ...
