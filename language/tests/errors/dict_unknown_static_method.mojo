# A static method the built-in Dict does not have.
def main():
    var d = Dict.from_pairs([1, 2])
