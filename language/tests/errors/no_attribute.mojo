@fieldwise_init
struct P:
    var x: Int
def main():
    var p = P(1)
    p.nope()
