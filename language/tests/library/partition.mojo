# partition[cmp_fn](list, k) (from the prelude): the first k elements are the k first in cmp_fn order;
# lists of Float32 print each element at its own precision.


def main():
    var values: List[Float32] = [5, 1, 9, 3, 7, 2]

    @parameter
    fn greater(a: Float32, b: Float32) -> Bool:
        return a > b

    partition[greater](values, 3)
    var top = List[Float32]()
    for i in range(3):
        top.append(values[i])
    sort(top)
    print(top)
    var halves: List[Float32] = [0.1, 2.5, -1]
    print(halves, List[Float64](0.1, 2.5))
