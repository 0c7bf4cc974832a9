# A Variant holds only its member types: any other is a compile error at the call.
from utils import Variant


def main():
    var v = Variant[Int, String](1.5)
    print(v.isa[Int]())
