# Functions nested in a function may be overloaded like module-level ones.

fn describe_all() -> String:
    fn describe(x: Int) -> String:
        return "int " + String(x)

    fn describe(x: String) -> String:
        return "string " + x

    fn describe(x: Int, y: Int) -> String:
        return "pair " + String(x + y)

    return describe(1) + ", " + describe("a") + ", " + describe(2, 3)

fn main():
    print(describe_all())
