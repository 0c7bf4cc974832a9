# Compile-time parameters are inferred through List[T], Optional[T] and Dict[K, V] argument types.
trait Animal:
    fn sound(self) -> String: ...
    @staticmethod
    fn kind() -> String: ...

@fieldwise_init
struct Dog(Animal, Copyable, Movable):
    var name: String
    fn sound(self) -> String:
        return self.name + " says woof"
    @staticmethod
    fn kind() -> String:
        return "dog"

fn speak[T: Animal](a: T):
    print(T.kind(), a.sound())

fn biggest[T: Comparable & Copyable & Movable](items: List[T]) -> T:
    var best = items[0]
    for i in range(1, len(items)):
        if items[i] > best:
            best = items[i]
    return best

fn count_eq[T: EqualityComparable & Copyable & Movable](items: List[T], x: T) -> Int:
    var n = 0
    for it in items:
        if it == x:
            n += 1
    return n

def main():
    speak(Dog("rex"))
    print(biggest([3, 9, 2]), biggest(["b", "z", "a"]), biggest([1.5, -2.0]))
    print(count_eq([1, 2, 1], 1), count_eq(["a", "b"], "c"))
    var d = Dict[String, Int]()
    d["k"] = 4
    print(first_value(d), unwrap_or(Optional[Int](7), 0), unwrap_or(Optional[String](None), "none"))

fn first_value[K: KeyElement, V: Copyable & Movable](d: Dict[K, V]) raises -> V:
    for k in d.keys():
        return d[k]
    raise Error("empty")

fn unwrap_or[T: Copyable & Movable](o: Optional[T], default: T) -> T:
    if o:
        return o.value()
    return default
