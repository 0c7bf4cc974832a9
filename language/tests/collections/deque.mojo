# collections.Deque (std/collections/deque.mojo): a ring buffer in native memory; its elements
# (here also Strings and Lists, which own memory themselves) are moved, copied and destroyed exactly once.
from collections import Deque


def main():
    var q = Deque[Int]()
    for i in range(5):
        q.append(i)
    q.appendleft(-1)
    print(q, len(q), q[0], q[-1], q.peek(), q.peekleft())
    print(q.pop(), q.popleft(), q)
    q.extend([7, 8])
    q.extendleft([10, 11])
    print(q, 7 in q, 42 in q, q.count(7), q.index(8))
    q.insert(2, 99)
    q.remove(0)
    q.reverse()
    print(q)
    q.rotate(2)
    print(q)
    q.rotate(-3)
    print(q)
    q[0] = 5
    print(q, q == q.copy(), q != Deque(1, 2))
    print(Deque(1, 2) + Deque(3), Deque(1, 2) * 3)
    q.clear()
    print(q, len(q), Bool(q))
    try:
        _ = q.pop()
    except e:
        print(e)

    # bounded: adding past maxlen drops from the other end
    var last3 = Deque[Int](maxlen=3)
    for i in range(6):
        last3.append(i)
    print(last3)
    last3.extendleft([20, 21])
    print(last3)

    # elements that own memory
    var words = Deque[String]("b", "c")
    words.appendleft("a")
    words.append(String("d") * 2)
    var first = words.popleft()
    print(first, words, words.__repr__())
    var lists = Deque[List[Int]]()
    lists.append([1, 2])
    lists.append([3])
    var copy = lists.copy()
    copy[0][0] = 9
    print(lists[0], copy[0], len(lists.pop()))

    # growing past the initial capacity and shrinking back
    var big = Deque[String](capacity=2, min_capacity=2)
    for i in range(100):
        big.append(String(i))
    print(len(big), big._capacity, big[99])
    while len(big) > 1:
        _ = big.popleft()
    print(len(big), big._capacity, big[0])
