# Mojo 1.x: `comptime fn_type = def() thin raises` names a function type (in a struct: `Self.fn_type`,
# outside it `Job.fn_type`); a compile-time parameter of that type takes a function, and a field of
# it is called as `job.fn()`.
comptime Transform = def(x: Int) thin -> Int


@fieldwise_init
struct Job(Copyable):
    comptime fn_type = def() thin raises
    var fn_: Self.fn_type
    var name: String


def hello() raises:
    print("hello from a job")


def broken() raises:
    raise Error("broken job")


def inc(x: Int) -> Int:
    return x + 1


def apply[t: Transform](x: Int) -> Int:
    return t(t(x))


def make[f: Job.fn_type](name: String) -> Job:
    return Job(f, name)


def main() raises:
    var jobs: List[Job] = [make[hello]("hello"), make[broken]("broken")]
    for job in jobs:
        try:
            job.fn_()
        except e:
            print(job.name, "raised:", e)
    print(apply[inc](40))
    var t: Transform = inc
    print(t(1))
