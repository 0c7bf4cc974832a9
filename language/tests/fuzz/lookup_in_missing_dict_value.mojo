# Found by the fuzzer: `d[a][b]` with a not in d: the KeyError of the inner lookup went through the
# outer lookup's error path too, which destroyed d a second time (a crash of the interpreter).
def main():
    var nested = Dict[String, Dict[String, Int]]()
    nested["here"] = {"inner": 1}
    print(nested["here"]["inner"], len(nested["here"]))
    print(nested["outer"]["inner"], len(nested["outer"]))
