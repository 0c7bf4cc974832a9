# A Dict's third parameter is its hasher: a type conforming to hashlib's Hasher.


def main():
    var d = Dict[String, Int, String]()
