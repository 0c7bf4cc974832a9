# __type_of(expression) as a type: the expression's type; the expression is not evaluated.
def main():
    var x: __type_of(String("a")) = "b"
    alias k: __type_of(Float32(1)) = 2
    var y: __type_of(len("abc") + 1) = 3
    print(x, k, y)
