# Raw t-strings (rt"..." and tr"...") keep backslashes as written; a t-string processes escapes.
from std.testing import assert_equal

def main():
    var who = "Mojo"
    var n = 3
    print(rt"raw\path {who} {n + 1}")
    print(tr"C:\new {who}", t"tab\tend {n}")
