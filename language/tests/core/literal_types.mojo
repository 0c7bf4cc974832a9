# IntLiteral[v] (the literal type of the value v) and FloatLiteral(an IntLiteral), at compile time.
def main():
    alias n: IntLiteral[(4).value] = 4
    print(FloatLiteral(n), FloatLiteral(7) / 2)
