# In Mojo 1.x (here told from `comptime`) a variable declared by assigning to a new name gets the
# 1.x compiler's warning; the program still runs. A 25.x program does this quietly.

def main():
    comptime base = 40
    answer = base + 2
    print(answer)
