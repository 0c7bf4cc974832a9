@fieldwise_init
struct Account(Copyable, Movable):
    var owner: String
    var balance: Int

    fn deposit(mut self, amount: Int):
        self.balance += amount

fn main():
    var a = Account("ann", 10)
    a.deposit(5)
    var b = a.copy()
    b.deposit(1)
    if a.balance != 15 or b.balance != 16 or b.owner != "ann":
        print("wrong")
