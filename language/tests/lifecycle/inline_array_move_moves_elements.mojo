# An InlineArray holds its elements inline, so moving the array moves each element (its move
# constructor runs); a List holds them on the heap, so moving the list leaves them where they are.

struct Counted(Copyable, Movable):
    var moves: Int

    fn __init__(out self):
        self.moves = 0

    fn __copyinit__(out self, existing: Self):
        self.moves = existing.moves

    fn __moveinit__(out self, owned existing: Self):
        self.moves = existing.moves + 1

fn main():
    var arr = InlineArray[Counted, 3](Counted(), Counted(), Counted())
    print(arr[0].moves, arr[1].moves, arr[2].moves)
    var moved = arr^
    print(moved[0].moves, moved[1].moves, moved[2].moves)
    var again = moved^
    print(again[0].moves)

    var list = List[Counted]()
    list.append(Counted())
    var before = list[0].moves
    var moved_list = list^
    print(before, moved_list[0].moves)
