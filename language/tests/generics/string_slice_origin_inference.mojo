# A function generic over the origin of its StringSlice arguments: the origin is inferred from a
# String, a List of them, or a literal.


fn total_length[O: ImmutableOrigin](lines: List[StringSlice[O]]) -> Int:
    var n = 0
    for i in range(len(lines)):
        n += len(lines[i])
    return n


fn first_word[O: Origin](text: StringSlice[O]) -> String:
    var words = text.split()
    return words[0] if len(words) > 0 else String()


fn shout[O: MutableOrigin](text: StringSlice[origin=O]) -> String:
    return text.upper()


def main():
    var lines = List[String]("one", "three")
    print(total_length(lines), total_length("a\nbc".splitlines()))
    var text = String("hello world")
    print(first_word(text), first_word("lit eral"), shout(text))
