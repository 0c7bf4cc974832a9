# Int(String) raises on malformed text, so a non-raising fn must handle it.
fn parse(text: String) -> Int:
    return Int(text)


def main():
    print(parse("12"))
