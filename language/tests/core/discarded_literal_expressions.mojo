# A literal as a statement (its value discarded) is evaluated as the value it stands for, like any expression.
def main():
    1 + 2
    2.5
    "text"
    True
    print("ok")
