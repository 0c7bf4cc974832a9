@fieldwise_init
struct Counter(Copyable, Movable):
    var n: Int

    fn incr(mut self):
        self.n += 1


fn touch(items: List[Counter]):
    items[0].incr()


def main():
    var cs = [Counter(0)]
    touch(cs)
