# A nested closure may be declared `capturing` (and `escaping`), and the raising variants of the
# conversion traits (StringableRaising, IntableRaising, FloatableRaising) can be declared and used.

struct Fragile(StringableRaising):
    var ok: Bool

    fn __init__(out self, ok: Bool):
        self.ok = ok

    fn __str__(self) raises -> String:
        if not self.ok:
            raise Error("cannot describe")
        return "fragile"

struct Reading(IntableRaising, FloatableRaising):
    var text: String

    fn __init__(out self, text: String):
        self.text = text

    fn __int__(self) raises -> Int:
        return atol(self.text)

    fn __float__(self) raises -> Float64:
        return atof(self.text)

fn main():
    var words = ["pear", "fig", "banana"]

    @parameter
    fn by_length(a: String, b: String) capturing -> Bool:
        return len(a) < len(b)

    fn shout(s: String) escaping -> String:
        return s.upper()

    sort[by_length](words)
    print(words, shout(words[0]))
    try:
        print(String(Fragile(True)), Int(Reading("42")), Float64(Reading("2.5")))
        print(String(Fragile(False)))
    except e:
        print("error:", e)
    try:
        print(Int(Reading("x")))
    except e:
        print("error:", e)
