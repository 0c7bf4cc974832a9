# The time module: a monotonic clock.


@intrinsic("time.perf_counter_ns")
fn perf_counter_ns() -> Int:
    """The value of a monotonic clock, in nanoseconds."""
    ...


@intrinsic("time.perf_counter")
fn perf_counter() -> Float64:
    """The value of a monotonic clock, in seconds."""
    ...


@intrinsic("time.perf_counter_ns")
fn monotonic() -> Int:
    ...


@intrinsic("time.perf_counter_ns")
fn now() -> Int:
    ...


@intrinsic("time.sleep")
fn sleep(sec: Float64):
    """Suspends the program for sec seconds."""
    ...
