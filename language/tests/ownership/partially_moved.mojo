@fieldwise_init
struct Balloons:
    var color: String
    var count: Int


fn consume(var arg: String):
    pass


fn use(arg: Balloons):
    print(arg.count, arg.color)


fn main():
    var balloons = Balloons("blue", 8)
    consume(balloons.color^)
    use(balloons)
