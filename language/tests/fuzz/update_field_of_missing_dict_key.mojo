# Found by the fuzzer: `d[k].x += 1` (and `d[a][b] += 1`) with k not in d: the lookup, both read and
# written, ran its error path's destroys twice, and the second destroy of d crashed.
@fieldwise_init
struct Account(Copyable, Movable):
    var balance: Int


def main():
    var accounts = Dict[Int, Account]()
    accounts[7] = Account(1)
    accounts[7].balance += 5
    print(accounts[7].balance)
    var nested = Dict[String, Dict[String, Int]]()
    nested["a"] = Dict[String, Int]()
    nested["a"]["x"] = 1
    nested["a"]["x"] += 5
    print(nested["a"]["x"])
    accounts[8].balance += 5
