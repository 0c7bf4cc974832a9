# A String or List stored in a list is as mutable as the list: not through a read argument.
fn f(names: List[String], grid: List[List[Int]]):
    names[0] += "x"
    grid[0].append(1)

def main():
    f(["a"], [[1]])
