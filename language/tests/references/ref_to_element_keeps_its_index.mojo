# `ref r = list[i]` names the element at i when it is bound: changing i afterwards does not move r.
@fieldwise_init
struct Cell(Copyable, Movable):
    var v: Int

def main():
    var l = [10, 20, 30]
    var i = 0
    ref r = l[i]
    i = 2
    r += 1
    print(l[0], l[1], l[2], r)
    var grid = [[1, 2], [3, 4]]
    var a = 1
    var b = 0
    ref g = grid[a][b]
    a = 0
    b = 1
    g = 99
    print(grid[1][0], grid[0][1], g)
    var cells = [Cell(1), Cell(2)]
    var k = 1
    ref c = cells[k].v
    k = 0
    c *= 10
    print(cells[0].v, cells[1].v)
