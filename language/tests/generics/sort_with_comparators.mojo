# sort: by the elements' order, or by a comparison function given as a compile-time parameter
# (stable: equal elements keep their order); a compile-time function parameter passes on to
# another generic function, and a nested function sees its enclosing function's parameters.
from builtin.sort import _quicksort, _SortWrapper


@fieldwise_init
struct Person(Copyable, Movable):
    var name: String
    var age: Int

    fn __lt__(self, other: Self) -> Bool:
        return self.age < other.age


fn by_name(a: Person, b: Person) -> Bool:
    return a.name < b.name


fn descending[T: Copyable & Movable, //, less: fn (T, T) capturing [_] -> Bool](mut list: List[T]):
    @parameter
    fn greater(a: T, b: T) -> Bool:
        return less(b, a)

    sort[greater](list)


fn int_less(a: Int, b: Int) -> Bool:
    return a < b


def main():
    var nums = [5, 3, 9, 1, 3]
    sort(nums)
    print(nums)
    var people = [Person("cy", 30), Person("ann", 25), Person("bo", 30), Person("al", 25)]
    sort(people)  # by __lt__, stable
    for p in people:
        print(p.name, p.age, end=" ")
    print()
    sort[by_name](people)
    for p in people:
        print(p.name, end=" ")
    print()
    descending[int_less](nums)
    print(nums)

    @parameter
    fn wrapped_less(a: _SortWrapper[Int], b: _SortWrapper[Int]) -> Bool:
        return a.data < b.data

    _quicksort[wrapped_less](nums)
    print(nums)
